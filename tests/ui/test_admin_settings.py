"""The Administration window's Settings page: every setting, grouped, checked as `cashier-app
setting set` checks it; a refusal at its field and nothing written; saved values used at once."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from cashier_app.models import AuditEvent, Setting
from cashier_app.services import settings
from cashier_app.ui.admin.setting_groups import setting_groups
from tests.ui import admin_support
from tests.ui.admin_support import events, settled

admin_window = admin_support.admin_window


def written(db) -> tuple[int, int]:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Setting)), s.scalar(select(func.count(AuditEvent.id)))


def test_every_setting_is_in_exactly_one_group():
    keys = [f.key for _title, fields in setting_groups() for f in fields]
    assert sorted(keys) == sorted(settings.DEFAULTS) and len(keys) == len(set(keys))


def loaded(qtbot, win, dialog):
    page = dialog.settings_page
    dialog.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.typed("money.cap") == "100000.00")
    settled(qtbot, win, page)
    return page


def test_it_shows_every_setting_with_its_value(qtbot, admin_window):
    win, dialog = admin_window
    page = loaded(qtbot, win, dialog)
    assert set(page.fields) == set(settings.DEFAULTS)
    assert page.typed("receipt.header") == settings.DEFAULTS["receipt.header"]
    assert page.typed("returned_check.fee") == "25.00" and page.typed("fees.online_card") == "3.75"
    assert page.typed("fees.online_echeck") == "0.95" and page.typed("fees.counter") == "0.00"
    assert page.typed("payments.noncash_overpay") == "credit"
    assert page.fields["payments.noncash_overpay"].count() == 2  # its allowed values, no others
    assert page.typed("counter.idle_lock_minutes") == "10" and page.typed("drafts.lead_banking_days") == "2"


REFUSALS = [
    ("money.cap", "0", "more than $0.00"),
    ("returned_check.fee", "12.345", "two decimals"),
    ("drawer.difference_threshold", "lots", "not an amount"),
    ("fees.online_card", "-1", "negative"),
    ("login.max_failures", "2.5", "whole number"),
    ("counter.idle_lock_minutes", "-3", "cannot be negative"),
    ("backup.keep_days", "ten", "not a valid value"),
    ("city.time_zone", "Mars/Olympus_Mons", "city.time_zone"),
    ("drafts.odfi_routing", "123456789", "check digit"),
    ("drafts.company_name", "CITY OF SHELBY UTILITIES", "16"),
    ("drafts.immediate_origin", "12", "drafts.immediate_origin"),
]


def test_each_refusal_is_shown_at_its_field_and_nothing_is_written(qtbot, admin_window, counter_db):
    db, _ = counter_db
    win, dialog = admin_window
    page = loaded(qtbot, win, dialog)
    before = written(db)
    for key, typed, words in REFUSALS:
        page.refresh()
        qtbot.waitUntil(lambda: page.typed("money.cap") == "100000.00" and not page.changed())
        settled(qtbot, win, page)
        page.set_typed("returned_check.fee", "30.00")  # a good change beside the refused one: not written either
        page.set_typed(key, typed)
        page.save_button.click()
        error = page.errors[key]
        qtbot.waitUntil(error.isVisible)
        settled(qtbot, win, page)
        assert words in error.text(), (key, error.text())
        assert [k for k, e in page.errors.items() if not e.isHidden()] == [key]
        assert page.fields[key].hasFocus() or not dialog.isActiveWindow()
        assert written(db) == before, key
    # The offset account number is checked too, and its message does not repeat it.
    page.refresh()
    qtbot.waitUntil(lambda: not page.changed())
    page.set_typed("drafts.offset_account", "12345678x9")
    page.save_button.click()
    qtbot.waitUntil(page.errors["drafts.offset_account"].isVisible)
    assert "12345678x9" not in page.errors["drafts.offset_account"].text()
    assert written(db) == before


def test_saved_changes_are_stored_as_the_command_line_stores_them_and_used_at_once(qtbot, admin_window, counter_db):
    db, _ = counter_db
    win, dialog = admin_window
    page = loaded(qtbot, win, dialog)
    page.set_typed("returned_check.fee", "$30")
    page.set_typed("money.cap", "250,000")
    page.set_typed("receipt.header", ["Town of Testing", "1 Main St", ""])
    page.set_typed("payments.noncash_overpay", "refuse")
    page.set_typed("counter.idle_lock_minutes", "3")
    page.set_typed("fees.online_card", "4")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.notice.text().startswith("Saved:"))
    settled(qtbot, win, page)
    with db.read() as s:
        stored = {row.key: row.value for row in s.scalars(select(Setting))}
    assert stored == {"returned_check.fee": "30.00", "money.cap": "250000.00",
                      "receipt.header": ["Town of Testing", "1 Main St"], "payments.noncash_overpay": "refuse",
                      "counter.idle_lock_minutes": 3, "fees.online_card": "4.00"}
    changes = {e.entity_id: (e.before, e.after) for e in events(db, "setting.change")}
    assert changes["returned_check.fee"] == ({"value": "25.00"}, {"value": "30.00"})
    assert len(changes) == 6
    assert page.typed("returned_check.fee") == "30.00" and page.typed("money.cap") == "250000.00"
    assert win.context.limit.cap == Decimal("250000.00")  # the open window's amount fields take it
    assert win.idle.timeout_ms == 3 * 60_000
    fee_line = win.payment.view.fee  # the schedule the cashier tells customers, on the counter's fee line
    qtbot.waitUntil(lambda: "online $4.00 by card, $0.95 by e-check" in fee_line.toolTip())
    assert "at the counter $0.00" in fee_line.toolTip()
    page.save_button.click()
    assert page.notice.text() == "Nothing changed."


def test_a_station_with_its_own_idle_lock_keeps_it(qtbot, counter_db, station_config):
    from cashier_app.services.access import system_actor
    from tests.ui.conftest import open_window

    db, _ = counter_db
    settings.set_setting(db, system_actor("S1"), "counter.idle_lock_minutes", 4)
    win = open_window(qtbot, db, station_config)
    assert win.idle.timeout_ms == 4 * 60_000  # the City's setting
    win.close()
    station_config.idle_lock_minutes = 7
    win = open_window(qtbot, db, station_config)
    assert win.idle.timeout_ms == 7 * 60_000  # this station's own
    win.close()
