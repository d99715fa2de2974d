"""Paints one lookup hit on two lines: name and account number, then address and flags."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cashier_app.ui.formats import status_name
from cashier_app.ui.models import HIT_ROLE

_PAD_X, _PAD_Y, _GAP = 10, 6, 2
_TEXT, _MUTED, _NUMBER = QColor("#1d2733"), QColor("#5b6775"), QColor("#1d5c96")
_SELECTED, _ALTERNATE, _RULE = QColor("#cfe2f6"), QColor("#f6f8fa"), QColor("#e6eaee")
_WARNING, _DANGER = QColor("#8a5a00"), QColor("#b3261e")


_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_RIGHT_TOP = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
_LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_SELECTED_STATE = QStyle.StateFlag.State_Selected
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight


class _Fonts:
    """The two fonts of a hit and their metrics, made from the view's font."""

    def __init__(self, font: QFont) -> None:
        self.name = QFont(font)
        self.name.setPixelSize(15)
        self.name.setBold(True)
        self.small = QFont(font)
        self.small.setPixelSize(13)
        self.name_metrics, self.small_metrics = QFontMetrics(self.name), QFontMetrics(self.small)
        self.name_height = self.name_metrics.height()


class AccountHitDelegate(QStyledItemDelegate):
    # Every keystroke repaints the visible hits: fonts, metrics and alignment flags are made
    # once (per view font), not per row (bench/bench_counter.py: keystroke to results shown).
    _cached: tuple[str, _Fonts] | None = None

    def _fonts(self, option: QStyleOptionViewItem) -> _Fonts:
        key = option.font.key()
        if self._cached is None or self._cached[0] != key:
            self._cached = (key, _Fonts(option.font))
        return self._cached[1]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        fonts = self._fonts(option)
        return QSize(200, fonts.name_height + fonts.small_metrics.height() + 2 * _PAD_Y + _GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        painter.save()
        rect = option.rect
        selected = bool(option.state & _SELECTED_STATE)
        painter.fillRect(rect, _SELECTED if selected else _ALTERNATE if index.row() % 2 else Qt.GlobalColor.white)
        painter.setPen(_RULE)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        fonts = self._fonts(option)
        inner = rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        top_height = fonts.name_height
        top = QRect(inner.left(), inner.top(), inner.width(), top_height)
        bottom = QRect(inner.left(), inner.top() + top_height + _GAP, inner.width(), inner.height() - top_height)

        small = fonts.small_metrics
        painter.setFont(fonts.small)
        number_width = small.horizontalAdvance(hit.account_number) + 4
        painter.setPen(_NUMBER)
        painter.drawText(top, _RIGHT_MIDDLE, hit.account_number)
        flag, flag_color = self._flag(hit)
        flag_width = small.horizontalAdvance(flag) + 8 if flag else 0
        if flag:
            painter.setPen(flag_color)
            painter.drawText(bottom, _RIGHT_TOP, flag)
        painter.setPen(_MUTED)
        address = small.elidedText(hit.service_address, _ELIDE_RIGHT, bottom.width() - flag_width)
        painter.drawText(bottom, _LEFT_TOP, address)

        painter.setFont(fonts.name)
        painter.setPen(_TEXT)
        name = fonts.name_metrics.elidedText(hit.customer_name, _ELIDE_RIGHT, top.width() - number_width - 8)
        painter.drawText(top, _LEFT_MIDDLE, name)
        painter.restore()

    def _flag(self, hit) -> tuple[str, QColor]:  # noqa: ANN001 - an AccountHit
        if hit.status != "active":
            return status_name(hit.status), _DANGER
        if hit.cash_only:
            return self.tr("Cash only"), _WARNING
        return "", _MUTED
