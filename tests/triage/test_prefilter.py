"""The RE2 prefilter of the signal patterns: it may only skip patterns that cannot match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warmline.triage.signals import patterns
from warmline.triage.signals.prefilter import Prefilter, build, to_re2

DATA = Path(__file__).parent / "data"
pytest.importorskip("re2")


@pytest.mark.parametrize(
    ("python", "re2_syntax"),
    [
        (r"\bcancel(?!\s+my\s+order)\b", r"\bcancel\b"),
        (r"(?<!not\s)leave", r"leave"),
        (r"(?=.*card)lost", r"lost"),
        (r"agent\W*$", r"agent\W*(?:\n?\z)"),
        (r"[$£]\d+", r"[$£]\d+"),
        (r"\$\d+", r"\$\d+"),
        (r"[(?!]x", r"[(?!]x"),
        (r"a(?!b(?:c|[)]))d", r"ad"),
        (r"end\Z", r"end\z"),
    ],
)
def test_translation_drops_lookarounds_and_keeps_the_rest(python, re2_syntax):
    assert to_re2(python) == re2_syntax


def _hits_without_prefilter(text: str) -> list[patterns.Hit]:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(patterns, "_PREFILTER", None)
        return patterns.find(text)


def _texts() -> list[str]:
    out = []
    for name in ("escalation_dev.jsonl", "escalation_blind_dev.jsonl", "escalation_public_dev.jsonl"):
        out += [json.loads(line)["text"] for line in (DATA / name).open(encoding="utf-8")]
    return out


def test_the_shipped_patterns_all_compile_in_re2():
    pf = patterns._PREFILTER
    assert isinstance(pf, Prefilter)
    assert pf._always == {}


def test_same_hits_as_every_pattern_on_the_development_messages():
    texts = _texts()
    assert len(texts) > 3000
    for text in texts:
        assert patterns.find(text) == _hits_without_prefilter(text), text


# words the patterns look for, so that random messages hit many of them
_WORDS = sorted(
    {w for pats in patterns.PATTERNS.values() for p in pats for w in re.findall(r"[a-z']{3,}", p)}
)
_GLUE = [" ", "  ", ", ", ". ", "! ", "\n", "\t", "\x0b", "\x1c", " not ", " my ", " I ", " the ", "?"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), min_size=1, max_size=14))
def test_same_hits_on_random_messages_made_of_pattern_words(parts):
    text = "".join(w + g for w, g in parts)
    assert patterns.find(text) == _hits_without_prefilter(text)


@pytest.mark.parametrize("text", ["I'm dying to try the new menu, café's great 😀", "naïve question: agent?"])
def test_non_ascii_text_tries_every_label(text):
    assert patterns._PREFILTER.candidates(text) is None
    assert patterns.find(text) == _hits_without_prefilter(text)


def test_a_failed_re2_search_falls_back_to_every_label():
    pf = build({"x": [r"\bcharged\s+twice\b"]})
    assert pf is not None
    assert pf.candidates("I was charged twice") == {"x": [0]}
    pf._match = lambda text: None  # what the binding returns when RE2's DFA runs out of memory
    assert pf.candidates("I was charged twice") is None


def test_a_pattern_re2_cannot_compile_is_always_run():
    pf = build({"x": [r"(a)\1", r"\bb\b"]})  # RE2 has no backreferences
    assert pf is not None
    assert pf.candidates("zzz") == {"x": [0]}
    assert pf.candidates("b") == {"x": [0, 1]}
