"""Replay simulator conversations through the live pipeline (used by the test and by bench/)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from warmline.automation.contract import AutomationOutcome, BotReply
from warmline.conversations import pipeline
from warmline.conversations import service as conversations
from warmline.conversations.schemas import ConversationCreate, MessageIn, MessagePost
from warmline.customers.schemas import CustomerIn
from warmline.db import transaction
from warmline.kit.clock import frozen_at
from warmline.policy import service as policy
from warmline.policy.simulator import SimConversation
from warmline.workspaces.models import Workspace

OPEN = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # Wednesday 10:00 in London
CLOSED = datetime(2026, 11, 25, 22, 30, tzinfo=UTC)  # Wednesday 22:30
HOURS = {"days": [0, 1, 2, 3, 4, 5], "start": "08:00", "end": "20:00"}


def prepare_workspace(factory: sessionmaker[Session], workspace_id: int, source: str) -> None:
    with transaction(factory) as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        workspace.timezone = "Europe/London"
        workspace.settings = {**(workspace.settings or {}), "business_hours": HOURS}
        policy.save(session, None, workspace_id, source)


def replay(
    factory: sessionmaker[Session], workspace_id: int, convs: list[SimConversation]
) -> dict[str, list[str]]:
    """Each conversation's automated-mode actions, as the live pipeline decided them."""
    current: dict[str, Any] = {}

    def stand_in(session: Session, **kwargs: Any) -> AutomationOutcome:
        auto = current["automation"]
        if auto is None:
            return AutomationOutcome(handled=False, progress=False)
        replies = [BotReply(text="(answer)")] * current["replies"] if auto.handled else []
        return AutomationOutcome(
            handled=auto.handled,
            progress=auto.progress,
            clarify_question=auto.clarify_question,
            replies=replies,
        )

    previous = pipeline.automation_override
    pipeline.automation_override = stand_in
    actions: dict[str, list[str]] = {}
    try:
        for conv in convs:
            seen: list[str] = []
            with frozen_at(OPEN if conv.within_business_hours else CLOSED), transaction(factory) as session:
                cid = None
                for i, message in enumerate(conv.messages):
                    current["automation"], current["replies"] = message.automation, message.replies
                    if cid is None:
                        result = conversations.open_conversation(
                            session,
                            workspace_id,
                            ConversationCreate(
                                customer=CustomerIn(
                                    external_id=str(conv.id), attributes=conv.customer.attributes
                                ),
                                channel=conv.channel,
                                message=MessageIn(text=message.text, client_msg_id=f"{conv.id}-{i}"),
                            ),
                        )
                        cid = result.conversation.id
                    else:
                        result = conversations.post_message(
                            session,
                            None,
                            workspace_id,
                            cid,
                            MessagePost(text=message.text, client_msg_id=f"{conv.id}-{i}", author="customer"),
                        )
                    decision = result.decision
                    assert decision is not None
                    if decision.inputs["context"]["conversation_mode"] == "automated":
                        seen.append(decision.action)
            actions[str(conv.id)] = seen
    finally:
        pipeline.automation_override = previous
    return actions
