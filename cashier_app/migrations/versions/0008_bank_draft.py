"""bank draft: enrollments as on the paper form, scans, run status, entries per bill or prenote, NOCs

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

Enrollments get a status (pending / active / ended) instead of ``active``: existing active rows
become "active" (their prenote was done before this schema), the others "ended". A bill is drafted
by at most one entry that is not voided (a partial unique index), so a voided run's bills can be
drafted again; prenotes have no bill.

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('draft_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrollment_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('media_type', sa.String(length=40), nullable=False),
    sa.Column('file_name', sa.String(length=200), server_default='', nullable=False),
    sa.Column('size', sa.Integer(), nullable=False, server_default='0'),
    sa.Column('sha256', sa.String(length=64), server_default='', nullable=False),
    sa.Column('content_encrypted', sa.LargeBinary(), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_draft_documents_added_by_id_users')),
    sa.ForeignKeyConstraint(['enrollment_id'], ['draft_enrollments.id'], name=op.f('fk_draft_documents_enrollment_id_draft_enrollments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft_documents'))
    )
    with op.batch_alter_table('draft_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_draft_documents_enrollment_id'), ['enrollment_id'], unique=False)

    op.create_table('draft_corrections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('enrollment_id', sa.Integer(), nullable=False),
    sa.Column('change_code', sa.String(length=3), nullable=False),
    sa.Column('identity', sa.String(length=64), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('applied_by_id', sa.Integer(), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['applied_by_id'], ['users.id'], name=op.f('fk_draft_corrections_applied_by_id_users')),
    sa.ForeignKeyConstraint(['enrollment_id'], ['draft_enrollments.id'], name=op.f('fk_draft_corrections_enrollment_id_draft_enrollments')),
    sa.ForeignKeyConstraint(['entry_id'], ['draft_entries.id'], name=op.f('fk_draft_corrections_entry_id_draft_entries')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft_corrections')),
    sa.UniqueConstraint('identity', name=op.f('uq_draft_corrections_identity'))
    )
    with op.batch_alter_table('draft_corrections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_draft_corrections_enrollment_id'), ['enrollment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_draft_corrections_entry_id'), ['entry_id'], unique=False)

    with op.batch_alter_table('draft_enrollments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sa.String(length=10), server_default='pending', nullable=False))
        batch_op.add_column(sa.Column('name_on_account', sa.String(length=60), server_default='', nullable=False))
        batch_op.add_column(sa.Column('bank_name', sa.String(length=60), server_default='', nullable=False))
        batch_op.add_column(sa.Column('phone', sa.String(length=20), server_default='', nullable=False))
        batch_op.add_column(sa.Column('email', sa.String(length=120), server_default='', nullable=False))
        batch_op.add_column(sa.Column('signed_form_received', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch_op.add_column(sa.Column('voided_check_received', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch_op.add_column(sa.Column('form_location', sa.String(length=120), server_default='', nullable=False))
        batch_op.add_column(sa.Column('retention_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('activated_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('ended_reason', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('ended_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('replaces_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_draft_enrollments_status'), ['status'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_draft_enrollments_ended_by_id_users'), 'users', ['ended_by_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_draft_enrollments_replaces_id_draft_enrollments'), 'draft_enrollments', ['replaces_id'], ['id'])

    enrollments = sa.table('draft_enrollments', sa.column('active', sa.Boolean()), sa.column('status', sa.String()))
    op.execute(enrollments.update().values(status=sa.case((enrollments.c.active, 'active'), else_='ended')))
    with op.batch_alter_table('draft_enrollments', schema=None) as batch_op:
        batch_op.drop_column('active')

    with op.batch_alter_table('draft_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('account_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('kind', sa.String(length=8), nullable=False, server_default='debit'))
        batch_op.add_column(sa.Column('transaction_code', sa.String(length=2), nullable=False, server_default='27'))
        batch_op.add_column(sa.Column('payment_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('voided', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.alter_column('bill_id',
               existing_type=sa.INTEGER(),
               nullable=True)
        batch_op.drop_constraint(batch_op.f('uq_draft_entries_bill_id'), type_='unique')
        batch_op.create_index(batch_op.f('ix_draft_entries_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_draft_entries_bill_id'), ['bill_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_draft_entries_enrollment_id'), ['enrollment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_draft_entries_payment_id'), ['payment_id'], unique=False)
        batch_op.create_index('uq_draft_entries_live_bill', ['bill_id'], unique=True, sqlite_where=sa.text('voided = 0 AND bill_id IS NOT NULL'), postgresql_where=sa.text('NOT voided AND bill_id IS NOT NULL'))
        batch_op.create_foreign_key(batch_op.f('fk_draft_entries_payment_id_payments'), 'payments', ['payment_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_draft_entries_account_id_accounts'), 'accounts', ['account_id'], ['id'])

    with op.batch_alter_table('draft_runs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('effective_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('status', sa.String(length=10), nullable=False, server_default='sent'))
        batch_op.add_column(sa.Column('file_id_modifier', sa.String(length=1), nullable=False, server_default='A'))
        batch_op.add_column(sa.Column('prenote_count', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('sent_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('voided_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('void_reason', sa.String(length=200), server_default='', nullable=False))
        batch_op.create_foreign_key(batch_op.f('fk_draft_runs_sent_by_id_users'), 'users', ['sent_by_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_draft_runs_voided_by_id_users'), 'users', ['voided_by_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('draft_runs', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_draft_runs_voided_by_id_users'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_draft_runs_sent_by_id_users'), type_='foreignkey')
        batch_op.drop_column('void_reason')
        batch_op.drop_column('voided_by_id')
        batch_op.drop_column('voided_at')
        batch_op.drop_column('sent_by_id')
        batch_op.drop_column('sent_at')
        batch_op.drop_column('prenote_count')
        batch_op.drop_column('file_id_modifier')
        batch_op.drop_column('status')
        batch_op.drop_column('effective_date')

    with op.batch_alter_table('draft_entries', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_draft_entries_account_id_accounts'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_draft_entries_payment_id_payments'), type_='foreignkey')
        batch_op.drop_index('uq_draft_entries_live_bill', sqlite_where=sa.text('voided = 0 AND bill_id IS NOT NULL'), postgresql_where=sa.text('NOT voided AND bill_id IS NOT NULL'))
        batch_op.drop_index(batch_op.f('ix_draft_entries_payment_id'))
        batch_op.drop_index(batch_op.f('ix_draft_entries_enrollment_id'))
        batch_op.drop_index(batch_op.f('ix_draft_entries_bill_id'))
        batch_op.drop_index(batch_op.f('ix_draft_entries_account_id'))
        batch_op.create_unique_constraint(batch_op.f('uq_draft_entries_bill_id'), ['bill_id'])
        batch_op.alter_column('bill_id',
               existing_type=sa.INTEGER(),
               nullable=False)
        batch_op.drop_column('voided')
        batch_op.drop_column('payment_id')
        batch_op.drop_column('transaction_code')
        batch_op.drop_column('kind')
        batch_op.drop_column('account_id')

    with op.batch_alter_table('draft_enrollments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.drop_constraint(batch_op.f('fk_draft_enrollments_replaces_id_draft_enrollments'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_draft_enrollments_ended_by_id_users'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_draft_enrollments_status'))
        batch_op.drop_column('replaces_id')
        batch_op.drop_column('ended_by_id')
        batch_op.drop_column('ended_reason')
        batch_op.drop_column('activated_on')
        batch_op.drop_column('retention_until')
        batch_op.drop_column('form_location')
        batch_op.drop_column('voided_check_received')
        batch_op.drop_column('signed_form_received')
        batch_op.drop_column('email')
        batch_op.drop_column('phone')
        batch_op.drop_column('bank_name')
        batch_op.drop_column('name_on_account')
        batch_op.drop_column('status')

    with op.batch_alter_table('draft_corrections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_draft_corrections_entry_id'))
        batch_op.drop_index(batch_op.f('ix_draft_corrections_enrollment_id'))

    op.drop_table('draft_corrections')
    with op.batch_alter_table('draft_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_draft_documents_enrollment_id'))

    op.drop_table('draft_documents')
