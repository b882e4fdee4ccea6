"""Build must_human / routine escalation sets from the shared public intent data.

    python tools/build_public_escalation.py [--data ../shared/data] [--out tests/triage/data]

Writes ``escalation_public_dev.jsonl`` (used for development and training) and
``escalation_public_check.jsonl`` (a seeded, held-out split: never tuned on). Only the shared *training*
splits are read.

Mapping (the escalation policy of issue 4):
- Bitext: ``contact_human_agent`` -> must_human (wants_human), ``complaint`` -> must_human (complaint),
  ``payment_issue`` -> must_human (crisis.billing_error); every other intent -> routine, except
  ``contact_customer_service`` which is left out as ambiguous (mostly "what are your opening hours", sometimes
  "I want to talk to customer support").
- Banking77: ``lost_or_stolen_card``, ``compromised_card``, ``cash_withdrawal_not_recognised``,
  ``card_payment_not_recognised`` -> must_human (crisis.fraud_or_lost_card); ``transaction_charged_twice`` ->
  must_human (crisis.billing_error); other intents -> routine, except a few that are billing errors or
  fraud in this product's terms but routine in the public mapping (left out as ambiguous, listed in
  ``AMBIGUOUS``).
Every row keeps ``source`` and ``intent`` so that misses can be read.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from pathlib import Path

BITEXT_MUST = {
    "contact_human_agent": "wants_human",
    "complaint": "complaint",
    "payment_issue": "crisis.billing_error",
}
BANKING_MUST = {
    "lost_or_stolen_card": "crisis.fraud_or_lost_card",
    "compromised_card": "crisis.fraud_or_lost_card",
    "cash_withdrawal_not_recognised": "crisis.fraud_or_lost_card",
    "card_payment_not_recognised": "crisis.fraud_or_lost_card",
    "transaction_charged_twice": "crisis.billing_error",
}
AMBIGUOUS = {
    "bitext": {"contact_customer_service"},
    "banking77": {
        "direct_debit_payment_not_recognised",
        "extra_charge_on_statement",
        "wrong_amount_of_cash_received",
    },
}
SEED = 20261125
CHECK_SHARE = 0.3


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def load(data: Path) -> list[dict]:
    rows: list[dict] = []
    with open(data / "bitext" / "bitext_cs_2022_train.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            intent = r["intent"]
            if intent in AMBIGUOUS["bitext"]:
                continue
            sig = BITEXT_MUST.get(intent)
            rows.append(
                {
                    "text": r["utterance"].strip(),
                    "label": "must_human" if sig else "routine",
                    "signals": [sig] if sig else [],
                    "source": "bitext",
                    "intent": intent,
                }
            )
    with open(data / "banking77" / "train.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            intent = r["category"]
            if intent in AMBIGUOUS["banking77"]:
                continue
            sig = BANKING_MUST.get(intent)
            rows.append(
                {
                    "text": r["text"].strip(),
                    "label": "must_human" if sig else "routine",
                    "signals": [sig] if sig else [],
                    "source": "banking77",
                    "intent": intent,
                }
            )
    return rows


def split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Seeded split by normalised text (duplicates never cross), stratified by source and intent."""
    groups: dict[tuple[str, str], dict[str, list[dict]]] = {}
    for r in rows:
        groups.setdefault((r["source"], r["intent"]), {}).setdefault(_norm(r["text"]), []).append(r)
    rng = random.Random(SEED)
    dev: list[dict] = []
    check: list[dict] = []
    for key in sorted(groups):
        texts = sorted(groups[key])
        rng.shuffle(texts)
        n_check = round(len(texts) * CHECK_SHARE)
        for i, t in enumerate(texts):
            (check if i < n_check else dev).extend(groups[key][t][:1])
    rng.shuffle(dev)
    rng.shuffle(check)
    # the same text under two intents (or sources) must not sit on both sides
    seen = {_norm(r["text"]) for r in dev}
    check = [r for r in check if _norm(r["text"]) not in seen]
    return dev, check


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=here.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=here / "tests" / "triage" / "data")
    args = ap.parse_args()
    dev, check = split(load(args.data))
    args.out.mkdir(parents=True, exist_ok=True)
    for name, part in (("escalation_public_dev.jsonl", dev), ("escalation_public_check.jsonl", check)):
        with open(args.out / name, "w", encoding="utf-8") as fh:
            for r in part:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        n_must = sum(r["label"] == "must_human" for r in part)
        print(f"{name}: {len(part)} rows, {n_must} must_human")


if __name__ == "__main__":
    main()
