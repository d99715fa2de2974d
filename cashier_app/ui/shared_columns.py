"""Table columns that share a table's width without cutting a title.

Qt's Stretch mode gives every stretched column the same width, so a long title ("Électricité")
is cut while a short one ("Eau") has room to spare. Here each shared column gets what its title
and its values need, and the width left over is shared equally; on a narrow table the titles give
way first, and only when the values themselves do not fit does the table scroll sideways.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

MIN_WIDTH = 40


class SharedColumns(QObject):
    """Sizes ``table``'s columns other than ``fitted`` (those fit their contents) on every resize and
    every new model content."""

    def __init__(self, table: QTableView, fitted: tuple[int, ...]) -> None:
        super().__init__(table)
        self.table, self.fitted = table, fitted
        header = table.horizontalHeader()
        header.setMinimumSectionSize(MIN_WIDTH)
        header.setStretchLastSection(False)
        model = table.model()
        for signal in (model.modelReset, model.headerDataChanged, model.layoutChanged):
            signal.connect(self.later)
        header.sectionResized.connect(self.later)  # a column hidden (a service the account lacks) or shown
        table.viewport().installEventFilter(self)
        self._pending = False
        self.later()

    def later(self, *_args) -> None:  # noqa: ANN002 - signal arguments, unused
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.share)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False

    def share(self) -> None:
        self._pending = False
        header, columns = self.table.horizontalHeader(), self.table.model().columnCount()
        shared = [c for c in range(columns) if c not in self.fitted and not self.table.isColumnHidden(c)]
        for column in range(columns):
            mode = QHeaderView.ResizeMode.ResizeToContents if column in self.fitted else QHeaderView.ResizeMode.Fixed
            if header.sectionResizeMode(column) != mode:
                header.setSectionResizeMode(column, mode)
        if not shared:
            return
        values = {c: max(MIN_WIDTH, self.table.sizeHintForColumn(c)) for c in shared}
        titles = {c: max(values[c], header.sectionSizeHint(c)) for c in shared}
        room = self.table.viewport().width() - sum(header.sectionSize(c) for c in self.fitted
                                                   if c < columns and not self.table.isColumnHidden(c))
        widths = _share(room, [values[c] for c in shared], [titles[c] for c in shared])
        for column, width in zip(shared, widths):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)


def _share(room: int, values: list[int], titles: list[int]) -> list[int]:
    """Each column's width: its title's, plus an equal share of what is left; when the titles do not
    all fit, each gives up the same part of what its title needs beyond its values (a title may be
    cut then, never a value); when even the values do not fit, their own widths (the table scrolls)."""
    if sum(titles) <= room:
        each, left = divmod(room - sum(titles), len(titles))
        return [t + each + (left if i == len(titles) - 1 else 0) for i, t in enumerate(titles)]
    beyond = sum(titles) - sum(values)
    if sum(values) >= room or beyond == 0:
        return list(values)
    kept = (room - sum(values)) / beyond  # display only: pixels, never money
    return [v + int((t - v) * kept) for v, t in zip(values, titles)]
