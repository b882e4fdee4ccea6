"""The learned half of triage: shipped models, result shape, determinism, bad input, workspace intent models,
training-file errors. Fast: the shipped models load once per session; only tiny models are trained here."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from tests.triage.pizza import PIZZA, pizza_rows
from warmline.triage import (
    CORE_EMOTIONS,
    Reason,
    TriageResult,
    Turn,
    load_default_triager,
    train_intent_model,
)
from warmline.triage.emotions import LABELS as EMOTION_LABELS
from warmline.triage.intents import OOS, IntentModel, NeighbourVote
from warmline.triage.pipeline import _policy, load_triager
from warmline.triage.signals import FRUSTRATION_THRESHOLD, SignalReport
from warmline.triage.training import (
    IntentTrainingConfig,
    TrainingDataError,
    choose_threshold,
    choose_vote_weight,
    read_labelled,
)


@pytest.fixture(scope="session")
def triager():
    return load_default_triager()


@pytest.fixture(scope="session")
def pizza_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = pizza_rows()
    model = train_intent_model([t for t, _ in rows], [lab for _, lab in rows])
    out = tmp_path_factory.mktemp("pizza")
    model.save(out)
    return out


# -- result shape
def test_result_shape_and_ranges(triager):
    r = triager.triage("I was charged twice for my order and I want a refund")
    assert isinstance(r, TriageResult)
    assert set(r.emotions) == set(EMOTION_LABELS)
    assert len(r.emotions) == 28
    assert set(CORE_EMOTIONS) <= set(r.emotions)
    assert all(0.0 <= v <= 1.0 for v in r.emotions.values())
    assert -1.0 <= r.sentiment <= 1.0
    assert 0.0 <= r.intent_confidence <= 1.0
    assert r.model_version.startswith("triage-default:")
    assert r.intent is not None and not r.out_of_scope
    # the JSON the CLI prints round-trips
    assert TriageResult.model_validate_json(r.model_dump_json()) == r


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I am still waiting on my card, it has been two weeks", {"card_arrival"}),
        ("how do I cancel my order", {"cancel_order"}),
        ("I forgot my password and can't log in", {"recover_password", "passcode_forgotten"}),
        ("I need a quote for insurance on my new car", {"GetQuote"}),
        ("I want to speak to a human", {"contact_human_agent"}),
    ],
)
def test_default_intents_on_plain_requests(triager, text, expected):
    r = triager.triage(text)
    assert r.intent in expected, (r.intent, r.intent_confidence)


def test_sentiment_and_emotions_point_the_right_way(triager):
    happy = triager.triage("Thank you so much, you have been incredibly helpful, I love this!")
    angry = triager.triage("This is absolutely ridiculous, I am furious, worst service ever")
    assert happy.sentiment > 0.3
    assert angry.sentiment < -0.3
    assert happy.emotions["gratitude"] > angry.emotions["gratitude"]
    assert (
        angry.emotions["anger"] + angry.emotions["annoyance"]
        > happy.emotions["anger"] + happy.emotions["annoyance"]
    )


@pytest.mark.parametrize(
    "text",
    ["asdkjh qwpoeiru zxmcnv", "what is the boiling point of mercury", "play the next song on my playlist"],
)
def test_out_of_scope_instead_of_a_confident_guess(triager, text):
    r = triager.triage(text)
    assert r.out_of_scope is True
    assert r.intent is None


# -- determinism
def test_deterministic_and_batch_matches_single(triager):
    texts = ["where is my parcel?", "I want to close my account", "hello", "my card was stolen yesterday"]
    a = [triager.triage(t) for t in texts]
    b = [triager.triage(t) for t in texts]
    assert [x.model_dump() for x in a] == [x.model_dump() for x in b]
    batch = triager.triage_batch(texts)
    assert len(batch) == len(texts)
    for single, batched in zip(a, batch, strict=True):
        assert single.intent == batched.intent
        assert single.out_of_scope == batched.out_of_scope
        # int8 dynamic quantisation scales activations per batch: scores may move in the 3rd decimal
        for k in single.emotions:
            assert math.isclose(single.emotions[k], batched.emotions[k], abs_tol=5e-2)
    assert [x.model_dump() for x in triager.triage_batch(texts)] == [x.model_dump() for x in batch]
    assert triager.triage_batch([]) == []


def test_previous_turns_accepted(triager):
    turns = [
        Turn(author="customer", text="my order never came"),
        Turn(author="bot", text="Sorry!", bot_failed=True),
    ]
    r = triager.triage("still nothing", previous_turns=turns)
    assert isinstance(r, TriageResult)
    r2 = triager.triage_batch(["still nothing"], previous_turns=[turns])[0]
    assert r2.intent == r.intent
    with pytest.raises(ValueError):
        triager.triage_batch(["a", "b"], previous_turns=[turns])


# -- bad input
BAD_INPUTS = [
    "",
    "   \n\t ",
    "a" * 100_000,
    "refund please " * 8000,
    bytes(range(256)).decode("latin-1"),
    "\x00\x01\x02 \ud800 junk \udfff",
    "😡😡😡🔥",
    "👍",
    "Hello Привет 你好 مرحبا こんにちは refund",
    "\u202e\u200b\u200d",
]


@pytest.mark.parametrize("text", BAD_INPUTS, ids=range(len(BAD_INPUTS)))
def test_bad_input_gives_a_valid_result(triager, text):
    r = triager.triage(text)
    assert isinstance(r, TriageResult)
    assert -1.0 <= r.sentiment <= 1.0
    assert len(r.emotions) == 28
    assert all(np.isfinite(v) for v in r.emotions.values())
    json.loads(r.model_dump_json())


@pytest.mark.parametrize("text", ["", "😡😡😡🔥", "\x00\x01"])
def test_no_words_means_no_intent(triager, text):
    r = triager.triage(text)
    assert r.intent is None and r.out_of_scope is True


def test_batch_of_bad_inputs(triager):
    results = triager.triage_batch(BAD_INPUTS)
    assert len(results) == len(BAD_INPUTS)


# -- escalation policy (the pipeline's part: needs_human + one reason per trigger)
def _Report(**kw):  # noqa: N802
    return SignalReport(**kw)


@pytest.mark.parametrize(
    ("report", "label"),
    [
        (_Report(wants_human=True), "wants_human"),
        (_Report(moments=["crisis.outage"]), "crisis.outage"),
        (_Report(moments=["high_stakes.cancellation"]), "high_stakes.cancellation"),
        (_Report(moments=["complaint"]), "complaint"),
        (_Report(vulnerability=["bereavement"]), "vulnerability.bereavement"),
        (_Report(frustration=FRUSTRATION_THRESHOLD), "frustration"),
    ],
)
def test_policy_escalates_with_a_reason(report, label):
    needs, reasons = _policy(report)
    assert needs is True
    assert label in [r.label for r in reasons if r.detector == "policy"]


def test_policy_keeps_evidence_and_routine_stays_automated():
    ev = Reason(detector="vulnerability", label="bereavement", score=0.9, evidence=["passed away"])
    needs, reasons = _policy(_Report(vulnerability=["bereavement"], reasons=[ev]))
    assert needs and ev in reasons
    policy = [r for r in reasons if r.detector == "policy"][0]
    assert policy.evidence == ["passed away"] and policy.score == 0.9
    needs, reasons = _policy(_Report(moments=["transition.onboarding"], frustration=0.69))
    assert needs is False and reasons == []


# -- workspace intent models
def test_workspace_model_overrides_default_intents(pizza_model_dir, triager):
    ws = load_triager(pizza_model_dir)
    assert ws is load_triager(pizza_model_dir)  # cached
    assert ws.emotion_model is triager.emotion_model  # shares the heavy parts
    assert ws.triage("can I order a large pepperoni pizza").intent == "order_pizza"
    assert ws.triage("my pizza still hasn't arrived, where is the driver").intent == "delivery_status"
    assert ws.triage("are you open on monday evening").intent == "opening_hours"
    assert triager.triage("can I order a large pepperoni pizza").intent != "order_pizza"
    assert ws.model_version.startswith("triage-workspace:")


def test_workspace_model_rejects_out_of_scope(pizza_model_dir):
    ws = load_triager(pizza_model_dir)
    r = ws.triage("what is the exchange rate from euros to yen")
    assert r.out_of_scope and r.intent is None


def test_model_save_load_roundtrip(pizza_model_dir):
    m = IntentModel.load(pizza_model_dir)
    assert set(m.intents) == set(PIZZA)
    assert 0.0 <= m.threshold <= 0.9
    texts = ["where is my pizza"]
    from warmline.triage.embeddings import embed

    p1 = m.proba(texts, embed(texts))
    p2 = IntentModel.load(pizza_model_dir).proba(texts, embed(texts))
    assert np.allclose(p1, p2)
    assert np.isclose(p1.sum(), 1.0, atol=1e-4)


def test_saved_model_keeps_its_neighbour_vote(pizza_model_dir, tmp_path):
    from warmline.triage.embeddings import embed

    m = IntentModel.load(pizza_model_dir)
    rows = pizza_rows()
    m.neighbours = NeighbourVote(
        embed([t for t, _ in rows]), np.array([m.classes.index(lab) for _, lab in rows]), weight=0.2
    )
    m.save(tmp_path)
    back = IntentModel.load(tmp_path)
    assert back.neighbours is not None and back.neighbours.weight == 0.2 and back.neighbours.k == 10
    assert np.array_equal(back.neighbours.labels, m.neighbours.labels)
    texts = ["where is my pizza", "what time do you close"]
    assert np.allclose(back.proba(texts, embed(texts)), m.proba(texts, embed(texts)), atol=1e-3)


def test_training_keeps_the_vote_only_when_the_dev_split_says_it_helps():
    # no `oos` rows: the shipped background set joins as `oos`, and the dev split is large enough to choose on
    rows = [(t, lab) for t, lab in pizza_rows() if lab != OOS]
    model = train_intent_model([t for t, _ in rows], [lab for _, lab in rows])
    by_weight = model.meta["dev_accuracy_by_vote_weight"]
    assert set(by_weight) == {"0", "0.1", "0.2", "0.3"}
    chosen = model.meta["neighbour_weight"]
    assert by_weight[f"{chosen:g}"] == max(by_weight.values())
    assert (model.neighbours is not None) == (chosen > 0)
    if model.neighbours is not None:
        assert model.neighbours.weight == chosen
        assert model.neighbours.memory.shape[0] == model.meta["n_train"] + model.meta["n_background_oos"]


def test_vote_weight_is_the_most_accurate_share_and_the_smaller_on_a_tie():
    classes = ["a", "b", OOS]
    linear = np.array([[0.6, 0.4, 0.0], [0.6, 0.4, 0.0], [0.1, 0.1, 0.8]])
    vote = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    # the first message is "b": only a vote of 0.2 or more gets it right, and none loses the others
    weight, by_weight = choose_vote_weight(linear, vote, ["b", "a", OOS], classes, (0.0, 0.1, 0.2, 0.3))
    assert weight == 0.2 and by_weight == {"0": 0.6667, "0.1": 0.6667, "0.2": 1.0, "0.3": 1.0}
    weight, _ = choose_vote_weight(linear, vote, ["a", "a", OOS], classes, (0.0, 0.3))
    assert weight == 0.0


def test_a_model_saved_before_the_vote_still_loads(pizza_model_dir, tmp_path):
    import joblib

    data = joblib.load(pizza_model_dir / "intents.joblib")
    data.pop("neighbours")
    data["format"] = 2
    joblib.dump(data, tmp_path / "intents.joblib")
    old = IntentModel.load(tmp_path)
    assert old.neighbours is None
    texts = ["where is my pizza"]
    from warmline.triage.embeddings import embed

    p = old.proba(texts, embed(texts))
    assert np.isclose(p.sum(), 1.0, atol=1e-4)


def _unit(rows: list[list[float]]) -> np.ndarray:
    a = np.array(rows, dtype=np.float32)
    return a / np.linalg.norm(a, axis=1, keepdims=True)


def test_neighbour_vote_weighs_the_nearest_messages():
    memory = _unit([[1, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0, 0.9, 0.1], [0, 0, 1]])
    vote = NeighbourVote(memory, np.array([0, 0, 1, 1, 2]), k=3, temperature=0.05, weight=0.3)
    p = vote.proba(_unit([[1, 0.05, 0], [0, 0, 1]]), 3)
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5)
    assert p[0].argmax() == 0 and p[0, 0] > 0.99  # its two nearest are class 0, the third far away
    assert p[1].argmax() == 2
    only_one = NeighbourVote(memory, np.array([0, 0, 1, 1, 2]), k=1).proba(memory[2:3], 3)
    assert only_one.tolist() == [[0.0, 1.0, 0.0]]


def test_neighbour_vote_blends_by_its_weight():
    memory = _unit([[1, 0], [0, 1]])
    vote = NeighbourVote(memory, np.array([0, 1]), k=1, weight=0.25)
    linear = np.array([[0.2, 0.8]], dtype=np.float32)
    blended = vote.blend(linear, memory[:1])
    assert np.allclose(blended, [[0.75 * 0.2 + 0.25, 0.75 * 0.8]])
    assert vote.proba(np.zeros((0, 2), dtype=np.float32), 2).shape == (0, 2)
    with pytest.raises(ValueError):
        NeighbourVote(memory, np.array([0]))


def test_training_without_the_vote():
    rows = pizza_rows()
    cfg = IntentTrainingConfig(neighbour_weights=(0.0,))
    assert train_intent_model([t for t, _ in rows], [lab for _, lab in rows], config=cfg).neighbours is None


def test_training_is_deterministic():
    rows = pizza_rows()
    a = train_intent_model([t for t, _ in rows], [lab for _, lab in rows])
    b = train_intent_model([t for t, _ in rows], [lab for _, lab in rows])
    assert a.classes == b.classes and a.threshold == b.threshold
    assert np.array_equal(a.w_tfidf, b.w_tfidf) and np.array_equal(a.w_emb, b.w_emb)


def test_embeddings_are_normalised():
    from warmline.triage.embeddings import embed

    v = embed(["hello there", "", "a much longer sentence about a refund for a broken kettle"])
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-3)
    same = embed(["where is my parcel", "where is my package", "what is the weather"])
    assert same[0] @ same[1] > same[0] @ same[2]


def test_threshold_respects_the_rejection_budget():
    classes = ["a", "b", OOS]
    proba = np.array([[0.9, 0.05, 0.05], [0.5, 0.4, 0.1], [0.35, 0.3, 0.35], [0.3, 0.3, 0.4]])
    t, stats = choose_threshold(proba, ["a", "a", OOS, OOS], classes, budget=0.0)
    assert t <= 0.5  # rejecting the correct 0.5-confidence row would cost in-scope accuracy
    assert stats["dev_in_scope_accuracy"] == 1.0


def test_threshold_with_a_rejection_cap_refuses_at_most_that_share_of_in_scope_messages():
    classes = ["a", "b", OOS]
    rng = np.random.default_rng(0)
    conf = rng.uniform(0.4, 1.0, 200)
    proba = np.stack([conf, (1 - conf) / 2, (1 - conf) / 2], axis=1)
    y = ["a"] * 200
    t, _ = choose_threshold(proba, y, classes, max_rejected=0.05)
    assert 0.4 < t < 0.5  # the 5% quantile of uniform(0.4, 1.0) is 0.43
    assert (conf < t).mean() <= 0.05
    assert (conf < t + 0.01).mean() > 0.05  # the highest such threshold
    # the background class refusing more than the cap by itself: no threshold on top
    proba_bg = proba.copy()
    proba_bg[:20] = [0.1, 0.1, 0.8]
    assert choose_threshold(proba_bg, y, classes, max_rejected=0.05)[0] == 0.0


def test_threshold_needs_exactly_one_rule():
    proba = np.array([[0.9, 0.05, 0.05]])
    with pytest.raises(ValueError, match="exactly one rule"):
        choose_threshold(proba, ["a"], ["a", "b", OOS])
    with pytest.raises(ValueError, match="exactly one rule"):
        choose_threshold(proba, ["a"], ["a", "b", OOS], budget=0.0, max_rejected=0.05)


# -- training files
def test_read_labelled_accepts_csv_and_jsonl_field_names(tmp_path):
    csv_path = tmp_path / "d.csv"
    csv_path.write_text("utterance,category\nhello there,greet\nbye now,leave\n")
    assert read_labelled(csv_path) == (["hello there", "bye now"], ["greet", "leave"])
    jl = tmp_path / "d.jsonl"
    jl.write_text('{"text": "hi", "intent": "greet"}\n\n{"text": "ciao", "intent": "leave"}\n')
    assert read_labelled(jl) == (["hi", "ciao"], ["greet", "leave"])


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("a.csv", "text,label\nhello,greet\nbye,\n", ["row 2", "'label'"]),
        ("b.csv", "text,label\nhello,greet\n,leave\n", ["row 2", "'text'"]),
        ("c.csv", "words,label\nhello,greet\n", ["text column"]),
        ("d.csv", "text,tag\nhello,greet\n", ["label column"]),
        ("e.jsonl", '{"text": "hi", "label": "a"}\n{"text": "yo", "label": "b"\n', ["row 2", "JSON"]),
        ("f.jsonl", '{"text": "hi", "label": "a"}\n{"text": 5, "label": "b"}\n', ["row 2", "'text'"]),
        ("g.jsonl", '{"text": "hi", "label": "a"}\n[1, 2]\n', ["row 2"]),
        ("h.csv", "text,label\nhello,greet,extra\n", ["row 1"]),
        ("i.csv", "", ["empty"]),
    ],
)
def test_malformed_training_file_names_row_and_column(tmp_path, name, content, needle):
    p = tmp_path / name
    p.write_text(content)
    with pytest.raises(TrainingDataError) as err:
        read_labelled(p)
    for n in needle:
        assert n in str(err.value)


def test_non_utf8_training_file(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_bytes(b"text,label\nhello,greet\n\xff\xfe,x\n")
    with pytest.raises(TrainingDataError, match="line 3"):
        read_labelled(p)


def test_training_needs_two_classes():
    with pytest.raises(TrainingDataError):
        train_intent_model(["a", "b"], ["x", "x"], use_background=False)


def test_large_batch_keeps_input_order(triager):
    from warmline.triage.pipeline import PIPELINE_CHUNK

    base = ["I lost my card", "how do I cancel my order", "what's the weather today", "I want a refund now"]
    texts = [f"{base[i % 4]}{' please' * (i % 7)}" for i in range(PIPELINE_CHUNK * 2 + 5)]
    batch = triager.triage_batch(texts)
    assert len(batch) == len(texts)
    for text, res in zip(texts, batch, strict=True):
        assert res.intent == triager.triage(text).intent


@pytest.mark.parametrize(
    "text", ["Hola, necesito cancelar mi pedido por favor", "Bonjour, je voudrais annuler ma commande"]
)
def test_non_english_is_flagged_not_guessed(triager, text):
    r = triager.triage(text)
    assert r.language != "en"
    assert r.intent is None and r.out_of_scope is True
    # flagged with the words that told the language; the workspace policy decides who answers it
    assert [x.label for x in r.reasons if x.detector == "language"] == [r.language]
    assert not any(x.label.startswith("language.") for x in r.reasons)


def test_text_without_a_language_is_not_escalated_for_it(triager):
    r = triager.triage("👍")
    assert r.language == "und"
    assert not any(x.label.startswith("language.") for x in r.reasons)


def test_self_harm_always_needs_a_human(triager):
    r = triager.triage("I want to kill myself")
    assert "self_harm" in r.vulnerability
    assert r.needs_human is True
    assert "vulnerability.self_harm" in [x.label for x in r.reasons if x.detector == "policy"]


def test_batch_restores_blas_threads_and_keeps_contexts(triager):
    from threadpoolctl import threadpool_info

    from warmline.triage.pipeline import PIPELINE_CHUNK

    def blas_threads():
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    before = blas_threads()
    texts = [f"this is the third time I ask, still nothing {i}" for i in range(PIPELINE_CHUNK + 3)]
    repeat = [{"author": "customer", "text": "where is my refund??"}] * 3
    turns = [repeat if i % 2 else [] for i in range(len(texts))]
    batch = triager.triage_batch(texts, previous_turns=turns)
    assert blas_threads() == before  # the one-thread limit is lifted when the last triage call ends
    # the same chunks without context: each message's own turns went with it (scores are per-chunk exact)
    plain = triager.triage_batch(texts)
    for i, (res, ref) in enumerate(zip(batch, plain, strict=True)):
        if i % 2:
            assert res.frustration > ref.frustration
        else:
            assert res.frustration == ref.frustration


def test_serving_never_imports_scikit_learn():
    import subprocess
    import sys

    code = (
        "import sys; import warmline.app; from warmline.triage import load_default_triager;"
        "t = load_default_triager(); t.warm_up(); t.triage('I was charged twice');"
        "assert 'sklearn' not in sys.modules, 'sklearn imported'"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]


def test_warm_up_loads_what_only_other_languages_need():
    # a fresh process: the language identifier and the non-ASCII pattern gates load lazily, and warm_up must
    # load them (in the background when asked) so that the first French customer does not wait a second
    import subprocess
    import sys

    code = (
        "import time; from warmline.triage import load_default_triager;"
        "from warmline.triage.signals import language, patterns;"
        "assert language._identifier is None and patterns._gates.cache_info().currsize == 0;"
        "load_default_triager().warm_up(in_background=True);"
        "end = time.time() + 60\n"
        "while time.time() < end and ("
        "language._identifier is None or not patterns._gates.cache_info().currsize):"
        " time.sleep(0.05)\n"
        "assert language._identifier is not None, 'language identifier not loaded';"
        "assert patterns._gates.cache_info().currsize == 1, 'gates not compiled'"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]


def test_plain_data_tfidf_matches_scikit_learn():
    import numpy as np

    from warmline.triage.features import FastTfidf, make_vectorizer, vectorizer_spec

    texts = [
        "Where is my box?",
        "I was CHARGED   twice!!",
        "naïve café – ok",
        "",
        "a",
        "don't cancel, pause",
        "émoji 😀 and tabs\tand\nnewlines",
        "the same the same the same words",
    ] * 3
    union = make_vectorizer(200, 400)
    union.set_params(char__min_df=1)
    union.fit(texts)
    ours = FastTfidf(vectorizer_spec(union)).transform(texts).toarray()
    theirs = union.transform(texts).toarray()
    assert np.abs(ours - theirs).max() < 1e-6


def test_linear_scores_from_rows_equal_the_dense_product():
    import numpy as np

    from warmline.triage.features import (
        TFIDF_SCALE,
        FastTfidf,
        linear_scores,
        make_vectorizer,
        vectorizer_spec,
    )

    texts = ["Where is my box?", "I was CHARGED twice!!", "", "zzzz qqqq", "the same the same words"] * 2
    union = make_vectorizer(200, 400)
    union.set_params(char__min_df=1)
    union.fit(texts)
    fast = FastTfidf(vectorizer_spec(union))
    rng = np.random.default_rng(0)
    w_t = rng.normal(size=(fast.n_features, 5)).astype(np.float32)
    w_e = rng.normal(size=(384, 5)).astype(np.float32)
    b = rng.normal(size=5).astype(np.float32)
    emb = rng.normal(size=(len(texts), 384)).astype(np.float32)
    dense = fast.transform(texts).toarray() @ w_t * TFIDF_SCALE + emb @ w_e + b
    rows = linear_scores(fast.rows(texts), emb, w_t, w_e, b)
    assert np.abs(dense - rows).max() < 1e-4


def test_tfidf_rows_of_a_batch_equal_one_by_one():
    # many texts are counted together (np.unique), one text with Counter: the same matrix either way
    import numpy as np

    from warmline.triage.features import FastTfidf, make_vectorizer, vectorizer_spec

    texts = ["Where is my box?", "", "I was CHARGED twice!! twice", "zzzz", "the same the same words", "é ü"]
    union = make_vectorizer(200, 400)
    union.set_params(char__min_df=1)
    union.fit(texts)
    fast = FastTfidf(vectorizer_spec(union))
    together = fast.transform(texts).toarray()
    alone = np.vstack([fast.transform([t]).toarray() for t in texts])
    assert np.abs(together - alone).max() < 1e-6
    assert np.abs(together - union.transform(texts).toarray()).max() < 1e-6
