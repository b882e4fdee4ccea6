"""Seed the demo workspace. Idempotent: every record is looked up by a natural key before it is created."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.auth.principal import Principal
from warmline.auth.service import hash_password
from warmline.conversations import service as conversations
from warmline.conversations.schemas import ConversationCreate, MessageIn
from warmline.customers.models import Customer
from warmline.customers.schemas import CustomerIn
from warmline.db import make_engine, make_sessionmaker, transaction
from warmline.kit.clock import now
from warmline.policy import service as policy
from warmline.policy.document import DEMO_POLICY_PATH
from warmline.settings import Settings
from warmline.workspaces import service as workspaces
from warmline.workspaces.models import Team, User, Workspace

DEMO_SLUG = "demo"
DEMO_PASSWORD = "warmline-demo"
DEMO_ADMIN = "admin@hearthbox.example"

TEAMS = [
    ("support", "Customer Support"),
    ("billing", "Billing & Payments"),
    ("service", "Appliance Service"),
    ("success", "Customer Success"),
]

# email, name, role, team, skills, languages, capacity
USERS = [
    (DEMO_ADMIN, "Ada Okafor", "admin", "support", ["billing", "escalations"], ["en"], 4),
    ("sam@hearthbox.example", "Sam Reyes", "supervisor", "support", ["escalations", "complaints"],
     ["en", "es"], 6),
    ("priya@hearthbox.example", "Priya Shah", "agent", "billing", ["billing", "refunds"], ["en"], 6),
    ("lukas@hearthbox.example", "Lukas Brandt", "agent", "service", ["appliances", "appointments"],
     ["en", "de"], 5),
    ("amelie@hearthbox.example", "Amélie Laurent", "agent", "support", ["deliveries", "subscriptions"],
     ["en", "fr"], 6),
    ("grace@hearthbox.example", "Grace Mensah", "agent", "success", ["onboarding", "renewals", "vip"],
     ["en"], 4),
]

SEGMENT_RULES = {
    "white_glove": "plan is 'Family Premium' or lifetime value at least 2,000",
    "balanced": "anything between",
    "self_serve": "plan is 'Solo' with lifetime value under 300",
}

# external_id, name, email, segment, attributes, owner email
CUSTOMERS: list[tuple[str, str, str, str, dict[str, Any], str | None]] = [
    ("cus_1001", "Maya Thompson", "maya.t@example.com", "self_serve",
     {"plan": "Solo", "lifetime_value": 180, "tenure_months": 5, "delivery_day": "Tuesday"}, None),
    ("cus_1002", "Jonas Weber", "jonas.w@example.com", "self_serve",
     {"plan": "Solo", "lifetime_value": 95, "tenure_months": 1, "new_this_month": True}, None),
    ("cus_1003", "Fatima Rahman", "fatima.r@example.com", "balanced",
     {"plan": "Duo", "lifetime_value": 640, "tenure_months": 14, "appliance": "Hearthbox Oven S2"}, None),
    ("cus_1004", "Oliver Bennett", "oliver.b@example.com", "balanced",
     {"plan": "Duo", "lifetime_value": 910, "tenure_months": 22, "delivery_day": "Friday"}, None),
    ("cus_1005", "Helen Carter", "helen.c@example.com", "white_glove",
     {"plan": "Family Premium", "lifetime_value": 3400, "tenure_months": 40,
      "contract_end": "2027-01-15", "appliance": "Hearthbox Range Pro"}, "grace@hearthbox.example"),
    ("cus_1006", "Kenji Watanabe", "kenji.w@example.com", "white_glove",
     {"plan": "Family Premium", "lifetime_value": 2150, "tenure_months": 0, "new_this_month": True},
     "grace@hearthbox.example"),
    ("cus_1007", "Lucía Fernández", "lucia.f@example.com", "balanced",
     {"plan": "Family", "lifetime_value": 1250, "tenure_months": 9, "language": "es"}, None),
    ("cus_1008", "Tom Hughes", "tom.h@example.com", "self_serve",
     {"plan": "Solo", "lifetime_value": 240, "tenure_months": 3}, None),
]

# external_id, client message id, channel, first message
CONVERSATIONS = [
    ("cus_1001", "demo-1", "widget", "Hi, how do I skip next week's box? I'm away on holiday."),
    ("cus_1003", "demo-2", "api", "The oven has been showing error E4 since this morning and won't heat up."),
    ("cus_1005", "demo-3", "widget",
     "My box didn't arrive again and it was for my daughter's birthday dinner tonight. I'm really upset."),
    ("cus_1004", "demo-4", "api", "I was charged twice for my last order, can someone look at this please?"),
    ("cus_1008", "demo-5", "widget", "I want to talk to a real person please"),
]


@dataclass
class SeedSummary:
    workspace_id: int
    created: dict[str, int]

    def __str__(self) -> str:
        made = ", ".join(f"{n} {k}" for k, n in self.created.items() if n) or "nothing new"
        return f"demo workspace '{DEMO_SLUG}' ready ({made})"


def _team(session: Session, workspace: Workspace, slug: str, name: str) -> tuple[Team, bool]:
    team = session.scalar(select(Team).where(Team.workspace_id == workspace.id, Team.slug == slug))
    if team:
        return team, False
    team = Team(workspace_id=workspace.id, slug=slug, name=name)
    session.add(team)
    session.flush()
    return team, True


def seed_workspace(session: Session) -> SeedSummary:
    created = {"workspaces": 0, "policy versions": 0, "teams": 0, "users": 0, "customers": 0,
               "conversations": 0}
    workspace = workspaces.by_slug(session, DEMO_SLUG)
    if workspace is None:
        workspace = workspaces.create(session, slug=DEMO_SLUG, name="Hearthbox", timezone="Europe/London")
        workspace.settings = {
            "company": "Hearthbox",
            "business_hours": {"days": [0, 1, 2, 3, 4, 5], "start": "08:00", "end": "20:00"},
            "segments": SEGMENT_RULES,
            "emergency_resources": {
                "GB": "If you are in danger or thinking about ending your life, call 999 "
                      "or Samaritans on 116 123.",
                "US": "If you are in danger or thinking about ending your life, call or text 988.",
                "default": "If you are in danger, please contact your local emergency number now.",
            },
        }
        created["workspaces"] += 1
    teams: dict[str, Team] = {}
    for slug, name in TEAMS:
        teams[slug], made = _team(session, workspace, slug, name)
        created["teams"] += made
    password = hash_password(DEMO_PASSWORD)
    users: dict[str, User] = {}
    for email, name, role, team_slug, skills, languages, capacity in USERS:
        user = session.scalar(select(User).where(User.workspace_id == workspace.id, User.email == email))
        if user is None:
            user = User(workspace_id=workspace.id, email=email, name=name, role=role, password_hash=password,
                        skills=skills, languages=languages, capacity=capacity, team_id=teams[team_slug].id,
                        presence="online" if role == "agent" else "away")
            session.add(user)
            session.flush()
            created["users"] += 1
        users[email] = user
    for slug, team in teams.items():
        if team.supervisor_id is None:
            lead = DEMO_ADMIN if slug == "success" else "sam@hearthbox.example"
            team.supervisor_id = users[lead].id
    if policy.latest_version(session, workspace.id) is None:
        # The demo runs its own policy (all three segment stances) as a real, versioned, restorable policy.
        policy.save(session, Principal(workspace_id=workspace.id, role="admin"), workspace.id,
                    DEMO_POLICY_PATH.read_text(encoding="utf-8"), comment="demo workspace policy")
        created["policy versions"] = 1
    signup = now() - timedelta(days=20)
    for external_id, name, email, segment, attributes, owner in CUSTOMERS:
        customer = session.scalar(
            select(Customer).where(Customer.workspace_id == workspace.id, Customer.external_id == external_id)
        )
        if customer is None:
            attrs = {**attributes, "signup_date": (signup - timedelta(days=30 * attributes["tenure_months"]))
                     .date().isoformat()}
            session.add(Customer(workspace_id=workspace.id, external_id=external_id, name=name, email=email,
                                 segment=segment, attributes=attrs, language=attributes.get("language", "en"),
                                 owner_id=users[owner].id if owner else None))
            created["customers"] += 1
    session.flush()
    from warmline.demo.automation_seed import seed as seed_automation

    created.update(seed_automation(session, workspace))
    for external_id, client_msg_id, channel, text in CONVERSATIONS:
        result = conversations.open_conversation(
            session, workspace.id,
            ConversationCreate(customer=CustomerIn(external_id=external_id), channel=channel,
                               message=MessageIn(text=text, client_msg_id=client_msg_id)),
        )
        created["conversations"] += int(result.created)
    return SeedSummary(workspace_id=workspace.id, created=created)


def seed_demo(settings: Settings) -> SeedSummary:
    factory = make_sessionmaker(make_engine(settings.database_url))
    with transaction(factory) as session:
        return seed_workspace(session)

