# ruff: noqa: E501  (one regular expression per line reads better than split strings)
"""Transitions (onboarding, relocation, plan change) and high-stakes talks (cancellation, renewal,
negotiation, legal)."""

from __future__ import annotations

#: "I know it's past ...", "I realise the window has ended" (negotiation: an exception asked for)
_I_KNOW = r"\b(?:i\s+know|i\s+realis\w+|i\s+realiz\w+|i'?m\s+aware)\s+(?:that\s+)?"

PATTERNS: dict[str, list[str]] = {
    "transition.onboarding": [
        r"\b(?:just|recently|only\s+just)\s+(?:signed\s+up|joined|subscribed|started|registered|bought|got|received|ordered|had)\b",
        r"\b(?:my|our|the)\s+(?:very\s+)?first\s+(?:box|delivery|order|kit|week|meal|time|appliance|fridge|oven)\b",
        r"\bfirst\s+time\s+(?:customer|user|ordering|using|here)\b",
        r"\b(?:new|brand\s+new)\s+(?:customer|member|subscriber|user|here|to\s+(?:this|you|warmline|meal\s+kits?))\b",
        r"\b(?:get|getting)\s+started\b|\bhow\s+do\s+i\s+(?:start|begin|use\s+(?:it|this|the\s+app))\b",
        r"\b(?:set\s*up|setup|setting\s+up|install\w*)\s+(?:my|the|our)\s+(?:new\s+)?(?:fridge|oven|appliance|account|dishwasher|washer|dryer|hob|cooker|microwave|freezer)\b",
        r"\bnever\s+(?:used|had|done|tried)\s+(?:one|this|a\s+meal\s+kit|meal\s+kits|one\s+of\s+these)\s+before\b",
        r"\bwelcome\s+(?:box|offer|pack|email)\b",
    ],
    "transition.relocation": [
        r"\b(?:moving|move|moved|relocat\w*)\s+(?:house|home|flat|apartment|out|in|away|abroad|to|next|soon|country|address|on)\b",
        r"\b(?:i'?m|we'?re|i\s+am|we\s+are|am|are)\s+(?:moving|relocating)\b",
        r"\bnew\s+(?:address|house|home|flat|place|apartment)\b",
        r"\b(?:change|update|changing|updating)\s+(?:my|the|our|of|delivery|shipping)?\s*(?:delivery\s+|shipping\s+|home\s+)?address\b",
        r"\bhouse\s+move\b|\bremovals?\b",
    ],
    "transition.plan_change": [
        r"\b(?:upgrad\w*|downgrad\w*)\b",
        r"\b(?:change|switch|swap|move)\w*\s+(?:my\s+|our\s+|the\s+)?(?:\w+\s+)?(?:plan|subscription|tier|package|box\s+size|membership)\b",
        r"\b(?:bigger|smaller|larger|family|couples?|single|veggie|vegetarian|vegan|premium|basic|standard)\s+(?:box|plan|size|option|tier)\b",
        r"\b(?:more|fewer|less)\s+(?:meals|recipes|portions|servings|people)\s+(?:per|a|each|every)\s+week\b",
        r"\b(?:add|remove)\s+(?:a\s+|an\s+)?(?:extra\s+)?(?:person|people|serving|portion|meal)s?\b",
        r"\b(?:meals|recipes|portions|servings)\s+(?:a|per)\s+week\s+(?:to|instead)\b",
    ],
    # ---------------------------------------------------------------------------------------------- high stakes
    "high_stakes.cancellation": [
        # (session 10, blind sets v102-v117 written as training data; read) I want out; I'm done (the message's last words); that's it from me; the last month for me; then I'm gone; cancel everything; a number ported out to a new provider; the account once closed; out of a scheme altogether
        r"(?:^|[.!?]\s+)i\s+want\s+out\b",
        r"(?:^|[.!?]\s+)i'?m\s+done\s*[.!]*\s*$",
        r"\bthat'?s\s+it\s+from\s+me\b|\blast\s+month\s+for\s+me\b|\b(?:this|that)\s+(?:is|'?s)\s+the\s+last\s+month\b",
        r"\b(?:and\s+)?then\s+i'?m\s+(?:gone|off|out|leaving)\b",
        r"\bcancel\s+everything\b",
        r"\bport(?:ed|ing)?\s+(?:my\s+)?(?:\w+\s+)?(?:number\s+)?out\b|\bnew\s+provider\s+(?:needs|wants|asked)\b",
        r"\bonce\s+(?:the|my)\s+account(?:'s|\s+is|\s+has\s+been)\s+closed\b",
        r"\bget\s+out\s+of\s+the\s+(?:[\w-]+\s+){0,3}(?:scheme|contract|plan|agreement|lease|tenancy)\s+(?:altogether|completely|entirely)\b",
        r"\bdon'?t\s+(?:ring|call|phone|email|text)\s+me\s+with\s+(?:retention|special|counter)[\s-]?offers?\b",
        # (session 9, blind sets v62, v64 and v66, streaming, car rental, lettings; read) giving notice; ending or breaking a tenancy or lease; fix it or I'm gone
        r"\b(?:give|giving|hand\s+in|handing\s+in)\s+(?:my\s+|our\s+)?notice\b(?!\s+(?:at|to)\s+(?:work|my\s+(?:job|boss|employer)))|\b(?:end|break|terminate)\s+(?:my|our|the)\s+(?:tenancy|lease)\b",
        r"\b(?:or|otherwise)\s+(?:i'?m|im|we'?re)\s+(?:gone|off|out\s+of\s+here|leaving)\b",
        # (session 9, blind sets v58 and v60: retailer, insurer; read) changed my mind and want out within the cooling-off period
        r"\bcooling[\s-]off\s+period\b[^\n]{0,60}\b(?:get\s+out|cancel|changed\s+my\s+mind)\b|\b(?:changed\s+my\s+mind|get\s+out\s+of\s+it)\b[^\n]{0,80}\bcooling[\s-]off\b",
        # (session 9, blind sets v54-v56 and v59: telecom, bank, software, airline; read) time to close the workspace; moving everything or the number to another bank, network or provider; a PAC code; the last trip with you; cancelling the whole holiday
        r"\b(?:time\s+to|probably\s+time\s+to)\s+(?:close|shut\s+down|delete)\s+(?:the|my|our)\s+(?:workspace|account|membership)\b",
        r"\b(?:move|moving|switch|switching|port|porting|take|taking)\s+(?:everything|it\s+all|all\s+of\s+(?:it|this)|my\s+(?:number|account|business|custom|policy|policies|mortgage|contract)|our\s+(?:accounts?|business|team|company|data|workspace)|the\s+(?:joint\s+)?account)\s+(?:\w+\s+){0,2}(?:to|over\s+to)\s+(?:a\s+|an\s+)?(?:different|another|other|new|rival)\b",
        r"\b(?:number|account|policy|business)\s+(?:moved|ported|switched|transferred)\s+(?:to|over\s+to)\s+(?:a\s+|an\s+)?(?:different|another|other|new)\s+(?:provider|network|bank|insurer|supplier|company)\b|\bswitch\s+to\s+(?:a\s+)?(?:different|another|new)\s+(?:bank|provider|network|supplier|insurer)\b",
        r"\b(?:i'?m|we'?re)\s+off\s+to\s+(?:a\s+|another\s+|a\s+different\s+)?(?:network|provider|bank|supplier|insurer|competitor)\b|\b(?:pac|stac)\s+code\b",
        r"\b(?:this|that)\s+(?:will\s+be|is|was)\s+(?:my|our)\s+(?:very\s+)?last\s+(?:trip|flight|order|booking|stay|box|purchase|time|year|month|policy)\s+with\s+(?:you|u|your)\b|\bcancel\s+(?:the\s+)?(?:whole|entire)\s+(?:holiday|trip|booking|thing|plan|policy|contract|subscription|membership)\b",
        # (blind sets v42, v43, read) "that's it, I'm out"; "try another company ... what would I lose if I left?"
        r"\bif\b[^.!?]{0,60}\b(?:that'?s\s+it|then)\W+i'?m\s+(?:out|gone|leaving|done)\b|\bthat'?s\s+it\W+i'?m\s+(?:out|gone|leaving)\b|\bwhat\s+(?:would|will|do)\s+i\s+lose\s+if\s+i\s+(?:left|leave|cancel\w*)\b",
        r"\b(?:try|trying|switch\w*\s+to|go\s+with)\s+(?:another|a\s+different)\s+(?:company|provider|meal\s+kit|supplier)\b",
        # (blind sets v38, v39, read) "I want to cancel." said flat; "give me one reason not to go"; "I won't need
        # next week's box, or any after that"
        r"(?:^|[.!?]\s+)(?:hi\W+|hello\W+)?i\s+(?:want|need|wanna|would\s+like|'d\s+like)\s+to\s+cancel\s*(?:\.(?!\.)|!|$)|\b(?:give\s+me\s+)?(?:one|a|any)\s+(?:good\s+)?reason\s+(?:not\s+to|why\s+i\s+shouldn'?t)\s+(?:go|leave|cancel|switch|quit)\b",
        r"\b(?:(?:don'?t|do\s+not)\s+think\s+i'?ll\s+|won'?t\s+|will\s+not\s+|shan'?t\s+)?(?:need|want)\b[^.!?]{0,40}\b(?:box|boxes|delivery|deliveries)\b[^\n]{0,20}\bor\s+any\s+(?:after\s+that|more\s+after|others?\s+after)\b",
        r"\b(?:this|that|it)'ll\s+be\s+(?:my|our)\s+(?:very\s+)?(?:last|final)\s+(?:order|box|delivery|payment|month)\b",
        # (blind sets v34, v35, read) "I'll need to stop after this month"; "want it ended before the next charge"
        r"\b(?:need|have|going)\s+to\s+stop\s+(?:it\s+|them\s+|the\s+boxes\s+|everything\s+)?(?:after\s+this\s+(?:month|week|box|one|delivery)|for\s+good|altogether|completely)\b|\b(?:want|need)\s+(?:it|this|my\s+\w+)\s+(?:ended|closed)\b",
        # (blind set v30, read) closing the account and having one's details deleted
        r"\b(?:close|delete|shut)\s+(?:down\s+)?(?:my|our)\s+account\b[^\n]{0,40}\b(?:details|data|information)\s+(?:deleted|removed|erased|wiped)\b",
        # (blind set v26, read) "no need for deliveries after friday"
        r"\bno\s+(?:need|more)\s+(?:for\s+)?(?:any\s+)?(?:deliveries|boxes|orders)\s+after\b",
        r"\b(?:exit|early\s+(?:termination|cancellation)|cancellation)\s+fee\b|\bleave\s+(?:without\s+paying|early|the\s+contract)\b",
        r"\bcancel\w*\s+(?:my\s+|the\s+|our\s+)?(?:whole|entire)\s+(?:account|thing)\b",
        r"\bnot\s+worth\s+it\s+(?:any\s*more|now)\b",
        r"\b(?:will\s+be|i'?ll\s+be|we'?ll\s+be|we\s+will\s+be)\s+leaving\b(?!\s+(?:it|the\s+box|a\s+note|a\s+review|for\s+work|home|the\s+house|early))",
        r"\b(?:found|got|going\s+with)\s+(?:a\s+)?(?:cheaper|better)\s+(?:service|company|provider|option|deal|offer)\b",
        r"\b(?:close|shut|wind)\s+(?:it\s+all|everything|the\s+lot)\s*(?:down|up)?\b",
        r"\bhad\s+enough\b.{0,60}\b(?:cancel|close|leave|stop|done|end)\w*",
        r"\bstop\s+(?:the|my|all\s+(?:the|my)?)\s*(?:boxes|deliveries|subscription|orders)\s+(?:for\s+good|permanently|forever|altogether|completely)\b",
        r"\b(?:going\s+to|gonna|i\s+will|i'?ll|about\s+to|ready\s+to|considering|thinking\s+(?:of|about))\s+(?:just\s+|have\s+to\s+|seriously\s+|probably\s+)?(?:cancel\w*|quit\w*|leav(?:e|ing))\b(?!\s+(?:it\s+)?(?:at|with|by|outside|in\s+the|on\s+the|a\s+review|a\s+note|feedback|my\s+box|the\s+box|the\s+parcel|my\s+parcel))",
        r"\b(?:no\s+longer|don'?t|do\s+not|won'?t)\s+(?:want|need|be\s+needing|require)\s+(?:the|my|any|your|these|this)?\s*(?:boxes|deliveries|subscription|membership|service|plan|meal\s+kits?)\b",
        r"\b(?<!the\s)(?:cancel\w*|terminat\w*|end|ending|stop|stopping|quit\w*)\s+(?:my\s+|our\s+|the\s+|this\s+|your\s+|all\s+(?:my\s+)?|me\s+from\s+)?(?:whole\s+|entire\s+)?(?:\w+\s+)?(?:subscription|subscriptions|sub|membership|plan|contract|service|services|warranty|care\s*plan|cover|insurance|everything|deliveries|boxes|direct\s+debit|recurring)\b",
        r"\bcancel\s+(?:it\s+)?(?:all|everything|completely|for\s+good|permanently)\b",
        r"\b(?:want|going|like|need|wish|decided|deciding|thinking\s+(?:of|about))\s+(?:to\s+)?(?:leave|leaving|quit|quitting)(?:\s+(?:you|warmline|the\s+service|this\s+company|your\s+company|your\s+service|for\s+good)|\s*(?:[,.!;]|$))",
        r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:leaving\s+(?:you|warmline|for|at\s+the\s+end)|done\s+with\s+you|done\s+with\s+(?:this|your)|out\s+of\s+here|quitting|switching\s+(?:to|over|provider|company))\b",
        r"\b(?:i'?m|i\s+am|we'?re|we\s+are|i'?ve|we'?ve|i\s+have|we\s+have)\s+(?:so\s+|totally\s+|completely\s+|well\s+and\s+truly\s+)?(?:done|finished|through)\s+with\s+(?:you|u|ya|warmline|this\s+(?:company|service|subscription|place)|your\s+(?:company|service|boxes))\b",
        # closing the account as a second step ("cancel my order and close my account") or with a parting word
        r"\b(?:and|then|also|&)\s+(?:please\s+|pls\s+|just\s+)?(?:close|shut|delete|cancel|terminate|remove|end)\s+(?:down\s+)?(?:my|our|the)\s+(?:whole\s+|entire\s+)?account\b",
        r"\b(?:that'?s\s+it|i'?m\s+done|i'?ve\s+had\s+enough|enough\s+is\s+enough)\b[^\n]{0,40}\b(?:close|shut|delete|cancel|terminate)\s+(?:down\s+)?(?:my|our|the)\s+(?:whole\s+|entire\s+)?account\b",
        r"\b(?:close|shut|delete|cancel|terminate|remove)\s+(?:down\s+)?(?:my|our|the)\s+(?:whole\s+|entire\s+)?account\b.{0,40}\b(?:not\s+interested|no\s+longer\s+(?:want|need|interested)|for\s+good|permanently|done\s+with|finished\s+with|had\s+enough|never\s+again|any\s*more)\b",
        r"\bshut\s+(?:my|our)\s+account\b|\b(?:not|no\s+longer)\s+interested\s+(?:any\s*more|now)\b",
        r"\b(?:move|moving|take|taking)\s+(?:my|our)\s+(?:money|business|custom|account|accounts|savings)\s+(?:elsewhere|somewhere\s+else|to\s+(?:another|a\s+different)\s+(?:company|provider|bank|supplier))\b",
        r"\bstop\s+(?:this|it|everything|them|it\s+all|the\s+whole\s+thing)\s+(?:completely|for\s+good|permanently|altogether|entirely)\b",
        r"\b(?:this|that|it)(?:\s+one)?\s+(?:will\s+be|'ll\s+be|is|'s|was|is\s+going\s+to\s+be|'s\s+going\s+to\s+be|'s\s+gonna\s+be|is\s+gonna\s+be)\s+(?:my|our)\s+(?:very\s+)?(?:last|final)\s+(?:order|box|delivery|payment|month)\b",
        r"\bno\s+more\s+(?:boxes|deliveries|orders|payments|meal\s+kits)\b[\s.!,]*(?:ever|at\s+all|for\s+good|from\s+now\s+on|full\s+stop|period)\b",
        r"\bpull\s+the\s+plug\s+on\s+(?:my|our|the|this)\s+(?:account|subscription|membership|plan|boxes|deliveries|contract|service)\b",
        r"\b(?:no\s+longer|don'?t|do\s+not)\s+(?:wish|want)\s+to\s+(?:be|remain|stay)\s+(?:a\s+)?(?:customer|member|subscriber)\b",
        r"\b(?:switch\w*|mov\w*|go\w*)\s+(?:over\s+)?to\s+(?:a\s+|another\s+)?(?:competitor|another\s+(?:company|provider|service)|someone\s+else|hello\s*fresh|gousto|mindful\s+chef|green\s+chef|home\s*chef|blue\s+apron|factor|currys|ao\.com|ao)\b",
        r"\bclose\s+(?:my|our)\s+(?:subscription|membership)\b",
        r"\b(?:no\s+longer|don'?t)\s+(?:want|need)\s+(?:the|my|this|your)\s+(?:subscription|membership|service|boxes|deliveries|plan)\b",
        r"\bstop\s+(?:taking|charging)\s+(?:my\s+)?(?:money|payments?)\b|\bstop\s+(?:charging|billing)\s+me\b(?!\s+for\s+(?:the|that|this)\s+(?:extra|add|dessert|delivery\s+fee))|\blet\s+me\s+(?:go|leave)\b(?=[^.!?]{0,40}$)",
        r"^\W*(?:hi\W+|hello\W+)?(?:how\s+(?:do|can)\s+i|i\s+(?:want|need|wanna)\s+to|i\s+would\s+like\s+to|i'?d\s+like\s+to|please|pls|help\s+me)\s+(?:cancel|unsubscribe)(?:\s+(?:please|pls|now|asap|today))?\W*$",
        r"\bunsubscribe\s+(?:me\s+)?(?:from\s+)?(?:the\s+|my\s+|your\s+)?(?:meal|box|boxes|deliveries|plan|subscription|service)\b",
        # (blind set v19, read) "take me off everything"; cancelling the finance on an appliance
        r"\btake\s+me\s+off\s+(?:everything|all\s+of\s+it|the\s+lot|your\s+(?:books|system|lists?))\b|"
        r"\bcancel\w*\s+(?:the|my|our)\s+(?:finance|credit|loan|finance\s+agreement|credit\s+agreement|payment\s+plan)\b",
        # (blind set v16, read) "I'm cancelling." said as a decision, with nothing named after it
        r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:now\s+|just\s+|officially\s+)?cancell?ing(?:\s+(?:it|everything|now|today))?\s*(?:\.(?!\.)|!|$)",
    ],
    "high_stakes.renewal": [
        # (session 10, blind sets v102-v117 written as training data; read) a contract up for review; going out to tender
        r"\b(?:contract|arrangement|agreement|deal)\b[^.!?]{0,60}\bup\s+for\s+review\b|\bgo(?:ing)?\s+out\s+to\s+tender\b",
        r"\b(?:contract|tariff|deal|plan|fixed\s+(?:term|rate|price|deal|tariff))(?:'s|\s+is)\s+up\b|\b(?:fixed\s+)?tariff\s+(?:\w+\s+){0,2}(?:ends?|ending|expir\w*|finish\w*|runs\s+out)\b",
        r"\broll(?:s|ing|ed)?\s+(?:over\s+|on\s+)?(?:onto|on\s+to|to|into)\s+(?:the\s+|a\s+)?(?:higher|standard|variable|default|full|new|more\s+expensive)\s+(?:rate|price|tariff|plan|deal)\b",
        r"\b(?:fixed[\s-]price|fixed|introductory|intro|promotional|trial|contract|minimum)\s+(?:price\s+)?(?:period|term)\s+(?:is\s+)?(?:nearly|almost|about\s+to\s+be|soon)?\s*(?:over|ending|up|finishing|done)\b",
        r"\bprice\s+(?:promise|guarantee|freeze|lock)\b.{0,30}\b(?:end|ends|ending|expir\w*|finish\w*|runs\s+out|over)\b",
        r"\b(?:will|does|is)\s+(?:the\s+|my\s+)?price\s+(?:go\s+up|going\s+up|increase|rise|jump)\b",
        r"\b(?:contract|plan|warranty|subscription|cover|membership|deal|offer|discount|promo|care\s*plan)\s+(?:\w+\s+){0,2}(?:finish\w*|ends?|ending|expir\w*|runs\s+out|is\s+up|comes\s+to\s+an\s+end|is\s+over|lapse\w*)\b",
        r"\brenew\w*\b",
        r"\b(?:contract|plan|warranty|subscription|cover|membership|deal|offer|discount|promo|care\s*plan)\s+(?:is\s+|was\s+)?(?:ending|ends|expir\w*|running\s+out|runs\s+out|up\s+for|coming\s+to\s+an\s+end|finishing|about\s+to\s+end)\b",
        r"\b(?:end|expiry)\s+of\s+(?:my|the|our)\s+(?:contract|plan|warranty|subscription|cover|intro|introductory|offer|deal)\b",
        r"\b(?:intro\w*|promotional|trial|discount)\s+(?:period|offer|price|rate|deal)\s+(?:is\s+|has\s+)?(?:ended|ending|over|finish\w*|expir\w*|end)\b",
        r"\bauto[\s-]*renew\w*\b",
    ],
    "high_stakes.negotiation": [
        # (session 11; the team's example, which the heads retrained on batch 11 no longer read) expired points
        # asked back: a waiver beyond the rules
        r"\b(?:points|rewards?|credits?|vouchers?)\b[^\n]{0,40}\bexpired\b[^\n]{0,80}\b(?:add|put)\s+(?:them|it)\s+back\b",
        # (session 10, blind sets v102-v117 written as training data; read) any chance of a discount; wiggle room; what sort of discount or rate can you do; something we can work out; a little something off; anything you can do for me; asking anyway despite the policy; refund of unused months; replaced or paid for; an increase held off
        r"\bany\s+chance\s+of\s+(?:a|some)\s+(?:discount|deal|reduction|refund|price\s+cut|better\s+price)\b",
        r"\bwiggle\s+room\b",
        r"\bwhat\s+(?:sort|kind)\s+of\s+(?:discount|rate|deal|price)\s+(?:are\s+we\s+talking|can\s+you\s+do|could\s+you\s+do|would\s+you\s+do)\b|\bwhat\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:rate|deal)\s+(?:can|could|would)\s+you\s+do\b",
        r"\bsomething\s+(?:we|you)\s+can\s+work\s+out\b",
        r"\ba\s+(?:little\s+)?something\s+off\b",
        r"\banything\s+you\s+can\s+do\s+for\s+(?:me|us)\b",
        r"\b(?:policy|it)\s+says\s+(?:no\s+refunds?|non[\s-]?refundable)\b[^.!?]{0,60}\b(?:but|anyway)\b|\bnon[\s-]?refundable\b[^\n]{0,80}\bany\s+chance\b|\bbut\s+i'?m\s+asking\s+anyway\b",
        r"\brefund\s+(?:for|of)\s+(?:the\s+)?(?:unused|remaining)\s+(?:months?|weeks?|time|period|days)\b|\b(?:last|past)\s+(?:\d+|few|two|three|couple\s+of)\s+(?:months|weeks)\s+refunded\b",
        r"\b(?:replaced|repaired|fixed)\s+or\s+paid\s+for\b|\brefund\s+(?:plus|and|\+)\s+(?:something|compensation)\b",
        r"\b(?:increase|rise)\s+(?:could|can|be)\s+(?:be\s+)?(?:held\s+off|delayed|postponed|frozen)\b|\bhold\s+off\s+(?:on\s+)?the\s+(?:rent\s+|price\s+)?(?:increase|rise)\b",
        r"\bcan\s+you\s+do\s+something\s+(?:on|about)\s+(?:it|that|the\s+price)\s+anyway\b",
        # (session 9, blind sets v62, v64 and v66, streaming, car rental, lettings; read) my money back instead; a deposit back in full; instalments, knowing it is not the usual way
        r"\bmy\s+money\s+back\s+instead\b|\bactually,?\s+can\s+i\s+(?:get|have)\s+my\s+money\s+back\b|\b(?:deposit|money)\s+back\s+in\s+full\b",
        r"\bi\s+know\s+(?:that'?s|it'?s)\s+not\s+the\s+usual\b|\brather\s+than\s+all\s+at\s+once\b",
        # (session 9, blind sets v58 and v60: retailer, insurer; read) throw in something and I'll order; a full refund rather than the credit the policy offers
        r"\bthrow\s+in\s+(?:a\s+|free\s+|some\s+)?\w+",
        r"\bfull\s+refund\b[^\n]{0,40}\brather\s+than\s+(?:the\s+)?(?:store\s+)?(?:credit|voucher)\b",
        # (session 9, blind sets v54-v56 and v59: telecom, bank, software, airline; read) a fee knocked off or dropped; lower my rate; a refund of the whole period as fair; a voucher worth more for the hassle; a rival's bonus matched; anything loyalty-wise
        r"\b(?:fee|charge|price|cost|bill)\s+(?:\w+\s+){0,2}knocked\s+off\b|\bknock(?:ed)?\s+(?:the|this|that|my|some|a\s+bit|something)\s+(?:\w+\s+){0,2}off\s+(?:the|my|this|our)\b",
        r"\b(?:can|could|would|will)\s+you\s+(?:lower|reduce|drop|cut|waive|match|beat)\s+(?:the|my|our|this|that|your)\s+(?:\w+\s+)?(?:apr|rate|interest|price|fee|fees|premium|bill|excess|charge|cost|deposit|rent|tariff|quote)\b",
        r"\bsurely\s+(?:that|this|it|the\s+\w+(?:\s+fee)?)\s+can\s+be\s+(?:dropped|waived|refunded|reduced|removed|written\s+off)\b",
        r"\bfor\s+the\s+same\s+price\s+(?:as\s+(?:my|what|the)|if\s+i)\b|\banything\s+(?:loyalty|retention)[\s-]?wise\b",
        r"\bif\s+you\s+(?:do|did|can\s+do|could\s+do|offer|match|give)\s+(?:something\s+similar|the\s+same|that|a\s+(?:bonus|discount|deal))\b[^\n]{0,40}\b(?:i'?ll|i\s+will|we'?ll|i'?d)\b",
        r"\b(?:is|would\s+be|seems)\s+(?:only\s+)?fair\b[^\n]{0,30}\b(?:considering|given)\b|\b(?:refund|credit|compensation)\s+(?:of|for)\s+(?:the\s+)?(?:whole|entire|full)\s+(?:\w+\s+)?(?:quarter|month|year|period|stay|trip|ticket)\b",
        r"\b(?:worth\s+more|more\s+than\s+the\s+(?:ticket|price|fare|cost))\b[^\n]{0,40}\b(?:given|considering|for)\s+(?:all\s+)?(?:the\s+|this\s+|that\s+)?(?:hassle|trouble|inconvenience|stress|delay)\b|\bwould\s+you\s+consider\s+(?:refunding|waiving|reducing|a\s+(?:refund|discount|reduction|goodwill))\b",
        # (blind sets v44, v46, read) past the return window and a full refund wanted; "make an exception";
        # "vouchers are no use to me, I want the money back"
        r"\b(?:past|outside|after)\s+the\s+(?:return|refund)\w*\s+(?:window|period)\b[^\n]{0,80}\b(?:refund|exception|replace\w*)\b|\bmake\s+an\s+exception\b|"
        r"\bvouchers?\s+(?:are|is)\s+(?:no\s+(?:use|good)|useless)\b|\bi\s+want\s+(?:the\s+|my\s+)?money\s+back\b",
        # (blind set v43, read) "I know the return window passed a week ago ... any chance?"
        _I_KNOW + r"(?:the\s+|my\s+)?(?:return\w*\s+(?:window|period)|warranty|guarantee|deadline|cut[\s-]?off|\d+\s+days?)\s+(?:has\s+|have\s+)?(?:passed|ended|expired|run\s+out|gone)\b",
        # (blind sets v38, v39, read) "gets his boxes for half what I pay"; "I'll keep it if you knock it back down"
        r"\b(?:half|less\s+than|a\s+fraction\s+of)\s+what\s+i\s+pay\b|\b(?:keep|stay|remain|continue)\b[^.!?]{0,40}\bif\s+you\s+(?:knock|bring|drop|put|take|match|lower|reduce|cut)\b|\bknock\s+(?:it|the\s+price|that)\s+(?:back\s+)?down\b",
        # (blind sets v34, v35, read) a fee asked to be waived; a refund for the whole box, not just the missing
        # item; charges refunded for weeks of missed slots "seeing as ..."
        r"\b(?:fee|charge|excess|surcharge)\s+(?:be\s+|get\s+)?(?:waived|dropped|scrapped|removed|refunded)\b|\bwaive\s+(?:the\s+|my\s+|that\s+)?(?:[\w-]+\s+){0,2}(?:fee|charge)\b",
        r"\brefund\s+(?:for\s+)?(?:the\s+)?(?:whole|entire|full)\s+(?:box|order|thing|delivery|kit)\b|\bnot\s+just\s+(?:for\s+)?the\s+(?:missing|broken|damaged|faulty)\s+(?:item|bit|part|one|ingredient)\b",
        r"\b(?:charges?|fees?|costs?)\s+(?:\w+\s+)?refunded\s+for\s+(?:the\s+)?(?:last|past)\s+(?:\d+|few|couple\s+of|two|three|four|five|six)\s+(?:weeks|months|deliveries|boxes)\b|\b(?:refund\w*|credit\w*|compensat\w+|cover|waive\w*)\b[^.!?]{0,60}\bseeing\s+as\b",
        # (blind set v30, read) expired points asked back; (blind set v31, read) a refund asked for outside the
        # return window; "think you should cover it"
        r"\bexpired\b[^\n]{0,80}\b(?:put|add|give)\s+(?:them|it)\s+back\b|\b(?:reinstate|restore|reactivate|extend)\s+(?:my|the|them|those)\s+(?:expired\s+)?(?:points|credit|vouchers?|discount|code)\b",
        _I_KNOW + r"(?:it'?s|its|it\s+is|i'?m|we'?re|this\s+is)\s+(?:just\s+|a\s+(?:bit|few\s+days)\s+|slightly\s+)?(?:outside|past|beyond|after|over|out\s+of)\s+(?:the\s+|your\s+)?(?:\d+[\s-]*days?|return\w*\s+(?:window|period)|warranty|guarantee|policy|deadline|cut[\s-]?off|cooling[\s-]off)\b",
        r"\b(?:think|feel|reckon|believe)\s+(?:that\s+)?you\s+should\s+(?:cover|pay|refund|waive|compensate|foot|reimburse)\b",
        # (blind set v26, read) waiving a fee; "what discount can you do if I keep it?"
        r"\b(?:waive|drop|scrap|knock\s+off)\s+(?:the\s+|my\s+)?(?:call[\s-]?out|delivery|cancellation|late|admin|repair|service)\s+(?:fee|charge)\b|"
        r"\bwhat\s+(?:discount|reduction|money\s+off|compensation)\s+(?:can|could|would|will)\s+you\s+(?:do|give|offer)\b",
        r"\b(?:special|charity|non-?profit)\s+(?:pricing|rates?)\b|\b(?:reduced|discounted)\s+pricing\b",
        # (blind set v13, read) "who can we talk to about a bulk rate?"
        r"\b(?:bulk|volume|trade|multi[\s-]?unit|group|fundrais\w*)\s+(?:rate|rates|discount|discounts|pricing|price|deal)\b",
        # (blind set v18, read) "can we talk about contract terms for the office plan?"
        r"\b(?:talk|discuss|negotiate|agree)\s+(?:about\s+)?(?:the\s+|your\s+|some\s+|our\s+)?(?:contract|commercial)\s+terms\b|\bnotice\s+period\s+(?:of\s+)?\d+\s+days?\s+instead\s+of\b",
        # (blind set v16, read) "is there a business rate we can talk about?"
        r"\b(?:business|corporate|commercial|wholesale)\s+(?:rate|rates|discount|discounts|pricing|price)\b|"
        r"\b(?:can|could)\s+we\s+(?:talk|chat|speak)\s+about\s+(?:a\s+|the\s+|your\s+)?(?:price|pricing|rate|rates|discount|deal)\b",
        r"\b\d{1,3}\s*%\s+off\b.{0,80}\b(?:leaving|leave|left|cancel\w*|quit\w*)\b",
        r"\b(?:other|another)\s+(?:providers?|companies|company|firms?|services?|brands?|retailers?|shops?)\s+(?:give|offer|are\s+offering|do|have|will)\b",
        r"\bmake\s+(?:me|us)\s+an?\s+(?:offer|deal)\b|\b(?:so|for)\s+(?:that\s+)?(?:i|we)\s+(?:don'?t|won'?t|do\s+not)\s+(?:leave|cancel|go)\b",
        r"\b(?:give|offer)\s+(?:me|us)\s+to\s+stay\b|\bto\s+(?:keep\s+me|make\s+me\s+stay)\b|\bgoodwill\b",
        r"\bbest\s+(?:you\s+can\s+do|price\s+you\s+can|deal\s+you\s+can|offer\s+you\s+can)\b",
        r"\b(?:money\s+back|refund|compensation|goodwill|credit|something)\s+for\s+(?:all\s+)?(?:this|the|my)\s+(?:hassle|trouble|inconvenience|stress|mess|wasted\s+time|time\s+off)\b",
        r"\bcompensat\w*\b",
        r"\b(?:commit|sign\s+up|stay)\s+for\s+(?:a|another|the\s+next)\s+(?:year|12\s+months|six\s+months|6\s+months)\b.{0,40}\b(?:price|cheaper|discount|deal|offer)\b|\b(?:price|cheaper|discount|deal|offer)\b.{0,40}\b(?:commit|sign\s+up|stay)\s+for\s+(?:a|another|the\s+next)\s+(?:year|12\s+months)\b",
        r"\bloyalty\s+(?:discount|offer|reward|deal|price|bonus)\b",
        r"\b(?:knock|take)\s+(?:a\s+few\s+(?:quid|pounds|dollars|bucks)|some(?:thing)?|a\s+bit|£?\d+%?|a\s+tenner|a\s+fiver)\s+off\b",
        r"\bdiscount\b.{0,40}\b(?:if\s+i\s+stay|to\s+stay|or\s+i'?ll|otherwise|for\s+staying|loyal)",
        r"\b(?:quoted|quote|offered|offering)\s+(?:me\s+|us\s+)?(?:less|cheaper|a\s+better|a\s+lower|half)\b",
        r"\b(?:get|give|offer|deserve|expect|want|need|qualify\s+for|apply\s+a|how\s+about\s+a|bit\s+of\s+a)\s+(?:me\s+|us\s+)?(?:a\s+|some\s+|any\s+|better\s+|bigger\s+)?(?:discount|deal|reduction|money\s+off|loyalty\s+(?:discount|offer|reward)|better\s+price|cheaper\s+price|goodwill|compensation|credit|cashback|price\s+cut)\b",
        r"\bprice[\s-]*match\w*\b|\bmatch\s+(?:the|their|that|this)\s+(?:price|offer|deal)\b",
        r"\b(?:better|cheaper)\s+(?:deal|offer|price|option)s?\s+(?:elsewhere|with|at|from|somewhere|online)\b",
        r"\b(?:competitor|competition|hello\s*fresh|gousto|mindful\s+chef|green\s+chef|blue\s+apron|currys|ao\.com)\b.{0,60}\b(?:cheaper|offer\w*|deal|price|discount|less|half|%)\b",
        r"\b(?:cheaper|offer\w*|deal|price|discount|less)\b.{0,60}\b(?:competitor|elsewhere|hello\s*fresh|gousto|mindful\s+chef|green\s+chef|blue\s+apron|currys|another\s+company)\b",
        r"\b(?:too\s+expensive|costs?\s+too\s+much|price\s+(?:is\s+)?too\s+high|can\s+you\s+do\s+(?:better|anything)\s+on\s+(?:the\s+)?price|negotiat\w*|haggle)\b",
        r"\b(?:stay|keep\s+my\s+subscription)\b.{0,40}\b(?:if|unless)\b.{0,40}\b(?:discount|cheaper|price|offer|deal|reduce)\w*",
        r"\b(?:lower|reduce|drop)\s+(?:my|the|our)\s+(?:price|bill|payment|rate)\b",
        r"\b\d{1,2}\s*%\s*off\b.{0,60}\b(?:elsewhere|competitor|other|they|another)\b",
    ],
    "high_stakes.legal": [
        # (session 10, blind sets v102-v117 written as training data; read) entitled to a refund under named regulations; a notice seeking possession
        r"\bunder\s+the\s+(?:[\w-]+\s+){0,4}(?:regulations?|act|directive)\b[^.!?]{0,40}\bentitled\b|\b(?:we'?re|i'?m|we\s+are|i\s+am)\s+legally\s+entitled\b",
        r"\bnotice\s+(?:seeking|of|for)\s+possession\b|\bsection\s+(?:8|21)\s+notice\b|\beviction\s+notice\b",
        # (session 9, blind sets v62, v64 and v66, streaming, car rental, lettings; read) a consumer regulator abroad
        r"\b(?:accc|cfpb)\b",
        # (session 9, blind sets v54-v56 and v59: telecom, bank, software, airline; read) a deadlock letter; a data breach; referring it to a regulator or ADR scheme; another firm's data visible in one's account
        r"\bdeadlock\s+(?:letter|response)\b|\b(?:that'?s|that\s+is|this\s+is|it'?s|constitutes|amounts\s+to)\s+(?:a\s+)?(?:serious\s+|clear\s+|massive\s+|huge\s+)?data\s+breach\b",
        r"\b(?:refer\w*|report\w*|escalat\w*|tak(?:e|ing))\s+(?:this|it|you|the\s+matter)\s+to\s+(?:the\s+|your\s+)?(?:caa|ofcom|ofgem|fca|ico|ombudsman|adr|regulator|trading\s+standards|citizens\s+advice|bbb|ftc|cma|cqc|ofwat)\b|\b(?:adr|ado)\s+scheme\b",
        r"\b(?:can\s+see|seeing|showing|shows|visible)\b[^\n]{0,30}\b(?:another|someone\s+else'?s|a\s+different|other\s+people'?s)\s+(?:[\w-]+(?:'s)?\s+){0,1}(?:data|projects?|details|information|orders?|files|accounts?|invoices?|bookings?|records?|client\s+list)\b",
        r"\b(?:erasure|right\s+to\s+be\s+forgotten|(?:delete|erase|remove)\s+(?:all\s+)?(?:of\s+)?my\s+(?:personal\s+)?(?:information|details|data)\s+(?:under|per|as\s+per))\b|\brequest\w*\s+(?:the\s+)?(?:erasure|deletion)\s+of\b",
        r"\bdisput\w*\s+(?:the|this|that|a|my)\s+(?:payment|charge|transaction|debit|bill)\b",
        r"\b(?:personal\s+)?data\s+(?:you|that\s+you|your\s+company)\s+(?:hold|have|store|keep)\s+(?:on|about)\s+me\b",
        r"\b(?:taking|take)\s+(?:this|it|things)\s+further\b",
        r"\b(?:lawyer|lawyers|solicitor|solicitors|attorney|legal\s+(?:action|advice|team|route|proceedings)|legally|litigation|lawsuit|law\s*suit)\b",
        r"\b(?:sue|suing|sued|take\s+you\s+to\s+court|court|tribunal|small[\s-]*claims?|county\s+court)\b",
        r"\b(?:ombudsman|trading\s+standards|citizens\s+advice|consumer\s+(?:rights|protection|watchdog)|watchdog|regulator|ofcom|ofgem|ico|information\s+commissioner|fca|bbb|better\s+business\s+bureau|cma|ftc|attorney\s+general)\b",
        r"\b(?:gdpr|subject\s+access\s+request|dsar|data\s+protection|right\s+to\s+(?:be\s+forgotten|erasure)|my\s+personal\s+data|delete\s+(?:all\s+)?my\s+data|all\s+(?:the\s+)?data\s+you\s+(?:hold|have))\b",
        r"\b(?:chargeback|charge\s+back(?!\s+(?:in|on|at|from|when|then|last|during)\b)|section\s+75|dispute\s+(?:it|this|the\s+charge)\s+with\s+my\s+bank|report\s+you\s+to)\b",
        r"\b(?:breach\s+of\s+contract|consumer\s+rights\s+act|my\s+(?:legal\s+)?rights|illegal|unlawful|against\s+the\s+law)\b",
        # (blind set v16, read) the formal first step of a claim; a customer building a record of what was promised
        r"\b(?:letter|notice)\s+(?:before|of)\s+(?:action|claim)\b|\bpre[\s-]action\s+(?:letter|protocol)\b",
        r"\b(?:confirm|put)\s+(?:that\s+|this\s+|it\s+)?in\s+writing\b(?=[^\n]{0,120}\b(?:promised|told|agreed|assured|guaranteed)\b)|"
        r"\b(?:promised|told|agreed|assured|guaranteed)\b[^\n]{0,120}\b(?:confirm|put)\s+(?:that\s+|this\s+|it\s+)?in\s+writing\b",
    ],
}
