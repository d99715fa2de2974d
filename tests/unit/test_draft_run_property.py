"""Property (issue 11, "Independent checks"): any set of enrollments, balances and bills gives a file
that achlens finds valid (controls add up) and whose entries are exactly the amounts still due:
each bill's amount capped by what the account still owes, in bill order, nothing when nothing is."""
from __future__ import annotations

import shutil
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cashier_app.db import Database, make_engine
from cashier_app.models import EnrollmentStatus, Role
from cashier_app.services.access import Actor
from cashier_app.services.drafts.draft_key import ensure_key
from cashier_app.services.drafts.runs import DraftRunRefused, make_run
from tests.draft_run_support import DRAFT_DATE, add_bill, at_now, enroll, file_entries, set_origin
from tests.factories import make_account, make_station, make_user

cents = st.integers(min_value=-50_00, max_value=900_00).map(lambda c: Decimal(c) / 100)
bill_cents = st.integers(min_value=1, max_value=500_00).map(lambda c: Decimal(c) / 100)
account = st.fixed_dictionaries({
    "balance": cents,
    "bills": st.lists(bill_cents, min_size=0, max_size=2),
    "status": st.sampled_from([EnrollmentStatus.ACTIVE.value, EnrollmentStatus.PENDING.value]),
    "savings": st.booleans(),
})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(accounts=st.lists(account, min_size=1, max_size=6))
def test_the_file_holds_exactly_what_is_still_due(accounts, sqlite_template, tmp_path_factory, monkeypatch,
                                                 fast_passwords):
    folder = tmp_path_factory.mktemp("run")
    path = folder / "cashier.db"
    shutil.copy(sqlite_template, path)
    db = Database(make_engine(f"sqlite:///{path}"))
    try:
        at_now(monkeypatch)
        make_station(db)
        ensure_key()
        set_origin(db, Actor(None, "admin", frozenset({Role.ADMINISTRATOR.value}), "S1"))
        sup = make_user(db, "sup", roles=(Role.SUPERVISOR,))
        expected = []
        for n, a in enumerate(accounts, start=1):
            number = f"2000{n:03d}"
            account_id = make_account(db, number, f"3000{n:03d}", balance=f"{a['balance']:.2f}")
            enroll(db, account_id, f"{n:05d}4321", status=a["status"], kind="savings" if a["savings"] else "checking")
            owed = a["balance"]
            for day, amount in enumerate(a["bills"], start=1):
                add_bill(db, account_id, f"{amount:.2f}", DRAFT_DATE, DRAFT_DATE.replace(month=11, day=day))
                if a["status"] == EnrollmentStatus.ACTIVE.value and owed > 0:
                    drafted = min(amount, owed)
                    owed -= drafted
                    expected.append(("37" if a["savings"] else "27", number, drafted))
            if a["status"] == EnrollmentStatus.PENDING.value:
                expected.append(("38" if a["savings"] else "28", number, Decimal("0")))
        out = folder / "run.ach"
        try:
            result = make_run(db, sup, DRAFT_DATE, out)
        except DraftRunRefused:
            assert expected == [] and not out.exists()
            return
        read = [(code, ident, amount) for code, _acct, amount, ident, _trace in file_entries(out)]
        assert sorted(read) == sorted(expected)
        assert result.total == sum((amount for code, _n, amount in expected if code in ("27", "37")), Decimal(0))
    finally:
        db.dispose()
