# ruff: noqa: E501  (one alternation per language reads better than split strings)
"""The moments that need a person in the other languages customers most often write in: Spanish, French,
German, Italian, Portuguese, Dutch, Polish, and Hindi (in Devanagari or in Latin letters).

The detectors proper (patterns, learned heads) read English only. For a message in one of these languages,
this short lexicon finds the critical moments in plain words: a wish for a person, a double charge, a stolen
card, a smell of gas, a death, leaving, a delivery that never came, a service that does not work, a complaint,
a lawyer, self-harm, and the vulnerabilities (abuse, illness, money trouble, disability) in their plainest
words. It is deliberately small and literal (high precision, the obvious phrasings): anything subtler is left
to the workspace policy, which by default hands every message in a language automation does not speak to a
person.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: label -> {language: alternation}; labels are the signal detectors' own (moments, vulnerability names)
_LEXICON: dict[str, dict[str, str]] = {
    "wants_human": {
        "es": r"hablar\s+con\s+(?:una\s+persona|un\s+humano|alguien|un\s+agente|un\s+operador)|persona\s+real|"
        r"ll[aá]m(?:en|adme|enme)|que\s+me\s+llame\s+alguien|alguien\s+(?:que\s+)?me\s+(?:llame|contacte|atienda)|alguien\s+(?:puede|podría)\s+llamarme|por\s+teléfono",
        "fr": r"parler\s+(?:à|a|avec)\s+(?:une\s+personne|un\s+humain|quelqu'?un|un\s+conseiller|un\s+agent)|vraie\s+personne|"
        r"rappelez[\s-]moi|appelez[\s-]moi|quelqu'?un\s+(?:peut|pourrait)\s+m'?appeler|quelqu'?un\s+(?:qui\s+)?me\s+(?:rappelle|appelle|contacte)|par\s+téléphone",
        "de": r"verbinden\s+sie\s+mich|(?:der\s+)?bot\s+versteht\b|(?:mit\s+)?(?:einem\s+menschen|einer\s+person|jemandem|einem\s+mitarbeiter)\s+(?:sprechen|reden)|echten\s+menschen|"
        r"rufen\s+sie\s+mich\s+(?:bitte\s+)?(?:zurück|an)|ruft\s+mich\s+an|jemand\s+(?:soll\s+|der\s+)?mich\s+(?:zurück)?(?:ruft|anruft|anrufen|kontaktiert)|telefonisch",
        "it": r"parlare\s+con\s+(?:una\s+persona|un\s+operatore|qualcuno|un\s+umano)|persona\s+vera|"
        r"(?:qualcuno\s+)?(?:può|potete|puoi|potrebbe)\s+(?:chiamarmi|richiamarmi)|chiamatemi|richiamatemi|qualcuno\s+(?:che\s+)?mi\s+(?:chiami|richiami|contatti)|al\s+telefono",
        "pt": r"falar\s+com\s+(?:uma\s+pessoa|um\s+humano|alguém|um\s+atendente)|pessoa\s+real|"
        r"me\s+liguem|liguem[\s-]me|alguém\s+(?:pode|poderia)\s+me\s+ligar|alguém\s+(?:que\s+)?me\s+(?:ligue|telefone|contacte)|por\s+telefone",
        "nl": r"iemand\s+(?:van\s+(?:de\s+)?\w+\s+)?(?:te\s+)?spreken|niet\s+(?:de|met\s+de|met\s+een)\s+(?:chat)?bot|(?:spreken|praten)\s+met\s+(?:een\s+mens|iemand|een\s+medewerker)|echt\s+mens|(?:een\s+)?(?:medewerker|mens|persoon)\s+(?:te\s+)?spreken|geen\s+robot|"
        r"telefonisch|bel\s+me|iemand\s+(?:die\s+)?(?:me|mij)\s+(?:terug)?belt|(?:mij|me)\s+(?:terug\s*)?bellen",
        "pl": r"rozmawiać\s+z\s+(?:człowiekiem|konsultantem|kimś)|kontakt\w*\s+z\s+(?:konsultant\w*|człowiekiem|pracownikiem)|prawdziw\w+\s+osob\w+|"
        r"zadzwoń\w*\s+do\s+mnie|(?:proszę\s+o\s+)?kontakt\s+telefoniczn\w+|niech\s+ktoś\s+(?:do\s+mnie\s+)?zadzwoni|oddzwoń\w*|telefonicznie",
        "hi": r"(?:kisi\s+)?(?:insaan|insan|aadmi|banda|bande|agent|executive)\s+se\s+baat\s+(?:karni|karna|karao|karwao|kara\s+do|karwa\s+do)|baat\s+karni\s+hai|call\s+(?:karo|kijiye|kar\s+do|karwao)|bot\s+se\s+nahi|इंसान\s+से\s+बात|किसी\s+से\s+बात|एजेंट\s+से\s+बात",
    },
    "crisis.billing_error": {
        "es": r"cobrado\s+(?:[\wáéíóúñ]+\s+){0,4}cuando\s+(?:yo\s+)?(?:elegí|pedí|contraté|quería|escogí)|cobrad[oa]s?\s+dos\s+veces|cobraron\s+(?:\w+\s+){0,4}dos\s+veces|cobrado\s+(?:\w+\s+){1,4}dos\s+veces|cobro\s+doble|doble\s+cobro|cobrado\s+de\s+más",
        "fr": r"(?:débité|prélevé|facturé)e?s?\s+(?:\w+\s+){0,4}deux\s+fois|double\s+(?:prélèvement|débit)|(?:on\s+)?me\s+factur\w+\s+(?:à\s+la\s+fois|deux\s+fois)",
        "de": r"doppelt\s+(?:\w+\s+){0,3}(?:abgebucht|berechnet|belastet)|zweimal\s+(?:\w+\s+){0,3}(?:abgebucht|berechnet|belastet)|(?:abgebucht|berechnet|belastet)\s+(?:\w+\s+){0,2}(?:zweimal|doppelt)",
        "it": r"già\s+segnat\w*|addebitat\w+\s+(?:[\w']+\s+){0,8}(?:che\s+ho\s+(?:restituito|reso|disdetto|annullato)|dopo\s+(?:aver|la)\s+(?:disdett\w+|restituito|annullato))|rivoglio\s+i\s+miei\s+soldi|pagato\s+due\s+volte|addebitat[oaie]\s+(?:[\w']+\s+){0,4}due\s+volte|doppio\s+addebito|due\s+addebiti",
        "pt": r"cobrad[oa]s?\s+(?:\w+\s+){0,4}duas\s+vezes|cobraram\s+(?:\w+\s+){0,4}duas\s+vezes|cobrança\s+duplicada",
        "nl": r"(?:twee\s+keer|dubbel)\s+(?:afgeschreven|betaald|gefactureerd)",
        "pl": r"podwójn\w+\s+opłat\w+|pobra\w*\s+(?:[\wąćęłńóśźż]+\s+){0,4}dwa\s+razy|(?:podwójnie|dwa\s+razy)\s+(?:pobran\w*|obciążon\w*|zapłaci\w*)|pobrano\s+dwa\s+razy|zapłaci\w*\s+dwa\s+razy|zwrot\s+jednej\s+płatności",
        "hi": r"do\s+baar\s+(?:paisa|paise|charge|payment|kat|kaat)|(?:paisa|paise)\s+(?:do\s+baar\s+)?(?:kat|kaat)\s+(?:gaya|gaye|liya|liye)|(?:extra|zyada|jyada|galat)\s+(?:charge|paisa|paise|bill)\s+(?:kat|laga|lag|kiya|aaya)|दो\s+बार\s+(?:पैसे|पैसा|चार्ज)|गलत\s+बिल",
    },
    "crisis.fraud_or_lost_card": {
        "es": r"perdí\s+(?:mi\s+)?tarjeta|alguien\s+(?:ha\s+)?us(?:ó|ado)\s+mi\s+tarjeta|tarjeta\s+(?:robada|perdida)|me\s+(?:han\s+)?robado|me\s+robaron|no\s+reconozco|fraude|(?:alguien|han)\s+(?:ha\s+)?(?:entrado|entró|accedido|accedió)\s+(?:en|a)\s+mi\s+cuenta|hackead\w*|no\s+fui\s+yo",
        "fr": r"quelqu'?un\s+a\s+utilisé\s+ma\s+carte|carte\s+(?:volée|perdue)|on\s+m'?a\s+volé|je\s+ne\s+reconnais\s+pas|fraude|(?:quelqu'?un|on)\s+(?:a\s+)?(?:piraté|accédé\s+à|est\s+entré\s+dans)\s+mon\s+compte|piraté|ce\s+n'?(?:est|était)\s+pas\s+moi",
        "de": r"jemand\s+hat\s+meine\s+karte\s+(?:benutzt|verwendet)|karte\s+(?:wurde\s+)?(?:gestohlen|verloren)|betrug|nicht\s+(?:erkenne|getätigt)|(?:in|auf)\s+mein(?:em)?\s+konto\s+(?:eingeloggt|eingedrungen|zugegriffen)|gehackt|das\s+war\s+ich\s+nicht|war\s+nicht\s+ich",
        "it": r"qualcuno\s+ha\s+usato\s+la\s+mia\s+carta|carta\s+(?:rubata|persa|smarrita)|non\s+riconosco|frode|truffa|(?:è\s+entrato|ha\s+(?:fatto\s+)?accesso|ha\s+hackerato)\s+(?:nel|al|il)\s+mio\s+account|hackerat\w*|non\s+sono\s+stat[oa]\s+io",
        "pt": r"(?:telemóvel|telemovel|celular|telefone|portátil|carteira|mala)\s+(?:\w+\s+){0,2}(?:foi\s+)?roubad[oa]|foi\s+roubad[oa]|sem\s+(?:a\s+minha\s+)?autorização|alguém\s+fez\s+compras|cartão\s+(?:roubado|perdido)|perdi\s+(?:o\s+)?(?:meu\s+)?cartão|(?:encomendas?|compras?|pedidos?)\s+que\s+(?:eu\s+)?não\s+fiz|alguém\s+usou\s+(?:o\s+)?(?:meu\s+)?cartão|roubaram|não\s+reconheço|fraude|golpe|(?:entrou|invadiu|acessou)\s+(?:na|a)\s+minha\s+conta|hackead\w*|não\s+fui\s+eu|alguém\s+(?:está\s+a\s+usar|anda\s+a\s+usar|está\s+usando)\s+(?:o\s+)?(?:meu|minha)",
        "nl": r"iemand\s+heeft\s+mijn\s+(?:kaart|pas)\s+gebruikt|pas\s+(?:is\s+)?(?:gestolen|kwijt)|niet\s+herken|fraude|oplichting|(?:ingelogd|ingebroken|binnengedrongen)\s+(?:in|op)\s+mijn\s+account|gehackt|dat\s+was\s+ik\s+niet",
        "pl": r"ktoś\s+użył\s+mojej\s+karty|kart\w*\s+(?:została\s+)?(?:skradzion\w*|zgubion\w*)|zgubił\w*\s+(?:moją\s+)?kart\w*|(?:zamówieni\w*|płatnoś\w*),?\s+któr\w+\s+nie\s+(?:składał\w*|zamawiał\w*|robił\w*)|ktoś\s+zapłacił\s+moją\s+kartą|oszust\w*|nigdy\s+nie\s+był\w*|(?:włamał\w*\s+się|zalogował\w*\s+się|wszedł\w*)\s+(?:na|do)\s+moje\w*\s+kont\w+|zhakowan\w+|to\s+nie\s+(?:byłem|byłam)\s+ja|nie\s+rozpoznaj\w*|ktoś\s+(?:złożył|zrobił|użył)\w*",
        "hi": r"otp\s+(?:maang|mang|manga)|maine\s+(?:otp\s+)?de\s+diya|koi\s+aur\s+(?:login|use|istemal|access)|(?:chori|chor)\s+ho\s+(?:gaya|gayi|gaye)|(?:phone|card|wallet|purse)\s+kho\s+(?:gaya|gayi)|maine\s+nahi\s+kiya|hack\s+ho\s+(?:gaya|gayi)|चोरी\s+हो|हैक\s+हो|मैंने\s+नहीं\s+किया|hack\s+kar\s+(?:liya|diya|liye)|jo\s+maine\s+nahi\s+(?:ki|kiya|kiye)",
    },
    "crisis.safety": {
        "es": r"(?:olor|huele)\s+a\s+(?:gas|quemado)|incendio|humo|chispas|descarga\s+eléctrica",
        "fr": r"odeur\s+de\s+(?:gaz|brûlé)|sent\s+le\s+(?:gaz|brûlé)|incendie|fumée|étincelles|prend(?:re)?\s+feu|prenne\s+feu|disjoncteur\s+saute|fait\s+sauter\s+le\s+disjoncteur",
        "de": r"riecht\s+(?:nach\s+gas|verbrannt)|riecht\s+(?:[\wäöüß]+\s+){0,5}nach\s+(?:gas|verbrannt\w*)|gasgeruch|brandgeruch|brand|rauch|funken|stromschlag|wäre\s+fast\s+(?:heraus|raus|runter)gefallen|(?:gurt|riemen)\b[^.!?]{0,30}\bgerissen",
        "it": r"(?:odore|puzza)\s+di\s+(?:gas|bruciato)|incendio|fumo|scintille|prende\s+fuoco",
        "pt": r"cheiro\s+(?:a|de)\s+(?:gás|queimado)|incêndio|fumaça|fumo|faíscas|choque\s+elétrico",
        "nl": r"ruikt\s+naar\s+gas|gaslucht|brand|rook|vonken",
        "pl": r"zapach\s+gazu|czuć\s+gaz|pożar|dym|iskr\w*",
        "hi": r"gas\s+ki\s+(?:smell|badboo|boo)|gas\s+leak\s+ho\s+(?:raha|rahi|gaya|gayi)|aag\s+lag|dhuan\s+(?:nikal|aa)|गैस\s+की\s+गंध|आग\s+लग",
    },
    "crisis.missed_delivery": {
        "es": r"ya\s+han\s+pasado\s+(?:\w+\s+){0,2}(?:semanas|días|dias)|(?:llegaría|iba\s+a\s+llegar|debía\s+llegar)\b[^.!?]{0,60}\b(?:ya|todavía|aún)|no\s+se\s+(?:ha\s+)?present(?:ó|ado)|no\s+(?:ha\s+)?(?:llegado|llegó)|nunca\s+llegó|no\s+me\s+ha\s+llegado|no\s+(?:vino|ha\s+venido|apareció)\s+nadie|nadie\s+(?:vino|ha\s+venido|apareció)",
        "fr": r"ne\s+s'?est\s+(?:jamais\s+|pas\s+)présentée?|(?:n'?est\s+)?(?:jamais|pas)\s+(?:été\s+)?(?:arrivée?|livrée?|reçue?)|personne\s+n'?est\s+(?:venu|passé)|(?:technicien|livreur|réparateur)\s+(?:n'?est\s+)?(?:jamais|pas)\s+(?:venu|passé)",
        "de": r"(?:techniker|monteur|fahrer|lieferung|paket)\b[^.!?]{0,40}\bnicht\s+(?:gekommen|erschienen|angekommen|geliefert)|nicht\s+(?:angekommen|geliefert|zugestellt)|nie\s+angekommen|niemand\s+(?:ist\s+)?(?:gekommen|erschienen|aufgetaucht)|(?:techniker|monteur)\s+(?:ist\s+)?nicht\s+(?:gekommen|erschienen)|(?:sollte|müsste)\s+um\s+\d{1,2}(?::\d\d)?\s+uhr\s+da\s+sein",
        "it": r"non\s+si\s+è\s+presentat[oa](?:\s+nessuno)?|nessuno\s+si\s+è\s+presentato|non\s+(?:è\s+)?(?:mai\s+)?arrivat\w|mai\s+arrivat\w|non\s+consegnat\w|non\s+(?:è\s+)?(?:venuto|passato)\s+nessuno|nessuno\s+(?:è\s+)?(?:venuto|passato)|non\s+si\s+è\s+visto\s+nessuno",
        "pt": r"não\s+chegou|nunca\s+chegou|não\s+foi\s+entregue|ninguém\s+(?:apareceu|veio)|não\s+(?:apareceu|veio)\s+ninguém",
        "nl": r"niemand\s+neemt\s+(?:de\s+telefoon\s+)?op|niet\s+(?:aangekomen|geleverd|bezorgd|gekomen)|nooit\s+(?:aangekomen|gekomen)|niemand\s+(?:is\s+)?(?:gekomen|langsgekomen|verschenen)|niemand\s+geweest|er\s+is\s+niemand\s+(?:geweest|gekomen)",
        "pl": r"(?:kurier|dostawca|technik|serwisant)\w*\s+(?:\w+\s+){0,3}nie\s+(?:przyjechał|przyszedł|dotarł|pojawił)\w*|nie\s+dotarł\w*|nie\s+przyszł\w*|nie\s+dostarczon\w*|nie\s+dostarczył\w*|nikt\s+się\s+(?:ze\s+mną\s+)?nie\s+(?:kontaktował\w*|odezwał\w*)|nikt\s+nie\s+(?:przyszedł|przyjechał|pojawił\s+się)",
        "hi": r"(?:abhi\s+tak|ab\s+tak)\s+(?:\w+\s+){0,3}(?:nahi\s+aaya|nahi\s+aayi|nahi\s+mila|nahi\s+mili|deliver\s+nahi)|अब\s+तक\s+नहीं\s+(?:आया|मिला)|koi\s+nahi\s+aaya|(?:delivery|order|parcel|saman|samaan)\s+(?:abhi\s+tak\s+)?nahi\s+(?:aayi|aaya)",
    },
    "crisis.outage": {
        "es": r"no\s+funciona|caído|sin\s+servicio|no\s+(?:puedo|consigo)\s+(?:entrar|acceder|iniciar\s+sesión)|sin\s+agua|no\s+tenemos\s+(?:agua|luz|internet|calefacción)|sigo\s+sin\s+(?:internet|luz|agua|servicio)|no\s+me\s+deja\s+(?:hacer|entrar|pedir)|error\s+de\s+conexión",
        "fr": r"ne\s+(?:fonctionne|marche)\s+(?:pas|plus)|en\s+panne|(?:je\s+)?(?:ne\s+)?(?:peux|arrive)\s+pas\s+(?:à\s+)?(?:me\s+connecter|accéder)",
        "de": r"nicht\s+mehr\s+(?:\w+\s+){0,4}(?:anmelden|einloggen)|(?:konto|account)\s+gesperrt|fehler\s+500|keine\s+verbindung|kein\s+(?:internet|netz|empfang|signal|strom|wasser)\b|weder\s+internet|stürzt\s+(?:[\wäöüß]+\s+){0,4}ab\b|abgestürzt|funktioniert\s+(?:nicht|nichts)|funktioniert\b[^.!?]{0,40}\bnicht\s+mehr|ausgefallen|störung|komme\s+nicht\s+(?:mehr\s+)?(?:rein|ins\s+konto)|kann\s+mich\s+nicht\s+(?:mehr\s+)?(?:einloggen|anmelden)|kann\s+mich\s+(?:weder|nicht)\b[^.!?]{0,60}\b(?:einloggen|anmelden)|lädt\b[^.!?]{0,40}\bnicht\s+mehr|lädt\s+(?:überhaupt\s+)?nicht",
        "it": r"non\s+funziona|è\s+giù|fuori\s+servizio|non\s+riesco\s+(?:a\s+)?(?:entrare|accedere)|non\s+sincronizza\s+più|non\s+(?:si\s+)?(?:apre|carica)\s+più",
        "pt": r"não\s+abre|não\s+funciona|fora\s+do\s+ar|está\s+em\s+baixo|não\s+consigo\s+(?:entrar|acessar|aceder)",
        "nl": r"werkt\s+niet|werkt\b[^.!?]{0,30}\bniet\s+meer|storing|ligt\s+eruit|kan\s+(?:niet\s+)?(?:meer\s+)?(?:niet\s+)?inloggen|onbereikbaar|doet\s+het\s+(?:\w+\s+){0,3}niet\s+meer|geen\s+(?:internet|water|stroom|verwarming)",
        "pl": r"nie\s+działa|awari\w+|nie\s+mogę\s+się\s+zalogować",
        "hi": r"kaam\s+nahi\s+kar\s+raha|nahi\s+chal\s+raha|khul\s+nahi\s+raha|काम\s+नहीं\s+कर\s+रहा|नहीं\s+चल\s+रहा",
    },
    "high_stakes.cancellation": {
        "es": r"dar(?:me)?\s+de\s+baja|(?:cancelar|anular)\s+(?:mi|la)\s+(?:suscripción|cuenta)|cerrar\s+mi\s+cuenta|terminar\s+(?:mi|el)\s+contrato",
        "fr": r"résilier|fermer\s+mon\s+compte|annuler\s+(?:mon\s+|l['\u2019]\s*)abonnement",
        "de": r"kündigen|kündigung|konto\s+(?:schließen|löschen)",
        "it": r"annullate\s+tutto|cancellate\s+tutto|disdire|disdetta|(?:cancellare|chiudere|annullare|disattivare)\s+(?:il\s+mio\s+|l['\u2019]\s*)(?:abbonamento|account)",
        "pt": r"encerrar\s+(?:a\s+)?(?:minha\s+|a\s+)?conta|(?:quero|posso|gostaria\s+de|preciso)\s+cancelar|cancelar\s+(?:a\s+minha|minha|a|o\s+meu|meu)\s+(?:assinatura|subscrição|plano)",
        "nl": r"opzeggen|abonnement\s+stopzetten|account\s+(?:opheffen|verwijderen)",
        "pl": r"usunięcie\s+(?:mojego\s+)?konta|usunąć\s+(?:moje\s+)?konto|nie\s+chcę\s+już\s+u\s+was|anulować\s+subskrypcj\w+|zamknąć\s+konto|rezygnuj\w+",
        "hi": r"cancel\s+(?:karna|karni|karo|kar\s+do|karwana)|(?:account|subscription|plan)\s+band\s+(?:karna|karo|kar\s+do)|रद्द\s+करना|बंद\s+करना",
    },
    "complaint": {
        "es": r"queja|reclamación|inaceptable|una\s+vergüenza|(?:exijo|quiero)\s+una\s+explicación|nadie\s+(?:me\s+)?(?:responde|contesta|ha\s+respondido)|(?:llegó|ha\s+llegado|vino)\s+(?:\w+\s+){0,2}(?:dañad[oa]|rot[oa]|roto)|(?:tercera|cuarta|quinta)\s+vez",
        "fr": r"plainte|réclamation|inadmissible|inacceptable|scandaleux|je\s+(?:veux|exige)\s+(?:une\s+explication|des\s+explications)|personne\s+ne\s+(?:me\s+)?répond|arrivée?s?\s+(?:\w+\s+){0,2}(?:abîmée?s?|endommagée?s?|cassée?s?)|(?:troisième|quatrième|énième)\s+fois|(?:très\s+)?déçue?\s+(?:du|de\s+la|des|par)",
        "de": r"beschwerde|reklamation|unverschämt|inakzeptabel|eine\s+frechheit|ich\s+(?:verlange|will)\s+eine\s+erklärung|(?:niemand|keiner)\s+(?:antwortet|meldet\s+sich)|(?:beschädigt|kaputt|zerbrochen)\s+(?:\w+\s+){0,3}an\b|kam\s+(?:\w+\s+){0,4}(?:beschädigt|kaputt|zerbrochen)|(?:zum\s+|das\s+)?(?:dritte|dritten|vierte|vierten|x-te|x-ten)\s+mal|(?:ich\s+)?will\s+mein\s+geld\s+zurück|so\s+geht\s+das\s+nicht",
        "it": r"reclamo|lamentela|inaccettabile|vergognoso|una\s+vergogna|(?:pretendo|voglio)\s+una\s+spiegazione|nessuno\s+(?:mi\s+)?(?:risponde|ha\s+risposto)|arrivat[oaie]\s+(?:\w+\s+){0,2}(?:danneggiat[oaie]|rott[oaie])|(?:terza|quarta|ennesima)\s+volta",
        "pt": r"reclamação|queixa|inaceitável|uma\s+vergonha|(?:exijo|quero)\s+uma\s+explicação|ninguém\s+(?:me\s+)?(?:responde|respondeu)|(?:chegou|chegaram)\s+(?:\w+\s+){0,2}(?:danificad[oa]s?|estragad[oa]s?|partid[oa]s?)|(?:terceira|quarta|enésima)\s+vez",
        "nl": r"klacht|onacceptabel|schandalig|ik\s+(?:wil|eis)\s+een\s+(?:verklaring|uitleg)|niemand\s+(?:reageert|antwoordt)|(?:kwam|kwamen|is)\s+(?:\w+\s+){0,2}(?:beschadigd|kapot)\s+(?:aan|binnen)|(?:derde|vierde|zoveelste)\s+keer",
        "pl": r"skarg\w+|reklamacj\w+|skandal\w*|nie\s+do\s+przyjęcia|żądam\s+wyjaśnie\w+|nikt\s+(?:mi\s+)?nie\s+odpowiada|(?:przyszł\w*|dotarł\w*)\s+(?:\w+\s+){0,2}(?:uszkodzon\w*|zniszczon\w*|rozbit\w*)|(?:trzeci|czwarty|kolejny)\s+raz|nikt\s+nic\s+nie\s+robi",
        "hi": r"complaint\s+(?:karni|karna|darj)|bahut\s+(?:bura|ganda|kharab)\s+(?:service|experience|hai)|शिकायत",
    },
    "high_stakes.legal": {
        "es": r"rgpd|protección\s+de\s+datos|(?<!\bes\s)abogad[oa]|denuncia|demandar",
        "fr": r"médiateur\s+de\s+la\s+consommation|saisir\s+le\s+médiateur|rgpd|cnil|(?<!\best\s)avocate?|poursuites|tribunal",
        "de": r"dsgvo|datenschutz(?:behörde|beauftragt\w*|verletzung)|verbraucherzentrale|schlichtungsstelle|anwalt|rechtsanwalt|klage\s+einreichen|verklagen",
        "it": r"gdpr|garante\s+(?:della\s+)?privacy|(?<!\bè\s)avvocat[oa]|denuncia|tribunale",
        "pt": r"rgpd|lgpd|procon|(?<!\bé\s)advogad[oa]|processo\s+judicial|tribunal",
        "nl": r"consumentenbond|avg|autoriteit\s+persoonsgegevens|geschillencommissie|(?<!\bis\s)advocaat|rechter|rechtszaak",
        "pl": r"rodo|uokik|prawnik\w*|adwokat\w*|pozew|pozwać",
        "hi": r"(?:vakil|wakil)|consumer\s+court\s+(?:jaunga|jaungi|jayenge|mein)|court\s+(?:jaunga|jaungi|jayenge)|वकील|उपभोक्ता\s+अदालत",
    },
    "high_stakes.negotiation": {
        "es": r"qué\s+me\s+(?:pueden|podéis|puede)\s+ofrecer|(?:llegar\s+a|hacer(?:me)?)\s+(?:un|algún)\s+(?:acuerdo|trato)|mejor\s+precio|(?:un|algún)\s+descuento\s+(?:si|para)\s+(?:me\s+)?(?:quedo|quedarme|sigo|seguir)",
        "fr": r"que\s+(?:pouvez|pourriez)[\s-]vous\s+me\s+proposer|trouver\s+un\s+(?:arrangement|accord)|geste\s+commercial|meilleur\s+prix|(?:une\s+)?(?:réduction|remise)\s+(?:si|pour)\s+(?:je\s+)?(?:reste|rester)",
        "de": r"was\s+können\s+sie\s+mir\s+anbieten|(?:ein\s+)?entgegenkommen|besseres\s+angebot|(?:einen\s+)?rabatt\s+(?:wenn|damit)\s+ich\s+bleibe|(?:uns\s+)?einigen|entschädigung",
        "it": r"sconto\s+se\s+passo|cosa\s+(?:mi\s+)?(?:potete|può)\s+(?:offrire|proporre)|(?:trovare|fare)\s+un\s+accordo|venirmi\s+incontro|prezzo\s+migliore|(?:uno\s+)?sconto\s+(?:se|per)\s+(?:resto|restare)",
        "pt": r"o\s+que\s+(?:vocês\s+)?(?:podem|pode)\s+(?:me\s+)?oferecer|chegar\s+a\s+um\s+acordo|melhor\s+preço|(?:um\s+)?desconto\s+(?:se|para)\s+(?:eu\s+)?(?:ficar|continuar)|algum\s+desconto",
        "nl": r"korting\s+(?:krijgen|geven|mogelijk)|wat\s+kunnen\s+jullie\s+(?:mij|me)\s+(?:bieden|aanbieden)|iets\s+afspreken|betere\s+prijs|tegemoetkoming|korting\s+(?:als|om)\s+(?:ik\s+)?(?:blijf|te\s+blijven)|(?:alleen\s+)?als\s+de\s+prijs\s+(?:terug|omlaag)",
        "pl": r"co\s+(?:możecie|może\s+pan|może\s+pani)\s+mi\s+(?:zaproponować|zaoferować)|(?:dogadać|porozumie\w+)|lepsz\w+\s+cen\w+|rabat\w*\s+(?:jeśli|żeby)\s+(?:zostanę|zostać)|zniżk\w+",
        "hi": r"discount\s+(?:dijiye|milega|de\s+do|chahiye)|(?:kam|kum)\s+kar\s+(?:do|dijiye)|छूट\s+(?:दीजिए|मिलेगी)",
    },
    "bereavement": {
        "es": r"falleci[óo]|ha\s+muerto(?!\s+de\s+(?:la\s+)?risa)|murió(?!\s+de\s+(?:la\s+)?risa)|fallecimiento",
        "fr": r"décédée?|est\s+morte?(?!\s+de\s+rire)|décès",
        "de": r"verstorben|(?<!fast\s)gestorben(?!\s+vor\s+(?:lachen|glück|freude))|ist\s+tot",
        "it": r"è\s+mort[oa](?!\s+dal\s+ridere)|decedut[oa]|scompars[oa]|morte\s+di|è\s+mancat[oa]|venut[oa]\s+a\s+mancare|ci\s+ha\s+lasciat[oi]",
        "pt": r"faleceu|morreu(?!\s+de\s+rir)|falecimento",
        "nl": r"overleden|is\s+gestorven",
        "pl": r"zmarł\w*|umarł\w*(?!\s+ze\s+śmiechu)",
        "hi": r"(?:guzar|gujar)\s+(?:gaye|gayi|gaya)|nahi\s+rahe|death\s+ho\s+(?:gayi|gaya)|गुज़र\s+गए|गुजर\s+गए|निधन|dehant|dehaant|देहांत",
    },
    "self_harm": {
        "es": r"suicid\w*|quitarme\s+la\s+vida|no\s+quiero\s+(?:seguir\s+)?vivi(?:r|endo)|acabar\s+con\s+(?:todo|mi\s+vida)|no\s+despertar(?:me)?\s+más|(?:sería\s+)?mejor\s+(?:no\s+estar\s+aquí|estar\s+muert[oa])|ya\s+no\s+quiero\s+seguir\s+con\s+nada|ya\s+no\s+quiero\s+seguir\s+aquí|no\s+puedo\s+más|sería\s+mejor\s+desaparecer",
        "fr": r"suicid\w*|me\s+tuer|envie\s+de\s+mourir|en\s+finir|(?:ne\s+)?veux\s+plus\s+vivre|mettre\s+fin\s+à\s+(?:mes\s+jours|ma\s+vie)|ne\s+plus\s+me\s+réveiller|je\s+ne\s+veux\s+plus\s+être\s+là|je\s+n'?en\s+peux\s+plus",
        "de": r"selbstmord|suizid\w*|mich\s+umbringen|nicht\s+mehr\s+leben|nicht\s+mehr\s+aufwachen|mir\s+das\s+leben\s+nehmen|warum\s+ich\s+(?:überhaupt\s+)?noch\s+weitermache|ich\s+schaffe\s+das\s+alles\s+nicht\s+mehr",
        "it": r"non\s+ce\s+la\s+faccio\s+più\s*(?:[.!]|$)|(?:tanto\s+)?ormai\s+non\s+importa(?:\s+più)?|suicid\w*|togliermi\s+la\s+vita|non\s+voglio\s+più\s+vivere|farla\s+finita|non\s+svegliarmi\s+più",
        "pt": r"suicíd\w*|suicid\w*|me\s+matar|não\s+quero\s+(?:mais\s+)?viver|acabar\s+com\s+tudo|tirar\s+a\s+minha\s+(?:própria\s+)?vida|melhor\s+não\s+estar\s+(?:cá|aqui)|melhor\s+estar\s+mort[oa]|já\s+não\s+aguento\s+mais|cansad[oa]\s+de\s+tudo|sem\s+esperança",
        "nl": r"zelfmoord|niet\s+meer\s+leven|er\s+een\s+eind\s+aan\s+maken|niet\s+meer\s+wakker\s+worden",
        "pl": r"samobój\w*|zabić\s+się|nie\s+chcę\s+(?:już\s+)?żyć|skończyć\s+ze\s+sobą|odebrać\s+sobie\s+życie",
        "hi": r"jeena\s+nahi|mar\s+jaana\s+chahta|khud\s+ko\s+(?:khatam|maar)|jeene\s+ka\s+(?:mann|man)\s+nahi|आत्महत्या|जीना\s+नहीं|sab\s+khatam\s+karna|khatam\s+karna\s+chah(?:ta|ti)",
    },
    "high_stakes.renewal": {
        "es": r"renovar|renovación|(?:el\s+)?contrato\s+(?:vence|termina|caduca)",
        "fr": r"renouvel\w*|reconduction|(?:le\s+)?contrat\s+(?:expire|arrive\s+à\s+(?:échéance|terme)|se\s+termine)",
        "de": r"verlänger\w*|(?:vertrag|garantie|abo)\w*\s+läuft\s+(?:\w+\s+){0,4}aus",
        "it": r"rinnov\w*|(?:il\s+)?contratto\s+(?:scade|è\s+in\s+scadenza)",
        "pt": r"renov\w*|(?:o\s+)?contrato\s+(?:vence|termina|expira)",
        "nl": r"verleng\w*|(?:contract|abonnement|garantie)\s+loopt\s+(?:\w+\s+){0,3}af",
        "pl": r"przedłuż\w*|odnowi\w*|umowa\s+(?:wygasa|kończy\s+się)",
    },
    "abuse": {
        "es": r"violencia\s+(?:de\s+género|doméstica|machista)|maltrato|mi\s+(?:pareja|marido|esposo|novio|ex)\s+(?:me\s+)?(?:controla|vigila|pega|amenaza|maltrata)|tengo\s+miedo\s+de\s+(?:él|mi\s+(?:pareja|marido|ex))",
        "fr": r"violences?\s+conjugales?|maltraitance|(?:mon\s+(?:mari|conjoint|compagnon|copain|ex))\s+(?:me\s+)?(?:frappe|menace|contrôle|surveille|bat)|j'?ai\s+peur\s+de\s+(?:lui|mon\s+(?:mari|conjoint|ex))",
        "de": r"häusliche\s+gewalt|mein\s+(?:mann|partner|freund|ex(?:mann)?)\s+(?:kontrolliert|schlägt|bedroht|überwacht)|er\s+darf\s+(?:das\s+)?nichts\s+(?:merken|wissen|erfahren)|angst\s+vor\s+(?:ihm|meinem\s+(?:mann|partner|ex))",
        "it": r"violenza\s+domestica|maltrattament\w*|mio\s+(?:marito|compagno|ex|partner|ragazzo)\s+mi\s+(?:picchia|controlla|minaccia)|ho\s+paura\s+di\s+(?:lui|mio\s+(?:marito|ex))|non\s+deve\s+(?:saperlo|sapere\s+niente)",
        "pt": r"violência\s+doméstica|(?:meu|o\s+meu)\s+(?:marido|companheiro|namorado|ex)\s+(?:me\s+)?(?:bate|controla|ameaça)|tenho\s+medo\s+(?:dele|do\s+meu\s+(?:marido|ex))|ele\s+não\s+pode\s+saber",
        "nl": r"huiselijk\s+geweld|mijn\s+(?:man|partner|vriend|ex)\s+(?:slaat|controleert|bedreigt)|bang\s+voor\s+(?:hem|mijn\s+(?:man|ex))|hij\s+mag\s+(?:het\s+)?niet(?:s)?\s+(?:weten|merken)",
        "pl": r"przemoc\w*\s+domow\w+|(?:mój\s+)?(?:mąż|partner|chłopak|były)\s+(?:mnie\s+)?(?:bije|kontroluje|grozi)|boję\s+się\s+(?:go|męża)|nie\s+może\s+się\s+dowiedzieć",
        "hi": r"(?:pati|husband)\s+(?:maarta|marta|control\s+karta)|घरेलू\s+हिंसा",
    },
    "illness": {
        "es": r"estoy\s+(?:muy\s+|gravemente\s+)?enferm[oa]|en\s+el\s+hospital|hospitalizad[oa]|cáncer|quimio\w*|en\s+cama|diálisis|demencia|alzheimer",
        "fr": r"je\s+suis\s+(?:très\s+|gravement\s+)?malade|à\s+l'?hôpital|hospitalisée?|cancer|chimio\w*|alitée?|dialyse",
        "de": r"(?:ich\s+)?bin\s+(?:schwer\s+|sehr\s+)?krank|im\s+krankenhaus|krebs|chemo\w*|bettlägerig|dialyse",
        "it": r"sono\s+(?:molto\s+|gravemente\s+)?malat[oa]|malat[oa]\s+terminale|in\s+ospedale|ricoverat[oa]|cancro|tumore|chemio\w*|costrett[oa]\s+a\s+letto|dialisi",
        "pt": r"estou\s+(?:muito\s+|gravemente\s+)?doente|no\s+hospital|internad[oa]|câncer|cancro|quimio\w*|de\s+cama|diálise",
        "nl": r"ik\s+ben\s+(?:erg\s+|ernstig\s+)?ziek|in\s+het\s+ziekenhuis|opgenomen\s+in|kanker|chemo\w*|bedlegerig|dialyse",
        "pl": r"jestem\s+(?:bardzo\s+|ciężko\s+)?chor\w+|w\s+szpitalu|nowotw\w+|chemi\w+|dializ\w+|po\s+udarze",
        "hi": r"hospital\s+mein|(?:bimar|beemar)\s+(?:hoon|hu|hai|hain)|ilaaj\s+chal|अस्पताल|बीमार",
    },
    "financial_hardship": {
        "es": r"elegir\s+entre\s+pagar|(?:he\s+perdido|perdí)\s+(?:mi|el)\s+(?:trabajo|empleo)|(?:en\s+el|estoy\s+en)\s+paro|no\s+(?:puedo|podré)\s+pagar|no\s+me\s+alcanza|no\s+tengo\s+dinero|deudas|dificultades\s+económicas|no\s+llego\s+a\s+fin\s+de\s+mes",
        "fr": r"(?:j'?ai\s+)?perdu\s+mon\s+(?:travail|emploi|boulot)|au\s+chômage|(?:ne\s+)?(?:peux|pourrai)\s+(?:plus\s+|pas\s+)?payer|pas\s+les\s+moyens|difficultés\s+financières|fins?\s+de\s+mois\s+difficiles?|dettes",
        "de": r"(?:job|arbeit|stelle|arbeitsplatz)\s+verloren|arbeitslos|(?:kann|können)\s+(?:\w+\s+){0,3}nicht\s+(?:mehr\s+)?bezahlen|kein\s+geld|schulden|finanzielle\s+(?:schwierigkeiten|probleme|not)",
        "it": r"(?:ho\s+)?perso\s+il\s+(?:lavoro|posto)|disoccupat[oa]|non\s+(?:posso|riesco\s+a)\s+pagare|non\s+ho\s+soldi|debiti|difficoltà\s+economiche",
        "pt": r"perdi\s+(?:o\s+|meu\s+|o\s+meu\s+)?(?:emprego|trabalho)|desempregad[oa]|não\s+(?:consigo|posso)\s+pagar|sem\s+dinheiro|dívidas|dificuldades\s+financeiras",
        "nl": r"(?:mijn\s+)?(?:baan|werk)\s+(?:kwijt(?:geraakt)?|verloren)|werkloos|(?:kan|kunnen)\s+(?:\w+\s+){0,6}niet\s+(?:meer\s+)?betalen|geen\s+geld|schulden|financiële\s+problemen",
        "pl": r"nie\s+mam\s+(?:[\wąćęłńóśźż]+\s+){0,4}pieniędzy|stracił\w*\s+prac\w+|bezrobotn\w+|nie\s+mam\s+z\s+czego\s+(?:za)?płacić|nie\s+stać\s+mnie|długi|trudności\s+finansow\w+",
        "hi": r"paise\s+ki\s+(?:bahut\s+)?(?:problem|dikkat|tangi)|salary\s+(?:\w+\s+){0,3}nahi\s+aay\w*|ek\s+saath\s+nahi\s+de\s+sakt\w*|(?:job|naukri|kaam)\s+(?:chali|chhoot|chhut|chut)\s+gayi|paise\s+nahi\s+(?:hai|hain|the)|(?:payment|bill)\s+(?:karna|bharna|dena)\s+mushkil|(?:pay|bhar|de)\s+nahi\s+(?:kar\s+)?(?:pa|paa|sak)\w*|नौकरी\s+(?:चली|छूट)\s+गई|पैसे\s+नहीं\s+हैं|payment\s+nahi\s+ho\s+(?:payegi|paayegi|payega)|business\s+(?:bilkul\s+)?band",
    },
    "disability": {
        "es": r"(?:soy|estoy)\s+(?:cieg[oa]|sord[oa]|en\s+silla\s+de\s+ruedas)|discapacidad|discapacitad[oa]|baja\s+visión|silla\s+de\s+ruedas",
        "fr": r"aveugle|malvoyante?|sourde?|malentendante?|fauteuil\s+roulant|handicap\w*",
        "de": r"blind|sehbehindert|gehörlos|rollstuhl|behindert\w*|behinderung",
        "it": r"ciec[oa]|ipovedente|sord[oa]|sedia\s+a\s+rotelle|disabil\w*|invalid\w*",
        "pt": r"(?:sou|estou)\s+(?:ceg[oa]|surd[oa])|cadeira\s+de\s+rodas|deficiên\w*|deficiente",
        "nl": r"blind|slechtziend\w*|doof|slechthorend\w*|rolstoel|gehandicapt|beperking",
        "pl": r"niewidom\w+|słabowidząc\w+|niesłysząc\w+|wózk\w+\s+inwalidzk\w+|niepełnospraw\w+",
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


#: the languages read by their detected code alone
_DETECTED = LANGUAGES - {"hi"}


def find(text: str, lang: str, max_chars: int = 4000) -> dict[str, list[str]]:
    """{label: the words that showed it} for a message in `lang`.

    Hindi written in Latin letters is often detected as English or as another Latin-script language, so its
    lexicon (words with no English reading: "baat karni hai", "do baar paisa kat gaya") is read for every
    message not detected as one of the European languages covered."""
    if lang not in _DETECTED:
        lang = "hi"
    sample = text[:max_chars]
    out: dict[str, list[str]] = {}
    for label, pattern in _compiled(lang):
        words = [m.group(0) for m in pattern.finditer(sample)][:3]
        if words:
            out[label] = words
    return out
