"""returned checks belong to the check (tender), not to the payment

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

A payment made with two checks can have both returned: returned_items.payment_id is no longer
unique (tender_id stays unique: a check is returned once). Each reversal and fee charge names the
check whose return made it (charges.tender_id), filled for existing charges from their returned
item (one per payment until now).

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('returned_items', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_returned_items_payment_id'), type_='unique')
        batch_op.create_index(batch_op.f('ix_returned_items_payment_id'), ['payment_id'], unique=False)

    with op.batch_alter_table('charges', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tender_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_charges_tender_id'), ['tender_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_charges_tender_id_tenders'), 'tenders', ['tender_id'], ['id'])

    op.execute("UPDATE charges SET tender_id = (SELECT r.tender_id FROM returned_items r "
               "WHERE r.payment_id = charges.payment_id) "
               "WHERE payment_id IS NOT NULL AND kind IN ('reversal', 'returned_check_fee')")


def downgrade() -> None:
    with op.batch_alter_table('charges', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_charges_tender_id_tenders'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_charges_tender_id'))
        batch_op.drop_column('tender_id')

    with op.batch_alter_table('returned_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_returned_items_payment_id'))
        batch_op.create_unique_constraint(batch_op.f('uq_returned_items_payment_id'), ['payment_id'])
