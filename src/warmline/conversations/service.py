"""Conversation use cases: open a conversation, post a message, list, change status and assignment."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from warmline.audit import service as audit
from warmline.auth.principal import Principal
from warmline.conversations import pipeline
from warmline.conversations.events import publish_conversation, publish_message
from warmline.conversations.models import Conversation, Decision, Message
from warmline.conversations.schemas import (
    ConversationCreate,
    ConversationOut,
    ConversationPatch,
    DecisionOut,
    MessageOut,
    MessagePost,
    TurnResult,
)
from warmline.customers import service as customers
from warmline.customers.models import Customer
from warmline.db import holds_writer_lock
from warmline.feedback import jobs as feedback_jobs
from warmline.kit.clock import now
from warmline.kit.errors import Invalid, NotFound
from warmline.kit.pagination import decode_cursor, encode_cursor
from warmline.triage.result import TriageResult, Turn
from warmline.workspaces.models import Team, User, Workspace


def get(session: Session, workspace_id: int, conversation_id: int) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None or conversation.workspace_id != workspace_id:
        raise NotFound(f"conversation {conversation_id} not found")
    return conversation


def _get_for_turn(
    session: Session, workspace_id: int, conversation_id: int
) -> tuple[Conversation, Customer, Workspace]:
    """`get`, loading the conversation's customer and workspace in the same query (a turn needs both).

    Keep the three referenced while the turn runs: the session's identity map holds objects weakly, and
    while they live, `session.get` finds them there without another query.
    """
    row = session.execute(
        select(Conversation, Customer, Workspace)
        .join(Customer, Customer.id == Conversation.customer_id)
        .join(Workspace, Workspace.id == Conversation.workspace_id)
        .where(Conversation.id == conversation_id, Conversation.workspace_id == workspace_id)
    ).first()
    if row is None:
        raise NotFound(f"conversation {conversation_id} not found")
    return row[0], row[1], row[2]


def _find_message(session: Session, conversation_id: int, client_msg_id: str) -> Message | None:
    return session.scalar(
        select(Message).where(
            Message.conversation_id == conversation_id, Message.client_msg_id == client_msg_id
        )
    )


def _decision_for(session: Session, message_id: int) -> Decision | None:
    return session.scalar(select(Decision).where(Decision.message_id == message_id).order_by(Decision.id))


def _replies_after(session: Session, message: Message) -> list[Message]:
    """The automated replies that one customer message produced (they carry its id in their meta)."""
    rows = session.scalars(
        select(Message)
        .where(Message.conversation_id == message.conversation_id, Message.id > message.id,
               Message.author == "bot")
        .order_by(Message.id)
        .limit(10)
    )
    return [m for m in rows if (m.meta or {}).get("in_reply_to") == message.id]


def _result(
    conversation: Conversation,
    message: Message,
    decision: Decision | None,
    replies: list[Message],
    *,
    created: bool,
    customer_token: str | None = None,
) -> TurnResult:
    return TurnResult(
        conversation=ConversationOut.model_validate(conversation),
        message=MessageOut.model_validate(message),
        decision=DecisionOut.model_validate(decision) if decision else None,
        replies=[MessageOut.model_validate(r) for r in replies],
        customer_token=customer_token,
        created=created,
    )


def _replayed(
    session: Session, conversation: Conversation, message: Message, customer_token: str | None = None
) -> TurnResult:
    """The answer to a message sent again with the same client id: what the first send produced."""
    decision = _decision_for(session, message.id)
    return _result(conversation, message, decision, _replies_after(session, message), created=False,
                   customer_token=customer_token)


def add_message(
    session: Session,
    conversation: Conversation,
    *,
    author: str,
    text: str,
    client_msg_id: str | None,
    user_id: int | None = None,
    private: bool = False,
    meta: dict[str, Any] | None = None,
) -> Message | None:
    """Insert a message; None when the client message id was already used (a retry)."""
    message = Message(
        workspace_id=conversation.workspace_id,
        conversation_id=conversation.id,
        author=author,
        author_user_id=user_id,
        text=text,
        client_msg_id=client_msg_id,
        private=private,
        meta=meta or {},
    )
    if client_msg_id is not None and holds_writer_lock(session):
        # SQLite: this transaction took the database's single writer lock at BEGIN and the caller has looked
        # the client id up, so no other insert can race this one; a savepoint would be two wasted statements.
        session.add(message)
        session.flush()
    else:
        try:
            with session.begin_nested():
                session.add(message)
                session.flush()
        except IntegrityError:
            return None
    conversation.last_message_at = message.created_at
    conversation.updated_at = message.created_at
    return message


def run_customer_turn(
    session: Session,
    conversation: Conversation,
    customer: Customer,
    message: Message,
    triage: TriageResult | None = None,
) -> tuple[Decision, list[Message]]:
    outcome = pipeline.process_customer_message(session, conversation, customer, message, triage)
    for reply in outcome.replies:
        reply.meta = {**(reply.meta or {}), "in_reply_to": message.id}
    publish_message(session, conversation, message)
    for reply in outcome.replies:
        publish_message(session, conversation, reply)
    publish_conversation(session, conversation)
    return outcome.decision, outcome.replies


def open_conversation(
    session: Session, workspace_id: int, data: ConversationCreate, *, customer_token_for: Any = None
) -> TurnResult:
    customer = customers.upsert(session, workspace_id, data.customer)
    client_msg_id = data.message.client_msg_id
    if client_msg_id:
        existing = session.execute(
            select(Conversation, Message)
            .join(Message, Message.conversation_id == Conversation.id)
            .where(Conversation.workspace_id == workspace_id, Conversation.customer_id == customer.id,
                   Message.client_msg_id == client_msg_id)
        ).first()
        if existing is not None:
            conversation, message = existing
            return _replayed(session, conversation, message,
                             customer_token_for(conversation.id) if customer_token_for else None)
    conversation = Conversation(
        workspace_id=workspace_id,
        customer_id=customer.id,
        channel=data.channel,
        subject=data.subject or data.message.text[:120],
    )
    session.add(conversation)
    session.flush()
    first = add_message(session, conversation, author="customer", text=data.message.text,
                        client_msg_id=client_msg_id)
    assert first is not None
    decision, replies = run_customer_turn(session, conversation, customer, first)
    return _result(conversation, first, decision, replies, created=True,
                   customer_token=customer_token_for(conversation.id) if customer_token_for else None)


def turns_before_new_message(
    session: Session, workspace_id: int, conversation_id: int, data: MessagePost
) -> list[Turn] | None:
    """Read what triage needs for a new customer message, before the write transaction.

    None when the post will not be triaged (an agent's message, a note, a client_msg_id already stored).
    The caller triages outside any transaction (`triage_ahead`) and hands the result to `post_message`, so
    that the slow, pure part of a turn does not hold the database's writer lock.
    """
    if data.author != "customer" or data.private:
        return None
    conversation = get(session, workspace_id, conversation_id)
    if data.client_msg_id and _find_message(session, conversation.id, data.client_msg_id) is not None:
        return None
    return pipeline.previous_turns(session, conversation)


def triage_ahead(text: str, turns: list[Turn]) -> TriageResult:
    return pipeline.triage_message(text, turns)


def post_message(
    session: Session,
    principal: Principal | None,
    workspace_id: int,
    conversation_id: int,
    data: MessagePost,
    *,
    triage: TriageResult | None = None,
) -> TurnResult:
    """Post a message. A customer message runs the pipeline; `triage` may be computed ahead of the
    transaction (see `turns_before_new_message`)."""
    conversation, customer, _workspace = _get_for_turn(session, workspace_id, conversation_id)
    if data.client_msg_id:
        existing = _find_message(session, conversation.id, data.client_msg_id)
        if existing is not None:
            return _replayed(session, conversation, existing)
    if data.author == "agent":
        return _agent_message(session, principal, conversation, data)
    if data.private:
        raise Invalid("only agents can write private notes")
    message = add_message(session, conversation, author="customer", text=data.text,
                           client_msg_id=data.client_msg_id)
    if message is None:  # the same client_msg_id raced in from another request
        existing = _find_message(session, conversation.id, data.client_msg_id or "")
        assert existing is not None
        return _replayed(session, conversation, existing)
    if conversation.status in ("resolved", "closed"):
        conversation.status = "open"
        conversation.resolved_at = None
    decision, replies = run_customer_turn(session, conversation, customer, message, triage)
    return _result(conversation, message, decision, replies, created=True)


def _agent_message(
    session: Session, principal: Principal | None, conversation: Conversation, data: MessagePost
) -> TurnResult:
    user_id = principal.user_id if principal else None
    message = add_message(session, conversation, author="agent", text=data.text,
                           client_msg_id=data.client_msg_id, user_id=user_id, private=data.private)
    if message is None:
        existing = _find_message(session, conversation.id, data.client_msg_id or "")
        assert existing is not None
        return _replayed(session, conversation, existing)
    if not data.private:
        if conversation.first_human_reply_at is None:
            conversation.first_human_reply_at = message.created_at
        if conversation.mode != "human":
            # An agent who writes takes the conversation: automation stays quiet from now on.
            conversation.mode = "human"
            conversation.handed_off_at = conversation.handed_off_at or message.created_at
        if conversation.assignee_id is None and user_id is not None:
            conversation.assignee_id = user_id
        if conversation.status == "open":
            conversation.status = "pending"
    publish_message(session, conversation, message)
    publish_conversation(session, conversation)
    return _result(conversation, message, None, [], created=True)


def list_page(
    session: Session,
    workspace_id: int,
    *,
    status: str | None,
    mode: str | None,
    assignee_id: int | None,
    cursor: str | None,
    limit: int,
) -> tuple[list[Conversation], str | None]:
    stmt = select(Conversation).where(Conversation.workspace_id == workspace_id)
    if status:
        stmt = stmt.where(Conversation.status == status)
    if mode:
        stmt = stmt.where(Conversation.mode == mode)
    if assignee_id is not None:
        stmt = stmt.where(Conversation.assignee_id == assignee_id)
    if cursor:
        stmt = stmt.where(Conversation.id < decode_cursor(cursor))
    rows = list(session.scalars(stmt.order_by(Conversation.id.desc()).limit(limit + 1)))
    next_cursor = encode_cursor(rows[limit - 1].id) if len(rows) > limit else None
    return rows[:limit], next_cursor


def list_messages(
    session: Session, workspace_id: int, conversation_id: int, *, cursor: str | None, limit: int,
    include_private: bool = True,
) -> tuple[list[Message], str | None]:
    conversation = get(session, workspace_id, conversation_id)
    stmt = select(Message).where(Message.conversation_id == conversation.id)
    if not include_private:
        stmt = stmt.where(Message.private.is_(False))
    if cursor:
        stmt = stmt.where(Message.id > decode_cursor(cursor))
    rows = list(session.scalars(stmt.order_by(Message.id).limit(limit + 1)))
    next_cursor = encode_cursor(rows[limit - 1].id) if len(rows) > limit else None
    return rows[:limit], next_cursor


def list_decisions(session: Session, workspace_id: int, conversation_id: int) -> list[Decision]:
    conversation = get(session, workspace_id, conversation_id)
    return list(session.scalars(
        select(Decision).where(Decision.conversation_id == conversation.id).order_by(Decision.id)
    ))


_PATCH_FIELDS = ("status", "assignee_id", "priority", "team_id", "tags")


def update(
    session: Session, principal: Principal | None, workspace_id: int, conversation_id: int,
    patch: ConversationPatch,
) -> Conversation:
    conversation = get(session, workspace_id, conversation_id)
    values = patch.model_dump(exclude_unset=True)
    if values.get("assignee_id") is not None:
        user = session.get(User, values["assignee_id"])
        if user is None or user.workspace_id != workspace_id:
            raise NotFound(f"user {values['assignee_id']} not found")
    if values.get("team_id") is not None:
        team = session.get(Team, values["team_id"])
        if team is None or team.workspace_id != workspace_id:
            raise NotFound(f"team {values['team_id']} not found")
    before = {f: getattr(conversation, f) for f in _PATCH_FIELDS}
    for field_name, value in values.items():
        if field_name in ("status", "priority") and value is None:
            raise Invalid(f"{field_name} cannot be null")
        setattr(conversation, field_name, value)
    if values.get("status") in ("resolved", "closed") and conversation.resolved_at is None:
        conversation.resolved_at = now()
        feedback_jobs.on_conversation_resolved(session, conversation)  # the CSAT survey, without waiting
    elif values.get("status") in ("open", "pending"):
        conversation.resolved_at = None
    changes = audit.diff(before, {f: getattr(conversation, f) for f in _PATCH_FIELDS})
    if changes:
        conversation.updated_at = now()
        audit.record(session, principal, workspace_id=workspace_id, action="conversation.updated",
                     entity_type="conversation", entity_id=conversation.id, changes=changes)
        publish_conversation(session, conversation)
    return conversation
