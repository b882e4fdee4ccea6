"""The policy step of the pipeline.

This is the foundation's policy: every conversation goes to the human queue. The interface (triage result
and context in, a `PolicyDecision` out) is the one the full rule engine implements.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from warmline.policy.schemas import PolicyContext, PolicyDecision
from warmline.triage.result import TriageResult

HUMAN_QUEUE_MESSAGE = "Thanks for your message. A member of our team will reply to you here."


def decide(session: Session, triage: TriageResult, context: PolicyContext) -> PolicyDecision:
    if context.conversation_mode == "human":
        return PolicyDecision(
            action="hand_off",
            rule="already_with_a_person",
            triage=triage,
            reasons=[{"detector": "policy", "label": "already_with_a_person", "score": 1.0,
                      "detail": "a person is handling this conversation; automation stays silent"}],
        )
    return PolicyDecision(
        action="hand_off",
        rule="human_queue",
        triage=triage,
        customer_message=HUMAN_QUEUE_MESSAGE,
        reasons=[{"detector": "policy", "label": "human_queue", "score": 1.0,
                  "detail": "every conversation goes to the human queue"}],
    )
