"""Usage history as bars by month, one small chart per metered service (painted with QPainter)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from cashier_app.i18n import month_of_year
from cashier_app.services.accounts import UsagePoint
from cashier_app.ui.formats import service_name

SERVICE_ORDER = ("electric", "water", "sewer", "gas")
COLORS = {"electric": QColor("#d08a12"), "water": QColor("#2f7fc1"), "sewer": QColor("#5f7a8c"),
          "gas": QColor("#c4572f")}
_TEXT, _MUTED, _GRID, _LATEST = QColor("#1d2733"), QColor("#5b6775"), QColor("#e3e8ed"), QColor("#1d3f66")
MONTHS = 24


class UsageChart(QWidget):
    """Bars of the last 24 reading periods per service; the newest bar is darker and labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usageChart")
        self.setMinimumHeight(150)
        self.setAccessibleName(self.tr("Usage by month"))
        self._series: dict[str, list[UsagePoint]] = {}
        self._bars: list[tuple[QRectF, UsagePoint]] = []  # where each bar was painted (tooltips)

    def set_usage(self, usage: Sequence[UsagePoint]) -> None:
        series: dict[str, list[UsagePoint]] = {}
        for point in sorted(usage, key=lambda u: u.period_end):
            series.setdefault(point.service, []).append(point)
        order = [s for s in SERVICE_ORDER if s in series] + sorted(s for s in series if s not in SERVICE_ORDER)
        self._series = {s: series[s][-MONTHS:] for s in order}
        self.update()

    def services(self) -> list[str]:
        return list(self._series)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(480, 240)

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._bars = []
        if not self._series:
            painter.setPen(_MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No meter readings on file."))
            return
        for rect, service in zip(self._cells(len(self._series)), self._series):
            self._paint_service(painter, rect, service, self._series[service])

    def _cells(self, count: int) -> list[QRect]:
        columns = 1 if count == 1 else 2
        rows = (count + columns - 1) // columns
        width, height = self.width() // columns, self.height() // rows
        return [QRect((i % columns) * width, (i // columns) * height, width, height).adjusted(4, 4, -8, -4)
                for i in range(count)]

    def _paint_service(self, painter: QPainter, rect: QRect, service: str, points: list[UsagePoint]) -> None:
        small = QFont(self.font())
        small.setPixelSize(11)
        title_font = QFont(self.font())
        title_font.setPixelSize(12)
        title_font.setBold(True)
        unit = points[-1].unit
        latest = points[-1]
        painter.setFont(title_font)
        painter.setPen(_TEXT)
        title = f"{service_name(service, short=True)} · {unit}"
        painter.drawText(rect.adjusted(0, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        painter.setFont(small)
        painter.setPen(_MUTED)
        metrics = QFontMetrics(small)
        last_text = self.tr("last {0} {1}").format(f"{latest.quantity:,}", unit)
        # On a narrow chart the title comes first; the latest reading is in the newest bar's tooltip.
        if QFontMetrics(title_font).horizontalAdvance(title) + metrics.horizontalAdvance(last_text) + 8 <= rect.width():
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, last_text)
        top = rect.top() + QFontMetrics(title_font).height() + 6
        bottom = rect.bottom() - metrics.height() - 2
        if bottom - top < 20:
            return
        peak = max(p.quantity for p in points) or 1
        gutter = metrics.horizontalAdvance(f"{peak:,}") + 6  # the scale sits left of the bars
        painter.setPen(_GRID)
        painter.drawLine(rect.left() + gutter, bottom, rect.right(), bottom)
        painter.drawLine(rect.left() + gutter, top, rect.right(), top)
        painter.setPen(_MUTED)
        painter.drawText(QRect(rect.left(), top - metrics.height() // 2, gutter - 4, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, f"{peak:,}")
        painter.drawText(QRect(rect.left(), bottom - metrics.height() // 2, gutter - 4, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, "0")
        slot = (rect.width() - gutter) / MONTHS
        gap = max(1.0, slot * 0.22)
        first = MONTHS - len(points)  # fewer readings: the bars sit at the right, newest last
        color = COLORS.get(service, QColor("#6b7f8e"))
        last = len(points) - 1
        for i, point in enumerate(points):
            x = rect.left() + gutter + (first + i) * slot
            height = (bottom - top - 2) * point.quantity / peak
            bar = QRectF(x + gap / 2, bottom - height, slot - gap, height)
            painter.fillRect(bar, _LATEST if i == last else color)
            self._bars.append((QRectF(x, top, slot, bottom - top), point))
        for label_rect, text in month_labels(points, metrics, rect.left() + gutter, rect.right() + 1.0, slot, first,
                                             bottom + 1):
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter, text)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            point = self._point_at(help_event.pos())
            if point is not None:
                QToolTip.showText(help_event.globalPos(), self.tr("{0}: {1} {2} (period ending {3})").format(
                    service_name(point.service), f"{point.quantity:,}", point.unit,
                    point.period_end.strftime("%m/%d/%Y")), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _point_at(self, pos: QPoint) -> UsagePoint | None:
        return next((p for rect, p in self._bars if rect.contains(pos.toPointF())), None)


def month_labels(points: list[UsagePoint], metrics: QFontMetrics, left: float, right: float, slot: float,
                 first: int, top: float) -> list[tuple[QRectF, str]]:
    """Where the month labels go under the bars: the newest bar's, then quarter months going back
    while a label has room; on a narrow chart (a small screen) labels are skipped, never drawn over
    each other or past the chart's edges."""
    labels: list[tuple[QRectF, str]] = []
    free_right, last = right + 4, len(points) - 1  # (4 px between labels, none needed at the edge)
    for i in range(last, -1, -1):
        point = points[i]
        if i != last and (point.period_end.month not in (1, 4, 7, 10) or last - i <= 2):
            continue
        text = _month(point.period_end)
        width = metrics.horizontalAdvance(text) + 1
        start = min(left + (first + i + 0.5) * slot - width / 2, right - width)
        if start + width > free_right - 4 or start < left - 2:
            continue
        labels.append((QRectF(start, top, width, metrics.height()), text))
        free_right = start
    return labels


def _month(day: dt.date) -> str:
    return month_of_year(day, with_year=day.month == 1)
