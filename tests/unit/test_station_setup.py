"""The set-up service alone: keys checked against what the database holds, an older schema is
reported (and upgraded at Finish), a failed Finish removes the files it made."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from cashier_app import config as cfg
from cashier_app.db import open_database, upgrade
from cashier_app.services.setup.database_probe import DatabaseProbe, SetupRefused, probe_sqlite, schema_head
from cashier_app.services.setup.setup_keys import KeyChoice, check_keys
from cashier_app.services.setup.station_setup import StationPlan, check_station_names, set_up_station

PASSWORD = "tall-oak-window-9"


def joined_probe(ciphertext: bytes | None) -> DatabaseProbe:
    return DatabaseProbe("db", True, schema_head(), schema_head(), users=1, stations=(("S1", "S1"),),
                         ciphertext=ciphertext)


def test_a_draft_key_that_cannot_read_the_stored_numbers_is_refused(tmp_path):
    first, other = Fernet.generate_key(), Fernet.generate_key()
    token = Fernet(first).encrypt(b"123456789")
    (tmp_path / "first.key").write_bytes(first + b"\n")
    (tmp_path / "other.key").write_bytes(other + b"\n")
    (tmp_path / "audit.key").write_text("ab" * 32)
    probe = joined_probe(token)
    with pytest.raises(SetupRefused, match="cannot read this database's bank account numbers") as refused:
        check_keys(probe, KeyChoice(tmp_path / "audit.key", tmp_path / "other.key"))
    assert refused.value.field == "draft_key" and "123456789" not in str(refused.value)
    said = check_keys(probe, KeyChoice(tmp_path / "audit.key", tmp_path / "first.key"))
    assert said[1].startswith("draft.key: copied from")
    (tmp_path / "damaged.key").write_text("not a key")
    with pytest.raises(SetupRefused, match="damaged") as refused:
        check_keys(probe, KeyChoice(tmp_path / "audit.key", tmp_path / "damaged.key"))
    with pytest.raises(SetupRefused, match="not an audit key") as refused:
        check_keys(probe, KeyChoice(tmp_path / "damaged.key", tmp_path / "first.key"))
    assert refused.value.field == "audit_key"


def test_a_database_in_use_never_gets_new_keys(tmp_path):
    with pytest.raises(SetupRefused, match="copy the first station's audit.key"):
        check_keys(joined_probe(None), KeyChoice())


def test_an_older_schema_is_reported_and_upgraded_at_finish(cashier_home):
    path = cashier_home / "cashier.db"
    db = open_database(str(path), migrate=False)
    upgrade(db, "0007")
    db.dispose()
    probe = probe_sqlite(path)
    assert probe.exists and probe.older and probe.revision == "0007" and probe.needs_admin
    plan = StationPlan(f"sqlite:///{path}", cfg.StationConfig(), admin_user="admin", admin_password=PASSWORD)
    set_up_station(plan).db.dispose()
    assert not probe_sqlite(path).older


def test_names_are_checked_before_the_database_is(cashier_home):
    assert check_station_names(None, " Front desk ", "fd1") == ("Front desk", "FD1")
    probe = joined_probe(None)
    with pytest.raises(SetupRefused) as refused:
        check_station_names(probe, "s1", "X")
    assert refused.value.field == "station"


def test_a_failed_finish_removes_the_files_it_made(cashier_home, monkeypatch):
    from cashier_app.services.setup import station_setup

    def broken(_db):  # noqa: ANN001, ANN202
        raise SetupRefused("the draft key step failed", "draft_key")

    monkeypatch.setattr(station_setup, "key_for_this_station", broken)
    plan = StationPlan(cfg.default_db_url(), cfg.StationConfig(), admin_user="admin", admin_password=PASSWORD)
    with pytest.raises(SetupRefused):
        set_up_station(plan)
    assert sorted(p.name for p in Path(cashier_home).iterdir()) == []
    monkeypatch.undo()
    monkeypatch.setenv("CASHIER_HOME", str(cashier_home))
    result = set_up_station(dataclasses.replace(plan))  # and it can be done again after
    assert {"station.toml", "cashier.db", "audit.key", "draft.key"} <= {p.name for p in cashier_home.iterdir()}
    result.db.dispose()


def test_connection_problems_are_said_on_the_field_to_fix():
    import socket
    import threading

    from cashier_app.services.setup.database_probe import ServerAddress, connection_problem, probe_server

    address = ServerAddress("dbhost", 5432, "cashier", "cashier", "s3cret-pass")
    for driver_says, field, words in (
            ("connection timeout expired", "host", "dbhost is unreachable"),
            ("could not receive data from server: No route to host", "host", "unreachable"),
            ('FATAL:  password authentication failed for user "cashier"', "password", "refused the password"),
            ('FATAL:  database "cashier" does not exist', "database", "no database 'cashier'"),
            ('FATAL:  no pg_hba.conf entry for host "10.0.0.7"', "host", "does not let this PC in")):
        refused = connection_problem(RuntimeError(driver_says), address)
        assert refused.field == field and words in str(refused) and "s3cret-pass" not in str(refused)
    with socket.socket() as server:  # something that is not PostgreSQL answers on the port
        server.bind(("127.0.0.1", 0))
        server.listen(1)

        def answer() -> None:
            conn, _ = server.accept()
            conn.recv(64)
            conn.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")
            conn.close()

        threading.Thread(target=answer, daemon=True).start()
        with pytest.raises(SetupRefused, match="not as a PostgreSQL server") as refused:
            probe_server(ServerAddress("127.0.0.1", server.getsockname()[1], "cashier", "cashier", "x"))
    assert refused.value.field == "port"
