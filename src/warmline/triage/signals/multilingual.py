# ruff: noqa: E501  (one alternation per language reads better than split strings)
"""The moments that need a person, in the European languages customers most often write in besides English.

The detectors proper (patterns, learned heads) read English only. For a message detected as Spanish, French,
German, Italian, Portuguese, Dutch or Polish, this short lexicon finds the critical moments in plain words: a
wish for a person, a double charge, a stolen card, a smell of gas, a death, leaving, a delivery that never
came, a service that does not work, a complaint, a lawyer, self-harm. It is deliberately small and literal
(high precision, the obvious phrasings): anything subtler is left to the workspace policy, which by default
hands every message in a language automation does not speak to a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: label -> {language: alternation}; labels are the signal detectors' own (moments, vulnerability names)
_LEXICON: dict[str, dict[str, str]] = {
    "wants_human": {
        "es": r"hablar\s+con\s+(?:una\s+persona|un\s+humano|alguien|un\s+agente|un\s+operador)|persona\s+real",
        "fr": r"parler\s+(?:à|a|avec)\s+(?:une\s+personne|un\s+humain|quelqu'?un|un\s+conseiller|un\s+agent)|vraie\s+personne",
        "de": r"(?:mit\s+)?(?:einem\s+menschen|einer\s+person|jemandem|einem\s+mitarbeiter)\s+(?:sprechen|reden)|echten\s+menschen",
        "it": r"parlare\s+con\s+(?:una\s+persona|un\s+operatore|qualcuno|un\s+umano)|persona\s+vera",
        "pt": r"falar\s+com\s+(?:uma\s+pessoa|um\s+humano|alguém|um\s+atendente)|pessoa\s+real",
        "nl": r"(?:spreken|praten)\s+met\s+(?:een\s+mens|iemand|een\s+medewerker)|echt\s+mens",
        "pl": r"rozmawiać\s+z\s+(?:człowiekiem|konsultantem|kimś)|prawdziw\w+\s+osob\w+",
    },
    "crisis.billing_error": {
        "es": r"cobrad[oa]s?\s+dos\s+veces|cobro\s+doble|doble\s+cobro|cobrado\s+de\s+más",
        "fr": r"(?:débité|prélevé|facturé)e?s?\s+deux\s+fois|double\s+(?:prélèvement|débit)",
        "de": r"doppelt\s+(?:abgebucht|berechnet|belastet)|zweimal\s+(?:abgebucht|berechnet|belastet)",
        "it": r"addebitat[oaie]\s+due\s+volte|doppio\s+addebito",
        "pt": r"cobrad[oa]s?\s+duas\s+vezes|cobraram\s+duas\s+vezes|cobrança\s+duplicada",
        "nl": r"(?:twee\s+keer|dubbel)\s+(?:afgeschreven|betaald|gefactureerd)",
        "pl": r"(?:podwójnie|dwa\s+razy)\s+(?:pobran\w*|obciążon\w*|zapłaci\w*)|pobrano\s+dwa\s+razy",
    },
    "crisis.fraud_or_lost_card": {
        "es": r"tarjeta\s+(?:robada|perdida)|me\s+(?:han\s+)?robado|no\s+reconozco|fraude",
        "fr": r"carte\s+(?:volée|perdue)|on\s+m'?a\s+volé|je\s+ne\s+reconnais\s+pas|fraude",
        "de": r"karte\s+(?:wurde\s+)?(?:gestohlen|verloren)|betrug|nicht\s+(?:erkenne|getätigt)",
        "it": r"carta\s+(?:rubata|persa|smarrita)|non\s+riconosco|frode|truffa",
        "pt": r"cartão\s+(?:roubado|perdido)|não\s+reconheço|fraude|golpe",
        "nl": r"pas\s+(?:is\s+)?(?:gestolen|kwijt)|niet\s+herken|fraude|oplichting",
        "pl": r"kart\w*\s+(?:została\s+)?(?:skradzion\w*|zgubion\w*)|ktoś\s+zapłacił\s+moją\s+kartą|oszust\w*|nigdy\s+nie\s+był\w*",
    },
    "crisis.safety": {
        "es": r"(?:olor|huele)\s+a\s+gas|incendio|humo|chispas|descarga\s+eléctrica",
        "fr": r"odeur\s+de\s+gaz|sent\s+le\s+gaz|incendie|fumée|étincelles|prend\s+feu",
        "de": r"riecht\s+nach\s+gas|gasgeruch|brand|rauch|funken|stromschlag",
        "it": r"(?:odore|puzza)\s+di\s+gas|incendio|fumo|scintille|prende\s+fuoco",
        "pt": r"cheiro\s+(?:a|de)\s+gás|incêndio|fumaça|fumo|faíscas|choque\s+elétrico",
        "nl": r"ruikt\s+naar\s+gas|gaslucht|brand|rook|vonken",
        "pl": r"zapach\s+gazu|czuć\s+gaz|pożar|dym|iskr\w*",
    },
    "crisis.missed_delivery": {
        "es": r"no\s+(?:ha\s+)?(?:llegado|llegó)|nunca\s+llegó|no\s+me\s+ha\s+llegado",
        "fr": r"(?:n'?est\s+)?(?:jamais|pas)\s+(?:été\s+)?(?:arrivée?|livrée?|reçue?)",
        "de": r"nicht\s+(?:angekommen|geliefert|zugestellt)|nie\s+angekommen",
        "it": r"non\s+(?:è\s+)?(?:mai\s+)?arrivat\w|mai\s+arrivat\w|non\s+consegnat\w",
        "pt": r"não\s+chegou|nunca\s+chegou|não\s+foi\s+entregue",
        "nl": r"niet\s+(?:aangekomen|geleverd|bezorgd)|nooit\s+aangekomen",
        "pl": r"nie\s+dotarł\w*|nie\s+przyszł\w*|nie\s+dostarczon\w*",
    },
    "crisis.outage": {
        "es": r"no\s+funciona|caído|sin\s+servicio",
        "fr": r"ne\s+(?:fonctionne|marche)\s+(?:pas|plus)|en\s+panne",
        "de": r"funktioniert\s+(?:nicht|nichts)|ausgefallen|störung",
        "it": r"non\s+funziona|è\s+giù|fuori\s+servizio",
        "pt": r"não\s+funciona|fora\s+do\s+ar|está\s+em\s+baixo",
        "nl": r"werkt\s+niet|storing|ligt\s+eruit",
        "pl": r"nie\s+działa|awari\w+",
    },
    "high_stakes.cancellation": {
        "es": r"dar(?:me)?\s+de\s+baja|cancelar\s+(?:mi|la)\s+(?:suscripción|cuenta)|cerrar\s+mi\s+cuenta",
        "fr": r"résilier|fermer\s+mon\s+compte|annuler\s+mon\s+abonnement",
        "de": r"kündigen|kündigung|konto\s+(?:schließen|löschen)",
        "it": r"disdire|disdetta|(?:cancellare|chiudere)\s+(?:il\s+mio\s+|l'?)(?:abbonamento|account)",
        "pt": r"cancelar\s+(?:minha|a)\s+assinatura|encerrar\s+(?:minha|a)\s+conta",
        "nl": r"opzeggen|abonnement\s+stopzetten|account\s+(?:opheffen|verwijderen)",
        "pl": r"anulować\s+subskrypcj\w+|zamknąć\s+konto|rezygnuj\w+",
    },
    "complaint": {
        "es": r"queja|reclamación",
        "fr": r"plainte|réclamation",
        "de": r"beschwerde|reklamation",
        "it": r"reclamo|lamentela",
        "pt": r"reclamação|queixa",
        "nl": r"klacht",
        "pl": r"skarg\w+|reklamacj\w+",
    },
    "high_stakes.legal": {
        "es": r"abogad[oa]|denuncia|demandar",
        "fr": r"avocat|poursuites|tribunal",
        "de": r"anwalt|rechtsanwalt|klage\s+einreichen|verklagen",
        "it": r"avvocato|denuncia|tribunale",
        "pt": r"advogad[oa]|processo\s+judicial|tribunal",
        "nl": r"advocaat|rechter|rechtszaak",
        "pl": r"prawnik\w*|adwokat\w*|pozew|pozwać",
    },
    "bereavement": {
        "es": r"falleci[óo]|ha\s+muerto|murió|fallecimiento",
        "fr": r"décédée?|est\s+morte?|décès",
        "de": r"verstorben|gestorben|ist\s+tot",
        "it": r"è\s+mort[oa]|decedut[oa]|scompars[oa]|morte\s+di",
        "pt": r"faleceu|morreu|falecimento",
        "nl": r"overleden|is\s+gestorven",
        "pl": r"zmarł\w*|umarł\w*",
    },
    "self_harm": {
        "es": r"suicid\w*|quitarme\s+la\s+vida|no\s+quiero\s+vivir",
        "fr": r"suicid\w*|me\s+tuer|envie\s+de\s+mourir|en\s+finir",
        "de": r"selbstmord|suizid\w*|mich\s+umbringen|nicht\s+mehr\s+leben",
        "it": r"suicid\w*|togliermi\s+la\s+vita|non\s+voglio\s+più\s+vivere",
        "pt": r"suicíd\w*|suicid\w*|me\s+matar|não\s+quero\s+mais\s+viver",
        "nl": r"zelfmoord|niet\s+meer\s+leven",
        "pl": r"samobój\w*|zabić\s+się|nie\s+chcę\s+żyć",
    },
}

LANGUAGES = frozenset(lang for by_lang in _LEXICON.values() for lang in by_lang)


@lru_cache(maxsize=16)
def _compiled(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    return [
        (label, re.compile(rf"(?<!\w)(?:{by_lang[lang]})(?!\w)", re.IGNORECASE))
        for label, by_lang in _LEXICON.items()
        if lang in by_lang
    ]


def find(text: str, lang: str, max_chars: int = 4000) -> dict[str, list[str]]:
    """{label: the words that showed it} for a message in `lang` (empty for a language not covered)."""
    if lang not in LANGUAGES:
        return {}
    sample = text[:max_chars]
    out: dict[str, list[str]] = {}
    for label, pattern in _compiled(lang):
        words = [m.group(0) for m in pattern.finditer(sample)][:3]
        if words:
            out[label] = words
    return out
