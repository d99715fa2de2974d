"""print jobs for draft confirmations

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

A print job prints a payment's receipt (``document`` "receipt", every existing job) or a bank draft
enrollment's confirmation slip ("draft_confirmation", ``enrollment_id`` set, no payment).

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document', sa.String(length=20), server_default='receipt', nullable=False))
        batch_op.add_column(sa.Column('enrollment_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_print_jobs_enrollment_id_draft_enrollments'), 'draft_enrollments', ['enrollment_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_print_jobs_enrollment_id_draft_enrollments'), type_='foreignkey')
        batch_op.drop_column('enrollment_id')
        batch_op.drop_column('document')
