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


class AccountHitDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        name = QFont(option.font)
        name.setPixelSize(15)
        name.setBold(True)
        small = QFont(option.font)
        small.setPixelSize(13)
        return name, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        name, small = self._fonts(option)
        height = QFontMetrics(name).height() + QFontMetrics(small).height() + 2 * _PAD_Y + _GAP
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(option.rect, _SELECTED if selected else _ALTERNATE if index.row() % 2 else Qt.GlobalColor.white)
        painter.setPen(_RULE)
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        name_font, small_font = self._fonts(option)
        inner = option.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        top_height = QFontMetrics(name_font).height()
        top = QRect(inner.left(), inner.top(), inner.width(), top_height)
        bottom = QRect(inner.left(), inner.top() + top_height + _GAP, inner.width(), inner.height() - top_height)

        painter.setFont(small_font)
        number_width = QFontMetrics(small_font).horizontalAdvance(hit.account_number) + 4
        painter.setPen(_NUMBER)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, hit.account_number)
        flag, flag_color = self._flag(hit)
        flag_width = QFontMetrics(small_font).horizontalAdvance(flag) + 8 if flag else 0
        if flag:
            painter.setPen(flag_color)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, flag)
        painter.setPen(_MUTED)
        address = QFontMetrics(small_font).elidedText(hit.service_address, Qt.TextElideMode.ElideRight,
                                                      bottom.width() - flag_width)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, address)

        painter.setFont(name_font)
        painter.setPen(_TEXT)
        name = QFontMetrics(name_font).elidedText(hit.customer_name, Qt.TextElideMode.ElideRight,
                                                  top.width() - number_width - 8)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.restore()

    def _flag(self, hit) -> tuple[str, QColor]:  # noqa: ANN001 - an AccountHit
        if hit.status != "active":
            return status_name(hit.status), _DANGER
        if hit.cash_only:
            return self.tr("Cash only"), _WARNING
        return "", _MUTED
