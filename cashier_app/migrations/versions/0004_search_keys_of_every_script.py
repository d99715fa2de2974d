"""search keys of every script: recompute the keys of customers and accounts

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

Search keys used to keep only what folded to ASCII (李明 had an empty key, Đặng was ANG). The
keys now keep the letters of every script (services/search_keys.py); this recomputes them with
that same fold and writes only the rows whose keys change (ASCII names keep theirs). Rows are
read in id order, a batch at a time, so a million customers take seconds and little memory.
No schema change. Downgrade leaves the keys as they are (the older code simply finds less).

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from cashier_app.services.search_keys import address_keys, name_keys

# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

BATCH = 5000
CUSTOMERS = sa.table("customers", sa.column("id", sa.Integer), sa.column("last_name", sa.String),
                     sa.column("first_name", sa.String), sa.column("name_key", sa.String),
                     sa.column("name_key_first", sa.String))
ACCOUNTS = sa.table("accounts", sa.column("id", sa.Integer), sa.column("service_address", sa.String),
                    sa.column("address_key", sa.String), sa.column("street_key", sa.String))


def _recompute(table: sa.TableClause, source: tuple[str, ...], keys: tuple[str, str], rule) -> None:  # noqa: ANN001
    conn = op.get_bind()
    read = (sa.select(table.c.id, *(table.c[c] for c in source), *(table.c[k] for k in keys))
            .where(table.c.id > sa.bindparam("after")).order_by(table.c.id).limit(BATCH))
    write = (sa.update(table).where(table.c.id == sa.bindparam("row_id"))
             .values({k: sa.bindparam(f"new_{k}") for k in keys}))
    after = 0
    while rows := conn.execute(read, {"after": after}).all():
        changed = []
        for row in rows:
            new = rule(*row[1:1 + len(source)])
            if tuple(new) != tuple(row[1 + len(source):]):
                changed.append({"row_id": row[0], **{f"new_{k}": v for k, v in zip(keys, new)}})
        if changed:
            conn.execute(write, changed)
        after = rows[-1][0]


def upgrade() -> None:
    """Recompute name keys and address keys with the fold that keeps every script."""
    _recompute(CUSTOMERS, ("last_name", "first_name"), ("name_key", "name_key_first"),
               lambda last, first: name_keys(last or "", first or ""))
    _recompute(ACCOUNTS, ("service_address",), ("address_key", "street_key"),
               lambda address: address_keys(address or ""))


def downgrade() -> None:
    """Nothing to undo in the schema; the keys stay as computed."""
