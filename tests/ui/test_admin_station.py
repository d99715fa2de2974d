"""The Administration window's Station and printer page: the printer profile (checked before it
is saved), a test page and a drawer test on the profile picked, the receipts folder; refusals at
their field, nothing written."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from cashier_app import config
from cashier_app.config import load_station_config
from cashier_app.models import AuditEvent, Station
from tests.ui import admin_support
from tests.ui.admin_support import events, settled

admin_window = admin_support.admin_window


@pytest.fixture
def station_config(tmp_path):
    """The station's config as read from its file (the page writes it back there)."""
    path = tmp_path / "station.toml"
    path.write_text(f'[station]\nstation = "S1"\nreceipt_prefix = "S1"\nreceipts_dir = "{tmp_path / "receipts"}"\n',
                    encoding="utf-8")
    return load_station_config(path)


def the_page(qtbot, win, dialog):
    page = dialog.station_page
    dialog.tabs.setCurrentWidget(page)
    settled(qtbot, win, page)
    return page


def audit_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(AuditEvent.id)))


def test_test_page_and_drawer_on_the_profile_picked(qtbot, admin_window, counter_db, station_config, tmp_path):
    db, _ = counter_db
    win, dialog = admin_window
    page = the_page(qtbot, win, dialog)
    names = [page.profile.itemData(i) for i in range(page.profile.count())]
    assert {"file", "pdf", "network", "usb", "serial", "cups"} <= set(names)
    assert page.chosen_profile() == "file" and page.profile.currentText() == "file — Receipt files"
    page.test_page.click()
    qtbot.waitUntil(lambda: page.notice.text().startswith("Test page printed"))
    assert any((tmp_path / "receipts").iterdir())
    page.drawer_test.click()
    qtbot.waitUntil(lambda: page.notice.text() == "The drawer was told to open.")
    assert "drawer test" in (tmp_path / "receipts" / "drawer.log").read_text(encoding="utf-8")
    assert events(db, "drawer.test")[-1].after["opened"] is True
    page.choose_profile("pdf")
    page.drawer_test.click()
    qtbot.waitUntil(page.printer_error.isVisible)
    assert "no cash drawer" in page.printer_error.text()
    # the attempt is audited too (its event may land just after the message shows)
    qtbot.waitUntil(lambda: events(db, "drawer.test")[-1].after["opened"] is False)
    page.test_page.click()
    qtbot.waitUntil(lambda: page.notice.text().startswith("Test page printed"))
    assert list((tmp_path / "receipts" / "pdf").glob("*.pdf"))
    assert page.printer_error.isHidden()


def test_a_broken_profile_is_refused_at_the_printer_and_nothing_is_written(qtbot, admin_window, counter_db,
                                                                           station_config):
    db, _ = counter_db
    mine = config.home() / "printers"
    mine.mkdir(parents=True, exist_ok=True)
    (mine / "front-desk.toml").write_text('name = "Front desk"\nconnection = "network"\nport = "ninety"\n',
                                          encoding="utf-8")
    win, dialog = admin_window
    page = the_page(qtbot, win, dialog)
    before_file, before_events = open(station_config.path, encoding="utf-8").read(), audit_count(db)
    page.choose_profile("front-desk")
    assert page.profile.currentText() == "front-desk"  # it cannot be read: no name of its own
    page.test_page.click()
    qtbot.waitUntil(page.printer_error.isVisible)
    assert "front-desk.toml" in page.printer_error.text()
    page.save_printer.click()
    qtbot.waitUntil(page.printer_error.isVisible)
    settled(qtbot, win, page)
    assert "host: give the printer" in page.printer_error.text() and page.notice.text() == ""
    assert open(station_config.path, encoding="utf-8").read() == before_file and audit_count(db) == before_events


def test_the_printer_and_receipts_folder_are_saved_in_the_station_config(qtbot, admin_window, counter_db,
                                                                         station_config, tmp_path):
    db, _ = counter_db
    win, dialog = admin_window
    page = the_page(qtbot, win, dialog)
    page.choose_profile("pdf")
    page.save_printer.click()
    qtbot.waitUntil(lambda: page.notice.text().startswith("Saved: this station prints on pdf"))
    assert load_station_config(Path(station_config.path)).printer == "pdf"
    with db.read() as s:
        assert s.scalar(select(Station.printer_profile).where(Station.name == "S1")) == "pdf"
    assert events(db, "station.printer")[-1].after == {"printer": "pdf"}
    before_events = audit_count(db)
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    for typed, words in (("receipts", "whole path"), (str(a_file / "inside"), "cannot be made")):
        page.receipts_dir.setText(typed)
        page.save_receipts.click()
        qtbot.waitUntil(page.receipts_error.isVisible)
        settled(qtbot, win, page)
        assert words in page.receipts_error.text() and page.printer_error.isHidden()
    assert audit_count(db) == before_events
    assert load_station_config(Path(station_config.path)).receipts_dir == str(tmp_path / "receipts")
    page.receipts_dir.setText(str(tmp_path / "slips"))
    page.save_receipts.click()
    qtbot.waitUntil(lambda: page.notice.text().startswith("Saved: receipts go to"))
    saved = load_station_config(Path(station_config.path))
    assert saved.receipts_dir == str(tmp_path / "slips") and saved.printer == "pdf" and (tmp_path / "slips").is_dir()
    assert events(db, "station.receipts_dir")[-1].after == {"receipts_dir": str(tmp_path / "slips")}


def test_the_text_size_is_saved_in_the_station_config(qtbot, admin_window, counter_db, station_config, monkeypatch):
    from cashier_app.services import station_options

    db, _ = counter_db
    win, dialog = admin_window
    page = the_page(qtbot, win, dialog)
    assert page.text_size.currentData() == 100
    page.text_size.setCurrentIndex(page.text_size.findData(130))
    page.save_text_size.click()
    qtbot.waitUntil(lambda: page.notice.text() == "Saved: text at 130 % from the app's next start.")
    assert load_station_config(Path(station_config.path)).text_size == 130
    assert events(db, "station.text_size")[-1].after == {"text_size": 130}
    before = audit_count(db)
    with pytest.raises(station_options.StationSetupRefused, match="100, 115, 130"):
        station_options.set_text_size(db, win.context.actor, page.config, 120)
    assert audit_count(db) == before and load_station_config(Path(station_config.path)).text_size == 130


def test_the_language_is_saved_in_the_station_config(qtbot, admin_window, counter_db, station_config):
    from cashier_app.services import station_options

    db, _ = counter_db
    win, dialog = admin_window
    page = the_page(qtbot, win, dialog)
    assert page.language.currentData() == ""  # the PC's own language
    page.language.setCurrentIndex(page.language.findData("fr"))
    page.save_language.click()
    qtbot.waitUntil(lambda: page.notice.text() == "Saved: Français from the app's next start.")
    assert load_station_config(Path(station_config.path)).language == "fr"
    assert events(db, "station.language")[-1].after == {"language": "fr"}
    before = audit_count(db)
    with pytest.raises(station_options.StationSetupRefused, match='"en", "fr"'):
        station_options.set_language(db, win.context.actor, page.config, "de")
    assert audit_count(db) == before and load_station_config(Path(station_config.path)).language == "fr"


def test_the_receipt_language_is_saved_apart_from_the_window_language(qtbot, admin_window, counter_db,
                                                                       station_config):
    from cashier_app.services import station_options

    db, _ = counter_db
    win, dialog = admin_window
    page = the_page(qtbot, win, dialog)
    assert page.receipt_language.currentData() == ""  # as the window
    page.receipt_language.setCurrentIndex(page.receipt_language.findData("en"))
    page.save_receipt_language.click()
    qtbot.waitUntil(lambda: page.notice.text() == "Saved: receipts and letters in English from the app's next start.")
    saved = load_station_config(Path(station_config.path))
    assert saved.receipt_language == "en" and saved.language == ""
    assert events(db, "station.receipt_language")[-1].after == {"receipt_language": "en"}
    before = audit_count(db)
    with pytest.raises(station_options.StationSetupRefused) as refused:
        station_options.set_receipt_language(db, win.context.actor, page.config, "de")
    assert refused.value.field == "receipt_language"
    assert audit_count(db) == before and load_station_config(Path(station_config.path)).receipt_language == "en"
