"""Cash counted by unit: bills, coins and rolls side by side, a quantity field per unit.

Used for the opening float, a pick-up and the blind count. Each field is named after its unit
(``cashUnitTwenty`` for $20 bills: objectNames are letters only, see docs/ui-objects.md). The
amount of each line and the total follow the typing; a quantity the count parser refuses shows
"?" until the service names the field (``show_refusal``), which marks it and says why under its
group.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from cashier_app.money import ZERO, format_amount
from cashier_app.services.cash_units import CASH_UNITS, CountRefused, parse_quantity
from cashier_app.ui.widgets import ErrorLabel, label, styled

#: Unit code -> the word in its field's objectName (letters only).
UNIT_WORDS = {
    "$100": "Hundred", "$50": "Fifty", "$20": "Twenty", "$10": "Ten", "$5": "Five", "$2": "Two", "$1": "One",
    "$1c": "DollarCoin", "50c": "HalfDollar", "25c": "Quarter", "10c": "Dime", "5c": "Nickel", "1c": "Penny",
    "roll-25c": "QuarterRoll", "roll-10c": "DimeRoll", "roll-5c": "NickelRoll", "roll-1c": "PennyRoll",
}
GROUPS = ("bills", "coins", "rolls")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def unit_field_name(code: str) -> str:
    return f"cashUnit{UNIT_WORDS[code]}"


class CashCountTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, total_caption: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("cashCountTable")
        titles = {"bills": self.tr("Bills"), "coins": self.tr("Coins"), "rolls": self.tr("Rolls")}
        self.fields: dict[str, QLineEdit] = {}
        self._amounts: dict[str, object] = {}
        self.group_errors: dict[str, ErrorLabel] = {}
        self._group_of: dict[str, str] = {}
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(22)
        for group in GROUPS:
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(label(titles[group], "field-caption"))
            grid = QGridLayout()
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(4)
            units = [u for u in CASH_UNITS if u.group == group]
            for row, unit in enumerate(units):
                caption = label(unit.name, "caption")
                caption.setMinimumWidth(caption.sizeHint().width())  # "Rolls of pennies ($0.50)" in full
                field = QLineEdit(objectName=unit_field_name(unit.code))
                field.setAccessibleName(self.tr("Number of {0}").format(unit.name))
                field.setMaxLength(7)
                field.setFixedWidth(70)
                field.setAlignment(_RIGHT)
                field.setPlaceholderText("0")
                amount = label(format_amount(ZERO), "caption")
                amount.setAlignment(_RIGHT)
                amount.setMinimumWidth(82)
                grid.addWidget(caption, row, 0)
                grid.addWidget(field, row, 1)
                grid.addWidget(amount, row, 2)
                caption.setBuddy(field)
                self.fields[unit.code], self._amounts[unit.code] = field, amount
                self._group_of[unit.code] = group
                field.textEdited.connect(lambda _t, code=unit.code: self._on_edited(code))
                field.returnPressed.connect(lambda code=unit.code: self._next(code))
            column.addLayout(grid)
            error = ErrorLabel(f"cashCount{group.title()}Error")
            column.addWidget(error)
            column.addStretch(1)
            self.group_errors[group] = error
            columns.addLayout(column)
        total_row = QHBoxLayout()
        self.total = label("", "amount-small", "cashCountTotal")
        total_row.addWidget(label(total_caption or self.tr("Cash counted"), "field-caption"))
        total_row.addWidget(self.total)
        total_row.addStretch(1)
        self._total_row = total_row
        self._refresh_total()

    @property
    def total_row(self) -> QHBoxLayout:
        """The "Cash counted" line, for the dialog to place under the table."""
        return self._total_row

    # -- reading --------------------------------------------------------------------------------

    def quantities(self) -> dict[str, str]:
        """What was typed per unit code, as typed (the service parses and refuses)."""
        return {code: field.text().strip() for code, field in self.fields.items() if field.text().strip()}

    def total_amount(self) -> Decimal | None:
        """The counted cash, or None while a quantity cannot be read."""
        total = ZERO
        for unit in CASH_UNITS:
            try:
                total += unit.value * parse_quantity(self.fields[unit.code].text(), "", unit.name)
            except CountRefused:
                return None
        return total

    def set_quantities(self, quantities: dict[str, int | str]) -> None:
        for code, field in self.fields.items():
            value = quantities.get(code, "")
            field.setText(str(value) if value not in ("", 0) else "")
            self._show_line(code)
        self._refresh_total()

    def clear(self) -> None:
        self.set_quantities({})
        self.clear_errors()

    def focus_first(self) -> None:
        self.fields[CASH_UNITS[0].code].setFocus()

    def set_read_only(self, read_only: bool) -> None:
        for field in self.fields.values():
            field.setReadOnly(read_only)

    # -- refusals -------------------------------------------------------------------------------

    def show_refusal(self, field_name: str, message: str) -> bool:
        """Mark the unit the service named ("unit:<code>") and say why; False if not a unit of ours."""
        code = field_name.removeprefix("unit:") if field_name.startswith("unit:") else ""
        if code not in self.fields:
            return False
        self.clear_errors()
        field = self.fields[code]
        styled(field, "invalid")
        _repolish(field)
        self.group_errors[self._group_of[code]].show_error(message)
        field.setFocus()
        field.selectAll()
        return True

    def clear_errors(self) -> None:
        for error in self.group_errors.values():
            error.clear_error()
        for field in self.fields.values():
            if field.property("role") == "invalid":
                field.setProperty("role", "")
                _repolish(field)

    # -- typing ---------------------------------------------------------------------------------

    def _on_edited(self, code: str) -> None:
        field = self.fields[code]
        if field.property("role") == "invalid":
            field.setProperty("role", "")
            _repolish(field)
            self.group_errors[self._group_of[code]].clear_error()
        self._show_line(code)
        self._refresh_total()
        self.changed.emit()

    def _show_line(self, code: str) -> None:
        unit = next(u for u in CASH_UNITS if u.code == code)
        try:
            quantity = parse_quantity(self.fields[code].text(), "", unit.name)
            self._amounts[code].setText(format_amount(unit.value * quantity))
        except CountRefused:
            self._amounts[code].setText("?")

    def _refresh_total(self) -> None:
        total = self.total_amount()
        self.total.setText(format_amount(total) if total is not None else "?")

    def _next(self, code: str) -> None:
        codes = [u.code for u in CASH_UNITS]
        index = codes.index(code)
        if index + 1 < len(codes):
            self.fields[codes[index + 1]].setFocus()
            self.fields[codes[index + 1]].selectAll()


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
