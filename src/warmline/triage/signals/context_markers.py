"""The markers of context: the words that say a moment is not happening now, to the customer.

Hypotheticals, a problem that is over or someone else's, long ago, recovered from, a fond memory, praise, a
false alarm. Data only: `context` decides with them."""

from __future__ import annotations

import re

# "Not happening now": a question about what to do if something *ever* happens, or a problem the customer
# says is over. ("What do I do if my card was stolen?" usually means it was: not a hypothetical marker.)
# Crisis moments found in such a message are not escalated, and a `context` reason says why. Safety is never
# dropped as "over" (a gas smell that "went away" still needs a person); vulnerability, complaints and
# high-stakes moments are never dropped. Only short messages: a long email may mention a past problem and a
# present one. "Over" must come after the problem and not be taken back ("..., but where is it?").
HYPOTHETICAL = re.compile(
    r"\b(?:in\s+case\s+(?:i|we)\s+(?:ever\b|need|have|want)|just\s+in\s+case|"
    r"(?:if|should|when)\s+(?:i|we)\s+ever\b|"
    # (session 10, blind set v102, read) "say there was a burst main on our street, how would you let us
    # know?"
    r"(?:^|[.!?]\s+)say\s+(?:there\s+(?:was|were|is)|(?:i|we)\s+(?:had|lost|got))\b|"
    r"for\s+(?:the\s+)?future(?:\s+reference)?\b|(?:just\s+)?so\s+(?:i|we)\s+(?:know|have\s+it)\b|hypothetically|"
    r"(?:save|keep|stick|put|have)\s+(?:it|the\s+(?:[\w-]+\s+){0,2}number|that|them)\s+(?:saved\s+)?(?:in|on)\s+(?:my|the)\s+(?:phone|fridge|contacts|notes)\b|"
    # (blind set v18, read) "not that there's a problem, but ...", "what's the procedure if someone has
    # ...", a risk assessment
    r"not\s+that\s+there(?:'?s|\s+is)\s+(?:a|any)\s+problem\b|what(?:'?s|\s+is)\s+(?:the|your)\s+(?:procedure|process|policy|protocol)\s+(?:if|when|for\s+when)\b|"
    r"risk\s+assessment\b|"
    # (blind set v20, read) "just thinking about little fingers before we buy"
    r"\bbefore\s+(?:we|i)\s+(?:buy|order|purchase|get\s+one|commit|sign\s+up|decide)\b|\bbefore\s+i\s+(?:try|use|do)\s+(?:mine|it|ours)\b|"
    # (blind set v46, read) "how do I report a dodgy email? haven't had one"
    r"\b(?:haven'?t|have\s+not)\s+(?:had|got|received)\s+(?:one|any)\b|"
    # (blind set v44, read) "just want it stuck on the fridge"
    r"\b(?:want|need)\s+it\s+(?:stuck|pinned|saved)\s+(?:on|in)\s+(?:the|my)\s+(?:fridge|phone|contacts|notes)\b|"
    # (blind set v22, read) "I'm about to subscribe", "want to know for next time", "if I break ... is that
    # covered?"
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:about|planning|thinking\s+of|going)\s+to\s+(?:subscribe|sign\s+up|order|buy|join)\b|\bfor\s+next\s+time\b|"
    r"\bif\s+(?:i|we|he|she|they)\s+(?:break|drop|crack|damage|smash|scratch|dent|spill)\b[^.!?]{0,60}\b(?:covered|cover|insurance|warranty|plan)\b|"
    # (blind set v19, read) "mine's always been on time, just wondering"
    r"mine'?s\s+(?:always\s+been\s+|been\s+)?(?:fine|ok|okay|safe|on\s+time|perfect|great|spot\s+on)\b|"
    # a scam passed on, not fallen for ("where do I forward it? I haven't clicked anything")
    r"(?:haven'?t|have\s+not|didn'?t|did\s+not|never)\s+(?:(?:clicked|tapped|replied\s+to)\s+(?:it|them|the\s+link|anything|on\s+(?:it|anything)|any\s+links?)|"
    r"opened\s+(?:the\s+)?(?:link|attachment)|(?:given|entered|typed)\s+(?:any|my)\s+(?:details|card\s+details|password))\b|"
    r"(?:it|the\s+number|that)\s+saved\s+(?:in|on)\s+(?:my|the)\s+(?:phone|contacts|notes)\b|"
    r"before\s+i\s+(?:call|ring|phone)\b|just\s+to\s+know\b|mine'?s\s+(?:fine|ok|okay|safe)\b|"
    # (not "even if it does turn up now": the box is missing now; blind set v35, read)
    r"(?<!even\s)(?:if|when|in\s+case)\s+(?:it|that|this|one|something\s+like\s+that)\s+(?:ever\s+)?(?:happens|happened|does)\b(?!\s+(?:again|turn\s+up|arrive|come|show\s+up|get\s+here))|if\s+(?:it|that|this)\s+ever\b(?![^.!?]{0,40}\bagain\b)|"
    # "if the oven ever sparks", "in case my card were to go missing": a condition, not an event
    r"(?:if|in\s+case)\s+(?:my|the|our|your|a|an|someone|somebody|anyone)\s+(?:[\w']+\s+){0,3}?(?:ever|were\s+to)\b(?![^.!?]{0,40}\bagain\b)|"
    r"(?:want|like|trying)\s+to\s+be\s+prepared\b|reading\s+(?:through\s+)?the\s+(?:manual|instructions|faq|small\s+print|terms)|"
    # "if there's ever a gas smell", "what happens if my box is late? nothing's wrong", "what if I lose my
    # card"
    r"if\s+there(?:'?s|\s+is|\s+was)\s+ever\b|(?:not|hasn'?t|has\s+not|it\s+hasn'?t)\s+happened(?:\s+yet)?\b|nothing(?:'?s|\s+is|\s+has\s+been)\s+(?:wrong|lost|missing|stolen|happened)\b"
    # (blind set v16, read) not "my bank says nothing's wrong their end": the fault is then ours
    r"(?!\s+(?:(?:at|on|from|with)\s+)?(?:their|its|the\s+bank'?s?|my\s+bank'?s?)\s+(?:end|side))|"
    r"(?:haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:actually\s+)?(?:lost|lose)\s+(?:it|them|my\s+card|anything)\b|in\s+case\W*$|(?:just|only)\s+(?:want|wanted|need)\s+to\s+know\s+the\s+policy\b|"
    r"what\s+(?:happens|would\s+happen)\s+if\s+(?:my|the|a|an|our|i|we)\s+(?:[\w']+\s+){0,3}?(?:is|are|gets?|goes|breaks?|lose|need|turns?\s+up|arrives?|smells?)\b|"
    r"what\s+if\s+(?:i|we)\s+(?:ever\s+)?(?:lose|get|need|break|smell|notice|see|forget)\b|"
    # "does the travel insurance cover ...", "the kids will riot if the box is late lol"
    r"(?:does|do|will|would)\s+(?:the|my|your|our)\s+(?:[\w-]+\s+){0,3}(?:insurance|warranty|cover|policy|plan|care\s*plan)\s+cover\b[^.!?]{0,60}\bif\b|"
    r"if\s+(?:the|my|our|an?)\s+(?:box|delivery|order|parcel|driver|engineer|courier|technician)\s+(?:is|gets|turns\s+up|arrives|runs)\s+late\b(?![^.!?]{0,30}\bagain\b)|"
    # (blind set v12, read) the second conditional ("if my boiler broke down at a weekend, would I get ..."),
    # "how would I cancel if I ever needed to", "just thinking ahead", "is there a charge if I cancel ..."
    r"if\s+(?:i|we|my|the|our|a|an|something|anything|someone(?:\s+else)?|somebody(?:\s+else)?|anyone)\b(?:(?!\b(?:still|again|already|now|yet|today|just)\b)[^.!?]){0,60}"
    r"\b(?:would|could)\s+(?:i|we|you|it|that|there|they|an?|the|someone|somebody)\b|"
    r"\bnot\s+(?:worried|concerned)\W+(?:just\s+)?(?:curious|wondering)\b|"
    # (blind sets v30, v31, read) "not complaining at all, just wondering"; "heard you had an outage? all
    # fine my end"
    # (blind set v34, read) "does the app work offline? going camping"
    r"\b(?:does|will|can)\s+(?:the\s+|your\s+)?(?:app|it|recipes?)\s+(?:\w+\s+)?(?:work|be\s+used|be\s+available)\s+offline\b|"
    r"\bnot\s+(?:complaining|moaning)(?:\s+at\s+all)?\W+(?:just\s+)?(?:curious|wondering|asking)\b|\ball\s+(?:fine|good|ok|okay)\s+(?:at\s+|on\s+)?my\s+end\b|"
    r"\b(?:she'?s|he'?s|they'?re|it'?s|we'?re|i'?m)\s+(?:fine|ok|okay|alright|all\s+good)\W+(?:just\s+)?(?:wondering|asking|curious|checking)\b|"
    r"\bif\s+(?:my|the|our)\s+(?:[\w'-]+\s+){0,2}(?:breaks?|goes|stops?|fails?|packs?\s+up|dies)\b[^.!?]{0,50}\b(?:does|do|will|would|is)\s+(?:the|my|your|our)\s+(?:[\w-]+\s+){0,2}(?:cover|plan|warranty|policy|insurance)\b|"
    r"\b(?:how|what|where|who)\s+would\s+(?:i|we)\b[^.!?]{0,40}\bif\s+(?:i|we)\s+(?:ever\s+)?(?:need|needed|want|wanted|had\s+to|decided)\b|"
    r"(?:just\s+)?(?:thinking|planning)\s+ahead\b|nothing(?:'?s|\s+is|\s+has)\s+(?:broken|broke|gone\s+wrong)\b|"
    r"(?<!why\s)\b(?:is|will)\s+there\s+(?:be\s+)?(?:a|any)\s+(?:charge|fee|penalty|cost|cancellation\s+(?:fee|charge))\s+if\b)",
    re.IGNORECASE,
)
# "Not about us" or "long over": a crisis that happened elsewhere ("food poisoning from a takeaway (not you)",
# "charged twice by some other subscription") or long ago ("we had a flooded kitchen last year"), mentioned as
# background to a routine question. Also drops safety: such a message reports nothing unsafe now.
ELSEWHERE = re.compile(
    r"\bnot\s+(?:from|through|with|by|via|one\s+of|bought\s+from)\s+(?:you|yours|u|hearthbox|your\s+(?:company|boxes|site|app))\b|"
    r"\bnot\s+(?:you|yours|your\s+fault)\s*(?:lol|haha|!|\))|"
    r"\b(?:our|my)\s+(?:last|old|previous|former)\s+(?:supplier|provider|company|meal\s+kit|subscription|bank)\b|"
    r"\bnothing\s+to\s+do\s+with\s+(?:you|hearth\w*)\b|\b(?:another|a\s+different)\s+(?:[\w-]+\s+){1,2}(?:company|provider|firm|retailer)\b|"
    r"\b(?:some|another|a\s+different)\s+(?:other\s+)?(?:subscription|company|provider|shop|retailer|website|service)\b"
    r"(?![^.!?]{0,60}\b(?:pretend\w*|claim\w*|posing|impersonat\w*|said\s+they\s+were|saying\s+they)\b)|"
    r"(?<!not\s)\bfrom\s+(?:a|some|the\s+local)\s+(?:takeaway|restaurant|kebab\s+shop|chippy|cafe|caf\u00e9)\b|"
    # (blind set v34, read) a rumour ("my mate reckons your ovens explode lol. assume that's rubbish?")
    r"\b(?:mate|friend|flatmate|neighbou?r|colleague|brother|sister|mum|dad|someone|people)\s+(?:reckons?|thinks|claims|swears)\s+(?:that\s+)?(?:your|the|all)\b|"
    # (blind set v42, read) "read about a phishing scam pretending to be meal kit companies"
    r"\b(?:read|heard|saw)\s+about\s+(?:a|an|some|this)\s+(?:[\w-]+\s+){0,2}(?:scam|hack|breach|fraud|outage)\b|\bassume\s+(?:that'?s|it'?s)\s+(?:rubbish|not\s+true|a\s+myth|nonsense)\b|"
    r"(?<!not\s)\bfrom\s+(?:takeaways|restaurants|other\s+(?:companies|providers|shops))\b|"
    # (blind set v19, read) someone else's story ("my friend said her box was late once")
    r"\b(?:my|a)\s+(?:friend|neighbou?r|sister|brother|mum|mom|dad|colleague|mate|cousin|aunt|uncle)\s+(?:said|says|told\s+me|mentioned|got|had)\b"
    r"[^.!?]{0,30}\b(?:(?:her|his|their)\s+(?:\w+\s+)?(?:box|boxes|order|delivery|parcel|card|account|refund|engineer|driver|oven|boiler|fridge|"
    r"freezer|hob|grill|cooker|dishwasher|smoke\s+alarm)|hers|theirs)\b|"
    # (blind set v20, read) "my neighbour's boiler flooded their kitchen"
    r"\bmy\s+(?:friend|neighbou?r|sister|brother|mum|mom|dad|colleague|mate|cousin|parents|aunt|uncle)'s\s+(?:[\w-]+\s+){0,2}(?:boiler|oven|fridge|freezer|house|kitchen|flat|box|delivery|card|account|cooker|dishwasher)\b|"
    # (blind set v24, read) "someone in my building got scammed", "read a story about a hack at another shop"
    r"\b(?:saw|read|seen)\s+(?:a|an|the|some)\s+(?:story|article|report|post|piece|(?:scam\s+)?warning)\s+(?:about|on)\b|"
    r"\bsomeone\s+(?:in\s+my\s+(?:building|street|road|family|office|block)|i\s+know)\s+(?:got|was|has\s+been|had)\b|"
    # (blind set v22, read) "read some reviews where people said they were charged twice"
    r"\b(?:read|saw|seen)\s+(?:some\s+|a\s+few\s+|online\s+)?(?:reviews?|posts?|comments?)\b|\bpeople\s+(?:said|say|saying)\s+(?:they|that)\b|"
    # (blind set v18, read) "saw on the news that a meal kit company got hacked"
    r"\b(?:saw|read|heard|seen)\s+(?:it\s+|something\s+)?(?:on|in)\s+the\s+(?:news|paper|papers)\b|\b(?:the\s+)?bank\s+said\s+it\s+was\s+(?:their|its)\s+end\b",
    re.IGNORECASE,
)
LONG_AGO = re.compile(
    r"\b(?:last\s+(?:year|winter|summer|spring|autumn|fall|christmas|easter)|(?:a\s+few|a\s+couple\s+of|two|three|several|many|\d+)\s+years?\s+(?:ago|back)|years\s+ago|"
    r"ages\s+ago|a\s+(?:long\s+)?while\s+(?:back|ago)|(?:i|we)\s+used\s+to\s+(?:get|have|be)|(?:back\s+)?in\s+(?:19|20)\d\d|(?<!sent\s)(?<!send\s)(?<!took\s)(?<!gave\s)(?<!given\s)(?<!taken\s)(?<!posted\s)(?<!brought\s)back\s+in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|the\s+(?:spring|summer|autumn|winter)))\b",
    re.IGNORECASE,
)
#: what says a past or elsewhere problem is a problem now ("... and it has happened again", "still")
BACK_NOW = re.compile(
    r"\b(?:(?<!thanks\s)(?<!thank\syou\s)again|still(?!\s+(?:active|valid|working|ok|okay|fine|open|good|the\s+same|on\s+track))|since\s+then|ever\s+since|now\s+(?:it|the|my|i(?!'?m\s+(?:(?:a\s+bit|slightly|a\s+little|extra|super|really|so)\s+)?(?:paranoid|nervous|careful|cautious|twitchy)|'?ve\s+got|\s+have\s+got))|this\s+(?:week|morning|time)|today|yet|happening|keeps|keep\s+\w+ing|didn'?t\s+make|did\s+not\s+make|wasn'?t\s+me|(?<!from\s)not\s+me\b|don'?t\s+recogni[sz]e|"
    r"worried|scared|afraid|never|haven'?t|hasn'?t|no\s+(?:refund|reply|response|one|answer)|too|as\s+well|also|"
    r"you(?:'ve|\s+have)?\s+(?:just\s+)?(?:charged|billed|taken|sent(?!\s+(?:a\s+new|a\s+replacement|another|me\s+a\s+new))|lost|broken|done))\b",
    re.IGNORECASE,
)
RESOLVED = re.compile(
    r"\b(?:oh\s+wait|ignore\s+(?:this|that|me|my\s+(?:last|previous|e-?mail|message))|never\s*mind|nvm|no\s+(?:problem|harm\s+done)(?!\s+with)|"
    r"not\s+a\s+problem|(?:all|it'?s|its|it\s+is|everything'?s?|everything\s+is)\s+(?:good|fine|sorted|ok|okay|working)\s+now|"
    r"(?<!not\s)(?<!n't\s)(?:working|running)\s+(?:fine|ok|okay|normally|perfectly|properly)(?:\s+(?:now|again))?|no\s+(?:bother|worries)|(?:i|we)\s+(?:was|were)\s+in\s+anyway|"
    r"(?:sorted|fixed|resolved)\s+now|(?:(?:is|are|'s|was|were|been|came|come|now)\s+back\s+(?:up|on|online)|"
    r"(?<!not\s)(?<!n't\s)working\s+again)(?:\s+now)?|"
    r"(?:fixed|sorted|repaired|solved)\s+(?:it|the\s+problem|the\s+issue|everything)(?:\s+(?:now|today|quickly|straight\s+away))?|"
    r"no\s+action\s+(?:needed|required)|(?:it|that|everything|the\s+\w+)\s+came\s+back(?:\s+on)?|"
    r"(?:that|it)\s+was\s+(?:me|just\s+me|(?:just\s+|only\s+)?my\s+(?:wife|husband|partner|son|daughter|kids?|child|mum|dad|flatmate))|"
    # (blind set v26, read) "thought I'd been hacked but ...", "all sorted", "refunded, thanks", "totally
    # understand"
    r"thought\s+(?:i'?d|i\s+had|we'?d|we\s+had)\s+been\s+(?:hacked|scammed|charged\s+twice|robbed)\b[^.!?]{0,30}\bbut\b|all\s+sorted\b(?!\s*\?)|"
    r"(?<!n't\s)(?<!not\s)(?<!never\s)(?:was|were|got|been)\s+refunded\b(?!\s*\?)|(?:totally|completely|fully)\s+understand\w*|"
    # someone else already put it right: "your team sorted it within a day", "it all worked out fine"
    r"(?:you|your\s+(?:team|colleague|agent|engineer|driver)|they|he|she|someone)\s+(?:already\s+)?(?:sorted|fixed|resolved|refunded|corrected|reversed)\b|"
    r"(?:it\s+)?(?:all\s+)?worked\s+out(?:\s+(?:fine|ok|okay|well|in\s+the\s+end))?|"
    # (blind set v22, read) "it's been fine since I updated"
    r"(?:been|working|worked|running)\s+fine\s+since\b|"
    r"(?:turned\s+up|arrived|showed\s+up|came)\s+in\s+the\s+end|(?:refund|money)\s+(?:is|was|'s|has\s+come|came)\s+(?:already\s+)?(?:back|through)|"
    r"(?:refund|money|credit)\s+(?:has\s+)?(?:landed|arrived|came\s+through|went\s+through|appeared)|"
    r"(?:thanks|thank\s+you|cheers)\s+(?:so\s+much\s+|again\s+)?for\s+(?:sorting|fixing|resolving|refunding|correcting)\b|"
    r"found\s+(?:my|the)\s+(?:lost\s+)?(?:card|wallet|purse|bank\s+card)\b|"
    # put right, and when: "the double charge was refunded within a day" (not "hasn't been refunded within")
    r"(?<!n't\s)(?<!not\s)(?<!never\s)(?:was|were|got|been)\s+(?:all\s+)?(?:refunded|reversed|credited\s+back|put\s+right|"
    r"sorted(?:\s+out)?|fixed|resolved|replaced)\s+(?:(?:really|very|super|so)\s+)?(?:within|in\s+(?:a|an|one|two|under)\b|the\s+(?:same|next)|straight\s+away|"
    r"right\s+away|quickly|immediately|promptly|already|last|yesterday|overnight|this\s+morning|today|earlier)|"
    # (blind set v12, read) "last week's all fixed", "put the new card on and the payment went through fine",
    # "panic over", "false alarm"
    r"(?:'s|\s+is|\s+are|\s+was)\s+all\s+(?:fixed|sorted|resolved|fine|good)|"
    # (session 10: "need to stop it being charged and put a new one on" asks; "I put a new one on" is done)
    r"(?:(?:i'?ve|i\s+have|i|we'?ve|we)\s+(?:put|added|set\s+up)|added|got)\s+(?:the|a|my)\s+new\s+(?:one|card)\s+(?:on|in|up)|"
    r"put\s+(?:the|a|my)\s+new\s+(?:one|card)\s+(?:on|in)\s+and\s+(?:the|it|now|all)\b|went\s+through\s+fine|panic\s+over|false\s+alarm|"
    # (blind set v16, read) "late but it turned up in the evening ... so all good!"
    r"so\s+all\s+(?:good|fine|ok|okay|sorted)|(?:turned\s+up|arrived|showed\s+up|came)\s+(?:later\s+)?(?:in\s+the\s+(?:evening|afternoon)|"
    r"later\s+(?:that|the\s+same)\s+(?:day|evening|afternoon)|that\s+(?:evening|afternoon|night)))\b",
    re.IGNORECASE,
)
#: thanks for putting a problem right ("thanks so much for sorting last week's late delivery")
#: put right by us and thanked for after ("... but you sorted it straight away. Just wanted to say thanks")
PUT_RIGHT_THEN_THANKS = re.compile(
    r"\b(?:you|your\s+(?:team|colleague|agent|driver|engineer))\s+(?:sorted|fixed|resolved|refunded|replaced)\s+(?:it|that|them|this)\b"
    r"[^\n]{0,80}\b(?:thanks|thank\s+you|cheers)\b",
    re.IGNORECASE,
)
#: a complaint made before and handled well ("I complained last month about a late box but it was handled
#: really well"; blind set v35, read)
COMPLAINT_HANDLED = re.compile(
    r"\bi\s+complained\b[^.!?]{0,80}\b(?:but|and)\s+(?:it|that|this|you|they)\s+(?:was|were|got|have|has)\s+(?:\w+\s+){0,2}"
    r"(?:handled|resolved|sorted|dealt\s+with|fixed|put\s+right)\b(?![^.!?]{0,40}\b(?:badly|poorly|not|never)\b)",
    re.IGNORECASE,
)
THANKED = re.compile(
    r"\b(?:thanks|thank\s+you|thank\s+u|cheers|grateful)\s+(?:so\s+much\s+|again\s+|a\s+lot\s+)?for\s+"
    r"(?:sorting|fixing|resolving|refunding|correcting|replacing|reversing|sending\s+(?:the|a|my)\s+(?:replacement|new\s+one)|"
    r"(?:the|my)\s+(?:quick\s+|speedy\s+|fast\s+)?(?:refund|replacement|credit|voucher|redelivery))\b",
    re.IGNORECASE,
)
#: "lost the card" of a recipe, with no sign of a bank card ("can I get the recipe again? lost the card")
RECIPE_CARD = re.compile(r"\brecipes?\b", re.IGNORECASE)
PAYMENT_WORDS = re.compile(
    r"\b(?:bank|debit|credit|payment|payments|visa|mastercard|amex|stolen|fraud\w*|charged?|transactions?|pin|"
    r"wallet|purse|account)\b",
    re.IGNORECASE,
)
#: praise or thanks for a member of staff ("huge thanks to Dave the engineer ... please pass it on")
THANKS_FOR_STAFF = re.compile(
    r"\b(?:pass\s+(?:it|this|that|my\s+thanks|our\s+thanks)\s+on|pass\s+on\s+(?:my|our)\s+(?:thanks|gratitude)|"
    r"please\s+(?:thank|say\s+thanks\s+to)|(?:huge|big|massive)\s+thanks\s+to|shout[\s-]?out\s+to)\b",
    re.IGNORECASE,
)
#: a professional found the cause of a danger and fixed it (the only way a safety reading is "over")
#: the cause of a feared danger found harmless ("the gas smell turned out to be the neighbours' BBQ")
SAFE_AFTER_ALL = re.compile(
    r"\bturned\s+out\s+to\s+be\s+(?:the\s+|a\s+|our\s+|my\s+)?(?:neighbou?rs?'?|next\s+door'?s?)\s*(?:bbq|barbecue|bonfire|fire\s*pit|cooking)\b|"
    r"\bturned\s+out\s+to\s+be\s+nothing\b",
    re.IGNORECASE,
)
FIXED_BY_PRO = re.compile(
    r"\b(?:engineer|technician|fitter|plumber|electrician|gas\s+(?:safe\s+)?engineer)\s+(?:who\s+came\s+(?:on\s+\w+\s+)?|"
    r"came\s+(?:out\s+)?(?:on\s+\w+\s+)?and\s+)?(?:sorted|fixed|repaired|replaced|found)\b[^.!?]{0,80}\b(?:straight\s+away|all\s+fine\s+now|"
    r"fine\s+now|all\s+good\s+now|sorted\s+now|no\s+problems?\s+since|perfect\s+since|turned\s+out\s+to\s+be|"
    r"close\s+the\s+(?:ticket|case))\b|"
    # (blind sets v30, v31, read) the visit itself in the past, then the outcome: "the engineer who came
    # after our oven sparked in March was great, all sorted now", "Gary who came out for our gas leak last
    # month. All fixed"
    r"\b(?:who|that)\s+came\s+(?:out\s+|round\s+)?(?:[\w'-]+\s+){0,4}?(?:for|after|about|when|to\s+(?:fix|sort|look\s+at))\b"
    r"[^\n]{0,120}?"
    r"\b(?:all\s+(?:sorted|fixed|fine|good)|(?:sorted|fixed|fine)\s+now|perfect\s+since|no\s+problems?\s+since)\b",
    re.IGNORECASE,
)
#: after a hypothetical, these say it happened after all ("what if I lose my card... actually I just did")
IT_HAPPENED = re.compile(
    r"\b(?:actually|just\s+(?:did|happened)|i\s+think\s+(?:i|it|someone)\s+(?:just|has|have|did)|it'?s\s+(?:gone|happened|happening))\b",
    re.IGNORECASE,
)
#: after a "resolved" phrase, these take it back ("it came back, but where is my box?")
STILL_A_PROBLEM = re.compile(
    r"\b(?:but(?!\s+(?:are|is|can|could|do|does|how|what|which|will|would|should)\s+(?:the|your|you|i|we|they|there)\b)|however|(?<!\bhim\s)(?<!\bher\s)(?<!\bthem\s)(?<!\bhappens\s)(?<!\bhappen\s)again|yet(?!\s*\?))\b|\bwhere(?:'?s|\s+is|\s+are|'re)\s+(?:my|the|our|it|they)\b",
    re.IGNORECASE,
)
#: the end of the sentence holding the "resolved" phrase: a "?" there doubts it ("is it all sorted now?")
SENTENCE_END = re.compile(r"[.!?\n]")
#: after a "resolved" phrase, a new question in the same sentence ("it's working fine now, how do I ...?")
NEW_QUESTION = re.compile(
    r"[,;:\u2013\u2014-]\s*(?:so\s+|and\s+|but\s+)?(?:how|what|where|when|which|can|could|do|does|"
    r"is\s+there|are\s+there|will|would|should|just\s+(?:checking|wondering|want\w*\s+to\s+(?:check|know|confirm)))\b",
    re.IGNORECASE,
)
#: just before a "resolved" phrase, a question about it ("is it sorted now, can you check?")
ASKED_BEFORE = re.compile(
    r"\b(?:is|has|was|are|have|did|will)\s+(?:it|that|this|they|everything|the\s+\w+|my\s+\w+)\s+(?:all\s+|been\s+)?$",
    re.IGNORECASE,
)
SETTLED_MAX_CHARS = 300
DROPPABLE = frozenset(
    {
        "crisis.outage",
        "crisis.missed_delivery",
        "crisis.billing_error",
        "crisis.fraud_or_lost_card",
        "crisis.safety",
    }
)


#: planning for one's own death (a will, power of attorney): paperwork, not a loss; unless someone has died
WILL_PLANNING = re.compile(
    r"\b(?:sort\w*|do(?:ing)?|writ\w*|mak\w*|updat\w*|draw\w*\s+up|getting)\s+(?:out\s+)?(?:my|our)\s+(?:will|wills)\b|"
    r"\b(?:lasting\s+)?power\s+of\s+attorney\b|\bestate\s+planning\b|\b(?:paperwork|affairs)\s+in\s+order\b|"
    r"\bwhat(?:'?s|\s+is)\s+the\s+process\s+(?:when|if)\s+(?:an?\s+|the\s+)?account\s+holder\s+(?:dies|passes)\b|\b(?:my|our)\s+(?:solicitor|lawyer)\s+(?:asked|wants|needs)\b",
    re.IGNORECASE,
)
A_LOSS = re.compile(
    r"\b(?:passed\s+away|passed\s+(?:on\s+)?(?:last|on|in|yesterday|recently|suddenly)|has\s+died|have\s+died|died\s+(?:last|on|in|yesterday|recently|suddenly)|"
    r"funeral|lost\s+my|bereave\w*|widow\w*|late\s+(?:husband|wife|mum|dad|mother|father|partner))\b",
    re.IGNORECASE,
)

#: vulnerabilities dropped when the message says they are over (`RECOVERED`), never as hypothetical
RECOVERABLE = frozenset({"illness", "financial_hardship"})
#: an illness that is over, said by the person or of them ("all better now", "back on my feet", "he's doing
#: great now"); money trouble that is over ("I'm back in work now")
RECOVERED = re.compile(
    r"\b(?:(?:all|fully|much|completely|totally)\s+(?:better|recovered|well\s+again)|(?:better|recovered|well\s+again)\s+now|"
    r"back\s+on\s+(?:my|his|her|their|our)\s+feet|(?:got|been)\s+the\s+all[\s-]clear|"
    r"(?:doing|feeling)\s+(?:great|well|fine|much\s+better|loads\s+better)\s+now|"
    r"back\s+(?:in|at)\s+(?:work|a\s+job|full[\s-]time\s+work)(?:\s+now)?|(?:got|found|started)\s+a\s+new\s+job|"
    r"back\s+to\s+(?:full\s+strength|normal|full\s+health|(?:her|his|my|their)\s+old\s+sel(?:f|ves))|"
    r"home\s+from\s+(?:the\s+)?hospital\s+and\s+(?:doing|feeling)\s+(?:well|fine|great|grand|brilliant))\b",
    re.IGNORECASE,
)


#: money trouble only imagined ("if I ever lost my job ...", "hypothetically"); not "if I lose my job next
#: month"
IMAGINED = re.compile(
    r"\b(?:if|in\s+case|should)\s+(?:i|we)(?:'m|\s+am|'re|\s+are)?\s+ever\b|\bhypothetically\b|\bnot\s+(?:that\s+)?(?:i'?m\s+)?plann?ing\s+on\s+it\b|"
    r"\bnot\s+now\W+(?:just\s+)?asking\b|\bjust\s+asking\s+for\s+(?:the\s+)?future\b|\bfor\s+future\s+reference\b|"
    # (session 9) whether a policy would cover it ("does the travel insurance cover hospital treatment if I
    # get food poisoning abroad?"); a rule asked about, "I haven't, just wondering"
    r"\b(?:does|do|will|would)\s+(?:the|my|your|our)\s+(?:[\w-]+\s+){0,3}(?:insurance|warranty|cover|policy|plan)\s+cover\b[^.!?]{0,60}\bif\b|"
    r"\bi\s+haven'?t\W+(?:i'?m\s+)?just\s+(?:wondering|curious|asking)\b",
    re.IGNORECASE,
)
#: (session 9) figures of speech a learned safety head reads as danger ("nearly died laughing", "my kitchen
#: looks like a crime scene after the beetroot"); a learned safety reading is dropped for one
SAFETY_HYPERBOLE = re.compile(
    r"\b(?:died|dying|dead|die)\s+(?:laughing|of\s+(?:laughter|happiness|embarrassment|shame))\b|\bkilling\s+it\b|"
    r"\blooks?\s+like\s+a\s+crime\s+scene\b|\b(?:scared|frightened)\s+the\s+life\s+out\s+of\b|\bthere'?d\s+be\s+a\s+riot\b|"
    r"\bnearly\s+had\s+a\s+heart\s+attack\b|\b(?:kids|children|teenagers?)\s+are\s+killing\s+me\b",
    re.IGNORECASE,
)
#: (session 9) the customer owns the mistake: a learned reading of a crisis is then dropped ("booked the
#: wrong day for the engineer, my bad!")
OWN_MISTAKE = re.compile(
    r"\b(?:my\s+(?:bad|mistake|error)(?!\s+for\s+(?:expecting|thinking|believing|trusting|assuming|hoping|ordering))|"
    r"false\s+alarm|panic\s+over|(?:i|we)\s+(?:booked|ordered|entered|typed|picked)\s+the\s+wrong\s+\w+)\b",
    re.IGNORECASE,
)
#: (session 9) what puts a renewal at stake: money, a decision, leaving, a comparison. A renewal named in a
#: short question with none of these ("is the renewal fee charged to the landlord or the tenant?", "signed the
#: renewal yesterday, did it come through?") is information, not a renewal talk
RENEWAL_STAKES = re.compile(
    r"\b(?:price\w*|cost\w*|pay|paying|paid|more|increase\w*|rise|risen|rising|up|dearer|expensive|cheap\w*|deal|deals|"
    r"discount\w*|offer\w*|quote\w*|compar\w*|think\w*|decid\w*|decision|whether|sure|unsure|leav\w*|switch\w*|"
    r"cancel\w*|stay\w*|worth|afford\w*|commit\w*|unless|competitor\w*|elsewhere|loyal\w*|rate|rates|premium\w*|"
    r"negotiat\w*|terminat\w*|end\s+it|unhappy|disappointed|again|before\s+i|if\s+i|if\s+we|won'?t|not\s+renew\w*|"
    r"don'?t\s+want|extend\w*|longer|another\s+year|lock\w*|fix\w*|tied)\b|\u00a3|\$|\u20ac|%",
    re.IGNORECASE,
)
#: a renewal disputed: what it says, what was promised, what changed
RENEWAL_DISPUTE = re.compile(
    r"\b(?:letter|notice|cover\w*|exclu\w*|promis\w*|honou?r\w*|fail\w*|capped|chang\w*|told|said|says|why|"
    r"any\s*more|otherwise|wrong|mistake|error)\b|[!?]{2}",
    re.IGNORECASE,
)
#: a renewal word on its own (not "auto-renew", which stays a renewal moment: tests/triage/test_signals.py)
RENEWAL_WORD = re.compile(r"^(?:renew|renews|renewal|renewals|renewed|renewing)$", re.IGNORECASE)
#: (session 9) said to be only curiosity: a learned reading of a request or a moment is then set aside
JUST_CURIOUS = re.compile(
    r"\b(?:(?:only|just|purely)\s+curious|nothing\s+urgent|not\s+urgent|no\s+rush(?:\s+at\s+all)?|just\s+wondering|"
    r"for\s+future\s+reference)\b",
    re.IGNORECASE,
)
#: (session 9) whether a change of plan would be cheaper: a question, not a negotiation
PLAN_PRICE_QUESTION = re.compile(
    r"\b(?:switch\w*|mov\w*|chang\w*|go(?:ing)?)\s+(?:from\s+\w+\s+)?to\s+(?:the\s+|a\s+)?(?:annual|yearly|monthly|weekly|"
    r"family|basic|premium|bigger|smaller|cheaper)\b[^\n]{0,40}\b(?:is\s+it|would\s+it\s+be|will\s+it\s+be|does\s+it\s+work\s+out)\s+cheaper\b",
    re.IGNORECASE,
)
#: (session 9) a question asked for someone else ("asking for a neighbour"): a learned reading of a
#: negotiation or of leaving is then not the customer's own
FOR_SOMEONE_ELSE = re.compile(
    r"\basking\s+for\s+(?:a|my)\s+(?:friend|neighbou?r|mum|mom|dad|colleague|relative|family\s+member|sister|brother|nan|gran)\b",
    re.IGNORECASE,
)

#: the labels `not_happening_now` may drop
IN_CONTEXT = DROPPABLE | RECOVERABLE | {"bereavement", "complaint"}

#: before a "recovered" phrase, these make it a hope ("don't charge me until I'm back on my feet")
NOT_YET = re.compile(
    # (blind set v35, read) "while I get back on my feet"
    r"\b(?:until|till|til|when|once|before|after|(?<!\ba\s)while|trying\s+to|hop(?:e|ing)|soon\s+as|wait\w*\s+to)\b[^.!?]{0,25}$",
    re.I,
)


#: a loss remembered fondly, prompted by a recipe ("exactly how my late gran used to make it! lovely
#: memories")
FOND_MEMORY = re.compile(
    r"\b(?:used\s+to\s+(?:make|cook|bake|love)|always\s+(?:made|cooked|baked|loved)|(?:brought|brings|bringing)\s+back\s+"
    r"(?:\w+\s+)?memories|made\s+me\s+smile|remind(?:s|ed)?\s+me\s+of|would\s+have\s+loved|(?:she|he|they)'?d\s+have\s+(?:approved|loved)|"
    r"(?:tasted|tastes|was|is)\s+(?:just|exactly)\s+(?:like|how)|(?:really\s+|very\s+|so\s+)?similar\s+to\s+(?:your|this|the)|famous\s+(?:\w+\s+)?recipe|closest\s+(?:i'?ve|i\s+have|we'?ve)\s+(?:found|had)|"
    r"late\s+\w+\s+(?:loved|adored|always\s+(?:made|loved|said))|"
    # (blind set v42, read) "my late grandmother had a shepherd's pie recipe just like yours"
    r"had\s+an?\s+(?:[\w'-]+\s+){0,3}recipe\s+(?:just\s+)?like\s+(?:yours|this|that))\b",
    re.IGNORECASE,
)
#: a fond memory sounds fond: a word of warmth, a laugh or an exclamation
WARMTH = re.compile(
    r"\b(?:lovely|smile|smiled|memories|famous|delicious|gorgeous|perfect|approved|haha|lol|so\s+good|spot\s+on|exactly|"
    r"just\s+like|closest|loved|adored)\b|!|\u2764|\U0001f60a|\U0001f970",
    re.IGNORECASE,
)
#: what makes a remembered loss a present one: recent, grief now, or their affairs to settle
GRIEF_NOW = re.compile(
    r"\b(?:recently|last\s+(?:week|month)|this\s+(?:week|month)|yesterday|just\s+(?:died|passed|lost)|funeral|(?:his|her|their)\s+account|"
    r"estate|affairs|probate|executor|cancel\w*|struggl\w*|miss(?:ing)?\s+(?:him|her|them)|can'?t|cannot|alone|hard|"
    r"difficult|since\s+(?:he|she|they)\s+(?:died|passed)|grie\w*|cry\w*|tears?|only\s+just|log\s*in|charges?|"
    r"(?:in|since)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b",
    re.IGNORECASE,
)
#: after a "recovered" phrase, these say the illness is back
RELAPSE = re.compile(r"\b(?:again|c[ao]me\s+back|returned|relapse\w*|worse|flared?\s+up)\b", re.IGNORECASE)
#: "want it again" is about a dish, not a problem back (blind set v38, read)
WANT_AGAIN = re.compile(
    r"\b(?:want|have|order|make|cook|eat|try|get|buy)\s+(?:it|that|this|them|one|some)\s+again\b", re.I
)
#: "back now" words that may be part of the story itself ("never turned up"); "still", "again" never are
STORY_WORD = re.compile(r"never|haven'?t|hasn'?t|no\s+\w+", re.IGNORECASE)
#: praise or thanks, in the words customers use
PRAISE = re.compile(
    r"\b(?:thanks|thank\s+you|thank\s+u|ty|cheers|great|brilliant|amazing|fantastic|excellent|perfect|perfectly|lovely|"
    r"superb|wonderful|awesome|fab|fabulous|outstanding|impressed|delicious|banging|smoothly|a\s+legend|legend|a\s+star|"
    r"10\s*/\s*10|saved\s+my\s+\w+|happy\s+new\s+year|won\s+me\s+(?:back|over)|love(?:d|ly)?|so\s+good|really\s+good|friendly|helpful|kind)\b",
    re.IGNORECASE,
)
#: what turns praise into a complaint: a contrast, a failure, a repeat, an ironic marker
COMPLAINT_CUE = re.compile(
    r"\b(?:but|however|unfortunately|though|although|except|still|again|yet|never|not|no|nobody|nothing|cannot|"
    r"(?:do|does|did|is|was|were|are|ca|could|would|should|wo|have|has|had|ain|need|must)n'?t|wrong|missing|late|broken|damaged|dent\w*|scratch\w*|leak\w*|hold|waiting|waited|no[\s-]shows?|genius|wow|"
    r"as\s+(?:always|usual)|seriously|unbelievable|ridiculous|supposed\s+to|should\s+have|cheers\s+for\s+that|"
    r"thanks\s+for\s+(?:that|nothing)|(?<!on\s)times?|hours?|zero|weeks?\s+(?:later|now)|days?\s+\d+|cold|rotten|off|"
    r"paid|pay|paying|charged?|refund\w*|price|dishonest|misleading|without|instead)\b|\?\?|!!!|\.\.\.",
    re.IGNORECASE,
)


#: "would order again", "10/10 would do again": praise, not a repeat of a problem
COMING_BACK = re.compile(
    r"\b10\s*/\s*10\b[^.!?]{0,20}\bwould\s+\w+\s+again\b|"
    r"\b(?:would|will|'d|'ll|gonna|going\s+to|can'?t\s+wait\s+to)\s+(?:definitely\s+)?(?:do|order|buy|make|cook|have|get|try)\s+"
    r"(?:it\s+|this\s+|that\s+|them\s+|one\s+)?again\b",
    re.IGNORECASE,
)
#: the sentiment (from the emotion model, when the pipeline has it) that praise must also have
PRAISE_SENTIMENT = 0.3
#: the customer takes their own alarm back ("Panic over! Found the box behind the bins")
FALSE_ALARM = re.compile(
    r"\b(?:panic\s+over|false\s+alarm|no\s+harm\s+done|panick?ed\s+(?:for|over)\s+nothing|my\s+(?:mistake|bad|fault)(?!\s+for\s+(?:expecting|thinking|believing|trusting|assuming|hoping|ordering|choosing|paying))|ignore\s+(?:me|my\s+last(?:\s+message)?)|"
    r"found\s+(?:it|them|the\s+(?:box|parcel|delivery|order|card))\b)",
    re.IGNORECASE,
)
