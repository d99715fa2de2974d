"""The bill and usage history tables share their width without cutting a column's title
("Électricité" was cut while "Eau" had room to spare), and scroll sideways only when the values
themselves do not fit (ui/shared_columns.py)."""
from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from cashier_app.ui.shared_columns import SharedColumns, _share

TITLES = ["Facturé le", "Montant", "Électricité", "Eau", "Égouts", "Gaz", "Ordures"]


def _table(qtbot, width: int) -> QTableView:
    model = QStandardItemModel(3, len(TITLES))
    model.setHorizontalHeaderLabels(TITLES)
    for row in range(3):
        for column in range(len(TITLES)):
            model.setItem(row, column, QStandardItem("11/13/2026" if column == 0 else "$142.27"))
    table = QTableView()
    table.setModel(model)
    SharedColumns(table, (0, 1))
    qtbot.addWidget(table)
    table.resize(width, 200)
    table.show()
    qtbot.waitExposed(table)
    return table


def _total(table: QTableView) -> int:
    header = table.horizontalHeader()
    return sum(header.sectionSize(c) for c in range(len(TITLES)) if not table.isColumnHidden(c))


def test_every_title_is_whole_and_the_width_is_shared_when_there_is_room(qtbot):
    table = _table(qtbot, 900)
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: _total(table) == table.viewport().width())  # shared once laid out
    for column in range(2, len(TITLES)):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), TITLES[column]
    assert header.sectionSize(3) > header.sectionSizeHint(3)  # "Eau" gets its share of the room left


def test_a_narrow_table_cuts_titles_before_it_scrolls(qtbot):
    table = _table(qtbot, 900)
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: _total(table) == table.viewport().width())
    shared = range(2, len(TITLES))
    fitted = header.sectionSize(0) + header.sectionSize(1)
    values = sum(max(40, table.sizeHintForColumn(c)) for c in shared)
    titles = sum(max(40, table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in shared)
    assert titles > values  # "Électricité" is wider than its amounts
    # Room for every value but not for every title (the fonts are the machine's: worked out here).
    table.resize(table.width() - table.viewport().width() + fitted + (values + titles) // 2, 200)
    qtbot.waitUntil(lambda: _total(table) <= table.viewport().width() and not table.horizontalScrollBar().isVisible())
    for column in shared:
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)  # every value whole


def test_the_sharing_rule():
    assert _share(300, [50, 50], [100, 60]) == [170, 130]  # titles fit: the rest shared equally
    assert _share(140, [50, 50], [100, 60]) == [83, 56]  # each keeps the same part (2/3) of what its title needs beyond its values
    assert _share(90, [50, 50], [100, 60]) == [50, 50]  # values do not fit: their widths, the table scrolls


def test_hidden_columns_leave_their_room_to_the_others(qtbot):
    table = _table(qtbot, 900)
    table.setColumnHidden(4, True)  # an account without sewer service
    table.setColumnHidden(5, True)
    qtbot.waitUntil(lambda: _total(table) == table.viewport().width())
