"""Lookup on large towns: the demo builder the benchmarks use above a million accounts, the hits
as the database puts them together, and prefix order in code points on both databases."""
import random

import pytest
from cryptography.fernet import Fernet
from sqlalchemy.dialects import sqlite

from cashier_app.services.demo import MAX_ACCOUNTS, DemoError, make_demo
from cashier_app.services.demo_town import COLUMNS, Town, number_ranges
from cashier_app.services.lookup import AccountHit, find_accounts
from cashier_app.services.search_keys import address_keys, name_keys, phone_digits
from tests.factories import import_names, make_account, make_station, make_user


def _big_town_rows(accounts: int = 10_000_000, made: int = 400) -> dict[str, list[dict]]:
    """The first ``made`` accounts of a town of ``accounts`` (what bench_lookup --accounts builds)."""
    town = Town(random.Random(28150), __import__("datetime").date(2026, 11, 25), 0, accounts,
                {name: 1 for name in COLUMNS}, Fernet(Fernet.generate_key()), sqlite.dialect())
    town.build(made)
    return {table: [dict(zip(COLUMNS[table], row)) for row in town.take_rows(table)]
            for table in ("customers", "accounts")}


def test_a_ten_million_account_town_has_eight_digit_numbers():
    rows = _big_town_rows()
    customers, accounts = rows["customers"], rows["accounts"]
    numbers = [a["account_number"] for a in accounts]
    assert numbers[:2] == ["10000001", "60000001"]  # Renée's home and her rented house
    assert all(len(n) == 8 and n.isdigit() for n in numbers) and len(set(numbers)) == len(numbers)
    customer_numbers = [c["customer_number"] for c in customers]
    assert customer_numbers[0] == "100001"  # Renée keeps hers
    assert all(len(n) == 8 for n in customer_numbers[1:]) and len(set(customer_numbers)) == len(customers)
    (low, high), _, _ = number_ranges(10_000_000)
    assert all(low <= int(n) <= high for n in customer_numbers[1:])


def test_a_million_accounts_keep_the_numbers_they_always_had():
    assert number_ranges(MAX_ACCOUNTS // 10) == ((100_001, 999_999), (1_000_001, 5_999_999), (6_000_001, 9_999_999))
    rows = _big_town_rows(accounts=1_000_000, made=50)
    assert [a["account_number"] for a in rows["accounts"][:2]] == ["1000001", "6000001"]
    assert all(len(a["account_number"]) == 7 for a in rows["accounts"])


def test_the_big_town_has_the_keys_the_import_would_compute():
    # The import (extract_rows) keys a row with name_keys, phone_digits and address_keys: the
    # benchmark's town must hold exactly those keys, or a lookup measured there is not the real one.
    rows = _big_town_rows()
    for c in rows["customers"]:
        assert (c["name_key"], c["name_key_first"]) == name_keys(c["last_name"], c["first_name"])
        assert c["phone_digits"] == phone_digits(c["phone"])
    for a in rows["accounts"]:
        assert (a["address_key"], a["street_key"]) == address_keys(a["service_address"])
    names = [c["last_name"] + c["first_name"] for c in rows["customers"]]
    assert any(not n.isascii() for n in names)  # accents and Vietnamese names are in the mix


def test_the_demo_refuses_more_than_ten_million_accounts(db, admin):
    with pytest.raises(DemoError, match="10,000,000"):
        make_demo(db, admin, accounts=MAX_ACCOUNTS + 1, months=0)


def test_a_hit_has_the_name_as_shown_and_a_true_cash_only_flag(db):
    make_station(db)
    cashier = make_user(db)
    make_account(db, "1000001", "100001", "O'Brien", "Renée", cash_only=True)
    make_account(db, "1000002", "100002", "Hamrick Hardware", "", "9 Grover St", cash_only=False)
    [renee] = find_accounts(db, cashier, "1000001")
    [shop] = find_accounts(db, cashier, "hamrick")
    assert isinstance(renee, AccountHit)
    assert (renee.customer_name, renee.cash_only) == ("Renée O'Brien", True)
    assert (shop.customer_name, shop.cash_only) == ("Hamrick Hardware", False)  # no leading space
    assert type(renee.cash_only) is bool and type(shop.cash_only) is bool


def test_prefix_results_come_in_code_point_order_on_either_database(db, admin, tmp_path):
    # A language collation orders differently: glibc's ignores the space (LIAM before LI MING),
    # ICU's puts Ŋ (no decomposition, so the key keeps it) right after N (LIŊ before LIO). Keys
    # compare by code point (SQLite BINARY, PostgreSQL collation "C"): the order of the index.
    make_station(db)
    names = [("400001", "Liam", ""), ("400002", "Li", "Ming"), ("400003", "Li", "Ángel"),
             ("400004", "Lİ", "Zoë"), ("400005", "Lì", "李"), ("400006", "Lia", ""), ("400007", "Liŋ", ""),
             ("400008", "Lio", "")]
    import_names(db, admin, tmp_path, names)
    cashier = make_user(db)
    found = [h.customer_number for h in find_accounts(db, cashier, "li")]
    keys = {number: name_keys(last, first)[0] for number, last, first in names}
    assert found == sorted(keys, key=keys.get)
    assert [keys[n] for n in found] == ["LI ANGEL", "LI MING", "LI ZOE", "LI 李", "LIA", "LIAM", "LIO", "LIŊ"]
