"""print queue: when a job was sent, and where it printed

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add print_jobs.sent_at and print_jobs.printed_to (existing jobs: sent nowhere known)."""
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('printed_to', sa.String(length=300), nullable=False, server_default=''))


def downgrade() -> None:
    """Drop the two columns again."""
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_column('printed_to')
        batch_op.drop_column('sent_at')
