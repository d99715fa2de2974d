"""audit events indexed by entity, entity id and action

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

``audit verify`` matches every recorded fact (payments, voids, drawer counts, day closes, ...) to
its audit event with set-based anti-joins on (entity, entity_id, action).

"""
from typing import Sequence, Union

from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add the index audit verify's fact matching uses."""
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_entity', ['entity', 'entity_id', 'action'], unique=False)


def downgrade() -> None:
    """Drop it."""
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_entity')
