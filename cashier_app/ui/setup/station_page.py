"""Page 2: the station's name and its receipt prefix, refused when another station uses either."""
from __future__ import annotations

from collections.abc import Callable

from cashier_app.services.setup.station_setup import check_station_names
from cashier_app.ui.setup.page import SetupPage
from cashier_app.ui.widgets import label


def suggested_name(taken: tuple[tuple[str, str], ...]) -> str:
    """S1, or the first S<n> whose name and prefix no station of the database uses."""
    used = {n.upper() for n, _p in taken} | {p.upper() for _n, p in taken}
    number = 1
    while f"S{number}" in used:
        number += 1
    return f"S{number}"


class StationPage(SetupPage):
    def __init__(self, answers, jobs, parent=None) -> None:  # noqa: ANN001
        super().__init__(answers, jobs, "setupStationPage", parent)
        tr = self.tr
        self.intro(tr("The station's name is shown in the status bar and on receipts. Its receipt prefix starts "
                      "every receipt number it prints (S2-000001, S2-000002, …): each station of a database has "
                      "its own."))
        self.name = self.field(tr("Station name"), "setupStationName", "station", 40)
        self.prefix = self.field(tr("Receipt prefix (1 to 8 letters or digits)"), "setupReceiptPrefix",
                                 "receipt_prefix", 8)
        self.in_use = label("", "caption", "setupStationsInUse")
        self.in_use.setWordWrap(True)
        self.body.addWidget(self.in_use)
        self.body.addStretch(1)
        self._suggested_for = None

    def title(self) -> str:
        return self.tr("Station")

    def enter(self) -> None:
        probe = self.answers.probe
        taken = probe.stations if probe is not None else ()
        if self._suggested_for != taken:  # a database chosen again: suggest a free name for it
            self._suggested_for = taken
            if not self.name.text() or self.name.text() == self.answers.station:
                self.answers.station = self.answers.receipt_prefix = suggested_name(taken)
                self.name.setText(self.answers.station)
                self.prefix.setText(self.answers.receipt_prefix)
        if taken:
            self.in_use.setText(self.tr("Stations already in this database: {0}").format(
                ", ".join(f"{n} ({p}-…)" for n, p in taken)))
        else:
            self.in_use.setText(self.tr("This is the database's first station."))
        self.name.setFocus()
        self.name.selectAll()

    def leave(self, go_on: Callable[[], None]) -> None:
        self.clear_errors()
        try:
            name, prefix = check_station_names(self.answers.probe, self.name.text(), self.prefix.text())
        except Exception as exc:  # noqa: BLE001 - a SetupRefused lands under its field
            if not self.show_refusal(exc):
                raise
            return
        self.answers.station, self.answers.receipt_prefix = name, prefix
        self.prefix.setText(prefix)
        go_on()
