"""Imports every table so that `Base.metadata` is complete (for Alembic and the test fixtures)."""

from warmline.audit.models import AuditEntry
from warmline.auth.models import ApiToken
from warmline.conversations.models import Conversation, Decision, Message
from warmline.customers.models import Customer
from warmline.db import Base
from warmline.jobs import Job
from warmline.workspaces.models import Team, User, Workspace

__all__ = [
    "ApiToken", "AuditEntry", "Base", "Conversation", "Customer", "Decision", "Job", "Message", "Team",
    "User", "Workspace",
]
