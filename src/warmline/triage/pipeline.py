"""The triage pipeline: one customer message (plus the previous turns) in, a `TriageResult` out.

    from warmline.triage import load_default_triager
    result = load_default_triager().triage("my internet is down again", previous_turns=[...])

Order: sanitise -> MiniLM embedding (shared) -> intents + emotions -> signal detectors -> escalation policy.
Pure: no database, no network; the models are loaded once per process.
"""

from __future__ import annotations

import hashlib
import os
import threading
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from warmline.triage.embeddings import Embedder, get_embedder, sanitize
from warmline.triage.emotions import LABELS as EMOTION_LABELS
from warmline.triage.emotions import EmotionModel
from warmline.triage.intents import IntentModel, IntentPrediction
from warmline.triage.result import Reason, TriageResult, Turn
from warmline.triage.signals import SignalReport, analyse, policy_reasons
from warmline.triage.signals import learned as learned_heads

MODELS_DIR = Path(__file__).parent / "models"
DEFAULT_INTENTS_DIR = MODELS_DIR / "intents"
DEFAULT_EMOTIONS_DIR = MODELS_DIR / "emotions"
#: the signal detectors read this much of a message (the learned models read the first 2,000 characters)
SIGNAL_TEXT_LIMIT = 20_000
#: the learned models (intents, emotions) read this much of a message
MODEL_TEXT_LIMIT = 2000
#: triage_batch works on chunks of this many messages (similar lengths, embedded together)
PIPELINE_CHUNK = 32
#: worker threads of triage_batch (each embeds and triages whole chunks; fewer when fewer CPUs are usable):
#: the Python half of the work holds the GIL, so more than 2 gains little
PIPELINE_WORKERS = 2


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        h.update(fh.read(1 << 20))
    h.update(str(path.stat().st_size).encode())
    return h.hexdigest()[:8]


def clean_text(text: object) -> str:
    """Any input -> a str safe for every model (NULs and control characters out, surrogates replaced)."""
    if text is None:
        return ""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = sanitize(str(text))
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t\r" for c in text[:SIGNAL_TEXT_LIMIT]):
        text = "".join(" " if unicodedata.category(c) == "Cc" and c not in "\n\t\r" else c for c in text)
    return text


class _SingleThreadedBlas:
    """Holds BLAS (OpenBLAS, MKL ...) at one thread while any triage call runs, process-wide.

    Triage's only BLAS calls are small products (a chunk's embeddings times a linear model's weights).
    Multi-threaded BLAS splits even these, and its idle threads then busy-wait: on 2 cores that took ~2 ms
    of CPU per message from the embedding and the signal detectors. Reference-counted, so that concurrent
    triage calls (threads of a server, the batch workers) restore the original limit only when the last
    one ends. Other threads' BLAS calls in between also run single-threaded. No-op without threadpoolctl
    (a dependency of scikit-learn)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._controller: Any = None
        self._limiter: object | None = None
        self._unavailable = False

    def __enter__(self) -> None:
        with self._lock:
            self._count += 1
            if self._count > 1 or self._unavailable:
                return
            try:
                if self._controller is None:
                    from threadpoolctl import ThreadpoolController

                    self._controller = ThreadpoolController()
                self._limiter = self._controller.limit(limits=1, user_api="blas")
            except Exception:  # threadpoolctl missing or unusable: run as before
                self._unavailable = True

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._count -= 1
            if self._count == 0 and self._limiter is not None:
                self._limiter.restore_original_limits()  # type: ignore[attr-defined]
                self._limiter = None


_single_threaded_blas = _SingleThreadedBlas()


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text[:MODEL_TEXT_LIMIT])


def _policy(report: SignalReport) -> tuple[bool, list[Reason]]:
    """The default escalation policy: needs_human, and the signals' reasons followed by one per trigger."""
    reasons = policy_reasons(report)
    return bool(reasons), list(report.reasons) + reasons


class Triager:
    """Runs the whole triage on messages. Thread-safe; share one per process (see `load_default_triager`)."""

    def __init__(
        self,
        intent_model: IntentModel | None = None,
        emotion_model: EmotionModel | None = None,
        embedder: Embedder | None = None,
        *,
        intent_model_dir: str | Path | None = None,
    ) -> None:
        if intent_model is None:
            intent_model = IntentModel.load(intent_model_dir or DEFAULT_INTENTS_DIR)
        self.intent_model = intent_model
        self.emotion_model = emotion_model or EmotionModel.load(DEFAULT_EMOTIONS_DIR)
        self.embedder = embedder or get_embedder()
        self.intent_model_dir = Path(intent_model_dir) if intent_model_dir else None
        self.model_version = self._version()
        self._lock = threading.Lock()

    def _version(self) -> str:
        parts = []
        src = self.intent_model_dir or DEFAULT_INTENTS_DIR
        for name, path in (
            ("intents", Path(src) / "intents.joblib"),
            ("emotions", DEFAULT_EMOTIONS_DIR / "emotions.joblib"),
        ):
            parts.append(f"{name}-{_file_digest(path)}" if path.exists() else f"{name}-memory")
        tag = "workspace" if self.intent_model_dir else "default"
        return f"triage-{tag}:" + ",".join(parts) + ",minilm-int8"

    def with_intents(self, intent_model_dir: str | Path) -> Triager:
        """A triager using a workspace's intent model and this triager's emotion model and embedder."""
        return Triager(
            IntentModel.load(intent_model_dir),
            self.emotion_model,
            self.embedder,
            intent_model_dir=intent_model_dir,
        )

    def warm_up(self, in_background: bool = False) -> Triager:
        """Run messages through everything, so that lazily loaded parts load now rather than on the first
        customer message that needs them: an English message, then one in another language with accents
        and an emoji (the language identifier, about 0.8 s, and the pattern gates used for non-ASCII text,
        about 0.2 s, load only for such text). `in_background`: the second one in a daemon thread, so that
        a server can start answering meanwhile (a message that needs them then waits for them, as before)."""
        self.triage("Hello, I was charged twice for my order and would like a refund, thanks.")

        def others() -> None:
            self.triage("Bonjour, mon colis n'est pas arrivé et c'était pour l'anniversaire de ma fille 😕")

        if in_background:
            threading.Thread(target=others, name="triage-warm-up", daemon=True).start()
        else:
            others()
        return self

    # -- public API ------------------------------------------------------------------------------------------
    def triage(self, text: str, previous_turns: Sequence[Turn] = ()) -> TriageResult:
        """Triage one customer message, with the earlier turns of the conversation as context."""
        return self._run([text], [previous_turns])[0]

    def triage_batch(
        self, texts: Sequence[str], previous_turns: Sequence[Sequence[Turn]] | None = None
    ) -> list[TriageResult]:
        """Triage many independent messages at once (faster per message); results in input order."""
        if previous_turns is not None and len(previous_turns) != len(texts):
            raise ValueError("previous_turns must have one entry per text")
        return self._run(
            list(texts), list(previous_turns) if previous_turns is not None else [()] * len(texts)
        )

    # -- internals -------------------------------------------------------------------------------------------
    def _run(self, texts: list[str], contexts: list[Sequence[Turn]]) -> list[TriageResult]:
        if not texts:
            return []
        with _single_threaded_blas:
            return self._run_blas1(texts, contexts)

    def _run_blas1(self, texts: list[str], contexts: list[Sequence[Turn]]) -> list[TriageResult]:
        clean = [clean_text(t) for t in texts]
        model_texts = [t[:MODEL_TEXT_LIMIT] for t in clean]
        if len(texts) <= PIPELINE_CHUNK:
            # (computing the features in a helper thread beside this one's embedding was measured: it cost
            # about 2 ms more CPU a message and no latency was gained, so one message stays on one thread)
            return self._run_chunk(clean, model_texts, self.embedder.embed(model_texts), contexts)
        # large batches: chunks of similar length (little padding), each embedded and triaged whole by one of
        # two workers. ONNX Runtime releases the GIL, so one worker's embedding runs beside the other's
        # Python (linear models, signal detectors): both cores busy, and the load balances itself (a fixed
        # embed-thread / rest-thread split leaves one side waiting for the slower one)
        order = sorted(range(len(texts)), key=lambda i: len(model_texts[i]))
        bounds = [(i, min(i + PIPELINE_CHUNK, len(texts))) for i in range(0, len(texts), PIPELINE_CHUNK)]

        def work(bound: tuple[int, int]) -> list[TriageResult]:
            idx = order[bound[0] : bound[1]]
            m_texts = [model_texts[i] for i in idx]
            return self._run_chunk(
                [clean[i] for i in idx], m_texts, self.embedder.embed(m_texts), [contexts[i] for i in idx]
            )

        out: list[TriageResult | None] = [None] * len(texts)
        workers = max(1, min(PIPELINE_WORKERS, _usable_cpus(), len(bounds)))
        # longest chunks first, so that the last chunk left to one worker (the other idle) is a short one
        todo = bounds[::-1]
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="triage") as pool:
            for (a, _), results in zip(todo, pool.map(work, todo), strict=True):
                for k, r in enumerate(results):
                    out[order[a + k]] = r
        return [r for r in out if r is not None]

    @cached_property
    def _shared_char_block(self) -> int | None:
        """Which of the intent features' blocks has the char n-grams the learned heads use, if any."""
        for j, (kind, ngram, lower) in enumerate(self.intent_model.fast.settings):
            if kind == "char_wb" and learned_heads.shares_char_grams(ngram, lower):
                return j
        return None

    def _learned_scores(
        self, clean: list[str], analyzed: list[list[list[str]]], emb: np.ndarray
    ) -> list[dict[str, tuple[float, float]]] | None:
        """The signal detectors' learned heads for the whole chunk at once, reusing the intent features'
        char n-grams where they are the same (same settings, and the whole text was analysed)."""
        if not learned_heads.available():
            return None
        k = self._shared_char_block
        shared = [
            grams[k] if k is not None and len(text) <= MODEL_TEXT_LIMIT else None
            for text, grams in zip(clean, analyzed, strict=True)
        ]
        return learned_heads.scores_batch([t[:SIGNAL_TEXT_LIMIT] for t in clean], emb, shared)

    def _run_chunk(
        self, clean: list[str], model_texts: list[str], emb: np.ndarray, contexts: list[Sequence[Turn]]
    ) -> list[TriageResult]:
        # both models use the same n-gram analysers: analyse once, look up in each vocabulary
        analyzed = self.intent_model.fast.analyze(model_texts)
        intent_preds = self.intent_model.decide(self.intent_model.proba(model_texts, emb, analyzed))
        emo_proba, sentiment = self.emotion_model.predict(model_texts, emb, analyzed)
        learned = self._learned_scores(clean, analyzed, emb)
        results = []
        for i, text in enumerate(clean):
            emotions = {lab: round(float(p), 4) for lab, p in zip(EMOTION_LABELS, emo_proba[i], strict=True)}
            ip: IntentPrediction = intent_preds[i]
            turns = [t if isinstance(t, Turn) else Turn.model_validate(t) for t in (contexts[i] or ())]
            report = analyse(
                text[:SIGNAL_TEXT_LIMIT],
                turns,
                emotions=emotions,
                sentiment=float(sentiment[i]),
                intent=ip.intent,
                embedding=emb[i],
                learned_scores=learned[i] if learned is not None else None,
            )
            intent, oos = ip.intent, ip.out_of_scope
            language = getattr(report, "language", "en") or "en"
            if not _has_words(text) or (language != "en" and language != "und"):
                # no words, or not English: the intent models are English-only; flag, never guess confidently
                intent, oos = None, True
            needs_human, reasons = _policy(report)
            results.append(
                TriageResult(
                    intent=intent,
                    intent_confidence=round(float(ip.confidence), 4),
                    out_of_scope=oos,
                    sentiment=round(float(np.clip(sentiment[i], -1.0, 1.0)), 4),
                    emotions=emotions,
                    wants_human=bool(report.wants_human),
                    moments=list(report.moments),
                    vulnerability=list(report.vulnerability),
                    language=language,
                    frustration=round(float(report.frustration), 4),
                    needs_human=needs_human,
                    reasons=reasons,
                    model_version=self.model_version,
                )
            )
        return results


@lru_cache(maxsize=1)
def load_default_triager() -> Triager:
    """The process-wide default triager (shipped models; loads in well under a second)."""
    return Triager()


@lru_cache(maxsize=32)
def _workspace_triager(path: str, mtime: float) -> Triager:
    return load_default_triager().with_intents(path)


def load_triager(intent_model_dir: str | Path | None = None) -> Triager:
    """The default triager, or one with a workspace's intent model (cached per directory and file version)."""
    if intent_model_dir is None:
        return load_default_triager()
    p = Path(intent_model_dir)
    f = p / "intents.joblib" if p.is_dir() else p
    if not f.exists():
        raise FileNotFoundError(f"no intent model at {f}")
    return _workspace_triager(str(p), f.stat().st_mtime)
