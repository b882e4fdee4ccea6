"""routing: queue state per conversation, round-robin state per agent, SLA events

Revision ID: 0004_routing
Revises: 0001_foundation
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import warmline.db

revision: str = '0004_routing'
down_revision: str | Sequence[str] | None = '0001_foundation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('routing_agents',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('last_assigned_at', warmline.db.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_routing_agents_user_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'], name=op.f('fk_routing_agents_workspace_id_workspaces'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_routing_agents'))
    )
    with op.batch_alter_table('routing_agents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_agents_workspace_id'), ['workspace_id'], unique=False)

    op.create_table('routing_states',
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('skill', sa.String(length=64), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('queued_at', warmline.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('sticky_owner_id', sa.Integer(), nullable=True),
    sa.Column('excluded_user_ids', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('callback_requested', sa.Boolean(), nullable=False),
    sa.Column('callback_contact', sa.String(length=320), nullable=True),
    sa.Column('updated_at', warmline.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_routing_states_conversation_id_conversations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sticky_owner_id'], ['users.id'], name=op.f('fk_routing_states_sticky_owner_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_routing_states_team_id_teams'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'], name=op.f('fk_routing_states_workspace_id_workspaces'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conversation_id', name=op.f('pk_routing_states'))
    )
    with op.batch_alter_table('routing_states', schema=None) as batch_op:
        batch_op.create_index('ix_routing_states_ws_state', ['workspace_id', 'state', 'team_id'], unique=False)

    op.create_table('sla_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('event', sa.String(length=20), nullable=False),
    sa.Column('priority', sa.String(length=20), nullable=False),
    sa.Column('due_at', warmline.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('at', warmline.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_sla_events_conversation_id_conversations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_sla_events_team_id_teams'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_sla_events_user_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'], name=op.f('fk_sla_events_workspace_id_workspaces'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sla_events')),
    sa.UniqueConstraint('conversation_id', 'kind', 'event', 'due_at', name=op.f('uq_sla_events_conversation_id_kind_event_due_at'))
    )
    with op.batch_alter_table('sla_events', schema=None) as batch_op:
        batch_op.create_index('ix_sla_events_ws_at', ['workspace_id', 'at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sla_events', schema=None) as batch_op:
        batch_op.drop_index('ix_sla_events_ws_at')

    op.drop_table('sla_events')
    with op.batch_alter_table('routing_states', schema=None) as batch_op:
        batch_op.drop_index('ix_routing_states_ws_state')

    op.drop_table('routing_states')
    with op.batch_alter_table('routing_agents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routing_agents_workspace_id'))

    op.drop_table('routing_agents')
