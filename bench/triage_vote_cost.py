"""What the nearest-neighbour vote costs at inference: one message's intent probabilities with and without
the vote, for a model trained on Banking77's own 85% carve (8,505 messages + 923 background) and, for scale,
a vote over as many vectors as the default model would hold (19,653). Same process, same run; 2,000 calls.

    .venv/bin/python bench/triage_vote_cost.py   -> bench/results/triage_vote_cost.json
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from triage_common import banking77_split, percentile_ms, write  # noqa: E402

from warmline.triage.embeddings import embed  # noqa: E402
from warmline.triage.intents import NeighbourVote  # noqa: E402
from warmline.triage.training import train_intent_model  # noqa: E402

CALLS = 2000


def _timed(fn, calls: int = CALLS) -> list[float]:
    for _ in range(50):
        fn()
    out = []
    for _ in range(calls):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    train_t, train_y, test_t, _ = banking77_split()
    model = train_intent_model(train_t, train_y, embeddings=embed(train_t))
    texts = test_t[:CALLS]
    emb = embed(texts)
    analyzed = [model.fast.analyze([t]) for t in texts]
    vote = model.neighbours
    assert vote is not None
    rows = {}
    i = iter(range(10**9))

    def one() -> None:
        k = next(i) % len(texts)
        model.proba([texts[k]], emb[k : k + 1], analyzed[k])

    rows["with_vote"] = _timed(one)
    model.neighbours = None
    rows["linear_only"] = _timed(one)
    rng = np.random.default_rng(0)
    big = rng.normal(size=(19653, 384)).astype(np.float32)
    big /= np.linalg.norm(big, axis=1, keepdims=True)
    wide = NeighbourVote(big, rng.integers(0, len(model.classes), len(big)))
    rows["vote_alone_19653_vectors"] = _timed(lambda: wide.proba(emb[:1], len(model.classes)))
    rows["vote_alone_this_model"] = _timed(lambda: vote.proba(emb[:1], len(model.classes)))
    write(
        "triage_vote_cost",
        {
            "memory_vectors": int(vote.memory.shape[0]),
            "memory_mb_resident_float32": round(vote.memory.nbytes / 1e6, 1),
            "memory_mb_shipped_float16": round(vote.memory.nbytes / 2e6, 1),
            "per_message_ms": {
                name: {"p50": percentile_ms(s, 50), "p99": percentile_ms(s, 99)} for name, s in rows.items()
            },
        },
    )


if __name__ == "__main__":
    main()
