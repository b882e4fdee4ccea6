"""Latency, throughput, load time and memory of the default triage pipeline (shipped models).

    WARMLINE_TRIAGE_THREADS=1 taskset -c 0,1 .venv/bin/python bench/triage_latency.py
        -> bench/results/triage_latency_threads{N}.json

Single message: p50/p99 over 1,000 realistic messages (Banking77 / Bitext / DSTC11 / GoEmotions texts, one
at a time, after warm-up). Batch: triage_batch in calls of 256 (two worker threads, each embedding and
triaging whole chunks of 32). RSS from /proc/self/status (VmRSS, VmHWM).
Includes the signal detectors (whatever `warmline.triage.signals.analyse` does at the time of the run).
"""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from triage_common import DATA, percentile_ms, rss_mb, write  # noqa: E402


def sample_texts(n: int = 1000) -> list[str]:
    texts = [r["text"] for r in csv.DictReader((DATA / "banking77" / "train.csv").open())]
    texts += [r["utterance"] for r in csv.DictReader((DATA / "bitext" / "bitext_cs_2022_train.csv").open())]
    texts += [
        json.loads(x)["utterance"]
        for x in (DATA / "dstc11_intents" / "insurance_dev_utterances.jsonl").open()
    ]
    texts += [x.split("\t")[0] for x in (DATA / "goemotions" / "dev.tsv").open()]
    rng = np.random.default_rng(3)
    return [texts[i] for i in rng.choice(len(texts), size=n, replace=False)]


def main() -> None:
    threads = int(os.environ.get("WARMLINE_TRIAGE_THREADS", "1"))
    rss0 = rss_mb()
    t = time.perf_counter()
    from warmline.triage import load_default_triager

    triager = load_default_triager()
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    triager.warm_up()  # as the app does at start: what only some messages need (e.g. other languages)
    warm_up_s = time.perf_counter() - t
    texts = sample_texts(1000)
    for x in texts[:50]:
        triager.triage(x)
    lat, cpu = [], []
    for x in texts:
        t = time.perf_counter()
        c = time.thread_time()
        triager.triage(x)
        cpu.append(time.thread_time() - c)
        lat.append(time.perf_counter() - t)
    # component breakdown (CPU time of this thread: robust to other processes on a shared machine)
    from warmline.triage.emotions import LABELS
    from warmline.triage.signals import analyse

    parts: dict[str, list[float]] = {"embedding": [], "intents": [], "emotions": [], "signals": []}
    for x in texts[:500]:
        c = time.thread_time()
        e = triager.embedder.embed([x])
        parts["embedding"].append(time.thread_time() - c)
        c = time.thread_time()
        triager.intent_model.decide(triager.intent_model.proba([x], e))
        parts["intents"].append(time.thread_time() - c)
        c = time.thread_time()
        emo, sent = triager.emotion_model.predict([x], e)
        parts["emotions"].append(time.thread_time() - c)
        c = time.thread_time()
        analyse(
            x,
            [],
            emotions=dict(zip(LABELS, map(float, emo[0]), strict=True)),
            sentiment=float(sent[0]),
            intent=None,
            embedding=e[0],
        )
        parts["signals"].append(time.thread_time() - c)
    # embedding alone, for the breakdown
    emb_lat = []
    for x in texts[:300]:
        t = time.perf_counter()
        triager.embedder.embed([x])
        emb_lat.append(time.perf_counter() - t)
    many = sample_texts(1000) * 3
    t = time.perf_counter()
    c = time.process_time()
    for i in range(0, len(many), 256):
        triager.triage_batch(many[i : i + 256])
    batch_s = time.perf_counter() - t
    batch_cpu = time.process_time() - c
    write(
        f"triage_latency_threads{threads}",
        {
            "ort_intra_op_threads": threads,
            "affinity_cpus": sorted(os.sched_getaffinity(0)),
            "load_seconds": round(load_s, 3),
            "warm_up_seconds": round(warm_up_s, 3),
            "single_message_ms": {
                "n": len(lat),
                "p50": percentile_ms(lat, 50),
                "p90": percentile_ms(lat, 90),
                "p99": percentile_ms(lat, 99),
                "max": percentile_ms(lat, 100),
            },
            "single_message_cpu_ms": {
                "p50": percentile_ms(cpu, 50),
                "p90": percentile_ms(cpu, 90),
                "p99": percentile_ms(cpu, 99),
            },
            "component_cpu_ms": {
                k: {"p50": percentile_ms(v, 50), "p99": percentile_ms(v, 99)} for k, v in parts.items()
            },
            "embedding_only_ms": {"p50": percentile_ms(emb_lat, 50), "p99": percentile_ms(emb_lat, 99)},
            "batch": {
                "messages": len(many),
                "batch_size": 256,
                "seconds": round(batch_s, 2),
                "messages_per_second": round(len(many) / batch_s, 1),
                "messages_per_cpu_second": round(len(many) / batch_cpu, 1),
            },
            "rss_mb_before_import": rss0,
            "rss_mb_after": rss_mb(),
            "note": "machine shared with other sessions during the run; see load_avg",
        },
    )


if __name__ == "__main__":
    main()
