"""Sentence embeddings with ONNX Runtime: all-MiniLM-L6-v2, int8, shipped inside the package.

At run time this needs only `onnxruntime` and `tokenizers` (no torch, no download). The ONNX graph does the
mean pooling and the L2 normalisation, so `embed()` returns unit vectors (384 dimensions).

    from warmline.triage.embeddings import embed
    vectors = embed(["where is my parcel", "cancel my plan"])   # (2, 384) float32, L2-normalised

The model file is produced by `tools/export_embedding_model.py` (development only).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).parent / "models" / "minilm"
DIM = 384
#: longer texts are truncated to this many word pieces (MiniLM was trained on 256)
MAX_TOKENS = 256

__all__ = ["DIM", "Embedder", "embed", "get_embedder"]


class Embedder:
    """An ONNX Runtime session plus its tokenizer. Thread-safe for `embed` (ORT sessions are)."""

    def __init__(self, model_dir: str | Path = MODEL_DIR, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model_dir = Path(model_dir)
        onnx_path = model_dir / "model.onnx"
        tok_path = model_dir / "tokenizer.json"
        if not onnx_path.exists() or not tok_path.exists():
            raise FileNotFoundError(
                f"embedding model missing in {model_dir} (model.onnx + tokenizer.json); "
                "regenerate it with tools/export_embedding_model.py"
            )
        if threads is None:
            threads = int(os.environ.get("WARMLINE_TRIAGE_THREADS", "1"))
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = max(1, threads)
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # idle ORT worker threads busy-wait by default, stealing CPU from the rest of the process
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.log_severity_level = 3
        self.session = ort.InferenceSession(
            str(onnx_path), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(tok_path))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._input_names = {i.name for i in self.session.get_inputs()}
        self._lock = threading.Lock()  # the tokenizer object is not documented as thread-safe

    def _encode(self, texts: Sequence[str]) -> list[list[int]]:
        with self._lock:
            encs = self.tokenizer.encode_batch([t if t else " " for t in texts])
        return [e.ids for e in encs]

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """L2-normalised embeddings, shape (len(texts), 384), float32, in input order.

        Texts are bucketed by token length so that padding stays small.
        """
        texts = [sanitize(t) for t in texts]
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        ids = self._encode(texts)
        order = np.argsort([len(x) for x in ids], kind="stable")
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            width = max(len(ids[i]) for i in idx)
            input_ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                seq = ids[i]
                input_ids[row, : len(seq)] = seq
                mask[row, : len(seq)] = 1
            feeds = {"input_ids": input_ids, "attention_mask": mask}
            if "token_type_ids" in self._input_names:
                feeds["token_type_ids"] = np.zeros_like(input_ids)
            out[idx] = self.session.run(None, feeds)[0]
        return out


def sanitize(text: str) -> str:
    """Make any string safe for the tokenizer: drop NULs and lone surrogates, collapse to something."""
    if not isinstance(text, str):
        text = str(text)
    text = text.replace("\x00", " ")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


@lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    """The shared default embedder (loaded once per process, ~0.2 s)."""
    return Embedder()


def embed(texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
    """Embed texts with the shipped MiniLM model: (n, 384) float32, each row L2-normalised."""
    return get_embedder().embed(texts, batch_size=batch_size)
