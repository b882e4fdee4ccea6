"""The hand-off packet: the conversation so far, what triage understood, why a person is needed, who the
customer is, what they probably need, and a draft reply. Extractive and rule-based: nothing is invented."""

from __future__ import annotations

import logging
import re
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warmline.conversations.models import Conversation, Decision, Message
from warmline.customers.models import Customer
from warmline.handoff.schemas import (
    CustomerProfile,
    Handback,
    HandoffPacket,
    HandoffReason,
    PastConversation,
    PredictedNeed,
    SuggestedArticle,
    TimelineEntry,
)
from warmline.kit.errors import NotFound
from warmline.knowledge import service as knowledge
from warmline.policy import service as policy
from warmline.workspaces.models import User

log = logging.getLogger(__name__)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_ORDER = re.compile(
    r"(?:order|box|delivery|invoice|ref(?:erence)?)\s*(?:number|no\.?|#)?\s*#?\s*([A-Z0-9][A-Z0-9\-]{3,})"
    r"|#\s?([0-9]{3,}[A-Z0-9\-]*)",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"[£$€]\s?\d+(?:[.,]\d{2})?|\d+(?:[.,]\d{2})?\s?(?:pounds|dollars|euros|gbp|usd|eur)\b", re.IGNORECASE
)
_RULE_WORDS = {
    "non_negotiable.explicit_request": "the customer asked for a person",
    "non_negotiable.self_harm": "the customer may be at risk of self-harm",
    "non_negotiable.crisis_or_vulnerability": "a crisis moment or a vulnerable customer",
    "non_negotiable.no_progress": "automation made no progress twice",
    "non_negotiable.language": "automation does not answer in the customer's language",
    "stance.white_glove": "white-glove customers are greeted by a person",
    "agent_handoff": "an agent took the conversation",
}
_NEEDS_BY_MOMENT = {
    "crisis.billing_error": "likely wants a wrong or double charge refunded{order}",
    "crisis.missed_delivery": "likely wants a replacement or a refund for the missed delivery{order}",
    "crisis.outage": "likely needs the appliance working again: a repair visit or a replacement",
    "crisis.fraud_or_lost_card": "likely needs the card or account secured now",
    "crisis.safety": "a safety concern: make sure they are safe first",
    "high_stakes.cancellation": "may want to cancel; understand why before anything else",
    "high_stakes.renewal": "is deciding whether to renew",
    "high_stakes.negotiation": "wants to discuss price or terms",
    "high_stakes.legal": "raises a legal matter: follow the escalation procedure",
    "transition.onboarding": "is getting started and needs a hand setting up",
    "transition.relocation": "is moving: address and delivery changes",
    "transition.plan_change": "wants to change plan",
    "complaint": "wants the complaint acknowledged and put right",
}
_NEEDS_BY_VULNERABILITY = {
    "bereavement": "is dealing with a bereavement: handle account changes gently, no upselling",
    "illness": "is unwell: offer flexibility (pauses, delivery changes)",
    "financial_hardship": "is in financial difficulty: payment holidays or a cheaper plan may help",
    "disability": "may need accessible help or adjustments",
    "abuse": "may be in an unsafe situation: be careful what is sent where",
    "self_harm": "may be at risk: emergency resources were shown; check they are safe",
}


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if len(s.strip()) > 2]


def _summary(customer_messages: list[Message], triages: dict[int, dict[str, Any]]) -> list[str]:
    """Up to four of the customer's own sentences that carry the most: the opening request, the words that
    triggered triage, numbers and order references."""
    scored: list[tuple[float, int, str]] = []
    order = 0
    for index, message in enumerate(customer_messages):
        evidence = {
            e.lower()
            for r in (triages.get(message.id) or {}).get("reasons", [])
            for e in r.get("evidence", [])
            if isinstance(e, str)
        }
        for position, sentence in enumerate(_sentences(message.text)[:20]):
            lower = sentence.lower()
            score = 0.0
            score += 2.0 if index == 0 and position == 0 else 0.0
            score += 1.5 * sum(1 for e in evidence if e and e in lower)
            score += 1.0 if _ORDER.search(sentence) or _MONEY.search(sentence) else 0.0
            score += min(len(sentence), 160) / 160
            score -= 1.0 if len(sentence) < 12 else 0.0
            scored.append((score, order, sentence[:300]))
            order += 1
    best = sorted(scored, key=lambda t: -t[0])[:4]
    return [s for _, _, s in sorted(best, key=lambda t: t[1])]


def _order_refs(texts: list[str]) -> list[str]:
    refs: list[str] = []
    for text in texts:
        for m in _ORDER.finditer(text):
            ref = (m.group(1) or m.group(2) or "").strip()
            if ref and any(ch.isdigit() for ch in ref) and ref not in refs:
                refs.append(ref)
    return refs[:3]


def _predicted_needs(timeline: list[TimelineEntry], texts: list[str]) -> list[PredictedNeed]:
    refs = _order_refs(texts)
    order = f" for order #{refs[0]}" if refs else ""
    needs: list[PredictedNeed] = []
    seen: set[str] = set()
    for entry in timeline:
        for moment in entry.moments:
            if moment in _NEEDS_BY_MOMENT and moment not in seen:
                seen.add(moment)
                needs.append(
                    PredictedNeed(
                        need=_NEEDS_BY_MOMENT[moment].format(order=order),
                        confidence=0.7,
                        evidence=[entry.text[:160]],
                    )
                )
        for vuln in entry.vulnerability:
            if vuln in _NEEDS_BY_VULNERABILITY and vuln not in seen:
                seen.add(vuln)
                needs.append(
                    PredictedNeed(
                        need=_NEEDS_BY_VULNERABILITY[vuln], confidence=0.7, evidence=[entry.text[:160]]
                    )
                )
        if entry.intent and entry.intent not in seen and not entry.moments:
            seen.add(entry.intent)
            needs.append(
                PredictedNeed(
                    need=f"asked about {entry.intent.replace('_', ' ').replace('.', ': ')}"
                    + (order if "order" in entry.intent or "refund" in entry.intent else ""),
                    confidence=0.5,
                    evidence=[entry.text[:160]],
                )
            )
    joined = " ".join(texts).lower()
    if "refund" in joined and not any("refund" in n.need for n in needs):
        needs.append(
            PredictedNeed(
                need=f"likely wants a refund{order}",
                confidence=0.6,
                evidence=[t[:160] for t in texts if "refund" in t.lower()][:1],
            )
        )
    if refs and not needs:
        needs.append(PredictedNeed(need=f"asks about order #{refs[0]}", confidence=0.5, evidence=refs))
    return needs[:5]


def _suggested(session: Session, workspace_id: int, text: str, segment: str | None) -> list[SuggestedArticle]:
    if not text.strip():
        return []
    try:
        with session.begin_nested():
            found = knowledge.suggest(session, workspace_id, text[:2000], k=3, segment=segment)
    except Exception:  # suggestions are a help, never a reason for the packet to fail
        log.exception("knowledge suggestions failed for workspace %s", workspace_id)
        return []
    return [
        SuggestedArticle(
            id=item.article_id, title=item.title, url=item.url, snippet=item.passage, score=item.score
        )
        for item in found
    ]


def _draft(
    customer: Customer,
    timeline: list[TimelineEntry],
    needs: list[PredictedNeed],
    agent_name: str | None,
    automation_draft: str | None,
) -> str:
    """The opening an agent can edit. Anonymous visitors ("Website visitor") get a neutral "Hi there";
    it is signed by the agent reading it, or left as "[your name]" for them to fill in."""
    first = "" if customer.anonymous else (customer.name or "").strip().split(" ")[0]
    upset = any(
        e.sentiment <= -0.3
        or e.frustration >= 0.5
        or e.vulnerability
        or any(m.startswith("crisis.") or m == "complaint" for m in e.moments)
        for e in timeline
    )
    vulnerable = [v for e in timeline for v in e.vulnerability]
    lines = [f"Hi {first or 'there'}, this is {agent_name or '[your name]'} from the team."]
    if "self_harm" in vulnerable:
        lines.append("I'm really glad you reached out. Are you safe right now?")
    elif "bereavement" in vulnerable:
        lines.append(
            "I'm so sorry for your loss. I'll take care of this for you, so you don't have to worry about it."
        )
    elif vulnerable:
        lines.append(
            "I'm sorry you're going through this. I'll take it from here and keep it simple for you."
        )
    elif upset:
        lines.append(
            "I'm sorry about this — I can see why you're upset, and I've read everything you wrote, "
            "so you won't need to repeat yourself."
        )
    else:
        lines.append("I've read your messages, so you won't need to repeat anything.")
    if needs:
        lines.append(f"I understand you {needs[0].need.removeprefix('likely ').removeprefix('may ')}.")
    if automation_draft:
        lines.append(automation_draft)
    lines.append("[what you will do next, and when]")
    return "\n".join(lines)


def build_packet(
    session: Session, workspace_id: int, conversation_id: int, *, viewer_id: int | None = None
) -> HandoffPacket:
    """The packet as the agent `viewer_id` sees it (the draft reply is signed with their name)."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None or conversation.workspace_id != workspace_id:
        raise NotFound(f"conversation {conversation_id} not found")
    customer = session.get(Customer, conversation.customer_id)
    assert customer is not None
    messages = list(
        session.scalars(
            select(Message)
            .where(Message.conversation_id == conversation.id, Message.private.is_(False))
            .order_by(Message.id)
            .limit(500)
        )
    )
    decisions = list(
        session.scalars(
            select(Decision)
            .where(Decision.conversation_id == conversation.id)
            .order_by(Decision.id)
            .limit(1000)
        )
    )
    by_message = {d.message_id: d for d in decisions if d.message_id is not None and d.kind == "message"}
    customer_messages = [m for m in messages if m.author == "customer"]
    triages: dict[int, dict[str, Any]] = {}
    timeline: list[TimelineEntry] = []
    for m in customer_messages:
        d = by_message.get(m.id)
        t = ((d.inputs or {}).get("triage") if d else None) or {}
        triages[m.id] = t
        timeline.append(
            TimelineEntry(
                message_id=m.id,
                at=m.created_at,
                text=m.text[:1000],
                intent=t.get("intent"),
                sentiment=float(t.get("sentiment") or 0.0),
                frustration=float(t.get("frustration") or 0.0),
                moments=list(t.get("moments") or []),
                vulnerability=list(t.get("vulnerability") or []),
                language=t.get("language") or "en",
                wants_human=bool(t.get("wants_human")),
                action=d.action if d else None,
                rule=d.rule if d else None,
            )
        )
    why = None
    handoffs = [
        d
        for d in decisions
        if d.action == "hand_off" and d.rule != "already_with_a_person" and d.kind in ("message", "handoff")
    ]
    if handoffs:
        d = handoffs[-1]
        initiated = (d.inputs or {}).get("initiated_by") or (
            "customer" if d.rule == "non_negotiable.explicit_request" else "policy"
        )
        details = [
            r.get("detail")
            for r in d.reasons
            if r.get("detector") in ("policy", "handoff") and r.get("detail")
        ]
        why = HandoffReason(
            rule=d.rule,
            priority=d.priority,
            at=d.created_at,
            initiated_by=initiated,
            reasons=d.reasons,
            summary=_RULE_WORDS.get(d.rule or "", "; ".join(details[:2]) or (d.rule or "")),
            signals=group_reasons(d.reasons),
        )
    doc, _ = policy.active(session, workspace_id)
    owner = session.get(User, customer.owner_id) if customer.owner_id else None
    profile = CustomerProfile(
        id=customer.id,
        external_id=customer.external_id,
        name=customer.name,
        email=customer.email,
        phone=customer.phone,
        language=customer.language,
        segment=customer.segment,
        stance=doc.stance_of(customer.segment),
        owner_id=customer.owner_id,
        owner_name=owner.name if owner else None,
        attributes=customer.attributes or {},
        customer_since=customer.created_at,
    )
    past = []
    others = session.scalars(
        select(Conversation)
        .where(
            Conversation.workspace_id == workspace_id,
            Conversation.customer_id == customer.id,
            Conversation.id != conversation.id,
        )
        .order_by(Conversation.id.desc())
        .limit(10)
    ).all()
    counts = dict(
        session.execute(
            select(Message.conversation_id, func.count(Message.id))
            .where(Message.conversation_id.in_([c.id for c in others] or [-1]))
            .group_by(Message.conversation_id)
        ).all()
    )
    for c in others:
        if c.status in ("resolved", "closed"):
            outcome = "resolved by a person" if c.handed_off_at else "resolved by automation"
        elif c.mode == "human":
            outcome = "open with a person"
        else:
            outcome = "open"
        past.append(
            PastConversation(
                id=c.id,
                subject=c.subject,
                channel=c.channel,
                status=c.status,
                created_at=c.created_at,
                resolved_at=c.resolved_at,
                outcome=outcome,
                handed_off=c.handed_off_at is not None,
                messages=int(counts.get(c.id, 0)),
            )
        )
    texts = [m.text for m in customer_messages]
    needs = _predicted_needs(timeline, texts)
    query = " ".join(texts[-3:])
    viewer = session.get(User, viewer_id) if viewer_id else None
    signer = viewer.name.split(" ")[0] if viewer and viewer.workspace_id == workspace_id else None
    state = conversation.state or {}
    handbacks = [Handback.model_validate(h) for h in state.get("handbacks") or [] if isinstance(h, dict)]
    return HandoffPacket(
        conversation_id=conversation.id,
        mode=conversation.mode,
        status=conversation.status,
        priority=conversation.priority,
        channel=conversation.channel,
        team_id=conversation.team_id,
        assignee_id=conversation.assignee_id,
        handed_off_at=conversation.handed_off_at,
        summary=_summary(customer_messages, triages),
        timeline=timeline,
        why=why,
        customer=profile,
        past_conversations=past,
        predicted_needs=needs,
        suggested_articles=_suggested(session, workspace_id, query, customer.segment),
        draft_reply=_draft(
            customer,
            timeline,
            needs,
            signer,
            state.get("automation_draft"),
        ),
        handbacks=handbacks,
    )


def group_reasons(reasons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per signal for a person to read.

    A signal often appears twice (the detector that found it, and the policy that acted on it): merge them,
    keeping the highest score, the first explanation and every distinct piece of evidence. A stance's default
    ("no rule matched") is dropped when a stronger reason decided.
    """
    decided_by_rule = any(
        r.get("detector") == "policy" and not str(r.get("label", "")).startswith("default:") for r in reasons
    )
    merged: dict[str, dict[str, Any]] = {}
    for reason in reasons:
        label = str(reason.get("label") or reason.get("detector") or "")
        if not label or (decided_by_rule and label.startswith("default:")):
            continue
        key = label.removeprefix("vulnerability.")
        entry = merged.setdefault(
            key, {"label": key, "score": 0.0, "detail": None, "evidence": [], "detectors": []}
        )
        entry["score"] = max(entry["score"], float(reason.get("score") or 0.0))
        entry["detail"] = entry["detail"] or reason.get("detail")
        for words in reason.get("evidence") or []:
            if isinstance(words, str) and words not in entry["evidence"]:
                entry["evidence"].append(words)
        detector = reason.get("detector")
        if detector and detector not in entry["detectors"]:
            entry["detectors"].append(detector)
    return sorted(merged.values(), key=lambda e: -e["score"])

