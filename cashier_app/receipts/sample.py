"""The printer test page: a sample receipt marked TEST that shows the profile's layout."""
from __future__ import annotations

from decimal import Decimal

from cashier_app import city_time
from cashier_app.i18n import _t, customer_language
from cashier_app.receipts.profiles import PrinterProfile
from cashier_app.receipts.receipt import Receipt, ReceiptAccountLine, ReceiptTender

TEST_MARK = "TEST"


@customer_language()
def printer_test_page(profile: PrinterProfile, header: tuple[str, ...], station: str) -> Receipt:
    """A receipt that uses every part of the layout, with the profile's settings in its footer."""
    ruler = "".join(str(i % 10) for i in range(1, profile.columns + 1))
    return Receipt(
        header=header,
        receipt_number=f"{station}-000000",
        posted_at=city_time.now(),
        station=station,
        cashier=_t("printer test"),
        accounts=(ReceiptAccountLine("0000000", _t("Test Customer"), "300 South Washington Street",
                                     Decimal("128.45"), Decimal("128.45")),),
        tenders=(ReceiptTender(_t("Cash"), Decimal("150.00")),),
        total=Decimal("128.45"), tendered=Decimal("150.00"), change=Decimal("21.55"), fee=Decimal("0.00"),
        footer=(_t("Profile: {0} ({1})").format(profile.stem, profile.name),
                _t("{0}, {1} mm, {2} columns").format(profile.connection, profile.paper_width_mm, profile.columns),
                _t("model {0}, cut {1}, drawer pin {2}").format(profile.model, profile.cut, profile.drawer_pin),
                ruler),
        mark=TEST_MARK,
    )
