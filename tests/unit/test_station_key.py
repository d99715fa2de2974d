"""A station's draft.key at set-up: made only for a database without encrypted numbers."""
from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from cashier_app.services.drafts.draft_key import DraftKeyError, key_path
from cashier_app.services.drafts.station_key import key_for_this_station
from tests.draft_support import enroll
from tests.factories import make_account


def test_the_first_station_gets_a_key(db):
    assert not key_path().exists()
    assert "made" in key_for_this_station(db)
    first = key_path().read_bytes()
    assert "kept" in key_for_this_station(db) and key_path().read_bytes() == first


def test_a_station_joining_a_database_with_numbers_never_makes_its_own_key(db):
    enroll(db, make_account(db), "123456789012")  # the first station's key encrypted it
    key_path().rename(key_path().with_suffix(".first"))
    with pytest.raises(DraftKeyError, match="copy draft.key from the first station") as caught:
        key_for_this_station(db)
    assert "123456789012" not in str(caught.value)
    assert not key_path().exists()

    key_path().write_bytes(Fernet.generate_key())  # some other key
    with pytest.raises(DraftKeyError, match="not the first station's draft.key"):
        key_for_this_station(db)

    key_path().with_suffix(".first").replace(key_path())
    assert "reads this database's bank account numbers" in key_for_this_station(db)
