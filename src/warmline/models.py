"""Imports every table so that `Base.metadata` is complete (for Alembic and the test fixtures)."""

from warmline.analytics.models import BehaviourSegment, Recommendation  # noqa: E402,F401
from warmline.audit.models import AuditEntry
from warmline.auth.models import ApiToken
from warmline.automation.models import Appointment, AppointmentSlot, Notification  # noqa: E402,F401
from warmline.conversations.models import Conversation, Decision, Message
from warmline.customers.models import Customer
from warmline.db import Base
from warmline.feedback.models import ConversationFact, CsatResponse, FeedbackSignal, NpsResponse, NpsSurvey  # noqa: E402,F401
from warmline.jobs import Job
from warmline.knowledge.models import Article, ArticlePassage, ArticleVersion  # noqa: E402,F401
from warmline.policy.models import PolicyVersion  # noqa: E402,F401
from warmline.routing.models import AgentRouting, RoutingState, SlaEvent  # noqa: E402,F401
from warmline.touchpoints.models import TouchpointSettings, TouchpointTask  # noqa: E402,F401
from warmline.workspaces.models import Team, User, Workspace

__all__ = [
    "ApiToken",
    "AuditEntry",
    "Base",
    "Conversation",
    "Customer",
    "Decision",
    "Job",
    "Message",
    "Team",
    "User",
    "Workspace",
]
