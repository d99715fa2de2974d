"""accounts.payments_through: which posting exports the extract's balance includes

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

The balance rule is keyed on what the billing system has received (posting exports), not on when
a payment was posted: an extract may say, per account, the last business date whose posting export
it had applied. Existing rows have no such date (the fallback rule applies to them).

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payments_through', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_column('payments_through')
