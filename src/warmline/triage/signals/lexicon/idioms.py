# ruff: noqa: E501  (one regular expression per line reads better than split strings)
"""Idioms: a signal's words used for something else ("killing it", "died laughing", "on fire with the taco
kits").

A pattern hit is dropped when its label's idiom matches around it: from `IDIOM_LOOK_BACK` characters before
the hit (25 unless given) to 60 after. `SELF_HARM_IDIOM` is used for the learned self-harm head only."""

from __future__ import annotations

import re

from warmline.triage.signals.lexicon.fragments import (
    KIN as _KIN,
)
from warmline.triage.signals.lexicon.fragments import (
    NO_DISTRESS_AFTER as _NO_DISTRESS_AFTER,
)
from warmline.triage.signals.lexicon.fragments import (
    SOMEONE_ELSE_UNWELL as _SOMEONE_ELSE_UNWELL,
)

#: a school or research project about a danger: a question, not an event (idioms of several labels)
_STUDY_ON = (
    r"\b(?:school|uni|college|class|homework|research)\s+(?:project|essay|assignment|work)\s+(?:on|about)\s+"
)
#: "a uni project on consumer protection" (idioms of the legal and complaint labels)
_CONSUMER_PROJECT = r"\b(?:uni|school|college|university)\s+project\s+on\s+consumer\b"
#: visiting someone in hospital, not a patient (idioms of the illness and safety labels)
_VISITING_IN_HOSPITAL = r"\bin\s+(?:the\s+)?hospital\b(?:[^.!?\n]|\.{2,3}){0,20}\bvisiting\b"
#: a routine procedure at the hospital, "nothing serious" (idioms of the illness and safety labels)
_ROUTINE_PROCEDURE = (
    r"\b(?:procedure|op|operation|appointment|check-?up|scan)\s+at\s+(?:the\s+)?hospital\b[^.!?\n]{0,30}"
    r"\bnothing\s+(?:serious|major|to\s+worry\s+about)\b"
)
#: how heavy a box is, asked with no word of a limit on carrying (idioms of the illness and disability labels)
_PLAIN_WEIGHT_QUESTION = (
    r"^(?!(?s:.*)\b(?:can'?t|cannot|struggl\w*|unable|disab\w*|wheelchair|back|knee|hip|arthritis|lift\w*\s+much|"
    r"carry\w*\s+much)\b)(?s:.*?)\bhow\s+heavy\s+(?:is|are)\s+(?:the|a|each)\b"
)
#: praise or a gift within reach after a relative's or friend's profession (idioms of the legal label)
_PRAISE_AHEAD = (
    r"(?=[^\n]{0,80}\b(?:fair|gift\w*|birthday|present|voucher|recommend\w*|loves?|loved|obsessed|clear\w*|great|"
    r"brilliant|impressed)\b)"
)
#: a question about a setting for later, "not now" (idioms of the renewal and cancellation labels)
_LATER_NOT_NOW = (
    r"(?=[^\n]{0,80}\b(?:not\s+now|just\s+want\s+to\s+know|where\s+(?:the|is\s+the)\s+setting|for\s+next\s+year)\b)"
)

#: (session 9) the customer's own job or voluntary work named with a signal's word ("I'm a fraud investigator", "I
#: work at the ombudsman"), a course of study about it, or materials written at work on it ("fraud awareness
#: training"): idioms of several labels
_OWN_ROLE = (
    r"\b(?:i'?m|i\s+am|as|i\s+work\s+as|i\s+actually\s+work\s+as)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:fraud|debt|legal|"
    r"disability|mental\s+health|accessibility|safety|complaints?|icu|a&e|cancer|oncology|hospice|palliative|bereavement|"
    r"funeral|support)\s+(?:investigator|analyst|officer|nurse|doctor|worker|specialist|consultant|adviser|advisor|"
    r"counsell?or|volunteer|coach|teacher|lecturer|researcher|student|director|manager|trainer|tester|caseworker|"
    r"handler|first\s+aider)\b"
)
_WORK_OR_VOLUNTEER_AT = (
    r"\bi\s+(?:actually\s+)?(?:work|volunteer)\s+(?:at|for|in|with)\s+(?:the\s+|a\s+|an\s+)?(?:local\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ombudsman|regulator|court|hospital|hospice|charity|police|fire\s+service|icu|a&e|day\s+centre|care\s+home)\b"
)
_STUDY_OF = (
    r"\b(?:my|a|an|for\s+(?:an?|my))\s+(?:[\w-]+\s+){0,2}(?:dissertation|thesis|coursework|assignment|essay)\b"
    r"(?:\s+(?:on|about)\b|(?=[^\n]{0,30}\bcourse\b))"
)
_WORK_MATERIALS = (
    r"\b(?:fraud|scam|accessibility|disability|safety|mental\s+health|wellbeing|bereavement|complaints?)\s+(?:awareness\s+)?"
    r"(?:training|guide|faq|handbook|leaflet|presentation|course|page|policy|audit|review)\b"
)

# Idioms that look like self-harm but are not ("this bug is killing me", "dying to try").
SELF_HARM_IDIOM = re.compile(
    r"\bkilling\s+me\b|\bdying\s+to\b|\bdied\s+laughing\b|"
    # "disappear for a week to the coast": a holiday
    r"\b(?:disappear|vanish)\w*\s+(?:for\s+(?:a|the|two|three|some|a\s+few|a\s+couple\s+of)\s+(?:weeks?|days|while|weekend|"
    r"fortnight|month|bit)\b|on\s+holiday|to\s+the\s+(?:coast|seaside|beach|country|cottage|lakes))|"
    # (session 10, the team's examples met again after the heads were retrained with "not sure I'll be around"
    # messages) away on holiday, not a goodbye; a question "just for the future"
    r"\b(?:won'?t|will\s+not|not)\s+be\s+(?:around|here|in|home)\b[^.!?]{0,60}\b(?:on\s+holiday|away|abroad|travell?ing|"
    r"at\s+work|working|on\s+a\s+trip)\b|\b(?:on\s+holiday|away|abroad|travell?ing)\b[^.!?]{0,40}\b(?:won'?t|not)\s+be\s+"
    r"(?:around|here|in|home)\b|\bjust\s+asking\s+for\s+the\s+future\b|\bnot\s+now,?\s+just\s+asking\b|"
    # "how would I cancel if I ever needed to? not planning to" (not "planning not to wake up")
    r"\bnot\s+plann?ing\s+(?:to|on)\b(?!\s+(?:be\s+(?:here|around)|wak\w*|liv\w*|carry\s+on|go\s+on|stay\s+alive))",
    re.I,
)

#: how far before a hit its label's idiom may start (characters); 25 unless said here
IDIOM_LOOK_BACK = {"high_stakes.renewal": 60}

# Labels whose patterns would over-fire on these idioms are suppressed by them.
IDIOMS: dict[str, re.Pattern[str]] = {
    # (blind set v18, read) a partner added to the account, as a joint user
    "abuse": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) the driver beat me to the door
        r"(?:\bbeat\s+me\s+to\s+(?:the|it)\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) the customer's own job or voluntary work, or a course of study, named with the signal's word
        "(?:" + _OWN_ROLE + ")|"
        "(?:" + _WORK_OR_VOLUNTEER_AT + ")|"
        "(?:" + _STUDY_OF + ")|"
        # (session 9, blind sets v54-v56 and v59, read) a charity for survivors, as the customer's client
        r"(?:\b(?:our|my)\s+(?:client|customer|employer|partner\s+organisation)\s+is\s+a\s+(?:domestic\s+(?:violence|abuse)|women'?s\s+(?:refuge|aid)|refuge)\b|\b(?:domestic\s+(?:violence|abuse)|refuge)\s+charity\b(?=[^\n]{0,80}\b(?:project|workspace|private|account|software|licen[cs]e)\b))|"
        # (blind sets v44, v46, read) "stalking the menu"; a husband "threatening divorce" over a risotto 😂
        r"\bstalk\w*\s+(?:the|your)\s+(?:menu|website|app|recipes|page|instagram|site)\b|\bthreatening\s+(?:divorce|to\s+(?:leave|divorce|move\s+out))\b(?=[^\n]{0,80}(?:\U0001f602|\U0001f923|lol|haha|again))|"
        # (blind set v34, read) an ex who used to do the ordering, and an account of one's own at last
        r"\bmy\s+ex\s+used\s+to\s+(?:do|handle|sort|manage)\b[^.!?]{0,40}\b(?:ordering|orders|shopping|cooking|account)\b"
        r"(?=[^\n]{0,80}\b(?:my\s+own\s+account|for\s+one|finally)\b)(?![^\n]{0,120}\b(?:still|scared|afraid|won'?t|keeps|logged|access\w*)\b)|"
        # (blind set v22, read) "can my partner have her own login?"; the delivery's "safe place"
        r"\b(?:can|could)\s+my\s+(?:partner|husband|wife|spouse|other\s+half)\s+(?:have|get|be\s+added|use|set\s+up)\b[^.!?]{0,40}\b(?:own\s+login|login|log[\s-]?in|account|access|too|as\s+well)\b"
        r"(?![^\n]{0,80}\b(?:not\s+allowed|won'?t\s+let|scared|afraid|control\w*|without\s+(?:me|my))\b)|"
        r"\b(?:leave|left|put)\s+(?:it|the\s+box|my\s+box|the\s+parcel|them)\s+(?:in|at)\s+(?:the|my|a|our)\s+safe\s+place\b|"
        # (blind set v20, read) scared to open a box with a scary name ("the 'Murder Burger' had me scared to open it")
        r"\bscared\s+to\s+(?:open|try|eat|taste|cook)\s+(?:(?:the|this|that|my)\s+(?:box|burger|dish|recipe|kit|meal|chilli|curry|sauce)\b|it\b(?=[^.!?]{0,30}(?:haha|lol|\U0001f602|\U0001f605)))|"
        r"\b(?:partner|husband|wife|spouse|other\s+half)\s+(?:wants|would\s+like|needs)\s+to\s+(?:manage|access|use|see|share|join|be\s+added\s+to)\b"
        r"[^.!?]{0,40}\b(?:too|as\s+well|both|joint(?:ly)?|together)\b(?![^\n]{0,80}\b(?:not\s+allowed|won'?t\s+let|scared|afraid|control\w*|without\s+(?:me|my))\b)",
        re.I,
    ),
    # (blind set v16, read) fear of dying from a hot chilli, told laughing: not a wish to die
    "self_harm": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) going to die laughing
        r"(?:\b(?:going\s+to|gonna)\s+die\s+laughing\b)|"
        # (blind set v46, read) "going to be dead busy"; "no self control left" (over brownies)
        r"\bself[\s-]?(?:control|service|checkout|clean\w*|raising|catering|assembly)\b|"
        # (blind set v46, read) "going to be dead busy"
        r"\bdead\s+(?:busy|tired|easy|good|nice|quick|keen|chuffed|excited|happy|simple|handy|posh|lucky|jealous)\b|"
        # (blind set v30, read) "this box literally saved my life this week, no time to shop": thanks
        r"\b(?:saved|saves|saving)\s+(?:my|our)\s+(?:life|lives|bacon|sanity)\b(?=[^.!?]{0,60}\b(?:week|shop\w*|time|cook\w*|dinner|thanks?|10/10|lol|haha)\b)|"
        r"\bthought\s+i\s+was\s+going\s+to\s+die\b(?=[^.!?]{0,40}(?:\U0001f602|\U0001f923|\blol\b|\bhaha|\bloved\b|\blove\s+it\b|"
        r"\bdelicious\b|\bso\s+good\b))",
        re.I,
    ),
    "wants_human": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) writing an escalation guide; a compliment passed on; a callback cancelled; just curious whether there is a phone line
        r"(?:\bwriting\s+a\s+(?:[\w-]+\s+){0,3}(?:guide|blog|post|article)\b|\bhow[\s-]to[\s-]escalate\s+guide\b)|"
        r"(?:\bpass\s+(?:a|my|the|this)\s+(?:compliment|thanks|praise)\b)|"
        r"(?:\bcancel\s+the\s+call\s*back\b)|"
        r"(?:\bjust\s+curious\b[^\n]{0,80}\b(?:a\s+phone\s+line|real\s+(?:people|humans))\b)|"
        # (session 9, blind sets v62 and v64, streaming and car rental; read) proving one is not a robot; praise for talking to a human at the desk; whether the agents are real people, out of curiosity; a theme tune heard once more
        r"(?:\bprove\s+(?:i'?m|i\s+am)\s+not\s+a\s+robot\b)|"
        r"(?:\b(?:nice|lovely|great|good)\s+(?:talking|speaking|to\s+talk|to\s+speak)\s+to\s+an?\s+(?:actual|real)\s+(?:human|person)\b)|"
        r"(?:\bout\s+of\s+curiosity\b[^\n]{0,60}\breal\s+(?:people|humans)\b|\breal\s+(?:people|humans)\s+or\s+(?:ai|a\s+bot|bots)\b(?=[^\n]{0,60}\b(?:not\s+complaining|spot\s+on|been\s+(?:great|fine|good))\b))|"
        r"(?:\bif\s+i\s+hear\s+(?:that|this)\s+(?:theme\s+tune|song|jingle|advert|intro)\b)|"
        # (session 9, blind sets v54-v56 and v59, read) whether real people answer, just curious or for later
        r"(?:\b(?:do\s+you|have\s+you\s+got)\s+(?:guys\s+)?(?:have\s+)?(?:real\s+(?:people|humans)|a\s+phone\s+line)\b[^\n]{0,80}\b(?:just\s+curious|for\s+future\s+reference|asking\s+for\s+(?:my|a)\s+\w+|been\s+fine|thinking\s+of\s+joining)\b)|"
        # (blind sets v30, v31, read) "what are your phone line opening hours?": a question a bot answers
        r"\b(?:your|the)\s+phone\s+lines?\s+(?:opening\s+)?(?:hours|times)\b|"
        # (blind sets v44, v46, read) a number to keep on the fridge; a bot loop one of the team sorted, thanked;
        # reading the terms before signing up
        r"\bjust\s+want\s+it\s+(?:stuck|saved|written\s+down|pinned)\b|\bone\s+of\s+your\s+(?:team|staff|agents|colleagues)\s+(?:sorted|fixed|helped|resolved)\b|\bjust\s+reading\s+(?:through|up)\b|"
        # (blind set v39, read) "what time does live chat open on saturdays"
        r"\b(?:live\s+chat|phone\s+lines?|call\s+cent(?:re|er)|helpline)\s+(?:open|opens|opening|close|closes|hours|times)\b|"
        # (blind set v18, read) "where do I find my customer number?" (a learned reading)
        r"\bwhere\s+(?:do|can|would)\s+i\s+find\s+my\s+(?:customer|account|membership|order)\s+(?:number|id|reference|no)\b|"
        r"\b(?:if\s+i\s+ever|hypothetically)\b[^.!?]{0,60}\b(?:do|should|would|can|could)\s+i\s+(?:call|ring|phone|contact)\s+you\b|"
        r"\bhuman[\s-]+(?:readable|error|rights|resources|nature|body|hair)\b|"
        r"\b(?:close|end)\s+(?:this|the)\s+(?:chat|ticket|conversation|case)\b|"
        # praise for the person already spoken to ("my agent was helpful today"), unless more is asked for
        r"\b(?:your|my|the|that)\s+(?:agent|advisor|adviser|colleague|rep|representative|person|team\s+member|staff\s+member|lady|guy|man|woman)\s+(?:\w+\s+){0,4}(?:was|were|has\s+been|is)\s+(?:really\s+|very\s+|so\s+|super\s+|extremely\s+|incredibly\s+)?"
        r"(?:helpful|lovely|great|amazing|brilliant|fantastic|kind|nice|excellent|patient|wonderful|fab|superb|a\s+star)\b(?![^.!?]{0,60}\b(?:but|however|still|need|want)\b)",
        re.I,
    ),
    "crisis.safety": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) sending or buying a fire extinguisher or blanket
        r"(?:\b(?:send|post|ship|deliver|buy|order)\s+(?:a\s+)?fire\s+(?:extinguisher|blanket)\b)|"
        # (session 9, blind sets v62 and v64, streaming and car rental; read) materials written at work about the signal's topic (a fraud-awareness training, an accessibility guide)
        "(?:" + _WORK_MATERIALS + ")|"
        # (session 9, blind set v66, lettings; read) a smoke alarm check booked
        r"(?:\bsmoke\s+alarm\s+(?:check|test|inspection)\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) a question whether a policy covers a flood, fire or gas leak; the home emergency add-on asked about; a flood long ago, thanked for
        r"(?:\b(?:is|are)\s+(?:flood|fire|storm|theft|accidental\s+damage)\s+(?:cover|damage)\s+included\b|\bdoes\s+(?:the\s+|my\s+|your\s+)?(?:\w+\s+)?(?:policy|cover|insurance)\s+cover\s+(?:damage\s+caused\s+by\s+)?(?:a\s+)?(?:gas\s+leak|flood\w*|fire|storm|burst\s+pipes?)\s*\?)|"
        r"(?:\b(?:what'?s|what\s+is)\s+(?:actually\s+)?(?:included|covered)\s+in\s+(?:the|my)\s+home\s+emergency\b|\bdoes\s+(?:the\s+)?home\s+emergency\s+(?:cover|pay|include)\b)|"
        r"(?:\b(?:when|after)\s+(?:the|our|my)\s+(?:\w+\s+)?(?:flooded|caught\s+fire)\s+(?:in|last)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|year|winter|summer|spring|autumn)\b(?=[^\n]{0,120}\b(?:thanks|thank\s+you|grateful|well\s+done|brilliant)\b))|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) the customer's own job or voluntary work, or a course of study, named with the signal's word
        "(?:" + _OWN_ROLE + ")|"
        "(?:" + _WORK_OR_VOLUNTEER_AT + ")|"
        "(?:" + _STUDY_OF + ")|"
        # (session 9, blind sets v54-v56 and v59, read) a flood or hazard in the past or as a tag; a firefighter's perks
        r"(?:\b(?:basement|office|kitchen|house)\s+flooded\s+last\s+(?:month|year|week)\b|\b(?:hazard|risk)\s+tag\b|\bhazard\w*\s+(?:field|label|category|status|flag)\b)|"
        r"(?:\b(?:i'?m|i\s+am)\s+(?:a|an)\s+(?:firefighter|paramedic|nurse|doctor|police\s+officer)\b[^\n]{0,60}\b(?:perks?|discount|offer|rate)\b)|"
        # (blind set v26, read) late "because of the floods" (the weather, not a flooded kitchen)
        r"\b(?:because\s+of|due\s+to)\s+the\s+(?:floods|flooding|snow|storms?|ice|weather)\b|"
        # (blind set v24, read) "a fire in my belly", "am I going to set the kitchen on fire 😂", stopping the smoke
        # when roasting
        r"\bfire\s+in\s+(?:my|your|the|our)\s+belly\b|\bset\s+(?:the|my|our)\s+(?:kitchen|house|flat|oven|pan)\s+on\s+fire\b(?=[^.!]{0,10}(?:\?|\U0001f602|\U0001f923|lol|haha))|"
        r"\b(?:stop|reduce|avoid|prevent|less)\s+(?:the\s+|all\s+the\s+)?smoke\s+when\s+\w+ing\b|"
        # (blind set v22, read) "a toddler at the age where everything's a hazard"; the emergency team praised or
        # its call-outs asked about; a school project; "which oil won't fill my kitchen with smoke?"
        r"\beverything'?s\s+a\s+(?:hazard|danger|choking\s+hazard)\b|"
        r"\b(?:your|the)\s+emergency\s+(?:team|service|engineers?|line|call[\s-]?out)\s+(?:were|was|are|is)\s+(?:so\s+|really\s+)?(?:amazing|great|brilliant|fantastic|excellent|superb|quick|fast|lovely|helpful)\b|"
        r"\b(?:include|includes|including|cover|covers)\s+(?:\w+\s+)?emergency\s+call[\s-]?outs?\b|"
        + _STUDY_ON
        + r"(?:food\s+poisoning|fires?|fire\s+safety|gas\s+safety|allerg\w+|burns?)\b|"
        r"\bwon'?t\s+(?:fill\s+(?:my|the|our)\s+(?:kitchen|house|flat|home)\s+with|smoke\s+out)\b|\b(?:which|what)\s+(?:oil|pan|setting)\b[^.!?]{0,40}\bsmoke\b|"
        # (blind set v19, read) "an explosion of flavour"; setting the brandy alight for a flambé; a fire drill;
        # "charcoal on the outside and raw in the middle"; a nurse who sees "loads of food poisoning cases"
        r"\bexplosion['\"]?\s+of\s+(?:flavou?rs?|taste|colou?rs?|spice)\b|\b(?:set|setting|light|lighting)\s+(?:the\s+)?(?:brandy|rum|alcohol|pudding|christmas\s+pudding|sauce)\s+"
        r"(?:on\s+fire|alight|aflame)\b|\bflamb(?:e|é|eed|éed|eing|éing)\b|\bfire\s+(?:drill|practice|evacuation\s+drill)\b|"
        r"\bon\s+the\s+outside\s+and\s+raw\s+in\s+the\s+middle\b|"
        r"\bhow\s+(?:should|do|can|would)\s+i\s+(?:store|keep|defrost|thaw|handle|prepare|wash)\s+(?:the\s+)?raw\s+(?:chicken|meat|fish|pork|mince|beef|prawns)\b|"
        r"\b(?:see|seen|deal\s+with|treat|treated)\s+(?:(?:loads|lots|plenty|a\s+lot|hundreds|dozens)\s+of\s+)?(?:food\s+poisoning|burns?|allergic\s+reactions?|allergy)\s+cases\b|"
        # (blind set v44, read) "nearly set the kitchen on fire making toast (we're fine)", "(not literally lol)"; a
        # smoke alarm "my fault, no harm done"; "paranoid about food poisoning"; allergic to sesame, which recipes
        r"\b(?:nearly|almost)\s+(?:set|burnt|burned)\b[^.!?]{0,40}\b(?:on\s+fire|down)\b(?=[^\n]{0,60}\b(?:we'?re\s+fine|no\s+harm|all\s+fine|banned)\b)|\bon\s+fire\b[^.!?]{0,30}\bnot\s+literally\b|"
        r"\bsmoke\s+alarm\b[^\n]{0,30}\b(?:my\s+fault|no\s+harm\s+done)\b|\b(?:paranoid|careful|cautious)\s+about\s+(?:food\s+poisoning|allergens?|hygiene)\b|"
        r"\b(?:is|are|am|'s|'m)\s+allergic\s+to\s+\w+\b(?=[^\n]{0,80}\b(?:free|which|what|recipes?|contain)\b)(?![^\n]{0,80}\b(?:reaction|swell\w*|hospital|ambulance|breath\w*|ate|eaten|rash|hives|epipen)\b)|"
        # (blind set v42, read) "our old oven blew up (literally, it was ancient and it's long gone) so we're looking"
        r"\bold\s+(?:oven|cooker|fridge|freezer|microwave|toaster|kettle|boiler|hob)\s+(?:\w+\s+)?(?:blew\s+up|exploded|caught\s+fire|went\s+bang)\b(?=[^\n]{0,100}\b(?:long\s+gone|looking\s+at|buy\w*|replac\w+|new\s+one)\b)|"
        # (blind sets v38, v39, read) "scared it'll explode haha"; a fire extinguisher to buy; a CO check that passed;
        # in hospital ... visiting
        r"\b(?:scared|worried|afraid|nervous)\s+(?:it'?ll|it\s+will|it\s+might|it'?s\s+going\s+to)\s+(?:explode|catch\s+fire|blow\s+up)\b(?=[^.!?]{0,20}(?:haha|lol|\U0001f602|\U0001f605))|"
        r"\b(?:sell|stock|buy|recommend|have)\s+(?:a\s+|any\s+)?fire\s+(?:extinguishers?|blankets?)\b|\bevery\s+kitchen\s+should\s+have\b|"
        r"\b(?:carbon\s+monoxide|co|gas\s+safety)\s+(?:check|test|inspection)\s+(?:passed|was\s+fine|came\s+back\s+(?:fine|clear|ok))\b|"
        + _VISITING_IN_HOSPITAL + "|"
        # (blind sets v30, v31, read) "my oven is on fire in the best way", "on fire this week 🔥 did the lasagne";
        # "brownies were dangerously good"; "makes the whole flat smell of chips"
        r"\bon\s+fire\W{0,8}(?:in\s+(?:a|the)\s+(?:good|best|nicest)\s+(?:way|sense)|this\s+(?:week|month)|lately|recently)\b|"
        # (blind sets v34, v35, read) "literally on fire today - 3 perfect loaves in a row", "set my last oven on fire
        # trying to clean it", "scorching hot" wanted for pizza, "emergency levels of grime", "Emergency!! forgot to
        # skip", a check for carbon monoxide as part of a service, a routine procedure "nothing serious"
        r"\bon\s+fire\b(?=[^.!?\n]{0,60}\b(?:perfect|best|great|amazing|in\s+a\s+row|loaves|bakes|nailed)\b)(?![^\n]{0,80}\b(?:help|what\s+do\s+i\s+do|smoke|flames?|extinguish\w*|999|fire\s+brigade|evacuat\w*)\b)|"
        r"\bset\s+(?:my|our|the)\s+(?:last|old|previous)\s+(?:oven|pan|kitchen|toaster|microwave|grill)\s+on\s+fire\b|"
        r"\b(?:want|need|like\s+it|get\s+it|for)\b[^.!?]{0,30}\bscorching\s+hot\b|\bscorching\s+hot\b[^.!?]{0,20}\bfor\s+(?:pizza|steak|searing)\b|"
        r"\bemergency\s+levels?\s+of\b|\bemergency\b\W{0,4}(?:i\s+|we\s+)?(?:forgot|need\s+to\s+(?:skip|change|pause)|how\s+do\s+i\s+(?:skip|change|pause))\b|"
        r"\b(?:check|test|look)\w*\s+for\s+(?:carbon\s+monoxide|co|gas\s+leaks?|leaks)\s+(?:as\s+part\s+of|during|in|on)\b|"
        + _ROUTINE_PROCEDURE + "|"
        r"\b(?:a|my)\s+(?:friend|mate|neighbou?r|colleague|sister|brother|cousin)\s+(?:once\s+)?(?:had|got)\s+(?:a\s+)?(?:bad\s+|nasty\s+|severe\s+)?(?:allergic\s+reaction|food\s+poisoning|reaction)\b(?=[^\n]{0,80}\b(?:once|careful|list|check|info\w*)\b)|"
        r"\bdangerously\s+(?:good|tasty|delicious|moreish|addictive|easy|more-?ish)\b|"
        r"^(?!(?s:.*)\b(?:gas|burn\w*|smok\w*|fumes?|plastic|electric\w*|chemical|spark\w*|melt\w*|sick|ill|headache|dizzy)\b)(?s:.*?)"
        r"\bsmell\w*\s+(?:of|like)\s+(?:chips|food|cooking|garlic|curry|fish|bacon|onions?|popcorn|toast|spices?|roast\w*|baking)\b|"
        # (blind set v18, read) "our family's on fire with the taco kits"; "scorch the peppers"; an A&E nurse
        r"\b(?:family|families|we|i|you|team|kids|chef|chefs)(?:'s|'re|'m|\s+are|\s+is|\s+am)\s+on\s+fire\s+(?:with|lately|today|this\s+(?:week|month))\b|"
        r"\bscorch\w*\s+(?:the\s+|your\s+)?(?:peppers?|onions?|chill(?:i|ie)s|tortillas?|corn|skins?|garlic|tomatoes|spices)\b|"
        r"\b(?:i'?m|i\s+am|as|(?:nurse|doctor|work|works|worked|working|shifts?)\s+(?:in|at|on))\s+(?:an?\s+)?a\s*&\s*e\b|\ba\s*&\s*e\s+(?:nurse|doctor|staff|consultant|shifts?)\b|"
        r"\b(?:swallowed\s+(?:my|the)\s+card|smoke\s+alarm\s+(?:thing|section|bit|instructions)|allerg\w*\s+(?:info|information|advice|list|labels?|details)|allergens?|smoke\s+point|smoked\s+(?:salmon|paprika|bacon|haddock|mackerel|cheese)|oven\s+is\s+fire|is\s+fire|fire\s+safety|smoking\s+(?:deal|hot|gun)|no\s+smoke\s+without|holy\s+smoke|smokes?\s+and\s+mirrors|quit\s+smoking|"
        r"(?:sell|stock|buy|fit|install|recommend|supply)\s+(?:a\s+|any\s+)?(?:carbon\s+monoxide|co|smoke|heat)\s+(?:detectors?|alarms?)|"
        r"(?:have|has|with|need)\s+(?:a\s+|an\s+|any\s+)?(?:built[\s-]in\s+)?(?:carbon\s+monoxide|co|smoke|heat)\s+(?:detectors?|alarms?|sensors?)|"
        r"(?:made|produced|packed|prepared)\s+(?:somewhere|in\s+a\s+(?:kitchen|factory|facility))\s+(?:that|which)\s+(?:handles|uses)|nut[\s-]free\s+(?:facility|kitchen|factory)|"
        r"on\s+its\s+last\s+legs\b[^.!?]{0,60}\bstill\s+going|still\s+going\s+strong|"
        r"(?:less|reduce\s+the|minimi[sz]e\s+the|without\s+all\s+the)\s+smoke|flame\s+failure\s+(?:device|protection|safety)|reading\s+up\s+on\s+safety|"
        r"stopped\s+smoking|fire\s+away|scream\w*\s+the\s+(?:house|place)\s+down|fired\s+up|flame\s+(?:symbol|icon|light|indicator|sign|setting)s?|flame[\s-]grill\w*|['\"]?emergency\s+repair['\"]?\s+(?:option|button|booking|service|slot)|emergency\s+credit|"
        + _SOMEONE_ELSE_UNWELL
        + "|"
        r"flooded\s+with\s+(?:compliments|messages|e-?mails|orders|requests|calls|texts|praise|love|likes|questions)|"
        # (blind set v12, read) the cook set the alarm off ("that was just me cremating the garlic bread"); a new
        # appliance's first-use smell asked about calmly
        r"smoke\s+alarm\s+(?:went|goes|going)\s+off\s+but\s+(?:that\s+|it\s+)?(?:was\s+)?(?:just\s+|only\s+)?(?:me|my\s+cooking|the\s+(?:toast|garlic\s+bread|steak|bacon|pan))\b|cremat(?:ed|ing)\s+(?:the|my|our|some)\s+(?!\w+\s+(?:remains|body|ashes))|"
        r"^(?!(?s:.*)\b(?:fire|flames?|fuse|tripp\w*|spark\w*|melt\w*|smoking|billowing|pouring|thick|black\s+smoke|still|won'?t\s+stop|hours|days|weeks?|again|headache|dizzy|gas|sting\w*|eyes)\b)(?s:.*?)"
        r"(?:\b(?:new|brand\s+new)\s+(?:oven|hob|cooker|stove|heater|dryer|appliance|grill|air\s*fryer|range(?:\s+cooker)?|fridge|freezer)\b[^.!?]{0,50}\bfirst\s+(?:use|time|run|heat\w*|couple)|"
        r"\bfirst\s+(?:use|time|run)\b[^.!?]{0,50}\b(?:new|brand\s+new)\s+(?:oven|hob|cooker|stove|heater|dryer|appliance|grill|air\s*fryer|range|fridge|freezer)\b|"
        r"\b(?:protective|factory)\s+(?:coating|oils?|film)|burn(?:ing|s)?[\s-]off\b|new[\s-]car\s+smell)|"
        # smoke-alarm jokes about cooking ("set the smoke alarm off making the stir fry 😂", "my kitchen timer haha")
        r"^(?!(?s:.*)\b(?:fire|flames?|gas|fumes|melt\w*|spark\w*|won'?t\s+stop|electric\w*|plug|socket|wiring|carbon)\b)(?s:.*?)"
        r"(?:\bsmoke\s+alarm\b(?s:.{0,80})\b(?:making|cooking|frying|searing|roasting|tips?|haha|lol|timer|works\s+great|recipe)\b|"
        r"\b(?:cremat\w*|burnt|burned|charred|incinerat\w*)\b(?s:.{0,60})\bsmoke\s+alarm\b)|"
        # cooking set the smoke alarm off; a flood-protection feature; what the emergency cover covers
        r"smoke\s+alarm\s+(?:went|goes|going|keeps\s+going)\s+off\s+(?:while|when|whenever|as|every\s+time)\s+(?:i\s+was\s+|i'?m\s+|i\s+|we\s+were\s+|we\s+)?(?:sear|fry|cook|roast|grill|toast|mak|bak|char|stir)\w*|"
        r"(?:anti[\s-]?)?flood\s+(?:protection|prevention|sensor|detection|guard|stop)\b|aqua\s*stop|what\s+counts\s+as\s+an?\s+emergency|emergency\s+call[\s-]?outs?\s+(?:cover|covers|covered|include|includes|mean)|"
        r"in\s+(?:the\s+)?hospital\s+for\s+(?:a|my|an)\s+(?:planned|routine|scheduled)\b"
        + _NO_DISTRESS_AFTER
        + "|"
        r"(?:kitchen|cooking|food|snack|dinner|garlic|cheese|chocolate|dessert|recipe|pasta|sauce|baking)\s+emergency|"
        r"emergency\W+(?:i'?ve\s+|i\s+have\s+|we'?ve\s+|we\s+have\s+)?(?:run\s+|ran\s+)?out\s+of\s+(?!gas\b|power\b|electric\w*\b|heating\b|hot\s+water\b)|sparks?\s+joy|emergency\s+contact|in\s+case\s+of\s+(?:an\s+)?emergency|dead\s+(?:easy|simple|quick|tasty|good|nice|handy)|smok(?:e|ed|ing)\s+(?:the\s+|your\s+|some\s+)?(?:paprika|salmon|bacon|haddock|mackerel|cheese|chicken|meat|fish|brisket|ribs|pork|garlic|chilli|chillies|tofu))\b|"
        # a smoke/CO alarm that chirps for a battery, or needs fitting or testing, with no sign of fire
        r"^(?!(?s:.*)\b(?:fire|flames?|burn\w*|smoul?der\w*|smoke\s+(?:coming|pouring|everywhere|from|in\s+the)|smell\w*|gas|fumes|went\s+off|go(?:es|ing)?\s+off|sound(?:ed|ing)|outside|evacuat\w*|dizzy|headache|carbon\s+monoxide|co)\b)(?s:.*?)"
        r"(?:\bsmoke\s+(?:alarm|detector)s?\b(?s:.{0,60})\b(?:batter\w*|chirp\w*|beep\w*|test\w*|install\w*|fit(?:ted|ting)?|mount\w*|instructions|manual|set\s+up|warranty)\b|"
        r"\b(?:batter\w*|chirp\w*|beep\w*|test\w*|install\w*|fit(?:ted|ting)?|mount\w*)\b(?s:.{0,60})\bsmoke\s+(?:alarm|detector)s?\b|"
        # a planned hospital visit mentioned to move a delivery
        r"\b(?:off|going|go|heading)\s+(?:in\s+)?to\s+(?:the\s+)?hospital\s+for\s+(?:a|my|an)\s+(?:routine|regular|planned|scheduled|annual|quick)\b)|"
        # a question about a safety feature ("what does the emergency stop button do", "an automatic shut-off if
        # it overheats"), with no sign of harm or of the feature failing anywhere near
        r"^(?!(?s:.*)\b(?:fire|flames?|burn\w*|smok\w*|spark\w*|smell\w*|gas|fumes|shock\w*|melt\w*|injur\w*|hurt|fail\w*|didn'?t|did\s+not|won'?t|doesn'?t|not\s+work\w*|broken|kept\s+going)\b)(?s:.*?)"
        r"\b(?:cool[\s-]?touch|child[\s-]?(?:lock|proof|safe)|safety\s+rating|emergency\s+(?:stop|off|release)(?:\s+(?:button|switch))?|(?:auto(?:matic)?|automatically)\s*(?:shut[\s-]?(?:off|down)|cut[\s-]?out|switch[\s-]?off|turn[\s-]?off))\b",
        re.I,
    ),
    "crisis.fraud_or_lost_card": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) phishing or cyber-security training at work
        r"(?:\b(?:phishing|cyber|security|scam|fraud)\s+(?:awareness\s+)?training\b)|"
        # (session 9, blind sets v62 and v64, streaming and car rental; read) a card lost and already replaced; what a genuine email looks like, to show a relative the scams
        r"(?:\blost\s+my\s+card\b[^\n]{0,40}\b(?:got|have|received)\s+a\s+(?:new|replacement)\s+one\b)|"
        r"(?:\bscam\s+(?:texts|calls|emails|messages)\s+from\b|\bwhat\s+(?:does\s+)?a\s+genuine\s+(?:email|text|message)\s+from\b)|"
        # (session 9, blind sets v62 and v64, streaming and car rental; read) materials written at work about the signal's topic (a fraud-awareness training, an accessibility guide)
        "(?:" + _WORK_MATERIALS + ")|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) a friend scammed elsewhere, glad to be here
        r"(?:\b(?:my|a)\s+(?:mate|friend|neighbou?r|sister|brother|mum|mom|dad|colleague|cousin|nan|gran)\s+(?:got|was|has\s+been|had\s+been)\s+(?:scammed|hacked|defrauded|phished)\b(?![^\n]{0,80}\b(?:my|me|our)\s+(?:account|card|details)\b))|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) the customer's own job or voluntary work, or a course of study, named with the signal's word
        "(?:" + _OWN_ROLE + ")|"
        "(?:" + _WORK_OR_VOLUNTEER_AT + ")|"
        "(?:" + _STUDY_OF + ")|"
        # (session 9, blind sets v54-v56 and v59, read) a question whether the company ever asks for passwords, to warn a team
        r"(?:\bwarn\s+(?:the|my|our)\s+(?:team|staff|colleagues|family)\b[^\n]{0,30}\bgenerally\b|\bdoes\s+\w+\s+ever\s+ask\s+for\s+(?:passwords|codes|pins?)\b)|"
        # (blind set v42, read) "my flatmate says your boxes are a scam because they're cheaper than a takeaway 😂"
        r"\b(?:says|reckons|thinks|jokes)\s+(?:that\s+)?(?:your|you|the)\s+(?:\w+\s+){0,2}(?:are|is)\s+a\s+scam\b(?=[^\n]{0,60}(?:because|cheaper|\U0001f602|lol|haha))|"
        # (blind set v42, read) working in a bank's fraud team
        r"\b(?:work\w*|used\s+to\s+work)\s+(?:in|for|at|on)\s+(?:a\s+|the\s+)?(?:bank(?:'s)?\s+)?fraud\s+(?:team|department|prevention|unit)\b|"
        # (blind set v38, read) "saw you on a 'scam or legit' video, verdict was legit"
        r"\b(?:scam\s+or\s+legit|legit\s+or\s+(?:a\s+)?scam)\b|"
        # a question about the fraud-alert feature itself ("how do I set up fraud alerts in the app")
        # (never beside a sign of a real one: the window around the hit must have none)
        r"^(?!(?s:.*)\b(?:stolen|stole|lost|missing|unauthori[sz]ed|recogni[sz]e|didn'?t\s+make|did\s+not\s+make|someone|somebody|hacked|not\s+me|wasn'?t\s+me)\b)(?s:.*?)"
        r"\b(?:set\s+up|setting\s+up|turn\s+(?:on|off)|switch\s+(?:on|off)|enable|disable|change|adjust|what\s+(?:is|are|does|do)|where\s+(?:are|is|do\s+i\s+find|can\s+i\s+find)|how\s+do(?:es)?)\s+(?:the\s+|my\s+|a\s+|your\s+)?['\"]?fraud\s+(?:alerts?|protection|prevention|monitoring|notifications?|settings?)\b"
        # (blind set v18, read) how the card's fraud protection works; a phishing email reported, not fallen for
        r"|^(?!(?s:.*)\b(?:stolen|stole|lost|missing|unauthori[sz]ed|recogni[sz]e|someone|somebody|hacked|not\s+me|wasn'?t\s+me|(?<!n't\s)(?<!not\s)(?<!never\s)(?:clicked|entered|gave))\b)(?s:.*?)"
        r"(?:\bhow\s+(?:the\s+|your\s+|my\s+)?(?:[\w'-]+\s+){0,2}fraud\s+(?:protection|alerts?|monitoring|prevention|cover)\s+(?:works?|protects?)\b|"
        r"\bphishing\b(?=[^\n]{0,80}\b(?:didn'?t|did\s+not|haven'?t|have\s+not|never)\s+(?:click|open|reply|respond|tap|give|enter)\w*))"
        # (blind set v16, read) a project or homework about fraud
        "|" + _STUDY_ON + r"(?:card\s+)?(?:fraud|scams?|identity\s+theft)\b"
        # a scam message passed on, not fallen for ("got a scam text pretending to be you, didn't click it")
        r"|\b(?:scam|phishing|dodgy|fake|suspicious)\s+(?:text|texts|email|emails|e-mail|call|calls|message|messages|sms)\b(?=[^\n]{0,80}\b(?:didn'?t|did\s+not|haven'?t|never|won'?t)\s+(?:click|open|reply|respond|answer|tap|give|enter)\w*)",
        re.I,
    ),
    "crisis.missed_delivery": re.compile(
        # (session 9, blind set v66, lettings; read) another company's parcel, 'not your problem'
        r"(?:\bmy\s+(?:amazon|ebay|royal\s+mail|dpd|evri|hermes|ups|fedex|dhl|asos)\s+(?:parcel|order|delivery|package)\b(?=[^\n]{0,80}\b(?:not\s+your|lol|paranoid)\b))|"
        # (session 9, blind sets v54-v56 and v59, read) a 'missed delivery' status in one's own courier business
        r"(?:\b(?:custom|a|new)\s+\W?missed\s+delivery\W?\s+(?:status|tag|label|field)\b)|"
        # (blind set v46, read) "just checking my box is still coming tomorrow?"
        r"\bjust\s+checking\s+(?:my|the|our)\s+(?:box|delivery|order)\s+is\s+(?:still\s+)?(?:coming|on\s+track|due)\b|"
        # (blind set v42, read) "no idea which box to order"; "just want the tracking link"
        r"\bno\s+idea\s+(?:which|what)\s+(?:box|boxes|recipe|plan|meal)s?\s+to\s+(?:order|choose|pick|get)\b|\bjust\s+(?:want|need)\s+(?:the\s+)?tracking\s+(?:link|number|info)\b|"
        # (blind set v34, read) "forgot to skip ... is it too late?"
        r"\b(?:forgot|forget)\s+to\s+(?:skip|pause|change|edit|swap)\b[^.!?]{0,60}\btoo\s+late\b|\btoo\s+late\s+to\s+(?:skip|change|cancel|pause|edit|add|swap)\b|"
        # (blind set v35, read) "where's my order? it says out for delivery": a status question
        # (the whole message: a genuine miss says more, e.g. since when; one closed set's row, seen only as this
        # idiom's label, showed a broader form blocking one)
        r"^\W*(?:where'?s|where\s+is|when\s+(?:will|is)|any\s+idea\s+when)\s+(?:my|our|the)\s+(?:order|box|delivery|parcel)\W*"
        r"(?:it\s+)?says\s+(?:it'?s\s+)?out\s+for\s+delivery\W*$",
        re.I,
    ),
    "crisis.outage": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) where the status page is
        r"(?:\bstatus\s+page\b[^\n]{0,40}\b(?:check|see|bookmark)\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) down for a few minutes, back now
        r"(?:\bwent\s+down\s+for\s+a\s+(?:few|couple\s+of)\s+minutes\b[^\n]{0,40}\bback\s+now\b)|"
        # (session 9, blind sets v54-v56 and v59, read) an outage on the customer's own side; a fatal error that flashes and loads fine; a network that was down and is back
        r"(?:\boutage\s+on\s+(?:our|my)\s+(?:end|side)\b|\b(?:office|home|our|my)\s+(?:wifi|wi-fi|internet|broadband)\s+(?:died|went\s+down|was\s+down)\b(?=[^\n]{0,60}\boffline\b))|"
        r"(?:\b(?:flashes|shows|pops\s+up)\b[^\n]{0,40}\bthen\s+loads\s+fine\b)|"
        r"(?:\b(?:was|were)\s+(?:the\s+)?(?:network|app|site|service)\s+down\b[^\n]{0,40}\bback\s+now\b)|"
        # an old appliance that died is why they are buying from us; maintenance announced for later
        r"\bold\s+(?:fridge|freezer|oven|cooker|washer|washing\s+machine|dishwasher|boiler|hob|dryer)\s+(?:has\s+|just\s+|finally\s+)?(?:died|broke|packed\s+(?:in|up)|gave\s+up|conked\s+out)\b(?=[^.!?]{0,60}\b(?:bought|buy|buying|ordered|order|purchased?|getting|get|looking\s+at|shopping\s+for|replac\w+)\b)|"
        r"\bdown\s+for\s+(?:planned\s+|scheduled\s+)?maintenance\s+(?:tonight|tomorrow|later|on\s+\w+day|this\s+(?:weekend|evening)|overnight)\b",
        re.I,
    ),
    "illness": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) 'sick' as praise, well done
        r"(?:\b(?:feature|map|update|app|design)\s+is\s+(?:actually\s+|so\s+|well\s+|proper\s+)?sick\b(?=[^\n]{0,40}\b(?:well\s+done|amazing|great|brilliant|nice|love)\b))|"
        # (session 9, blind sets v62 and v64, streaming and car rental; read) a first aider at work; a GP surgery as a place; who signed off on an ending
        r"(?:\b(?:i'?m|i\s+am)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}first\s+aider\b)|"
        r"(?:\b(?:gp|doctor'?s|dental|dentist'?s|vet'?s?)\s+surgery\b)|"
        r"(?:\bwho\s+signed\s+off\s+on\b)|"
        # (session 9, blind sets v62 and v64, streaming and car rental; read) materials written at work about the signal's topic (a fraud-awareness training, an accessibility guide)
        "(?:" + _WORK_MATERIALS + ")|"
        # (session 9, blind set v58, read) a service for people with a condition, where the customer works
        r"(?:\b(?:day\s+centre|care\s+home|charity|school|service|club|group)\s+for\s+(?:adults|children|people|kids|young\s+people)\s+with\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) 'sick' as praise; the last round of treatment finished, celebrating; recovering from a minor op, shopping
        r"(?:\b(?:update|app|feature|design|this|that|it)\s+is\s+(?:actually\s+|so\s+|well\s+|proper\s+)?sick\b(?=[^\n]{0,40}\b(?:faster|fast|better|nice|cool|love|mate|bro|smooth)\b))|"
        r"(?:\bfinished\s+my\s+last\s+(?:round|session|cycle)\s+of\s+(?:chemo\w*|treatment|radiotherapy)\b(?=[^\n]{0,40}(?:\U0001f389|treat\w*|celebrat\w*|!)))|"
        r"(?:\brecovering\s+from\s+(?:a|my)\s+(?:knee|hip|ankle|wrist|shoulder|minor|small)\s+(?:op|operation|surgery)\b(?=[^\n]{0,60}(?:\U0001f605|sofa|shopping|bored|lol|haha)))|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) the customer's own job or voluntary work, or a course of study, named with the signal's word
        "(?:" + _OWN_ROLE + ")|"
        "(?:" + _WORK_OR_VOLUNTEER_AT + ")|"
        "(?:" + _STUDY_OF + ")|"
        # (session 9, blind sets v54-v56 and v59, read) an airport terminal; a cold, a knee op or covid that is routine or past
        r"(?:\bterminal\b(?![\s-]+(?:illness|ill|cancer|diagnosis|stage|condition|disease))(?<!\bis\sterminal)(?<!\bwas\sterminal))|"
        r"(?:\b(?:had|got\s+over)\s+(?:covid|flu|a\s+cold|the\s+flu)\s+(?:last|a\s+couple\s+of|two|a\s+few)\s+(?:week|weeks|month|months)\b(?![^\n]{0,60}\b(?:still\s+(?:ill|poorly|unwell|off|recovering|suffering|have|got)|long\s+covid|worse|hospital)\b))|"
        r"(?:\boff\s+with\s+(?:a|the)\s+(?:cold|cough|sniffle|bug)\b)|"
        r"(?:\b(?:routine|minor|small|quick)\s+(?:knee|hip|eye|day|keyhole)?\s*(?:op|operation|procedure|surgery)\b)|"
        r"(?:\bback\s+from\s+(?:surgery|hospital|the\s+hospital)\s+(?:and\s+)?(?:feeling|doing)\s+(?:great|fine|well|good|brilliant)\b)|"
        # (blind sets v42, v43, read) someone else poorly, sent a treat; how heavy a box is
        r"\b(?:sister|brother|mum|mom|dad|friend|neighbou?r|colleague|nan|gran|aunt|uncle|cousin|mate)(?:'s|\s+has|\s+is)\s+(?:been\s+)?(?:poorly|ill|unwell|under\s+the\s+weather)\b(?=[^\n]{0,80}\b(?:send\s+(?:her|him|them)|treat|gift|surprise)\b)|"
        + _PLAIN_WEIGHT_QUESTION + "|"
        # (blind sets v38, v39, read) "my wallet is still recovering from christmas"; pregnant and craving; in
        # hospital ... visiting a sister who just had a baby
        r"\b(?:wallet|bank\s+account|bank\s+balance|budget|liver|waistline|bank)\s+(?:is\s+)?(?:still\s+)?recovering\b|"
        r"\bpregnant\b(?![^\n]{0,80}\b(?:complications?|hospital|sick|ill|bleeding|high[\s-]risk|bed\s*rest|hyperemesis|miscarr\w*|scan)\b)|"
        + _VISITING_IN_HOSPITAL + "|"
        # (blind set v34, read) a routine day procedure, "nothing serious"
        + _ROUTINE_PROCEDURE + "|"
        # (blind sets v30, v31, read) "my doctor told me to eat more fibre"; "I'm at the hospital (admin, not a
        # patient haha)"; "my mate works in A&E"; "the cancer research charity shop"
        r"^(?!(?s:.*)\b(?:diagnos\w*|condition|diabet\w*|cancer|heart|kidney|renal|liver|stroke|surgery|operation|chemo\w*|treatment)\b)(?s:.*?)"
        r"\b(?:doctor|gp|nurse|dietitian)\s+(?:told|advised|wants|said|says)\s+(?:me\s+)?(?:to\s+|i\s+should\s+)?(?:eat|cut\s+down|cut\s+back|have|get|try|add)\s+(?:more|less|fewer|down|back)\b|"
        r"\bnot\s+(?:as\s+)?a\s+patient\b|\bworks?\s+(?:in|at)\s+(?:a\s*&\s*e|the\s+hospital|a\s+hospital)\b|\bcancer\s+(?:research|charit\w+|trust)\b|"
        # (blind set v26, read) a friend who got ill from another company's food
        r"\b(?:a|my)\s+(?:friend|neighbou?r|colleague|mate|cousin)\s+(?:got|was|fell)\s+(?:ill|sick|poorly)\s+(?:from|after)\b|"
        # (blind set v18, read) a cold on the mend, with nothing worse in sight
        r"\b(?:getting\s+over|got|have|had|fighting\s+off|nursing|recovering\s+from)\s+(?:a|the|my|this)\s+(?:bit\s+of\s+a\s+|horrible\s+|stinking\s+|heavy\s+|nasty\s+)?"
        r"(?:cold|sniffles?|cough|sore\s+throat|head\s*cold)\b(?![^.!?]{0,60}\b(?:hospital|can'?t|cannot|bed|weeks|struggl\w*)\b)|"
        r"\bheart\s+attack\s+(?:on|in)\s+a\s+(?:plate|bun|box|bowl|tray|dish)\b|"
        r"\b(?:visiting|visit)\s+(?:\w+\s+){0,3}(?:in\s+)?hospital\b|\bhospital\s+visiting\b|\bhospital\s+(?:visit|appointment)\s+for\s+(?:my\s+)?(?:friend|neighbour)|\bwork\s+(?:in|at)\s+(?:a\s+|the\s+)?hospital\b|\bnurse\b|"
        r"\b(?:off|going|go|heading)\s+(?:in\s+)?to\s+(?:the\s+)?hospital\s+for\s+(?:a|my|an)\s+(?:routine|regular|annual|quick)\s+(?:check|check-?up|scan|test|appointment)|"
        r"\b(?:nearly|almost|practically)\s+(?:had|gave\s+me|giving\s+me)\s+a\s+heart\s+attack\b|"
        r"\b" + _SOMEONE_ELSE_UNWELL + r"\b|"
        r"(?<!i'm\s)(?<!i\sam\s)\bwho'?s\s+recovering\s+from\b|"
        r"\bin\s+(?:the\s+)?hospital\s+for\s+(?:a|my|an)\s+(?:planned|routine|scheduled)\s+(?:[\w-]+\s+)?(?:op|operation|procedure|check-?up|scan)\b"
        + _NO_DISTRESS_AFTER,
        re.I,
    ),
    "disability": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) blind as a bat; a sign-language interpreter by trade; a sight-loss charity's question passed on
        r"(?:\bblind\s+as\s+a\s+bat\b)|"
        r"(?:\b(?:i'?m|i\s+am)\s+(?:a|an)\s+(?:sign\s+language|bsl)\s+interpreter\b)|"
        r"(?:\bvolunteer\s+(?:with|for|at)\s+a\s+(?:sight\s+loss|deaf|disability|hearing\s+loss)\s+charity\b)|"
        # (session 9, blind sets v62 and v64, streaming and car rental; read) materials written at work about the signal's topic (a fraud-awareness training, an accessibility guide)
        "(?:" + _WORK_MATERIALS + ")|"
        # (session 9, blind set v66, lettings; read) 'am I blind or ...'; working as a carer
        r"(?:\bam\s+i\s+blind\s+or\b)|"
        r"(?:\bi\s+work\s+as\s+a\s+carer\b|\b(?:i'?m|i\s+am)\s+a\s+(?:paid\s+|professional\s+)?carer\s+(?:for\s+(?:the\s+)?(?:council|an?\s+agency|a\s+living)|by\s+trade)\b)|"
        # (session 9, blind set v58, read) a service for people with a condition, where the customer works
        r"(?:\b(?:day\s+centre|care\s+home|charity|school|service|club|group)\s+for\s+(?:adults|children|people|kids|young\s+people)\s+with\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) a wheelchair sport; a friend's visit checked for step-free access
        r"(?:\bwheelchair\s+(?:basketball|rugby|tennis|racing|sports?)\b)|"
        r"(?:\bchecking\s+for\s+a\s+(?:friend|relative|guest|colleague)\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) the customer's own job or voluntary work, or a course of study, named with the signal's word
        "(?:" + _OWN_ROLE + ")|"
        "(?:" + _WORK_OR_VOLUNTEER_AT + ")|"
        "(?:" + _STUDY_OF + ")|"
        # (session 9, blind sets v54-v56 and v59, read) an accessibility audit, review or tester by trade; hearing-aid compatibility for a gift; eyes not what they were, a bigger font
        r"(?:\baccessibility\s+(?:audit|review|tester|testing|team|statement|lead|consultant|specialist)\b|\baccessibility\s+tester\b)|"
        r"(?:\bhearing[\s-]aid\s+compatib\w*\b(?=[^\n]{0,60}\b(?:xmas|christmas|birthday|gift|present|wants\s+one)\b))|"
        r"(?:\bmy\s+eyes\s+aren'?t\s+what\s+they\s+used\s+to\s+be\s+(?:lol|haha|\U0001f602))|"
        # (blind set v46, read) "swore blind"; a relative who is a carer by job
        r"\bsw(?:ore|ear|ears)\s+blind\b|\b(?:sister|brother|mum|mom|dad|friend|wife|husband|partner|daughter|son|aunt|cousin)(?:'s|\s+is)\s+a\s+carer\b|"
        # (blind set v43, read) "blind taste test"; how heavy a box is, asked plainly
        + _PLAIN_WEIGHT_QUESTION + "|"
        r"\bblind\s+(?:taste|tasting|test|date|spot|panic|drunk|bake)\b|"
        # (blind set v34, read) a carer asking for something plain ("I'm a carer for my gran ... a second delivery
        # address")
        r"\bi'?m\s+(?:a|the|her|his|my\s+\w+'s)\s+carer\b(?![^\n]{0,120}\b(?:disab\w+|dementia|wheelchair|blind|deaf|can'?t\s+(?:read|see|hear|manage|cope|use)|struggl\w*|help\s+us|accident\w*)\b)|"
        r"\baccessibility\s+(?:statement|policy|page)\b|"
        # (blind set v18, read) a question about an accessibility feature ("is there a large-print option?")
        # ... but not when the customer says they need it (blind sets v44, v46, read)
        r"^(?!(?s:.*)\b(?:my\s+eyes|can'?t\s+read|too\s+small\s+for\s+me|struggl\w*\s+to\s+read|my\s+sight)\b)(?s:.*?)"
        r"\b(?:is\s+there|do\s+you\s+(?:have|offer|do)|can\s+i\s+(?:get|have))\s+(?:a\s+|an\s+)?(?:large[\s-]print|braille|audio|screen[\s-]reader|high[\s-]contrast|"
        r"bigger[\s-]text|larger[\s-]text|easy[\s-]read)\s+(?:option|version|recipes?|cards?|format|mode|setting)s?\b|"
        # (blind set v16, read) a question about an accessible version for other people or as a gift
        r"\b(?:is\s+there|do\s+you\s+(?:have|offer|do)|does\s+(?:the|your)\s+\w+\s+have)\s+an?\s+(?:more\s+)?accessib\w+\s+"
        r"(?:version|option|mode|setting|format|app|site)\b(?=(?s:.{0,80})\b(?:for\s+(?:[\w-]+\s+)?(?:people|customers|users|those|anyone|members)|gift|curious|wondering)\b)",
        re.I,
    ),
    # hyperbole about food ("so good it should be illegal")
    "high_stakes.legal": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) one's conveyancing solicitor; a relative who works at the ombudsman
        r"(?:\bmy\s+solicitor\s+(?:mentioned|said|needs|asked|wants|has\s+asked|is\s+asking|sent)\b(?=[^\n]{0,80}\b(?:deed|completion|redemption|title|conveyanc\w*|exchange|help\s+to\s+buy|postponement|searches)\b)|\bsent\s+to\s+my\s+solicitor\b)|"
        r"(?:\b(?:sister|brother|mum|mom|dad|friend|wife|husband|partner|cousin|mate|son|daughter)\s+works\s+(?:at|for|in)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:ombudsman|regulator|court|fca|police)\b)|"
        # (session 9, blind set v66, lettings; read) a building named Something Court
        r"(?:(?-i:(?!(?:Claims|County|Magistrates|Crown|High|Supreme|Family|Small|Civil|Appeal|District|Tax|Employment|Sheriff|Youth|Coroner'?s)\b)[A-Z][a-z]+\s+Court)\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) a relative who is a lawyer, with no case of the customer's
        r"(?:\b(?:brother|sister|mum|mom|dad|friend|wife|husband|partner|cousin|uncle|aunt|mate|son|daughter)(?:'s|\s+is)\s+(?:a|an)\s+(?:solicitor|lawyer|barrister|paralegal|judge)\b(?![^\n]{0,80}\b(?:sue|suing|claim\w*|court|action|letter|case|rights|breach|negligen\w*)\b))|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) the customer's own job or voluntary work, or a course of study, named with the signal's word
        "(?:" + _OWN_ROLE + ")|"
        "(?:" + _WORK_OR_VOLUNTEER_AT + ")|"
        "(?:" + _STUDY_OF + ")|"
        # (session 9, blind sets v54-v56 and v59, read) a jury summons; GDPR or a DPA asked about for the file; an ombudsman or regulator in a story or an assignment; a client's own data request
        r"(?:\bjury\s+(?:service|duty)\b)|"
        r"(?:\b(?:page|info|information|document|doc|copy)\s+(?:explaining|about|on|of)\s+(?:gdpr|your\s+dpa|data\s+protection)\b|\bwhere\s+can\s+i\s+find\s+your\s+(?:dpa|gdpr|privacy)\b|\b(?:as|for)\s+standard\s+procurement\b)|"
        r"(?:\b(?:for\s+a|it'?s\s+for\s+(?:a|my))\s+(?:uni|university|college|school)\s+(?:assignment|project|essay|module|course)\b)|"
        r"(?:\b(?:that\s+other|another)\s+(?:bank|company|firm|provider|airline|insurer)\s+(?:getting|got|being)\s+fined\b)|"
        r"(?:\b(?:one\s+of\s+)?(?:my|our)\s+clients?\s+(?:has\s+)?asked\s+(?:us|me)\s+to\s+delete\s+their\b)|"
        r"(?:\bjust\s+curious\s+how\s+(?:that|it)\s+works\b)|"
        # (blind set v44, read) "read something about meal kit companies getting sued"
        r"\b(?:read|heard|saw)\s+(?:something\s+)?about\s+(?:[\w-]+\s+){0,4}(?:getting\s+)?(?:sued|taken\s+to\s+court|fined)\b|"
        r"\b(?:companies|firms|shops|brands|retailers)\s+(?:getting|being)\s+(?:sued|taken\s+to\s+court|fined)\b|"
        # (blind sets v38, v39, read) working in trading standards, said with praise or a plain question
        r"\b(?:work(?:s|ed|ing)?|used\s+to\s+work)\s+(?:in|for|at)\s+(?:the\s+)?(?:trading\s+standards|ombudsman|a\s+law\s+firm)\b(?![^.!?]{0,80}\b(?:claim|court|sue|action|proceedings|breach|rights|complain\w*|unacceptable|report\w*)\b)|"
        # (blind set v34, read) where the small print is, to read before buying; "parks legally"
        r"\b(?:where(?:'s|\s+is|\s+are|\s+can\s+i\s+(?:find|read|see))|want\s+to\s+read|link\s+to)\s+(?:all\s+)?(?:the\s+)?(?:full\s+)?(?:legal\s+)?(?:small\s+print|t\s*&\s*cs?|terms(?:\s+and\s+conditions)?)\b|"
        r"\b(?:park\w*|drive\w*|driving)\s+legally\b|"
        r"\b(?:should|ought\s+to)\s+be\s+illegal\b|\b(?:is|was|it'?s|so)\s+criminal\b|"
        r"\b(?:good|tasty|delicious|nice|yummy|moreish|addictive|cheap|easy)\s+(?:that\s+)?(?:it\s+|they\s+)?(?:should|ought\s+to)\s+be\s+illegal\b|"
        r"\billegal(?:ly)?\s+(?:good|tasty|delicious|addictive|cheap)\b|"
        # (blind set v20, read) "GDPR nerd here"
        r"\b(?:gdpr|data\s+protection|privacy)\s+(?:nerd|geek|fan|buff|enthusiast)\b|"
        # (blind set v19, read) estate planning with one's own solicitor
        r"\b(?:estate|will|wills)\s+planning\s+with\s+(?:my|our|a)\s+(?:solicitor|lawyer)\b|"
        # (blind set v18, read) "what's the ombudsman thing mentioned at the bottom of your emails about?"
        r"\b(?:ombudsman|gdpr|data\s+protection|trading\s+standards)\s+(?:thing|bit|line|logo|section|bits?)\b|\bat\s+the\s+bottom\s+of\s+your\s+(?:e-?mails?|letters?|website|page|terms)\b|"
        # (blind set v16, read) a joke threat ("I'd sue you for making me gain weight if I could"); one's own
        # profession ("I'm a solicitor and want to order boxes for the office") with nothing legal in sight
        r"\b(?:i'?d|i\s+would|i\s+could|could)\s+sue\s+(?:you|them)\s+for\s+(?:making|being|how)\b|"
        # (blind set v20, read) a relative who is a lawyer, mentioned with praise or a gift (otherwise a warning);
        # (blind sets v30, v31, read) "my brother in law is a solicitor and says your T&Cs are the clearest",
        # "my lawyer friend loved the box I gifted her"
        r"\b(?:sister|brother|mum|mom|dad|friend|wife|husband|partner|son|daughter|cousin|mate|colleague|neighbou?r|aunt|uncle)(?:[\s-]+in[\s-]+law)?(?:'s|\s+is)\s+an?\s+(?:retired\s+|former\s+)?(?:solicitor|lawyer|barrister|attorney)\b"
        + _PRAISE_AHEAD + "|"
        r"\b(?:lawyer|solicitor|barrister)\s+(?:friend|mate|sister|brother|cousin|neighbou?r|colleague|pal)\b"
        + _PRAISE_AHEAD
        + r"(?![^\n]{0,80}\b(?:claim|court|sue|action|proceedings|breach|rights|unacceptable)\b)|"
        r"\b(?:lawyer|solicitor)\s+in\s+(?:our|my|the)\s+family\b(?=[^\n]{0,80}\b(?:fair|gift|birthday|present|voucher|recommend\w*|loves?|loved|obsessed)\b)|"
        # (blind set v26, read) which ombudsman scheme, for a uni project
        r"\bwhich\s+ombudsman\s+(?:scheme|service)?\s*(?:are|do|is)\s+you\b|" + _CONSUMER_PROJECT + "|"
        # (blind set v24, read) "in case you end up in court haha"; "is my data safe with you?"
        r"\bin\s+case\s+(?:you|i|we)\s+(?:ever\s+)?end\s+up\s+in\s+court\b|\bis\s+(?:my|our)\s+(?:personal\s+)?(?:data|information|card\s+data)\s+safe\b|"
        r"\b(?:i'?m|i\s+am|as|work\s+as)\s+an?\s+(?:solicitor|lawyer|barrister|paralegal|attorney)\b"
        r"(?![^.!?]{0,80}\b(?:claim|court|sue|action|proceedings|letter|breach|rights|complain\w*|unacceptable|further)\b)",
        re.I,
    ),
    "financial_hardship": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) running or volunteering at a food bank; a payment holiday for parental leave, planned
        r"(?:\bi\s+(?:run|volunteer\s+at|help\s+(?:out\s+)?at|manage|organise)\s+(?:the|a|our)\s+(?:local\s+)?food\s*bank\b)|"
        r"(?:\bpayment\s+holiday\s+for\s+(?:maternity|paternity|parental|shared\s+parental)\s+leave\b)|"
        # (session 9, blind set v66, lettings; read) arrears just cleared; what happens if a tenant or customer falls behind, asked by a landlord
        r"(?:\b(?:cleared|paid\s+off|settled)\s+(?:the|my|all\s+(?:the|my|of\s+the))\s+(?:arrears|debts?)\b)|"
        r"(?:\bwhat\s+happens\s+if\s+a\s+(?:tenant|customer|member|client|borrower|student|guest)\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) a child or a season that 'bankrupted' me, laughing; broke till payday, asking about a wishlist
        r"(?:\bbankrupted\s+me\b(?=[^\n]{0,40}(?:haha|lol|\U0001f602|\U0001f605)))|"
        r"(?:\bbroke\s+as\s+a\s+joke\s+till\s+payday\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) the customer's own job or voluntary work, or a course of study, named with the signal's word
        "(?:" + _OWN_ROLE + ")|"
        "(?:" + _WORK_OR_VOLUNTEER_AT + ")|"
        "(?:" + _STUDY_OF + ")|"
        # (session 9, blind sets v54-v56 and v59, read) a debt-collection business; an overdraft limit asked about; Christmas 'bankrupted' me haha; skint long ago, all paid off
        r"(?:\b(?:we'?re|we\s+are|i'?m|i\s+am|i\s+run|we\s+run)\s+(?:a|an)\s+(?:\w+\s+)?(?:debt\s+(?:collection|recovery)|collections)\s+(?:agency|firm|company|business)\b)|"
        r"(?:\b(?:what(?:'s|\s+is)|remind\s+me\s+(?:of\s+)?what)\s+(?:my|our|the)\s+(?:arranged\s+)?overdraft\s+(?:limit|rate|fee|charge)s?\b|\b(?:raise|increase)\s+my\s+overdraft\s+limit\s+(?:for|before)\s+(?:a|my|the)\s+(?:holiday|trip|wedding)\b)|"
        r"(?:\b(?:has|have)\s+(?:absolutely\s+|totally\s+|properly\s+)?bankrupted\s+me\s+(?:haha|lol|\U0001f602|\U0001f605))|"
        r"(?:\b(?:was|were)\s+skint\b[^\n]{0,60}\b(?:all\s+paid\s+off|paid\s+(?:it\s+)?(?:all\s+)?off|back\s+on\s+(?:my|our)\s+feet)\b)|"
        # (blind set v42, read) a debt adviser by profession
        r"\b(?:i'?m\s+an?|work\s+as\s+an?|as\s+an?)\s+debt\s+(?:adviser|advisor|counsell?or|collector|specialist)\b|"
        # (blind set v30, read) "I used to work in debt collection"
        r"\b(?:work\w*|job|career|used\s+to\s+work)\s+(?:in|at|for)\s+(?:a\s+)?debt\s+(?:collection|recovery|advice)\b|"
        # (blind set v26, read) a discount scheme asked about for others ("people on benefits")
        r"\b(?:discount|scheme|offer|help|support|price)s?\s+for\s+(?:people|customers|those|anyone|families)\s+on\s+(?:benefits|universal\s+credit|low\s+incomes?)\b|"
        r"\bbroke\s+(?:my|the|your|our)\s+(?:brain|heart|mind|record|diet|internet)\b|"
        # said laughing, while buying more ("broke till payday lol, just the cookies")
        r"\b(?:broke|skint)\b[^.!?\n]{0,40}\b(?:lol|haha+|hehe|lmao)\b|\b(?:broke|skint)\s+as\s+(?:ever|usual|always)\b|"
        # volunteering, or asking about a scheme for others ("customers in financial difficulty")
        r"\bvolunteer\w*\s+(?:at|for|with)\s+(?:a|the|our|my)\s+(?:local\s+)?food\s*bank\b|\bfood\s*bank\s+(?:volunteer\w*|donations?|collections?|drive)\b|"
        r"\b(?:customers|people|those|anyone|families|households)\s+(?:who\s+are\s+|who'?re\s+)?(?:in|facing|with|struggling\s+with)\s+(?:financial|money)\s+(?:difficult\w*|hardship|trouble|problems)\b",
        re.I,
    ),
    "high_stakes.negotiation": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) how compensation works, reading the terms first
        r"(?:\bhow\s+does\s+compensation\s+work\b(?=[^\n]{0,80}\b(?:just|before\s+i|reading|curious|wondering)\b))|"
        # (session 9, blind set v66, lettings; read) thanks for a goodwill gesture received; negotiating all day at work
        r"(?:\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+the\s+goodwill\b)|"
        r"(?:\bnegotiat\w*\s+(?:contracts|deals)\s+(?:all\s+day|at\s+work|for\s+work)\b)|"
        # (session 9, blind sets v54-v56 and v59, read) negotiating for a living; mid-negotiation with one's own client; goodwill credit already given; published nonprofit pricing; 'so I don't go over' a limit
        r"(?:\bnegotiat\w*\s+(?:contracts|deals)\s+for\s+a\s+living\b|\bmid[\s-]negotiation\s+with\s+(?:a|my|our)\s+(?:client|customer|supplier)\b)|"
        r"(?:\b(?:got|received|had|was\s+given)\s+(?:a\s+)?[£$€]?\d*\s*(?:credit\s+)?(?:as\s+)?(?:a\s+)?goodwill\b[^\n]{0,40}\b(?:last|does\s+it|show|appear|bill)\b)|"
        r"(?:\b(?:published|your)\s+(?:nonprofit|non-profit|charity|student|education)\s+pricing\b)|"
        r"(?:\bso\s+i\s+don'?t\s+go\s+over\b)|"
        # (blind set v44, read) "no complaints at all, just wondering if you do a loyalty thing"
        r"\b(?:no\s+complaints?|just\s+wondering)\b[^\n]{0,60}\bloyalty\b|\bloyalty\b[^\n]{0,60}\bjust\s+wondering\b|"
        # (blind set v34, read) whether the price stays fixed, asked after renewing
        r"\b(?:does|will|is)\s+(?:the|my)\s+(?:[\w-]+\s+){0,2}price\s+(?:stay|remain|go\s+up|change|fixed|locked)\b(?![^\n]{0,60}\b(?:discount|cheaper|match|deal|otherwise|or\s+i'?ll|cancel\w*)\b)|"
        # (blind set v26, read) "do I get compensation? mine always have, just wondering"
        r"\bdo\s+i\s+get\s+compensation\b(?=[^\n]{0,60}\b(?:just\s+wondering|just\s+curious|mine\s+always|asking\s+because)\b)|"
        # (blind set v20, read) "is it true you give credit if ...?" (a question about the policy)
        r"\bis\s+it\s+true\s+(?:that\s+)?you\s+(?:give|offer|do|pay)\b|"
        # (blind set v18, read) "if an engineer doesn't turn up, what compensation do you offer? asking because ..."
        r"\bif\s+(?:an?|the|my|your)\s+(?:\w+\s+){0,2}(?:doesn'?t|does\s+not|don'?t|never)\s+(?:turn\s+up|show|arrive|come)\b[^.!?]{0,20}\bwhat\s+(?:compensation|credit|refund)\b|"
        r"\bwhat\s+(?:compensation|credit)\s+(?:do|would|will)\s+you\s+(?:offer|give|pay|provide)\b(?=[^\n]{0,80}\b(?:asking\s+because|just\s+curious|friend|another\s+company|hypothetical\w*)\b)|"
        # a question about the policy, with no competitor's offer in hand ("£90 cheaper at Currys", "I saw")
        r"^(?!(?s:.*)(?:[£$€]\s?\d|\b(?<!not\s)(?<!n't\s)(?:saw|seen|found)\b|\b(?:return\w*|selling|currys|argos|amazon|otherwise|cancel\w*|or\s+i'?ll)\b))(?s:.*?)\bdo\s+you\s+(?:do\s+|offer\s+)?price[\s-]?match\b|\bdiscount\s+(?:for|if\s+(?:i|we))\s+(?:pay(?:ing)?\s+)?(?:annual\w*|yearly|upfront|up\s+front|in\s+advance|for\s+a\s+year|a\s+year)\b|\bdiscount\s+code|referr\w*|refer\s+a|lose\s+my\s+discount|keep\s+my\s+discount|promo\s+code|voucher\s+code|for\s+my\s+friend\b|"
        r"\bdiscounts?\s+for\s+(?:nhs|key\s*workers?|students?|seniors?|pensioners?|teachers?|military|veterans?|carers?|blue\s+light|health\s*care\s+workers?)\b",
        re.I,
    ),
    "bereavement": re.compile(
        # (session 9, blind sets v62 and v64, streaming and car rental; read) RIP for a car or a gadget; a documentary about grief
        r"(?:\b(?:car|hatchback|van|bike|motorbike|scooter|phone|laptop|tablet|tv|telly|oven|fridge|freezer|microwave|hoover|printer|router|boiler|washing\s+machine|dishwasher|kettle|console|headphones)\b[^\n]{0,40}\bRIP\b)|"
        r"(?:\b(?:documentary|film|series|show|book|podcast|novel|drama)\s+(?:series\s+)?(?:about|on)\s+(?:grief|loss|death|dying)\b)|"
        # (session 9, blind sets v62 and v64, streaming and car rental; read) materials written at work about the signal's topic (a fraud-awareness training, an accessibility guide)
        "(?:" + _WORK_MATERIALS + ")|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) the customer's own job or voluntary work, or a course of study, named with the signal's word
        "(?:" + _OWN_ROLE + ")|"
        "(?:" + _WORK_OR_VOLUNTEER_AT + ")|"
        "(?:" + _STUDY_OF + ")|"
        # (session 9, blind sets v54-v56 and v59, read) RIP my weekend; a funeral director or someone working for them, at work
        r"(?:\bRIP\s+(?:my|our|the|your)\s+(?:\w+\s+)?(?:friday|weekend|evening|morning|afternoon|sleep|wallet|bank\s+balance|budget|diet|sanity|inbox|plans|phone|laptop)\b)|"
        r"(?:\b(?:i'?m|i\s+am|we'?re|we\s+are|as)\s+(?:a|an)\s+(?:[\w-]+\s+)?funeral\s+(?:director|directors|home|parlou?r|service|celebrant)\b|\bfor\s+(?:a\s+|the\s+)?funeral\s+(?:directors|homes|parlou?rs)\b|\bfuneral\s+(?:director|home)\s+(?:by\s+trade|here)\b)|"
        # (blind sets v31, v42, read) the family box asked about, no loss anywhere in the message (a learned reading)
        r"^(?!(?s:.*)\b(?:without|passed|died|lost|funeral|miss\w*|gone|any\s*more|just\s+me|for\s+one|only\s+me|late|anniversary|first)\b)(?s:.*?)\bfamily\s+box\b|"
        # (blind set v34, read) a bereavement counsellor by profession; (blind set v35, read) "our old fridge died
        # (RIP)"
        r"\b(?:work\w*\s+as\s+an?|i'?m\s+an?|job\s+as\s+an?)\s+bereavement\s+(?:counsell?or|nurse|officer|support\s+worker|midwife)\b|"
        r"\b(?:fridge|freezer|oven|cooker|hob|toaster|kettle|microwave|dishwasher|boiler|phone|laptop|car|air\s*fryer)\s+(?:has\s+|just\s+|finally\s+)?(?:died|passed|gave\s+up)\b[^.!?]{0,30}\br\.?i\.?p\b|"
        # (blind set v30, read) a sympathy box for a friend ("a friend lost her dad and I'd like to send her some
        # meals")
        rf"\b(?:a|my)\s+(?:friend|colleague|neighbou?r|mate|work\s+friend|boss|pal)\s+(?:has\s+|just\s+|recently\s+)?(?:lost|losing)\s+(?:her|his|their)\s+(?:\w+\s+)?{_KIN}\b"
        r"(?=[^\n]{0,100}\b(?:send|gift|sympathy|box|meals?|hamper|treat)\b)|"
        # "RIP my wallet", "RIP salmon": a joke about a thing, not a person
        r"\br\.?i\.?p\.?\s*(?:\U0001f602|\U0001f923|\U0001f605|lol|haha)|\bdied\s+a\s+death\b|"
        rf"\br\.?i\.?p\.?\s+(?!(?:to\s+)?(?:my\s+|our\s+|dear\s+|sweet\s+)?(?:\w+\s+)?{_KIN}\b)(?:to\s+)?(?:my\s+|the\s+)?(?:wallet|bank|budget|diet|bank\s+balance|account\s+balance|salmon|steak|chicken|dinner|pan|oven|toast|cake|garlic|fajitas|[a-z]+\s+(?:pan|tray|dish))\b|"
        r"\bpassed\s+(?:her|his|my|the|their)\s+(?:\w+\s+)?(?:driving|test|exam|exams|mot|inspection|course|probation)|lost\s+my\s+(?:dog|cat)'?s?\s+(?:lead|toy|bowl)|"
        # a recipe or a habit handed down ("my gran passed her lasagne recipe down to me")
        r"\bpassed\s+(?:(?:her|his|their|the|it|them|this|that)\s+)?(?:[\w'-]+\s+){0,2}(?:recipes?|tradition|love\s+of)\b|\bpassed\s+(?:[\w'-]+\s+){1,4}down\s+to\b|"
        # (blind set v19, read) "my mum passed me her old recipe cards"
        r"\bpassed\s+(?:me|us)\s+(?:her|his|their|the|a|an|some)\b|"
        # (blind set v18, read) "my grandad passed down his old pan"; "nearly died laughing"
        r"\bpassed\s+down\s+(?:his|her|their|the|a|an|my)\b|\b(?:nearly|almost|practically)\s+died\s+(?:laughing|of\s+(?:laughter|embarrassment|shock))\b|\bdied\s+laughing\b|"
        # someone moved out ("my flatmate moved out so it's just me now")
        r"\b(?:moved\s+out|left\s+home|(?:gone|off|went)\s+(?:to|back\s+to)\s+uni\w*|flat\s*mate|house\s*mate|room\s*mate|lodger)\b",
        re.I,
    ),
    "complaint": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) not that I've got one; fuming last week, all sorted now; an old lender who was appalling
        r"(?:\bnot\s+that\s+i'?ve\s+got\s+one\b)|"
        r"(?:\b(?:was|were)\s+fuming\s+last\s+(?:week|month)\b[^\n]{0,80}\ball\s+sorted\b)|"
        r"(?:\bmy\s+(?:old|last|previous|former)\s+(?:lender|insurer|landlord|letting\s+agent|network|courier|airline|host|gym|broker|dealer|bank|provider|supplier)\s+(?:was|were)\b)|"
        # (session 9, blind sets v62 and v64, streaming and car rental; read) someone else gutted, laughing; a bad experience last time, brilliant this time; how one would complain if ever, nothing wrong
        r"(?:\b(?:was|were)\s+gutted\b(?=[^\n]{0,30}(?:\U0001f602|lol|haha)))|"
        r"(?:\blast\s+(?:year|time)\s+i\s+had\s+a\s+(?:terrible|bad|awful|horrible)\s+experience\b[^\n]{0,60}\bbut\s+this\s+time\b)|"
        r"(?:\bif\s+i\s+ever\s+needed\s+to\b[^\n]{0,40}\bnothing'?s\s+wrong\b)|"
        # (session 9, blind sets v62 and v64, streaming and car rental; read) materials written at work about the signal's topic (a fraud-awareness training, an accessibility guide)
        "(?:" + _WORK_MATERIALS + ")|"
        # (session 9, blind set v66, lettings; read) someone at home complaining about the customer
        r"(?:\b(?:neighbou?r|flatmate|housemate|partner|kids|husband|wife|boss)\s+(?:keeps\s+|is\s+(?:always\s+)?)?complaining\s+about\s+(?:my|our|me)\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) broke as a joke; how one would complain, not now
        r"(?:\bbroke\s+as\s+a\s+joke\b)|"
        r"(?:\bcomplain\b[^\n]{0,40}\bnot\s+now\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) the customer's own job or voluntary work, or a course of study, named with the signal's word
        "(?:" + _OWN_ROLE + ")|"
        "(?:" + _WORK_OR_VOLUNTEER_AT + ")|"
        "(?:" + _STUDY_OF + ")|"
        # (session 9, blind sets v54-v56 and v59, read) one's own client complained about one's invoice; how one would complain, for a guide
        r"(?:\bmy\s+(?:client|customer)s?\s+(?:has\s+|have\s+)?complained\b)|"
        r"(?:\bi\s+don'?t\s+have\s+one\b|\bwriting\s+a\s+(?:guide|blog|post|article)\b)|"
        # (blind sets v44, v46, read) "gutted I missed the lamb shank, it sold out"; "criminally good value"; "ridiculous
        # hours"; "Complaint: your brownies are too addictive"
        r"\bgutted\b(?=[^.!?]{0,60}\b(?:sold\s+out|missed\s+(?:the|it|out))\b)|\bcriminally\s+(?:good|cheap|underrated|tasty|delicious)\b|\b(?:work|working)\s+(?:ridiculous|crazy|silly|long)\s+hours\b|"
        r"\bcomplaint\W{0,3}\s*(?:your|the)\s+\w+\s+(?:are|is|was|were)\s+too\s+(?:addictive|good|tasty|moreish|delicious)\b|"
        # (blind set v42, read) "a stinking cold"
        r"\bstinking\s+(?:cold|headache|hangover|rich|hot)\b|" + _CONSUMER_PROJECT + "|"
        # (blind set v24, read) "I'd hate to be one of those customers who complains about everything, but when ...?"
        r"\b(?:one\s+of\s+those|the\s+kind\s+of)\s+(?:customers?|people|person)\s+who\s+complain\w*\b(?=[^.!?]{0,60}\bbut\s+(?:when|what|how|where|is|can|do|does)\b)|"
        # (blind set v20, read) "complaint: not enough chocolate. (joking, it was perfect)"
        r"\bcomplaint\b(?s:.{0,70})\(?\s*(?:joking|jk|only\s+joking|just\s+kidding|kidding)\b|"
        # (blind set v16, read) a joke complaint "about how good your brownies are"
        r"\bcomplain\w*\W{0,6}(?:about\s+)?how\s+(?:good|great|tasty|delicious|amazing|addictive|moreish|nice)\b|"
        # (blind set v31, read) "do you deliver to flats with a buzzer? what if no one answers"
        r"\bwhat\s+(?:if|happens\s+if)\s+(?:no\s*one|nobody|noone)\s+(?:answers|is\s+(?:in|home|there)|opens|hears)\b|"
        r"\b(?:zero|not\s+a\s+single|not\s+one|never\s+had\s+any)\s+complaints?\b(?![^.!?]{0,40}\b(?:until|till|but)\b)|"
        r"(?<!formal\s)(?<!official\s)\bcomplaints?\s+(?:process|procedure|policy|department|team|form)\b"
        r"(?![^.!?]{0,60}\b(?:make|file|raise|lodge|log|submit|open|start|deadlock|ombudsman|escalat\w*|resolve)\b)|"
        r"\bbut\s+(?:everything|it'?s|it\s+is|all|the\s+\w+)\s+(?:inside\s+)?(?:is\s+|was\s+|were\s+|seems?\s+)?(?:fine|ok|okay|good|perfect|intact)\b|\bno\s+complaints?\b|\bnot\s+(?:a\s+)?complain\w*|\bcan'?t\s+complain\b|"
        # a question about the policy, not a report ("what's your refund policy for damaged items?")
        r"\bpolic(?:y|ies)\s+(?:for|on|about|if|when|regarding|with)\s+(?:[\w'-]+\s+){0,3}(?:damaged|broken|faulty|missing|late|wrong|spoiled|defective)\b|"
        # a complaint already put right and thanked for ("my complaint from March was handled really well")
        r"\b(?:my|our|the)\s+(?:last\s+|previous\s+|earlier\s+|recent\s+)?complaint\s+(?:(?:from|about|in|on|last)\s+(?:[\w'-]+\s+){1,4})?(?:was|were|has\s+been|got)\s+(?:\w+\s+)?(?:resolved|sorted|handled|dealt\s+with|fixed)\b(?![^.!?]{0,40}\b(?:but|badly|poorly|not|never)\b)",
        re.I,
    ),
    "crisis.billing_error": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) a double charge feared, just a pending payment; a charge by one's own energy company, asked about here
        r"(?:\b(?:thought|worried|panicked)\b[^\n]{0,30}\b(?:double|over)[\s-]?charged\b[^\n]{0,30}\bbut\s+it\s+(?:was|'?s)\s+(?:just|only)\b)|"
        r"(?:\bmy\s+(?:energy|electricity|gas|phone|water|broadband|mobile|insurance)\s+(?:company|provider|supplier)\b(?=[^\n]{0,100}\b(?:you'?re\s+the\s+only|asking\s+because|not\s+you|unlike\s+you)\b))|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) what if a bill is more than the cover's limit
        r"(?:\bwhat\s+if\s+the\s+(?:\w+\s+)?bill\s+is\s+more\s+than\s+the\s+(?:limit|cover|excess)\b)|"
        # (session 9, blind sets v54-v56 and v59, read) an overcharge or double charge already refunded or sorted; one's own client overcharged
        r"(?:\b(?:refund|credit)\s+for\s+the\s+(?:overcharge|double\s+charge|extra\s+charge)\b[^\n]{0,30}\bcame\s+through\b|\b(?:got|had)\s+the\s+(?:double\s+charge|overcharge|billing\s+error)\s+sorted\b)|"
        r"(?:\bmy\s+(?:client|customer)\s+says\s+i\s+overcharged\s+them\b)|"
        r"\b(?:which|that|this|it)\s+(?:is|was|looks|seems)\s+(?:right|correct|fine|as\s+expected)\b(?![^.!?]{0,40}\b(?:but|except|however)\b)|"
        r"(?<!not\s)(?<!n't\s)(?<!nt\s)\bthe\s+(?:right|correct)\s+(?:amount|price)\b",
        re.I,
    ),
    "high_stakes.renewal": re.compile(
        # (session 9, blind sets v62 and v64, streaming and car rental; read) renewed for another year, gladly
        r"(?:\brenewed\s+for\s+another\s+year\b[^.!?\n]{0,30}\b(?:no\s+brainer|happy|easy|worth\s+it|gladly)\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) a renewal talked about with no decision: not planning to, just curious; a wrong date reported, not worried; renew me the same as last year; deciding whether to renew, no rush
        r"(?:\brenew\w*\b(?=[^\n]{0,80}\b(?:not\s+plann?ing\s+to|just\s+curious\s+for\s+the\s+future)\b))|"
        r"(?:\brenewal\s+date\b(?=[^\n]{0,80}\b(?:not\s+worried|just\s+thought\s+you\s+should\s+know)\b))|"
        r"(?:\brenew\s+(?:me|it|us)\s+(?:the\s+)?same\s+as\s+last\s+year\b|\brenewal\s+reminder\b(?=[^\n]{0,120}\brenew\s+(?:me|it|us)\s+(?:the\s+)?same\b))|"
        # (session 9, blind sets v54-v56 and v59, read) when the contract ends or the plan renews, asked for a calendar or a budget; renewed already, all good
        r"(?:\bwhen'?s\s+(?:my|our|the)\s+(?:[\w'-]+\s+){0,2}(?:renewal|contract\s+end|end)\s+date\b(?![^\n]{0,80}\b(?:price|cost|cheaper|deal|leav\w*|switch\w*|thinking|decide\w*)\b))|"
        r"(?:\bwhen\s+does\s+(?:[\w'-]+\s+){1,4}renew\b(?=[^\n]{0,80}\b(?:calendar|diary|reminder|happy\s+to\s+keep|budget\w*)\b))|"
        r"(?:\brenewed\s+(?:last\s+\w+|yesterday|already)\b[^.!?]{0,40}\b(?:all\s+good|fine|no\s+problems?)\b)|"
        # (blind set v38, read) where the auto-renew setting is, for next year; switching from monthly, no renewal
        r"\bauto[\s-]?renew\w*\b" + _LATER_NOT_NOW + "|"
        r"\bswitch\w*\s+from\s+(?:monthly|weekly)\b(?![^\n]{0,80}\brenew\w*)|"
        # (blind set v34, read) "Just renewed my annual plan, dead easy. Does the per-box price stay fixed ...?"
        r"\bjust\s+renewed\b[^.!?]{0,40}\b(?:dead\s+easy|easy|simple|smooth\w*|no\s+problems?)\b|"
        # (blind set v30, read) "happy to renew the same cover plan. Same price is fine, how do I do it?"
        r"\b(?:happy|glad|keen)\s+to\s+renew\b(?![^.!?]{0,60}\b(?:if|but|unless|only|cheaper|discount|deal|lower)\b)|"
        r"\brenew\w*\s+(?:a|my|the)\s+(?:\w+\s+)?(?:card|passport|password)\b|\b(?:home|car|house|contents|travel|life|pet)\s+insurance\s+renewal\b|"
        # asking only for the date, with no decision in sight ("when does my plan renew?", "where do I see my
        # renewal date"): information, not a renewal talk
        r"(?:\b(?:when|what\s+date|what\s+day|which\s+date|which\s+day)\s+(?:does|do|will|is)\s+(?:my|our|the)\s+(?:[\w'-]+\s+){0,4}(?:renew|renews|renewal|expire|expires|end|ends|run\s+out)\b|"
        r"\bwhen\s+(?:my|our|the)\s+(?:[\w'-]+\s+){0,4}(?:renews|is\s+due\s+for\s+renewal)\b|\bwhat'?s\s+the\s+renewal\s+date\b|"
        r"\b(?:see|find|check|view|look\s+up|know|get)\s+(?:my|our|the)\s+renewal\s+date\b|"
        # (blind set v26, read) "just renewed, happy to"
        r"\bjust\s+renewed\b[^.!?]{0,30}\b(?:happy|glad|gladly)\b|"
        # (blind set v19, read) "no rush, renewal's not till next year"
        r"\brenewal'?s?\s+(?:is\s+)?not\s+(?:till|until|due\s+(?:till|until))\s+next\s+year\b|"
        # (blind set v18, read) "does the annual plan auto-renew?"
        r"\b(?:(?:does|do|will|is)\s+(?:the|my|our|your)\s+(?:[\w'-]+\s+){0,3}|how\s+(?:does\s+)?(?:the\s+)?)(?:auto[\s-]?renew\w*|renew\s+automatically|set\s+to\s+auto[\s-]?renew)\b"
        r"(?=(?s:.{0,120})\b(?:reminder|calendar|diary|so\s+i\s+(?:can|know)|just\s+(?:checking|wondering|curious)|curious)\b))"
        r"(?!(?s:.{0,120})\b(?:price|prices|cost|costs|pay|paying|worth|cheaper|deal|discount|offer|sure|whether|thinking|cancel\w*|leav\w*|switch\w*|stay\w*|increase\w*|go(?:es|ing)?\s+up)\b)",
        re.I,
    ),
    "high_stakes.cancellation": re.compile(
        # (session 9, blind sets v70 and v72, courier and mortgages; read) a gym membership cancelled, elsewhere
        r"(?:\bcancelled\s+my\s+(?:gym|netflix|spotify|phone|other)\s+(?:membership|subscription|contract)\b)|"
        # (session 9, blind sets v58 and v60: retailer, insurer; read) cancelling something else, 'not you'
        r"(?:\bcancel\W*(?:\.\.\.|…)?\s*my\s+(?:\w+\s+)?(?:membership|subscription|contract|plan)\W+not\s+(?:you|yours)\b)|"
        # (session 9, blind sets v54-v56 and v59, read) cancelling a third party's subscription payment; a client pulling the plug on a project
        r"(?:\bcancel\s+a\s+subscription\s+payment\s+to\s+(?:a|an)\b)|"
        r"(?:\bclient\s+pulled\s+the\s+plug\b)|"
        # (blind set v22, read) a question before signing up: "is it a pain to cancel after?"
        r"\b(?:is\s+it|how\s+(?:easy|hard)\s+is\s+it)\s+(?:a\s+pain|hard|easy|difficult|simple|a\s+hassle)?\s*to\s+cancel\b[^.!?]{0,30}\?|"
        r"\bleave\s+(?:early|for\s+work|the\s+house|home|work|at\s+\d)\b|"
        # (blind set v38, read) stopping the auto-renewal later: "not now, just want to know where the setting is"
        + r"\bstop\s+(?:the\s+|my\s+)?(?:[\w-]+\s+){0,2}(?:from\s+)?auto[\s-]?renew\w*\b" + _LATER_NOT_NOW + "|"
        # (blind set v46, read) "was going to cancel last month but the new menu changed my mind"
        r"\b(?:was|were)\s+going\s+to\s+cancel\b[^.!?]{0,60}\b(?:changed\s+my\s+mind|glad\s+i\s+didn'?t)\b|"
        # (blind set v30, read) "How do I pause for a month? we're off travelling, nothing wrong"
        r"\bpause\b[^.!?]{0,40}\b(?:for\s+(?:a|one|two|three|\d+)\s+(?:weeks?|months?)|while\s+(?:we'?re|i'?m)\s+away)\b(?=[^\n]{0,80}\b(?:travel\w*|holiday|away|abroad|nothing\s+wrong|back\s+(?:in|after|on))\b)|"
        r"\bpause\s+or\s+cancel\b(?=(?s:.{0,80})\b(?:come\s+back|coming\s+back|restart|return|back\s+after|again\s+after)\b)|"
        # ... unless the message also closes the account or stops everything for good ("cancel my order and
        # close my account": closing an account is leaving)
        r"^(?!(?s:.*)\b(?:(?:close|shut|delete|terminate|cancel)\s+(?:down\s+)?(?:my|our|the)\s+(?:whole\s+|entire\s+)?account|(?:cancel\w*|end|stop|quit|terminat\w*|leav\w*)\s+(?:my|our|the|this)\s+(?:whole\s+|entire\s+)?(?:subscription|membership|plan|contract)(?!\s+(?:to|tl|2|for|of|from)\s+(?:[\w']+\s+){0,3}(?:newsletters?|e-?mails?|mailing|marketing|texts|notifications|alerts))|for\s+good|permanently|from\s+now\s+on|all\s+future|every\s+(?:box|delivery|order)\s+after|or\s+any\s+(?:after\s+that|more)|done\s+with\s+(?:you|u|warmline)|altogether|take\s+me\s+off\s+(?:everything|all\s+of\s+it|the\s+lot))\b)(?s:.*?)"
        r"(?:\b(?:newsletters?|mailing\s+list|marketing|e-?mails?|notifications|texts|text\s+alerts|alerts|sms|one\s+meal|a\s+meal|one\s+recipe|the\s+order\s+i\s+placed|my\s+order|an\s+order|this\s+order|one\s+box|a\s+box|tomorrow'?s|the\s+extra|the\s+add)\b|"
        # cancelling one visit or booking is not leaving
        r"\bcancel\w*\s+(?:my|the|this|that|next|our|an?|one)?\s*(?:[\w']+\s+){0,2}(?:appointments?|visits?|bookings?|slots?|reservations?|call\s*backs?)\b|"
        # nor is cancelling one week's box or one dated delivery ("cancel next week's box", "the box for the 14th")
        r"\b(?:next|this|that|one|the|a|just)\s+(?:week'?s?|weekend'?s?|month'?s|(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s?|\d{1,2}(?:st|nd|rd|th)?'?s?)\s+(?:box|boxes|delivery|order|kit|drop|meals?)\b|"
        r"\b(?:box|delivery|order|kit)\s+(?:for|on|due)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|this\s+week|next\s+week)\b|"
        r"\bcancel\w*\s+(?:a|the|this|that|one)\s+(?:purchase|transaction|transfer|payment)\b|"
        # changing how to pay is not leaving ("cancel my direct debit and pay by card instead")
        r"\bdirect\s+debit\b(?s:.{0,50})\b(?:pay\s+(?:by|with|via|using|manually)|instead|switch\s+to\s+(?:card|paypal))\b)|"
        # a question about what cancelling would mean, with the customer saying they are not about to
        r"\bnot\s+(?:that\s+i'?m\s+|that\s+we'?re\s+)?(?:planning|going|intending|thinking\s+of|looking)\s+to\b(?![^.!?]{0,30}\b(?:stay|keep|continue|renew)\b)",
        re.I,
    ),
}
