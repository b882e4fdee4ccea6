"""Language identification, offline and fast.

1. No letters at all (emoji, digits, punctuation, binary junk) -> ``"und"``.
2. A message written mostly in a non-Latin script is identified by script (kana -> ja, hangul -> ko, ...),
   with ``py3langid`` deciding between languages that share a script (Cyrillic, Arabic, Devanagari, Han).
3. Latin-script text: the share of its words found in an English vocabulary (built from the shared English
   training corpora, ``models/en_vocab.txt``) decides clear cases; ``py3langid`` (a char n-gram naive
   Bayes that ships its model in the PyPI package) decides the rest. Its model is loaded lazily, on the
   first message that is not clearly English, so importing triage stays fast.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

_MODELS = Path(__file__).parent / "models"
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_MAX_CHARS = 2000

# Common function words of other Latin-script languages that also appear (rarely) in English corpora; a
# message
# made of them is not English even if the English vocabulary knows the word.
_FOREIGN_FUNCTION = frozenset(
    [
        "de",
        "la",
        "el",
        "los",
        "las",
        "que",
        "por",
        "para",
        "una",
        "uno",
        "con",
        "del",
        "mi",
        "mis",
        "tu",
        "su",
        "sus",
        "es",
        "est",
        "está",
        "esta",
        "este",
        "estoy",
        "pero",
        "muy",
        "hola",
        "gracias",
        "por",
        "favor",
        "pedido",
        "quiero",
        "necesito",
        "tengo",
        "hay",
        "cuando",
        "donde",
        "como",
        "porque",
        "también",
        "ya",
        "todavía",
        "le",
        "les",
        "des",
        "du",
        "et",
        "est",
        "une",
        "un",
        "je",
        "tu",
        "il",
        "elle",
        "nous",
        "vous",
        "ils",
        "sont",
        "pas",
        "avec",
        "pour",
        "dans",
        "sur",
        "mon",
        "ma",
        "mes",
        "ton",
        "votre",
        "bonjour",
        "merci",
        "commande",
        "veux",
        "suis",
        "être",
        "avoir",
        "très",
        "aussi",
        "ne",
        "qui",
        "quoi",
        "où",
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "ich",
        "du",
        "er",
        "sie",
        "wir",
        "ihr",
        "mit",
        "für",
        "auf",
        "den",
        "dem",
        "ein",
        "eine",
        "einen",
        "mein",
        "meine",
        "bitte",
        "danke",
        "bestellung",
        "ist",
        "noch",
        "schon",
        "hallo",
        "warum",
        "wann",
        "wo",
        "wie",
        "kann",
        "nicht",
        "keine",
        "il",
        "lo",
        "gli",
        "di",
        "che",
        "non",
        "sono",
        "per",
        "con",
        "una",
        "mio",
        "mia",
        "ciao",
        "grazie",
        "ordine",
        "voglio",
        "ancora",
        "perché",
        "o",
        "os",
        "um",
        "uma",
        "não",
        "sim",
        "obrigado",
        "obrigada",
        "meu",
        "minha",
        "pedido",
        "quero",
        "você",
        "está",
        "com",
        "het",
        "een",
        "en",
        "ik",
        "je",
        "niet",
        "van",
        "op",
        "dat",
        "wat",
        "zijn",
        "bestelling",
        "bedankt",
        "hoi",
        "mijn",
        "och",
        "att",
        "det",
        "som",
        "är",
        "jag",
        "inte",
        "på",
        "med",
        "för",
        "min",
        "tack",
        "hej",
    ]
)
_LATIN_LANGS = [
    "en",
    "es",
    "fr",
    "de",
    "it",
    "pt",
    "nl",
    "sv",
    "da",
    "no",
    "fi",
    "pl",
    "cs",
    "sk",
    "ro",
    "hu",
    "tr",
    "hr",
    "sl",
    "lt",
    "lv",
    "et",
    "id",
    "ms",
    "tl",
    "vi",
    "sw",
    "ca",
    "eu",
    "gl",
    "ga",
    "cy",
    "sq",
    "af",
    "is",
]


@lru_cache(maxsize=1)
def _en_vocab() -> frozenset[str]:
    path = _MODELS / "en_vocab.txt"
    try:
        words = path.read_text(encoding="utf-8").split()
    except OSError:  # pragma: no cover - shipped with the package
        words = []
    return frozenset(w for w in words if w not in _FOREIGN_FUNCTION)


_lock = threading.Lock()
_identifier = None


def _langid():
    """py3langid identifier (lazy; ~0.8 s once)."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    return _identifier


@lru_cache(maxsize=8192)  # pure; called once per letter of every message
def _script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "other"
    for key in (
        "LATIN",
        "CYRILLIC",
        "GREEK",
        "ARABIC",
        "HEBREW",
        "HIRAGANA",
        "KATAKANA",
        "HANGUL",
        "CJK",
        "THAI",
        "DEVANAGARI",
        "BENGALI",
        "TAMIL",
        "TELUGU",
        "GUJARATI",
        "GURMUKHI",
        "KANNADA",
        "MALAYALAM",
        "GEORGIAN",
        "ARMENIAN",
        "ETHIOPIC",
        "KHMER",
        "LAO",
        "MYANMAR",
        "SINHALA",
    ):
        if name.startswith(key) or f" {key} " in f" {name} ":
            return key
    return "other"


_SCRIPT_LANG = {
    "GREEK": "el",
    "HEBREW": "he",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "THAI": "th",
    "BENGALI": "bn",
    "TAMIL": "ta",
    "TELUGU": "te",
    "GUJARATI": "gu",
    "GURMUKHI": "pa",
    "KANNADA": "kn",
    "MALAYALAM": "ml",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
    "ETHIOPIC": "am",
    "KHMER": "km",
    "LAO": "lo",
    "MYANMAR": "my",
    "SINHALA": "si",
}
_SCRIPT_CANDIDATES = {
    "CYRILLIC": (["ru", "uk", "bg", "sr", "mk", "be", "kk", "mn"], "ru"),
    "ARABIC": (["ar", "fa", "ur", "ps", "ku"], "ar"),
    "DEVANAGARI": (["hi", "mr", "ne"], "hi"),
    "CJK": (["zh", "ja"], "zh"),
}


_STOPWORDS = {
    "es": "de la el los las que por para una con del mi es está este estoy pero muy hola gracias pedido "
    "quiero necesito tengo hay cuando donde como porque todavía ya no ha llegado",
    "fr": "le les des du et est une un je il elle nous vous ils sont pas avec pour dans sur mon ma mes "
    "bonjour merci commande veux suis très aussi ne qui où jamais arrivée",
    "de": "der die das und ist nicht ich du er sie wir mit für auf den dem ein eine einen mein meine bitte "
    "danke bestellung noch schon hallo warum wann wo wie kann keine angekommen",
    "it": "il lo gli di che non sono per con una mio mia ciao grazie ordine voglio ancora perché vorrei è",
    "pt": "o os um uma não sim obrigado obrigada meu minha pedido quero você está com olá",
    "nl": "het een en ik je niet van op dat wat zijn bestelling bedankt hoi mijn",
    "sv": "och att det som är jag inte på med för min tack hej",
}
_STOPSETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}


def _fallback(text: str, langs: list[str]) -> tuple[str, float]:
    """Stopword vote, used only when py3langid is not installed."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return "und", 0.0
    votes = {lang: sum(w in stops for w in words) for lang, stops in _STOPSETS.items() if lang in langs}
    if not votes or max(votes.values()) == 0:
        return "und", 0.0
    lang = max(votes, key=lambda k: votes[k])
    return lang, votes[lang] / len(words)


def _classify(text: str, langs: list[str]) -> tuple[str, float]:
    try:
        ident = _langid()
    except ImportError:  # the package is a declared dependency; degrade rather than crash
        return _fallback(text, langs)
    ranked = ident.rank(text)
    allowed = set(langs)
    best = [(lang, p) for lang, p in ranked if lang in allowed]
    if not best:
        return "und", 0.0
    total = sum(p for _, p in best) or 1.0
    lang, p = best[0]
    return lang, float(p / total)


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code or "und", confidence in [0, 1])."""
    sample = text[:_MAX_CHARS]
    if sample.isascii():  # all letters Latin: skip the per-letter script count
        if not any(ch.isalpha() for ch in sample):
            return "und", 1.0
        return _latin(sample)
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return "und", 1.0
    scripts: dict[str, int] = {}
    for ch in letters:
        s = _script(ch)
        scripts[s] = scripts.get(s, 0) + 1
    main_script, count = max(scripts.items(), key=lambda kv: kv[1])
    share = count / len(letters)
    if main_script in ("HIRAGANA", "KATAKANA") or (
        main_script == "CJK" and scripts.get("HIRAGANA", 0) + scripts.get("KATAKANA", 0) > 0
    ):
        return "ja", share
    if main_script != "LATIN":
        if main_script in _SCRIPT_LANG:
            return _SCRIPT_LANG[main_script], share
        if main_script in _SCRIPT_CANDIDATES:
            langs, default = _SCRIPT_CANDIDATES[main_script]
            only = "".join(ch if _script(ch) == main_script or not ch.isalpha() else " " for ch in sample)
            lang, p = _classify(only, langs)
            return (lang if lang != "und" else default), share * max(p, 0.5)
        return "und", 0.5
    return _latin(sample)


def _latin(sample: str) -> tuple[str, float]:
    """The language of a text written mostly in Latin script."""
    if sample.isascii():
        words = [w.lower() for w in _WORD.findall(sample)]
    else:
        words = [
            w.lower() for w in _WORD.findall(sample) if all(_script(c) == "LATIN" for c in w if c.isalpha())
        ]
    if not words:
        return "und", 0.5
    vocab = _en_vocab()
    known = sum(1 for w in words if w in vocab or w.replace("'", "") in vocab)
    foreign = sum(1 for w in words if w in _FOREIGN_FUNCTION)
    en_share = known / len(words)
    if foreign == 0 and (en_share >= 0.75 or (len(words) <= 3 and known >= 1)):
        return "en", en_share
    if foreign == 0 and en_share >= 0.5 and len(words) >= 3:
        return "en", en_share
    lang, p = _classify(sample, _LATIN_LANGS)
    if lang == "en":
        return "en", max(p, en_share)
    if en_share >= 0.6 and foreign <= 1 and p < 0.9:
        return "en", en_share
    if foreign == 0 and en_share < 0.3 and p < 0.5 and len(words) <= 4:
        # keyboard mash or unknown tokens: "asdkjh qwe"
        return "und", 1.0 - p
    return lang, p
