"""Property: a return file built from any subset of a run applies exactly that subset, once, whatever
the order of its entries and however often it is read (issue 11, "Independent checks")."""
from __future__ import annotations

import itertools
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from cashier_app.models import Charge, DraftEnrollment, ReturnedItem, Role
from cashier_app.services.drafts.return_actions import ENDING_CODES
from cashier_app.services.drafts.returns import ALREADY, APPLIED, apply_return_file
from tests.ach_builder import Batch, Item, ReturnFileText
from tests.draft_support import ROUTING, make_draft_run
from tests.factories import make_user

RUN_SIZE, PRENOTES = 6, 2
CODES = ["R01", "R09", "R02", "R03", "R10", "R06"]
_runs = itertools.count()


def item(entry, code, n) -> Item:
    return Item(code, ROUTING, entry.bank_account, int(entry.amount * 100), entry.account_number, "PAT DOE",
                f"0610001{n:08d}", entry.trace_number)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_subset_applies_exactly_once(db, data):
    k = next(_runs)  # each example: a new run (new accounts, trace numbers) in the same database
    sam = make_user(db, f"sam{k}", roles=(Role.SUPERVISOR,), drawer=False)
    _, entries = make_draft_run(db, count=RUN_SIZE, prenotes=PRENOTES, supervisor=sam,
                                first_account=4000000 + 100 * k, first_trace=1 + 100 * k)
    chosen = data.draw(st.lists(st.sampled_from(range(len(entries))), unique=True), label="subset")
    codes = {i: data.draw(st.sampled_from(CODES), label=f"code {i}") for i in chosen}
    readings = data.draw(st.integers(1, 3), label="readings")
    # each reading may list the entries in another order, in one batch or one batch per entry
    for reading in range(readings):
        order = data.draw(st.permutations(chosen), label=f"order {reading}")
        one_batch = data.draw(st.booleans(), label=f"one batch {reading}")
        items = [item(entries[i], codes[i], n) for n, i in enumerate(order, 1)]
        if not items:
            break
        batches = [Batch(items)] if one_batch else [Batch([x], number=b) for b, x in enumerate(items, 1)]
        report = apply_return_file(db, sam, ReturnFileText(batches).text())
        want = APPLIED if reading == 0 else ALREADY
        assert [x.status for x in report.lines] == [want] * len(items)
        assert [x.trace_number for x in report.lines] == [entries[i].trace_number for i in order]
    ids = {e.entry_id for e in entries}
    debits = [i for i in chosen if entries[i].kind == "debit"]
    with db.read() as s:
        returned = set(s.scalars(select(ReturnedItem.draft_entry_id).where(ReturnedItem.draft_entry_id.in_(ids))))
        assert returned == {entries[i].entry_id for i in chosen}
        reversed_ = s.scalar(select(func.coalesce(func.sum(Charge.amount), 0)).where(
            Charge.kind == "reversal", Charge.payment_id.in_([e.payment_id for e in entries if e.payment_id])))
        assert Decimal(reversed_) == sum((entries[i].amount for i in debits), Decimal("0"))
        fees = s.scalar(select(func.count()).select_from(Charge).where(
            Charge.kind == "returned_check_fee", Charge.payment_id.in_([e.payment_id for e in entries if e.payment_id])))
        assert fees == len(debits)
        statuses = dict(s.execute(select(DraftEnrollment.id, DraftEnrollment.status)
                                  .where(DraftEnrollment.id.in_([e.enrollment_id for e in entries]))).all())
    for i, e in enumerate(entries):
        should_end = i in chosen and (e.kind == "prenote" or codes[i] in ENDING_CODES)
        assert (statuses[e.enrollment_id] == "ended") == should_end, (i, e.kind, codes.get(i))
