import pytest

from cashier_app.services.lookup import find_accounts
from tests.factories import make_account, make_station, make_user


@pytest.fixture
def accounts(db):
    make_station(db)
    cashier = make_user(db)
    make_account(db, "1000001", "100001", "O'Brien", "Renée", "412 W Marion St", "704-555-0142")
    make_account(db, "1000002", "100001", "O'Brien", "Renée", "9 Grover St", "704-555-0142")
    make_account(db, "2000017", "200017", "Muñoz", "José", "300 S Washington St", "(980) 555-0199")
    make_account(db, "2000018", "200018", "Smith", "Ann", "1200 E Dixon Blvd", "704 555 7777")
    return cashier


def numbers(db, actor, text):
    return [h.account_number for h in find_accounts(db, actor, text)]


@pytest.mark.parametrize("typed, expected", [
    ("1000001", ["1000001"]),
    ("100001", ["1000001", "1000002"]),  # customer number: all the customer's accounts
    ("obrien", ["1000001", "1000002"]),
    ("O'Bri", ["1000001", "1000002"]),
    ("renee", ["1000001", "1000002"]),
    ("munoz jo", ["2000017"]),
    ("José Muñoz", ["2000017"]),
    ("washington", ["2000017"]),
    ("300 S Wash", ["2000017"]),
    ("dixon", ["2000018"]),
    ("980-555-0199", ["2000017"]),
    ("555-7777", ["2000018"]),  # seven digits: a Shelby (704) number
    ("O'Brien%", ["1000001", "1000002"]),  # punctuation is ignored, not a wildcard
    ("zzz", []),
    ("", []),
])
def test_lookup_finds_by_every_key(db, accounts, typed, expected):
    assert sorted(numbers(db, accounts, typed)) == expected


@pytest.mark.parametrize("hostile", [
    "'; DROP TABLE accounts; --", "%", "_", "100%", "\\", "🙂", "שלום", "x" * 10_000, "\x00",
])
def test_hostile_search_strings_find_nothing_and_break_nothing(db, accounts, hostile):
    assert numbers(db, accounts, hostile) == []
    assert numbers(db, accounts, "1000001") == ["1000001"]
