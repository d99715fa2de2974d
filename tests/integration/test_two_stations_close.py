"""Two stations on one database post, count and close their drawers at the same moment: each
session balances against its own payments only, and the day then closes once."""
from decimal import Decimal

from cashier_app.models import Role
from cashier_app.services import business_day
from cashier_app.services.day_close import close_day
from cashier_app.services.drawers import ItemCount, approve_difference, my_session, sessions_of_day, submit_count
from tests.factories import make_account, make_station, make_user
from tests.integration.together import at_once
from tests.printing_support import Counter, cash, check, pay

D = Decimal


def test_two_stations_close_independently(db, db_url):
    for n in (1, 2):
        make_station(db, f"S{n}", f"S{n}")
    ann = make_user(db, "ann", station="S1")
    lee = make_user(db, "lee", station="S2")
    boss = make_user(db, "boss", roles=(Role.SUPERVISOR,), station="S1")
    accounts = [make_account(db, f"100000{i}", f"10000{i}", balance="900.00") for i in range(1, 4)]

    def station_day(cashier, cash_each, checks):
        def job(station_db):
            counter = Counter(station_db, cashier.station, cashier, accounts[0], accounts[1])
            for i in range(10):  # the same accounts at both stations
                pay(counter, {accounts[i % 3]: cash_each}, cash(cash_each))
            for i, amount in enumerate(checks):
                pay(counter, {accounts[i % 3]: amount}, check(amount, f"{cashier.user_id}{i:03d}"))
            session = my_session(station_db, cashier)
            cash_total = D("100.00") + 10 * D(cash_each)
            return submit_count(station_db, cashier, session.id, {"1c": int(cash_total * 100)},
                                ItemCount(len(checks), str(sum(map(D, checks)))), ItemCount(),
                                ticked=[])  # checks not ticked: waits for approval, figures still recorded
        return job

    one, two = at_once(db_url, [station_day(ann, "12.34", ["50.00"]), station_day(lee, "7.00", ["20.00", "30.00"])])
    for view in (one, two):
        assert not isinstance(view, Exception), view
    assert (one.station, [(b.expected, b.difference) for b in one.balances]) == (
        "S1", [(D("223.40"), D("0.00")), (D("50.00"), D("0.00")), (D("0.00"), D("0.00"))])
    assert (two.station, [(b.expected, b.difference) for b in two.balances]) == (
        "S2", [(D("170.00"), D("0.00")), (D("50.00"), D("0.00")), (D("0.00"), D("0.00"))])
    assert [b.expected_items for b in two.balances] == [0, 2, 0]
    for view in (one, two):
        approve_difference(db, boss, view.id, "checks seen, list not ticked")
    close_day(db, boss, business_day.today())
    assert sorted((v.station, v.state) for v in sessions_of_day(db, boss)) == [("S1", "closed"), ("S2", "closed")]
