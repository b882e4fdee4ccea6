"""Escalation figures of the signal detectors on the check sets (written/split after the detectors were
frozen, never tuned on), and the learned model's run-time transform against scikit-learn's."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warmline.triage.signals import analyse, learned, needs_human
from warmline.triage.signals.evaluation import SignalsTriager, evaluate_escalation, load_escalation

DATA = Path(__file__).parent / "data"


def _figures(name: str) -> dict:
    rows = load_escalation(DATA / f"{name}.jsonl")
    must = [r["label"] == "must_human" for r in rows]
    pred = [needs_human(analyse(r["text"])) for r in rows]
    tp = sum(m and p for m, p in zip(must, pred, strict=True))
    fp = sum((not m) and p for m, p in zip(must, pred, strict=True))
    return {"recall": tp / sum(must), "fer": fp / (len(rows) - sum(must)), "n": len(rows)}


def test_product_check_set_meets_the_targets():
    f = _figures("escalation_check")
    assert f["n"] >= 200
    assert f["recall"] >= 0.90, f
    assert f["fer"] <= 0.10, f


def test_public_check_set_meets_the_targets():
    f = _figures("escalation_public_check")
    assert f["n"] >= 1000
    assert f["recall"] >= 0.97, f
    assert f["fer"] <= 0.05, f


def test_dev_sets_have_the_promised_shape():
    rows = load_escalation(DATA / "escalation_dev.jsonl")
    assert len(rows) >= 300
    share = sum(r["label"] == "must_human" for r in rows) / len(rows)
    assert 0.40 <= share <= 0.60
    covered = {s for r in rows for s in r.get("signals", [])}
    from warmline.triage.result import MOMENTS, VULNERABILITIES

    escalating = (
        {m for m in MOMENTS if not m.startswith("transition.")} | set(VULNERABILITIES) | {"wants_human"}
    )
    assert escalating <= covered, escalating - covered
    dev_texts = {r["text"].lower() for r in rows}
    check = load_escalation(DATA / "escalation_check.jsonl")
    assert not dev_texts & {r["text"].lower() for r in check}
    pub_dev = {r["text"].lower() for r in load_escalation(DATA / "escalation_public_dev.jsonl")}
    pub_check = {r["text"].lower() for r in load_escalation(DATA / "escalation_public_check.jsonl")}
    assert not pub_dev & pub_check


def test_evaluate_escalation_on_the_product_check_set():
    out = evaluate_escalation(DATA / "escalation_check.jsonl", SignalsTriager())
    assert out["n"] == len(load_escalation(DATA / "escalation_check.jsonl"))
    assert out["recall"] >= 0.90
    assert len(out["misses"]) == out["missed_escalations"] + out["false_escalations"]


# ------------------------------------------------------------------------------- run-time transform parity
_ALPHABET = string.ascii_letters + string.digits + " '!?.,-£éü😀\n\t"


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_ngrams_match_scikit_learn(text):
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(ngram_range=(1, 2), token_pattern=r"(?u)\b\w[\w']*\b").build_analyzer()
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    assert learned.word_ngrams(text, (1, 2)) == word(text)
    assert learned.char_wb_ngrams(text, (2, 5)) == char(text)


def test_learned_scores_are_probabilities():
    rng = random.Random(0)
    for _ in range(20):
        text = " ".join(
            rng.choice(["box", "late", "agent", "cancel", "card", "lost", "the", "my"]) for _ in range(6)
        )
        for p, thr in learned.scores(text).values():
            assert 0.0 <= p <= 1.0 and 0.0 < thr < 1.0


@pytest.mark.parametrize("text", ["", " ", "a", "😀"])
def test_learned_handles_empty_features(text):
    assert set(learned.scores(text)) >= {"wants_human", "self_harm"}


def test_blind_sets_share_no_text_with_the_training_data():
    """Apart from a handful of one-liners anyone writes ("agent", "hello", "cancel my account")."""
    train = {r["text"].lower() for r in load_escalation(DATA / "escalation_dev.jsonl")}
    train |= {r["text"].lower() for r in load_escalation(DATA / "escalation_public_dev.jsonl")}
    for name in ("escalation_blind_dev", "escalation_blind_check"):
        blind = {r["text"].lower() for r in load_escalation(DATA / f"{name}.jsonl")}
        assert all(len(text.split()) <= 10 for text in train & blind)
        assert len(train & blind) <= 6
    # since freeze 5 the blind dev set and round 8 are training data too: the check sets stay apart from them
    train |= {r["text"].lower() for r in load_escalation(DATA / "escalation_blind_dev.jsonl")}
    train |= {r["text"].lower() for r in load_escalation(DATA / "escalation_dev_r8.jsonl")}
    # since session 5 blind sets v5-v7 (each measured once while closed, read since) and rounds 9 and 10 too
    for name in ("escalation_blind_v5", "escalation_blind_v6", "escalation_blind_v7", "escalation_dev_r9",
                 "escalation_dev_r10"):
        train |= {r["text"].lower() for r in load_escalation(DATA / f"{name}.jsonl")}
    # (the two blind sets, written independently, share a few one-liners such as "cancel my account")
    for name in ("escalation_blind_check", "escalation_check", "escalation_blind_v8", "escalation_blind_v9",
                 "escalation_blind_v10", "escalation_blind_v11", "escalation_blind_v12",
                 "escalation_blind_v13", "escalation_blind_v14", "escalation_blind_v15",
                 "escalation_dev_r11"):
        blind = {r["text"].lower() for r in load_escalation(DATA / f"{name}.jsonl")}
        shared = train & blind
        # (v6 shares "how do i add my partner as a second user on the account", 13 words, with a dev set)
        assert all(len(text.split()) <= 13 for text in shared), "long text shared with a check set"
        assert len(shared) <= 12, f"{len(shared)} texts shared with {name}"
    # session 7's sets, written from one brief by eight people: a common sentence may come up twice ("I've
    # been charged twice for this week's box, ... instead of ...", "the best way to store the fresh herbs")
    for name in (f"escalation_blind_v{v}" for v in range(16, 30)):
        shared = train & {r["text"].lower() for r in load_escalation(DATA / f"{name}.jsonl")}
        assert sum(len(text.split()) > 13 for text in shared) <= 1, f"long texts shared with {name}"
        assert len(shared) <= 8, f"{len(shared)} texts shared with {name}"


def test_blind_check_set_does_not_regress():
    """Written by someone who never saw the detectors, measured once (freeze 4): recall 0.85, false
    escalation 0.186. Below the product target; this guards against getting worse, it is not the target."""
    f = _figures("escalation_blind_check")
    assert f["recall"] >= 0.84
    assert f["fer"] <= 0.20


def test_blind_v5_set_does_not_regress():
    """Written by someone who never saw the detectors or the other sets; kept closed until freeze 5 was done,
    then measured once: recall 0.967, false escalation 0.117 (with the former language rule, which the
    default verdict no longer has: 0.934 / 0.080). A guard against getting worse, not the target."""
    # (training data of the learned heads since session 5: a guard only)
    f = _figures("escalation_blind_v5")
    assert f["recall"] >= 0.92
    assert f["fer"] <= 0.10


def test_blind_v6_set_does_not_regress():
    """Written like v5 by someone who saw neither the detectors nor the other sets (about 50 of its 135
    routine messages deliberately tricky); measured once after the context changes that followed v5: recall
    0.933, false escalation 0.163, over the 0.10 target. A guard against getting worse, not the target."""
    # (training data of the learned heads since session 5: a guard only)
    f = _figures("escalation_blind_v6")
    assert f["recall"] >= 0.92
    assert f["fer"] <= 0.17


def test_blind_v7_set_does_not_regress():
    """Written like v5 (a neutral brief: about 30 of 135 routine messages with alarming words) by someone who
    saw neither the detectors nor the other sets; measured once at the end of the session: recall 0.927,
    false escalation 0.096. A guard against getting worse."""
    # (training data of the learned heads since session 5: a guard only)
    f = _figures("escalation_blind_v7")
    assert f["recall"] >= 0.91
    assert f["fer"] <= 0.11


def test_blind_v8_set_does_not_regress():
    """Written from a neutral brief (about 35 of 135 routine messages with alarming words, 11 in other
    languages) by someone who saw neither the detectors nor the other sets; measured once, closed, at the
    start of session 4 (after a change that left every triage result identical): recall 0.970, false
    escalation 0.096. A guard against getting worse."""
    f = _figures("escalation_blind_v8")
    assert f["recall"] >= 0.95
    assert f["fer"] <= 0.11


def test_blind_v9_set_does_not_regress():
    """Written from a neutral brief (about 50 of 135 routine messages tricky, 14 in other languages) by
    someone who saw neither the detectors nor the other sets. Two clean measurements in session 5 (full
    pipeline): at the start, recall 0.897 and false escalation 0.178; after retraining the learned heads
    with v5-v7 and rounds 9-10 and the background rules, 0.921 / 0.178. Read since, its misses fixed: a
    guard, not a clean figure. Not training data."""
    f = _figures("escalation_blind_v9")
    assert f["recall"] >= 0.97
    assert f["fer"] <= 0.11


def test_blind_v10_set_does_not_regress():
    """Written like v9 from a neutral brief (about 35 tricky routine messages, 14 in other languages) by
    someone who saw neither the detectors nor the other sets; measured once, closed, in session 5 (full
    pipeline): recall 0.927, false escalation 0.081, within the target (the previous landing's code on the
    same set: 0.891 / 0.148). Read since, its misses fixed: a guard. Not training data."""
    f = _figures("escalation_blind_v10")
    assert f["recall"] >= 0.97
    assert f["fer"] <= 0.10


def test_blind_v11_set_does_not_regress():
    """Written like v10 (about 35 tricky routine messages, 12 in other languages) by someone who saw neither
    the detectors nor the other sets; measured once, closed, at the end of session 5 (full pipeline): recall
    0.970, false escalation 0.081 (the session's starting code: 0.933 / 0.148). Measured again after the
    session 6 changes: 0.970 / 0.074. Its misses have still not been read (a stray command showed its first
    three rows in session 6); after two measurements it is a guard more than a blind figure."""
    f = _figures("escalation_blind_v11")
    assert f["recall"] >= 0.95
    assert f["fer"] <= 0.10


def test_blind_v12_set_does_not_regress():
    """Written from a neutral brief (78 of 135 routine messages tricky, 13 in other languages) by someone who
    saw neither the detectors nor the other sets; measured once, closed, at the start of session 6 (full
    pipeline): recall 0.915, false escalation 0.156, over the 0.10 target. Read since, its kinds of error
    fixed: a guard, not a clean figure. Not training data."""
    f = _figures("escalation_blind_v12")
    assert f["recall"] >= 0.97
    assert f["fer"] <= 0.08


def test_dev_round_11_does_not_regress():
    """Written in session 6 after reading v12: ten messages for each of twelve kinds of escalation and twelve
    kinds of tricky routine message (6 in other languages each side). Development data, deliberately hard on
    the routine side: at the start of the session 0.850 / 0.367. Not training data (a retrain with it was
    tried in session 6 and reverted, docs/triage-signals.md)."""
    f = _figures("escalation_dev_r11")
    assert f["recall"] >= 0.97
    assert f["fer"] <= 0.16


def test_blind_v13_set_does_not_regress():
    """Written from a neutral brief (73 of 135 routine messages tricky, 13 in other languages) by someone who
    saw neither the detectors nor the other sets. Two clean measurements in session 6 (full pipeline): 0.909 /
    0.163 on the code after v12's fixes, 0.945 / 0.170 with learned heads retrained on v9, v10, v12 and round
    11 (a retrain reverted since). Read since, its kinds of error fixed: a guard. Not training data."""
    f = _figures("escalation_blind_v13")
    assert f["recall"] >= 0.95
    assert f["fer"] <= 0.09


def test_blind_v14_set_does_not_regress():
    """Written from a neutral brief (67 of 135 routine messages tricky, 12 in other languages) by someone who
    saw neither the detectors nor the other sets. Measured closed in session 6 (full pipeline): 0.976 / 0.141
    on learned heads retrained that session (reverted since), 0.958 / 0.111 after the revert. Read since, its
    kinds of error fixed: a guard. Not training data."""
    f = _figures("escalation_blind_v14")
    assert f["recall"] >= 0.97
    # 0.06 until session 9: the learned heads retrained then with the other businesses' sets read some of its
    # routine messages as a cancellation (an add-on) or a lost card (replaced long ago): 0.074
    assert f["fer"] <= 0.08


def test_blind_v15_set_does_not_regress():
    """Written from the same neutral brief as v14 by someone who saw neither the detectors nor the other sets;
    measured once, closed, at the end of session 6 (full pipeline): recall 0.964, false escalation 0.163 (the
    session's starting code on it: 0.952 / 0.185). NOT read: keep it closed for the next clean figure (a
    loose floor, computed without looking at a row)."""
    f = _figures("escalation_blind_v15")
    assert f["recall"] >= 0.95
    assert f["fer"] <= 0.19


# Session 7: eight more sets from one neutral brief (165 must-human, 135 routine, about 10 in other languages;
# "half" or "a quarter" of the routine messages tricky), each written by someone who saw neither the detectors
# nor the other sets. Figures: full pipeline, `warmline eval escalation`; the floors below use the detectors
# alone, as every test in this file does. Read sets had their kinds of error fixed (`test_blind_v16_kinds` and
# on, in tests/test_signals.py): they are guards. Closed sets were never read: loose floors, set from figures.
_SESSION_7_SETS = {
    # name: (recall floor, false-escalation ceiling)
    # v16 (half tricky), read: 0.909 / 0.081 on the session's starting code
    "escalation_blind_v16": (0.98, 0.03),
    # v18 (half), read: 0.939 / 0.163 at the start, 0.945 / 0.156 after v16's fixes
    "escalation_blind_v18": (0.98, 0.03),
    # v19 (a quarter), read: 0.939 / 0.074 at the start and after v16's and v18's fixes
    "escalation_blind_v19": (0.98, 0.03),
    # v20 (half), read: 0.970 / 0.133 at the start, 0.976 / 0.111 after the v16-v19 fixes
    "escalation_blind_v20": (0.98, 0.03),
    # v17 (a quarter), closed: 0.945 / 0.052 at the start, 0.958 / 0.022 at the end (measured five times)
    "escalation_blind_v17": (0.93, 0.06),
    # v21 (a quarter), closed: 0.952 / 0.081 at the start, 0.952 / 0.059 at the end
    "escalation_blind_v21": (0.93, 0.09),
    # v22 (half), read: 0.970 / 0.141 at the start, 0.982 / 0.126 after the v16-v20 fixes
    "escalation_blind_v22": (0.98, 0.03),
    # v23 (a quarter), closed: 0.952 / 0.089 at the start, 0.958 / 0.067 after v20's fixes, 0.958 / 0.074 at
    # the end
    "escalation_blind_v23": (0.93, 0.10),
    # v24 (half), read: 0.939 / 0.141 at the start, 0.945 / 0.104 after the v16-v22 fixes
    "escalation_blind_v24": (0.98, 0.03),
    # v25 (a quarter), closed: 0.976 / 0.089 at the start, 0.976 / 0.059 at the end
    "escalation_blind_v25": (0.95, 0.09),
    # v26 (half), read: 0.915 / 0.133 at the start, 0.921 / 0.126 after the v16-v24 fixes
    "escalation_blind_v26": (0.98, 0.03),
    # v27 (a quarter), closed: 0.976 / 0.081 at the start, 0.964-0.970 / 0.074-0.081 during the session,
    # 0.976 / 0.074 at the end (two of its rows' context markers were looked at, not their text, to find two
    # markers broadened too far)
    "escalation_blind_v27": (0.95, 0.10),
    # v28 (half) and v29 (a quarter), written last, never read: on the session's starting code 0.982 / 0.119
    # and 0.958 / 0.052; on its final code 0.982 / 0.089 and 0.976 / 0.037
    "escalation_blind_v28": (0.95, 0.12),
    "escalation_blind_v29": (0.95, 0.07),
}


# Session 8: twenty-four more from a brief rewritten to the same description (docs/triage-blind-brief.md),
# each by someone who saw neither the detectors nor the other sets. v30 and v31 were read and their kinds
# fixed, then v34 and v35, v38 and v39, v42 and v43, v44 and v46 (tests/triage/test_signals_blind_kinds.py);
# v32, v33, v36, v37, v40, v41, v45, v47-v53 stay closed. Figures in the comments: full pipeline; every
# round's figures are in docs/triage-signals.md.
_SESSION_8_SETS = {
    # v30 (half tricky), read: 0.964 / 0.126 at the session's start
    "escalation_blind_v30": (0.98, 0.03),
    # v31 (a quarter), read: 0.915 / 0.074 at the start
    "escalation_blind_v31": (0.98, 0.03),
    # v32 (half) and v33 (a quarter), closed: 0.933 / 0.126 and 0.933 / 0.074 at the start, 0.939 / 0.119 and
    # 0.939 / 0.067 after round 1 (v30, v31), 0.945 / 0.111 and 0.945 / 0.067 after round 2 (v34, v35),
    # 0.952 / 0.111 and 0.945 / 0.067 after round 3 (v38, v39)
    "escalation_blind_v32": (0.92, 0.14),
    "escalation_blind_v33": (0.92, 0.09),
    # v34 (half), read in round 2: 0.933 / 0.133 at the start, 0.933 / 0.119 after round 1
    "escalation_blind_v34": (0.98, 0.03),
    # v35 (a quarter), read in round 2: 0.909 / 0.067 at the start, 0.915 / 0.052 after round 1
    "escalation_blind_v35": (0.98, 0.03),
    # v36 (half) and v37 (a quarter), closed (one v36 row seen, see docs/triage-signals.md): 0.939 / 0.104 and
    # 0.976 / 0.044 at the start, 0.939 / 0.074 and 0.976 / 0.030 after round 1, 0.939 / 0.067 and 0.976 /
    # 0.022 after round 2, 0.939 / 0.059 and 0.976 / 0.022 after round 3
    "escalation_blind_v36": (0.92, 0.10),
    "escalation_blind_v37": (0.95, 0.06),
    # v38 (half) and v39 (a quarter), written after round 2, read in round 3: 0.945 / 0.111 and 0.933 / 0.067
    # on the session's starting code, 0.958 / 0.096 and 0.952 / 0.052 after round 2
    # (session 9: 0.04, one row more since the learned heads were retrained with other businesses' sets)
    "escalation_blind_v38": (0.98, 0.04),
    "escalation_blind_v39": (0.98, 0.03),
    # v40 (half) and v41 (a quarter), written after round 2, closed: 0.939 / 0.133 and 0.958 / 0.067 on the
    # starting code, 0.945 / 0.081 and 0.964 / 0.044 after round 2, 0.945 / 0.074 and 0.964 / 0.044 after
    # round 3
    "escalation_blind_v40": (0.92, 0.10),
    "escalation_blind_v41": (0.94, 0.07),
    # v42 (half) and v43 (a quarter), written after round 3, read in round 4: 0.952 / 0.104 and 0.921 / 0.081
    # on the starting code, 0.964 / 0.074 and 0.933 / 0.052 after round 3
    "escalation_blind_v42": (0.98, 0.03),
    "escalation_blind_v43": (0.98, 0.03),
    # v44 (half), written after round 3: 0.927 / 0.133 on the starting code, 0.933 / 0.119 after rounds 3
    # and 4; read in round 5. v45 (a quarter), closed: 0.945 / 0.074, 0.952 / 0.067 after round 3, 0.952 /
    # 0.059 after round 4
    "escalation_blind_v44": (0.98, 0.03),
    "escalation_blind_v45": (0.93, 0.08),
    # v46-v49 (half, a quarter, half, a quarter), written after round 4: on the starting code 0.933 / 0.133,
    # 0.927 / 0.059, 0.964 / 0.148, 0.970 / 0.067; after round 4 0.933 / 0.104, 0.945 / 0.037, 0.982 / 0.096,
    # 0.982 / 0.044. v46 was then read in round 5; v47-v49 stay closed (v48 0.982 / 0.089 after round 5)
    "escalation_blind_v46": (0.98, 0.03),
    "escalation_blind_v47": (0.92, 0.06),
    "escalation_blind_v48": (0.96, 0.12),
    "escalation_blind_v49": (0.96, 0.07),
    # v50-v53 (half, a quarter, half, a quarter), written during round 5 and never read: on the starting code
    # 0.915 / 0.089, 0.939 / 0.067, 0.933 / 0.104, 0.933 / 0.052; on the session's final code 0.927 / 0.052,
    # 0.964 / 0.037, 0.945 / 0.059, 0.939 / 0.037 (loose floors, set from figures without reading a row)
    "escalation_blind_v50": (0.90, 0.09),
    "escalation_blind_v51": (0.94, 0.07),
    "escalation_blind_v52": (0.92, 0.09),
    "escalation_blind_v53": (0.92, 0.07),
}


#: session 9: the first sets written for other businesses (docs/triage-blind-brief.md); detectors alone,
#: final code
_SESSION_9_SETS = {
    # read, and training data of the learned heads since: v54 (phone network, half tricky), v55 (bank, a
    # quarter), v56 (project software, half), v59 (airline, a quarter) in round 1; v58 (retailer, half) and
    # v60 (insurer, half) in round 2; v62 (streaming, half), v64 (car rental, half), v66 (lettings, half) in
    # round 3. First figures (full pipeline, session start): 0.830 / 0.096, 0.867 / 0.096, 0.873 / 0.207,
    # 0.842 / 0.067, 0.915 / 0.111, 0.921 / 0.230, 0.848 / 0.133, 0.848 / 0.148, 0.861 / 0.185
    "escalation_blind_v54": (0.98, 0.03),
    "escalation_blind_v55": (0.98, 0.05),
    "escalation_blind_v56": (0.98, 0.03),
    "escalation_blind_v59": (0.98, 0.03),
    "escalation_blind_v58": (0.98, 0.05),
    "escalation_blind_v60": (0.98, 0.10),
    "escalation_blind_v62": (0.98, 0.05),
    "escalation_blind_v64": (0.98, 0.05),
    "escalation_blind_v66": (0.98, 0.05),
    # unread (their figures were seen after each step): v57 (energy, a quarter), v61 (delivery app, a
    # quarter), v63 (gyms), v65 (clinics), v67 (e-learning), v69 (hotels), all a quarter; v68 (pharmacy, half)
    "escalation_blind_v57": (0.92, 0.05),
    "escalation_blind_v61": (0.90, 0.05),
    "escalation_blind_v63": (0.90, 0.09),
    "escalation_blind_v65": (0.94, 0.14),
    "escalation_blind_v67": (0.93, 0.10),
    "escalation_blind_v68": (0.94, 0.10),
    "escalation_blind_v69": (0.94, 0.12),
    # batch 3 (courier, ticketing, mortgages, home security, web hosting, vets, games, solar; even = half
    # tricky), measured once after round 3: session start 0.867 / 0.244, 0.842 / 0.052, 0.842 / 0.178, 0.879 /
    # 0.126, 0.903 / 0.133, 0.879 / 0.052, 0.921 / 0.119, 0.879 / 0.059. v70 and v72 read in round 4
    "escalation_blind_v70": (0.91, 0.12),
    "escalation_blind_v71": (0.91, 0.06),
    "escalation_blind_v72": (0.90, 0.11),
    "escalation_blind_v73": (0.92, 0.14),
    "escalation_blind_v74": (0.95, 0.12),
    "escalation_blind_v75": (0.91, 0.10),
    "escalation_blind_v76": (0.94, 0.11),
    "escalation_blind_v77": (0.92, 0.07),
    # batch 4, measured once on the final code, never read (rail, home care, used cars, pet food, business
    # telecom, library app, dry cleaning, credit union): session start 0.867 / 0.111, 0.915 / 0.267, 0.830 /
    # 0.119, 0.915 / 0.044, 0.885 / 0.148, 0.842 / 0.104, 0.855 / 0.178, 0.830 / 0.074
    "escalation_blind_v78": (0.91, 0.10),
    "escalation_blind_v79": (0.94, 0.30),
    "escalation_blind_v80": (0.90, 0.09),
    "escalation_blind_v81": (0.91, 0.06),
    "escalation_blind_v82": (0.92, 0.18),
    "escalation_blind_v83": (0.91, 0.09),
    "escalation_blind_v84": (0.94, 0.17),
    "escalation_blind_v85": (0.90, 0.09),
}


@pytest.mark.parametrize("name", sorted(_SESSION_7_SETS | _SESSION_8_SETS | _SESSION_9_SETS))
def test_session_7_to_9_blind_sets_do_not_regress(name):
    recall_floor, fer_ceiling = (_SESSION_7_SETS | _SESSION_8_SETS | _SESSION_9_SETS)[name]
    f = _figures(name)
    assert f["n"] == 300
    assert f["recall"] >= recall_floor, f
    assert f["fer"] <= fer_ceiling, f


def test_learned_scores_of_a_batch_equal_one_by_one():
    # the pipeline scores whole chunks, reusing its own char n-grams: same numbers as one message at a time
    from warmline.triage.embeddings import embed

    texts = [
        "My mum passed away last week and the direct debit is still going out",
        "",
        "where is my box???",
        "I can't cope any more, I just want it all to stop",
        "x" * 2500 + " agent please",
        "😀",
    ]
    emb = embed(texts)
    chars = [learned.char_wb_ngrams(t[:4000], (2, 5)) if len(t) <= 2000 else None for t in texts]
    for shared in (None, chars):
        batch = learned.scores_batch(texts, emb, shared)
        for text, e, got in zip(texts, emb, batch, strict=True):
            one = learned.scores(text, e)
            assert got.keys() == one.keys()
            for label, (p, thr) in one.items():
                assert got[label][1] == thr
                assert abs(got[label][0] - p) < 1e-6
