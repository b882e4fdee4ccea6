"""`HistoryGenerator`: the rows of the synthetic history, with explicit ids, drawn from the mix in
`history_data`. The order of the random draws is what makes a seed give the same history every time.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from warmline.demo.history_data import (
    AGENT_REPLIES,
    BOT_REPLIES,
    CHANNELS,
    CSAT_RESPONSE_RATE,
    CSAT_SD,
    INTENTS,
    SEGMENTS,
    _csat_mean,
)
from warmline.kit.clock import now


@dataclass
class Batch:
    conversations: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    decisions: list[dict[str, Any]] = field(default_factory=list)
    csat: list[dict[str, Any]] = field(default_factory=list)
    signals: list[dict[str, Any]] = field(default_factory=list)


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _score(rng: random.Random, mean: float) -> int:
    return max(1, min(5, round(rng.gauss(mean, CSAT_SD))))


class HistoryGenerator:
    """Yields rows with explicit ids, so the same history can be written by the ORM or by COPY."""

    def __init__(
        self,
        workspace_id: int,
        *,
        days: int = 90,
        conversations: int = 5000,
        seed: int = 7,
        end: datetime | None = None,
        customers: int | None = None,
        agent_ids: list[int] | None = None,
        first_ids: dict[str, int] | None = None,
        messages_per_conversation: float = 1.0,
    ) -> None:
        self.workspace_id = workspace_id
        self.days = days
        self.count = conversations
        self.rng = random.Random(seed)
        #: assignees come from their own stream, so the history is the same whoever the agents are
        self.assign_rng = random.Random(seed + 1)
        self.end = end or now()
        self.start = self.end - timedelta(days=days)
        self.n_customers = customers or max(50, conversations // 2)
        self.agent_ids = agent_ids or []
        self.ids = dict(
            first_ids
            or {"customers": 1, "conversations": 1, "messages": 1, "decisions": 1, "csat": 1, "signals": 1}
        )
        #: >1 adds back-and-forth turns (the benchmark uses it to reach a million messages)
        self.extra_turns = messages_per_conversation
        self.customers: list[tuple[int, str]] = []

    def _next(self, kind: str) -> int:
        value = self.ids[kind]
        self.ids[kind] = value + 1
        return value

    def customer_rows(self) -> list[dict[str, Any]]:
        rows = []
        rng = self.rng
        for _ in range(self.n_customers):
            segment = _pick(rng, SEGMENTS)
            if segment == "white_glove":
                attrs: dict[str, Any] = {"plan": "Family Premium", "lifetime_value": rng.randint(2000, 9000)}
            elif segment == "self_serve":
                attrs = {"plan": "Solo", "lifetime_value": rng.randint(40, 299)}
            else:
                attrs = {"plan": rng.choice(["Duo", "Family"]), "lifetime_value": rng.randint(300, 1999)}
            tenure_days = rng.randint(0, 900)
            attrs["signup_date"] = (self.end - timedelta(days=tenure_days)).date().isoformat()
            if rng.random() < 0.3:
                attrs["contract_end"] = (self.end + timedelta(days=rng.randint(5, 365))).date().isoformat()
            cid = self._next("customers")
            self.customers.append((cid, segment))
            rows.append(
                {
                    "id": cid,
                    "workspace_id": self.workspace_id,
                    "external_id": f"hist_{cid}",
                    "name": f"Customer {cid}",
                    "email": f"customer{cid}@example.com",
                    "phone": None,
                    "contact_points": {},
                    "attributes": attrs,
                    "segment": segment,
                    "language": "en",
                    "owner_id": None,
                    "anonymous": False,
                    "created_at": self.end - timedelta(days=tenure_days),
                    "updated_at": self.end - timedelta(days=tenure_days),
                }
            )
        return rows

    def batches(self, size: int = 1000) -> Iterator[Batch]:
        batch = Batch()
        for i in range(self.count):
            self._conversation(batch)
            if (i + 1) % size == 0:
                yield batch
                batch = Batch()
        if batch.conversations:
            yield batch

    def _conversation(self, b: Batch) -> None:
        rng = self.rng
        customer_id, segment = rng.choice(self.customers)
        intent = _pick(rng, {k: v[0] for k, v in INTENTS.items()})
        share, p_auto, templates = INTENTS[intent]
        channel = _pick(rng, CHANNELS)
        day_offset = rng.random() * self.days
        started = self.start + timedelta(days=day_offset)
        started = started.replace(hour=rng.choice([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]))
        if started > self.end - timedelta(minutes=5):
            started = self.end - timedelta(hours=rng.randint(1, 48))
        moments: list[str] = []
        if intent == "cancellation":
            moments = ["high_stakes.cancellation"]
        elif intent == "delivery_status" and rng.random() < 0.08:
            moments = ["crisis.missed_delivery"]
        elif intent == "billing" and rng.random() < 0.06:
            moments = ["crisis.billing_error"]
        human_first = segment == "white_glove" or bool(moments)
        automated = not human_first and rng.random() < p_auto
        escalated_after_bot = not human_first and not automated
        human = human_first or escalated_after_bot
        cid = self._next("conversations")
        wid = self.workspace_id
        t = started
        sentiment = round(rng.uniform(-0.3, 0.3) - (0.5 if moments else 0.0), 3)
        triage = {
            "intent": intent,
            "intent_confidence": round(rng.uniform(0.6, 0.98), 3),
            "sentiment": sentiment,
            "moments": moments,
            "vulnerability": [],
            "wants_human": False,
            "language": "en",
            "frustration": 0.0,
            "needs_human": bool(moments),
            "out_of_scope": False,
            "emotions": {},
            "reasons": [],
            "model_version": "synthetic",
        }
        first_id = self._next("messages")
        b.messages.append(
            {
                "id": first_id,
                "workspace_id": wid,
                "conversation_id": cid,
                "author": "customer",
                "author_user_id": None,
                "text": rng.choice(templates),
                "client_msg_id": f"h{cid}",
                "private": False,
                "meta": {},
                "created_at": t,
            }
        )
        handed_off_at = first_human = None
        assignee = self.assign_rng.choice(self.agent_ids) if self.agent_ids and human else None
        bot_turns = 0 if human_first else rng.randint(1, 2)
        for turn in range(bot_turns):
            b.decisions.append(self._decision(cid, first_id, "automate", "default.balanced", triage, t))
            t += timedelta(seconds=rng.randint(1, 4))
            b.messages.append(self._msg(cid, "bot", rng.choice(BOT_REPLIES), t))
            if turn + 1 < bot_turns:
                t += timedelta(seconds=rng.randint(20, 300))
                b.messages.append(self._msg(cid, "customer", "That's not quite it.", t))
        extra = (
            max(0, int(round(rng.expovariate(1 / max(0.01, self.extra_turns - 1)))))
            if self.extra_turns > 1
            else 0
        )
        if human:
            t += timedelta(seconds=rng.randint(5, 120))
            handed_off_at = t
            rule = (
                "stance.white_glove" if segment == "white_glove" else ("moment" if moments else "no_progress")
            )
            b.decisions.append(self._decision(cid, first_id, "hand_off", rule, triage, t))
            b.messages.append(
                self._msg(
                    cid,
                    "bot",
                    "A person from our team will reply here shortly.",
                    t,
                    {"kind": "handoff_notice"},
                )
            )
            wait = rng.lognormvariate(math.log(240 if segment != "white_glove" else 90), 0.8)
            t += timedelta(seconds=wait)
            first_human = t
            b.messages.append(self._msg(cid, "agent", rng.choice(AGENT_REPLIES), t, user=assignee))
        for _ in range(extra):
            t += timedelta(seconds=rng.randint(30, 900))
            b.messages.append(self._msg(cid, "customer", "Thanks, one more thing about this.", t))
            t += timedelta(seconds=rng.randint(2, 600))
            b.messages.append(
                self._msg(
                    cid,
                    "agent" if human else "bot",
                    "Of course, here you go.",
                    t,
                    user=assignee if human else None,
                )
            )
        age = self.end - t
        roll = rng.random()
        if age < timedelta(hours=6) and roll < 0.6:
            status, resolved_at = ("pending" if human else "open"), None
        elif roll < 0.06:
            status, resolved_at = "open", None  # the customer went silent: assumed or abandoned later
        else:
            t += timedelta(seconds=rng.randint(60, 3 * 3600))
            status, resolved_at = "resolved", min(t, self.end)
        b.conversations.append(
            {
                "id": cid,
                "workspace_id": wid,
                "customer_id": customer_id,
                "channel": channel,
                "status": status,
                "mode": "human" if human else "automated",
                "priority": "high" if moments else ("high" if segment == "white_glove" else "normal"),
                "assignee_id": assignee,
                "team_id": None,
                "subject": intent.replace("_", " "),
                "tags": [],
                "state": {},
                "created_at": started,
                "updated_at": min(t, self.end),
                "last_message_at": min(t, self.end),
                "handed_off_at": handed_off_at,
                "first_human_reply_at": first_human,
                "resolved_at": resolved_at,
            }
        )
        if resolved_at is not None and rng.random() < CSAT_RESPONSE_RATE:
            score = _score(rng, _csat_mean(segment, intent, human))
            sooner = human and not human_first and score <= 3 and rng.random() < 0.5
            not_helped = automated and score <= 2 and rng.random() < 0.6
            b.csat.append(
                {
                    "id": self._next("csat"),
                    "workspace_id": wid,
                    "conversation_id": cid,
                    "customer_id": customer_id,
                    "score": score,
                    "comment": None,
                    "wanted_human_sooner": sooner,
                    "bot_did_not_help": not_helped,
                    "channel": channel if channel != "sms" else "sms",
                    "created_at": resolved_at,
                }
            )
            for kind, flag in (("wanted_human_sooner", sooner), ("bot_did_not_help", not_helped)):
                if flag:
                    b.signals.append(self._signal(cid, kind, "customer", None, resolved_at))
        elif automated and resolved_at is not None and rng.random() < 0.15:
            b.signals.append(self._signal(cid, "bot_helped", "customer", None, resolved_at))
        if human and not human_first and rng.random() < 0.12:
            b.signals.append(self._signal(cid, "repeat_yourself", "agent", assignee, first_human or t))

    def _msg(
        self,
        cid: int,
        author: str,
        body: str,
        at: datetime,
        meta: dict[str, Any] | None = None,
        user: int | None = None,
    ) -> dict[str, Any]:
        return {
            "id": self._next("messages"),
            "workspace_id": self.workspace_id,
            "conversation_id": cid,
            "author": author,
            "author_user_id": user,
            "text": body,
            "client_msg_id": None,
            "private": False,
            "meta": meta or {},
            "created_at": at,
        }

    def _decision(
        self, cid: int, message_id: int, action: str, rule: str, triage: dict[str, Any], at: datetime
    ) -> dict[str, Any]:
        return {
            "id": self._next("decisions"),
            "workspace_id": self.workspace_id,
            "conversation_id": cid,
            "message_id": message_id,
            "kind": "message",
            "action": action,
            "priority": "high" if triage["moments"] else "normal",
            "team": None,
            "rule": rule,
            "policy_version": 0,
            "reasons": [{"detector": "policy", "label": rule, "score": 1.0}],
            "inputs": {"triage": triage},
            "created_at": at,
        }

    def _signal(self, cid: int, kind: str, source: str, user: int | None, at: datetime) -> dict[str, Any]:
        return {
            "id": self._next("signals"),
            "workspace_id": self.workspace_id,
            "conversation_id": cid,
            "kind": kind,
            "source": source,
            "user_id": user,
            "note": None,
            "created_at": at,
        }
