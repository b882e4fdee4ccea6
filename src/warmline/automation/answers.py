"""Extractive, cited answers from the knowledge base; below the threshold, no guess."""

from __future__ import annotations

from sqlalchemy import select

from warmline.automation.common import DID_THIS_HELP, FEEDBACK_REPLIES, Turn, cannot, reason
from warmline.automation.contract import AutomationOutcome, BotReply
from warmline.conversations.models import Message
from warmline.knowledge import service as knowledge

#: below this confidence automation does not answer (chosen on the bench dev questions; docs/automation.md)
ANSWER_THRESHOLD = 0.42
#: when the best two articles are both at least this good but too close to call, ask which one was meant
CLARIFY_FLOOR = 0.32


def _previous_customer_text(turn: Turn) -> str:
    row = turn.session.scalar(
        select(Message.text)
        .where(
            Message.conversation_id == turn.conversation.id,
            Message.id < turn.message.id,
            Message.author == "customer",
        )
        .order_by(Message.id.desc())
        .limit(1)
    )
    return row or ""


def answer(turn: Turn) -> AutomationOutcome:
    query = turn.text
    if turn.last_bot_meta.get("kind") == "clarify" or turn.last_bot_meta.get("clarify_options"):
        query = f"{_previous_customer_text(turn)} {turn.text}".strip()
    results, confidence = knowledge.search(
        turn.session, turn.conversation.workspace_id, query, k=3, segment=turn.segment
    )
    if not results:
        return cannot("no_articles", "the knowledge base has nothing published for this workspace")
    top = results[0]
    candidates = [{"slug": r.slug, "title": r.title, "score": r.score} for r in results]
    if confidence < ANSWER_THRESHOLD:
        clarify = None
        if len(results) > 1 and results[1].score >= CLARIFY_FLOOR and top.score >= CLARIFY_FLOOR:
            clarify = (
                f'Just to be sure I help with the right thing: is it about "{top.title}" or '
                f'"{results[1].title}"?'
            )
        return cannot(
            "low_confidence",
            f'best article "{top.title}" only at confidence {confidence:.2f} (threshold {ANSWER_THRESHOLD})',
            clarify=clarify,
            confidence=confidence,
            extra=[reason("candidates", "closest articles", confidence, candidates=candidates)],
        )
    passage = top.passage if len(top.passage) <= 600 else top.passage[:597].rsplit(" ", 1)[0] + "…"
    text = f'{passage}\n\nFrom our help article "{top.title}": {top.url}\n\n{DID_THIS_HELP}'
    meta = {
        "kind": "answer",
        "article_id": top.article_id,
        "article_slug": top.slug,
        "article_title": top.title,
        "url": top.url,
        "passage": passage,
        "confidence": round(confidence, 4),
        "citations": [{"article_id": top.article_id, "slug": top.slug, "title": top.title, "url": top.url}],
        "quick_replies": FEEDBACK_REPLIES,
    }
    return AutomationOutcome(
        handled=True,
        progress=True,
        confidence=confidence,
        replies=[BotReply(text=text, meta=meta)],
        reasons=[
            reason(
                "knowledge_answer",
                f'answered from "{top.title}"',
                confidence,
                article=top.slug,
                candidates=candidates,
            )
        ],
    )
