"""automation.respond(): what the pipeline calls when the policy says `automate`.

Order of business for one customer message: a skill in progress continues (its state rides on the last bot
message's meta and is mirrored in ``conversation.state["skill"]``); feedback on the last answer ("yes" or
"no");
a new skill (appointments, profile updates, order status); otherwise an extractive answer from the knowledge
base, or an honest "cannot help" with its reasons. Automation never decides a hand-off: it reports, the
policy decides.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from warmline.automation import answers
from warmline.automation.common import Turn, active_skill_state, cannot, last_bot_meta, reason
from warmline.automation.contract import AutomationOutcome, BotReply
from warmline.automation.skills import appointments, orders, profile
from warmline.conversations.models import Conversation, Message
from warmline.customers.models import Customer
from warmline.kit.clock import now
from warmline.policy.schemas import PolicyContext
from warmline.triage.result import TriageResult

SKILLS = {appointments.NAME: appointments, profile.NAME: profile, orders.NAME: orders}
#: detection order: the more specific action first
DETECTION = (appointments, profile, orders)

_POSITIVE = re.compile(
    r"^\s*(yes|yeah|yep|great|perfect|brilliant|lovely|thanks|thank you|cheers|that helped|"
    r"that'?s (great|perfect|helpful|it)|it did|helpful)\b[\s,!.]*(thanks?|thank you|a lot|so much)?"
    r"[\s!.]*$",
    re.I,
)
_NEGATIVE = re.compile(
    r"^\s*(no|nope|not really|it didn'?t|that didn'?t help|didn'?t help|not helpful|"
    r"that'?s not (it|what i asked|helpful)|wrong answer|useless)\b",
    re.I,
)
_CONFIRMS_VISIT = re.compile(
    r"^\s*(yes|yep|yeah|ok|okay|great|thanks|thank you|perfect|sure)?[\s,!.]*"
    r"(i will|i'?ll|we will|we'?ll|see you|i can|someone will)?\s*(be there|be home|be in|then|make it)?"
    r"[\s,!.]*(thanks|thank you)?[\s!.]*$",
    re.I,
)
_GREETING = re.compile(
    r"^\s*(hi|hello|hey|good (morning|afternoon|evening)|hiya)( there| team)?[\s!.,]*$", re.I
)
_THANKS = re.compile(
    r"^\s*(thanks|thank you|cheers|ta|many thanks)( so much| a lot| very much)?[\s!.]*$", re.I
)


def respond(
    session: Session,
    *,
    conversation: Conversation,
    customer: Customer,
    message: Message,
    triage: TriageResult,
    context: PolicyContext,
) -> AutomationOutcome:
    turn = Turn(
        session=session,
        conversation=conversation,
        customer=customer,
        message=message,
        triage=triage,
        segment=context.segment or customer.segment,
        text=message.text.strip(),
    )
    turn.last_bot_meta = last_bot_meta(session, conversation, message.id)
    outcome = _decide(turn)
    _remember(conversation, outcome)
    return outcome


def _decide(turn: Turn) -> AutomationOutcome:
    if turn.triage.wants_human:
        return cannot("wants_human", "the customer asked for a person; automation stays out of the way")
    state = active_skill_state(turn)
    if state is not None:
        module = SKILLS.get(str(state["name"]))
        resumed = module.resume(turn, state) if module else None
        if resumed is not None:
            return resumed
    feedback = _feedback(turn)
    if feedback is not None:
        return feedback
    if turn.last_bot_meta.get("kind") == "reminder" and _CONFIRMS_VISIT.match(turn.text):
        return _simple(
            "Great, thank you! The engineer will call about 30 minutes before arriving.", "reminder_ack"
        )
    for module in DETECTION:
        action = module.detect(turn)
        if action:
            return module.start(turn, action)
    by_intent = _skill_from_intent(turn)
    if by_intent is not None:
        return by_intent
    if _GREETING.match(turn.text):
        return _simple("Hi! I'm Hearthbox's assistant. What can I help you with today?", "greeting")
    if _THANKS.match(turn.text):
        return _simple("You're welcome! Is there anything else I can help with?", "thanks")
    return answers.answer(turn)


#: triage's intent labels differ between models (bitext-like, banking-like, workspace-trained); match loosely
_INTENT_ORDER_STATUS = re.compile(r"track|order_status|delivery_status|where_is|shipment_status|parcel", re.I)
INTENT_CONFIDENCE = 0.6


def _skill_from_intent(turn: Turn) -> AutomationOutcome | None:
    """A fallback when no pattern matched: a confident intent that clearly means "where is my order"."""
    intent = turn.triage.intent or ""
    if turn.triage.intent_confidence < INTENT_CONFIDENCE or turn.triage.out_of_scope:
        return None
    mentions_order = re.search(rf"\b(my|our)\s+(\w+\s+)?{orders.THING}\b", turn.text, re.I)
    if _INTENT_ORDER_STATUS.search(intent) and mentions_order:
        return orders.start(turn, "lookup")
    return None


def _feedback(turn: Turn) -> AutomationOutcome | None:
    """The customer's verdict on the last automated answer."""
    last = turn.last_bot_meta
    if "Yes, thanks" not in (last.get("quick_replies") or []):
        return None
    if _POSITIVE.match(turn.text):
        return _simple("Glad that helped! Is there anything else I can do for you?", "feedback_positive")
    if _NEGATIVE.match(turn.text):
        topic = last.get("article_title") or last.get("skill") or "that"
        return AutomationOutcome(
            handled=False,
            progress=False,
            confidence=0.0,
            clarify_question="Sorry that didn't help. Could you tell me a little more about what you need?",
            reasons=[
                reason(
                    "answer_not_helpful",
                    f"the customer said the answer ({topic}) did not help",
                    article=last.get("article_slug"),
                )
            ],
        )
    return None


def _simple(text: str, label: str) -> AutomationOutcome:
    return AutomationOutcome(
        handled=True,
        progress=True,
        confidence=0.99,
        replies=[BotReply(text=text, meta={"kind": "notice"})],
        reasons=[reason(label, "small talk answered")],
    )


def _remember(conversation: Conversation, outcome: AutomationOutcome) -> None:
    """Mirror the skill's state on the conversation so agents (and the hand-off packet) can see it."""
    skill_state = None
    for reply in outcome.replies:
        if isinstance(reply.meta.get("skill_state"), dict):
            skill_state = {k: v for k, v in reply.meta["skill_state"].items() if k not in ("code_hash",)}
    state = dict(conversation.state or {})
    if skill_state is not None:
        state["skill"] = {**skill_state, "at": now().isoformat()}
    else:
        state.pop("skill", None)
    conversation.state = state
