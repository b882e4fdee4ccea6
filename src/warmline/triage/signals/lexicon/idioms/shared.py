# ruff: noqa: E501  (one regular expression per line reads better than split strings)
"""Fragments shared by the idioms of several label families (a role at work, a course of study, ...)."""

from __future__ import annotations

#: a school or research project about a danger: a question, not an event (idioms of several labels)
STUDY_ON = (
    r"\b(?:school|uni|college|class|homework|research)\s+(?:project|essay|assignment|work)\s+(?:on|about)\s+"
)
#: "a uni project on consumer protection" (idioms of the legal and complaint labels)
CONSUMER_PROJECT = r"\b(?:uni|school|college|university)\s+project\s+on\s+consumer\b"
#: visiting someone in hospital, not a patient (idioms of the illness and safety labels)
VISITING_IN_HOSPITAL = r"\bin\s+(?:the\s+)?hospital\b(?:[^.!?\n]|\.{2,3}){0,20}\bvisiting\b"
#: a routine procedure at the hospital, "nothing serious" (idioms of the illness and safety labels)
ROUTINE_PROCEDURE = (
    r"\b(?:procedure|op|operation|appointment|check-?up|scan)\s+at\s+(?:the\s+)?hospital\b[^.!?\n]{0,30}"
    r"\bnothing\s+(?:serious|major|to\s+worry\s+about)\b"
)
#: how heavy a box is, asked with no word of a limit on carrying (idioms of the illness and disability labels)
PLAIN_WEIGHT_QUESTION = (
    r"^(?!(?s:.*)\b(?:can'?t|cannot|struggl\w*|unable|disab\w*|wheelchair|back|knee|hip|arthritis|lift\w*\s+much|"
    r"carry\w*\s+much)\b)(?s:.*?)\bhow\s+heavy\s+(?:is|are)\s+(?:the|a|each)\b"
)
#: praise or a gift within reach after a relative's or friend's profession (idioms of the legal label)
PRAISE_AHEAD = (
    r"(?=[^\n]{0,80}\b(?:fair|gift\w*|birthday|present|voucher|recommend\w*|loves?|loved|obsessed|clear\w*|great|"
    r"brilliant|impressed)\b)"
)
#: a question about a setting for later, "not now" (idioms of the renewal and cancellation labels)
LATER_NOT_NOW = r"(?=[^\n]{0,80}\b(?:not\s+now|just\s+want\s+to\s+know|where\s+(?:the|is\s+the)\s+setting|for\s+next\s+year)\b)"

#: (session 9) the customer's own job or voluntary work named with a signal's word ("I'm a fraud investigator", "I
#: work at the ombudsman"), a course of study about it, or materials written at work on it ("fraud awareness
#: training"): idioms of several labels
OWN_ROLE = (
    r"\b(?:i'?m|i\s+am|as|i\s+work\s+as|i\s+actually\s+work\s+as)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:fraud|debt|legal|"
    r"disability|mental\s+health|accessibility|safety|complaints?|icu|a&e|cancer|oncology|hospice|palliative|bereavement|"
    r"funeral|support)\s+(?:investigator|analyst|officer|nurse|doctor|worker|specialist|consultant|adviser|advisor|"
    r"counsell?or|volunteer|coach|teacher|lecturer|researcher|student|director|manager|trainer|tester|caseworker|"
    r"handler|first\s+aider)\b"
)
#: (session 11, blind sets v134-v141, read) the places too: a refuge, a support group, a debt-advice service; the
#: customer running or managing something for one, a relative working at one, or an organisation saying what it is
_PLACES = (
    r"(?:ombudsman|regulator|court|hospital|hospice|charity|police|fire\s+service|icu|a&e|day\s+centre|care\s+home|"
    r"refuge|shelter|food\s*bank|support\s+group|helpline|debt\s+advice\s+(?:charity|service|centre))\b"
)
WORK_OR_VOLUNTEER_AT = (
    r"\bi\s+(?:actually\s+)?(?:work|volunteer)\s+(?:at|for|in|with)\s+(?:the\s+|a\s+|an\s+)?(?:local\s+)?(?:[\w-]+\s+){0,2}?"
    + _PLACES
    + r"|\bi\s+(?:run|manage|organi[sz]e|coordinate)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:for|at)\s+"
    r"(?:the\s+|a\s+|an\s+|our\s+)?(?:local\s+)?(?:[\w-]+\s+){0,1}?" + _PLACES
    + r"|\b(?:sister|brother|mum|mom|dad|friend|wife|husband|partner|son|daughter|cousin|neighbou?r|colleague)\s+"
    r"(?:works|volunteers)\s+(?:at|for|in|with)\s+(?:the\s+|a\s+|an\s+)?(?:local\s+)?(?:[\w'-]+\s+){0,2}?" + _PLACES
    + r"|\bwe'?re\s+an?\s+(?:[\w'-]+\s+){0,2}?" + _PLACES
)
STUDY_OF = (
    r"\b(?:my|a|an|for\s+(?:an?|my))\s+(?:[\w-]+\s+){0,2}(?:dissertation|thesis|coursework|assignment|essay)\b"
    r"(?:\s+(?:on|about)\b|(?=[^\n]{0,30}\bcourse\b))"
)
WORK_MATERIALS = (
    r"\b(?:fraud|scam|accessibility|disability|safety|mental\s+health|wellbeing|bereavement|complaints?)\s+(?:awareness\s+)?"
    r"(?:training|guide|faq|handbook|leaflet|presentation|course|page|policy|audit|review)\b"
)
