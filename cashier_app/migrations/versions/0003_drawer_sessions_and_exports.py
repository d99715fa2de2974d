"""drawer sessions, balances, pick-ups, posting exports, returned checks

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Drawer counts now name a cash unit ("$20", "roll-25c") and a phase (opening float or closing
count); drawer_balances keeps expected against counted per tender; counted_items the checks and
money orders ticked at the count; cash_pickup_lines a pick-up by unit; payment_exports each posting
export; charges say which payment they reverse and when they were exported; a returned item names
the check (tender) that came back.

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa



# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add the tables and columns of drawer balancing, posting exports and returned checks."""
    op.create_table('payment_exports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('exported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('exported_by_id', sa.Integer(), nullable=True),
    sa.Column('exported_by', sa.String(length=80), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('again', sa.Boolean(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['exported_by_id'], ['users.id'], name=op.f('fk_payment_exports_exported_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_exports'))
    )
    with op.batch_alter_table('payment_exports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_exports_business_date'), ['business_date'], unique=False)

    op.create_table('drawer_balances',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('tender_kind', sa.String(length=12), nullable=False),
    sa.Column('expected', sa.Integer(), nullable=False),
    sa.Column('counted', sa.Integer(), nullable=False),
    sa.Column('difference', sa.Integer(), nullable=False),
    sa.Column('expected_items', sa.Integer(), nullable=False),
    sa.Column('counted_items', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['drawer_sessions.id'], name=op.f('fk_drawer_balances_session_id_drawer_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drawer_balances')),
    sa.UniqueConstraint('session_id', 'tender_kind', name=op.f('uq_drawer_balances_session_id_tender_kind'))
    )
    op.create_table('cash_pickup_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pickup_id', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=12), nullable=False, server_default=''),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pickup_id'], ['cash_pickups.id'], name=op.f('fk_cash_pickup_lines_pickup_id_cash_pickups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_pickup_lines'))
    )
    with op.batch_alter_table('cash_pickup_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cash_pickup_lines_pickup_id'), ['pickup_id'], unique=False)

    op.create_table('counted_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('tender_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['drawer_sessions.id'], name=op.f('fk_counted_items_session_id_drawer_sessions')),
    sa.ForeignKeyConstraint(['tender_id'], ['tenders.id'], name=op.f('fk_counted_items_tender_id_tenders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counted_items')),
    sa.UniqueConstraint('session_id', 'tender_id', name=op.f('uq_counted_items_session_id_tender_id'))
    )
    with op.batch_alter_table('counted_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_counted_items_session_id'), ['session_id'], unique=False)

    with op.batch_alter_table('cash_pickups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cashier_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_cash_pickups_cashier_id_users'), 'users', ['cashier_id'], ['id'])

    with op.batch_alter_table('charges', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payment_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('exported_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_charges_payment_id'), ['payment_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_charges_payment_id_payments'), 'payments', ['payment_id'], ['id'])

    with op.batch_alter_table('returned_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tender_id', sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_returned_items_tender_id'), ['tender_id'])
        batch_op.create_foreign_key(batch_op.f('fk_returned_items_tender_id_tenders'), 'tenders', ['tender_id'], ['id'])

    with op.batch_alter_table('drawer_counts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('phase', sa.String(length=8), nullable=False, server_default='closing'))
        batch_op.add_column(sa.Column('unit', sa.String(length=12), nullable=False, server_default=''))
        batch_op.drop_constraint(batch_op.f('uq_drawer_counts_session_id_tender_kind_denomination'), type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_drawer_counts_session_id_phase_tender_kind_unit'), ['session_id', 'phase', 'tender_kind', 'unit'])
        batch_op.drop_column('denomination')

    with op.batch_alter_table('drawer_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('open_key', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('approved_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('counted_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('difference_note', sa.String(length=500), nullable=False, server_default=''))
        batch_op.create_unique_constraint(batch_op.f('uq_drawer_sessions_open_key'), ['open_key'])
        batch_op.create_foreign_key(batch_op.f('fk_drawer_sessions_approved_by_id_users'), 'users', ['approved_by_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_drawer_sessions_counted_by_id_users'), 'users', ['counted_by_id'], ['id'])



def downgrade() -> None:
    """Drop them again (drawer counts lose their unit and phase)."""
    with op.batch_alter_table('drawer_sessions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_drawer_sessions_counted_by_id_users'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_drawer_sessions_approved_by_id_users'), type_='foreignkey')
        batch_op.drop_column('counted_by_id')
        batch_op.drop_constraint(batch_op.f('uq_drawer_sessions_open_key'), type_='unique')
        batch_op.drop_column('difference_note')
        batch_op.drop_column('approved_by_id')
        batch_op.drop_column('open_key')

    with op.batch_alter_table('drawer_counts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('denomination', sa.INTEGER(), nullable=True))
        batch_op.drop_constraint(batch_op.f('uq_drawer_counts_session_id_phase_tender_kind_unit'), type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_drawer_counts_session_id_tender_kind_denomination'), ['session_id', 'tender_kind', 'denomination'])
        batch_op.drop_column('unit')
        batch_op.drop_column('phase')

    with op.batch_alter_table('returned_items', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_returned_items_tender_id_tenders'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('uq_returned_items_tender_id'), type_='unique')
        batch_op.drop_column('tender_id')

    with op.batch_alter_table('charges', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_charges_payment_id_payments'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_charges_payment_id'))
        batch_op.drop_column('exported_at')
        batch_op.drop_column('payment_id')

    with op.batch_alter_table('cash_pickups', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_cash_pickups_cashier_id_users'), type_='foreignkey')
        batch_op.drop_column('cashier_id')

    with op.batch_alter_table('counted_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_counted_items_session_id'))

    op.drop_table('counted_items')
    with op.batch_alter_table('cash_pickup_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cash_pickup_lines_pickup_id'))

    op.drop_table('cash_pickup_lines')
    op.drop_table('drawer_balances')
    with op.batch_alter_table('payment_exports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_exports_business_date'))

    op.drop_table('payment_exports')
