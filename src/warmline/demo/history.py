"""Synthetic history for a workspace: thousands of conversations over N days, with realistic mixes.

Two effects are planted on purpose, so the recommendation job can be checked against a known truth:
- `PLANTED_EFFECT` (balanced x billing): automated conversations score about 2.9, people about 4.4;
- `PLANTED_NULL` (self_serve x delivery_status): automated and human conversations score the same.
Every other cell has the same CSAT whoever handles it. Rows are written in bulk with explicit ids, then the
conversation facts are computed by the real accounting code (nothing about outcomes is written directly).

The public names are kept importable as `warmline.demo.history` (the CLI, the tests, the benchmark and the
docs use it). The code lives in three modules:

- `history_data`: the scripted mix (segments, channels, intents and their messages, replies, CSAT means);
- `history_generator`: `HistoryGenerator` and its `Batch` of rows with explicit ids;
- `history_writer`: `generate_history`, `first_free_ids`, `fix_sequences`, `TABLES`, `HistorySummary` and
  the `warmline demo-history` command (`history_command`).
"""

from __future__ import annotations

from warmline.demo.history_data import (
    AGENT_REPLIES,
    BOT_REPLIES,
    CHANNELS,
    CSAT_RESPONSE_RATE,
    CSAT_SD,
    INTENTS,
    PLANTED_EFFECT,
    PLANTED_NULL,
    SEGMENTS,
)
from warmline.demo.history_generator import Batch, HistoryGenerator
from warmline.demo.history_writer import (
    TABLES,
    HistorySummary,
    first_free_ids,
    fix_sequences,
    generate_history,
    history_command,
)

__all__ = [
    "AGENT_REPLIES",
    "BOT_REPLIES",
    "CHANNELS",
    "CSAT_RESPONSE_RATE",
    "CSAT_SD",
    "INTENTS",
    "PLANTED_EFFECT",
    "PLANTED_NULL",
    "SEGMENTS",
    "TABLES",
    "Batch",
    "HistoryGenerator",
    "HistorySummary",
    "first_free_ids",
    "fix_sequences",
    "generate_history",
    "history_command",
]
