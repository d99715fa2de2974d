"""What a person would see cut off on a small screen, found from the widgets themselves.

``fit_problems(root, screen)`` lists, for every visible widget under ``root``:
- a label or button whose text is wider than the widget (``fontMetrics().horizontalAdvance``), or a
  wrapping label taller than the room it has;
- a table cell holding money, a date or a number that is wider than its column (Qt would elide it);
- a widget outside the screen or outside the visible part of the window (widgets inside a scroll
  area may be scrolled away: that is what the scroll area is for);
- two sibling widgets that overlap.

``LongerWords`` is a translator that makes every string shown 40 % longer (French runs about a
quarter longer than English on average, 40 % or more for one string in four: the real catalogue's
figures in docs/TRANSLATING.md).
"""
from __future__ import annotations

import math
import re

from PySide6.QtCore import QRect, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSpinBox, QComboBox, QLabel, QLineEdit,
    QMenu, QStackedWidget, QTabBar, QTabWidget, QWidget,
)

#: A cell carries money, a date, an account or receipt number: mostly digits and their signs.
NUMBERISH = re.compile(r"^[\s$\-+(),./:#*\d]*\d[\s$\-+(),./:#*\dA-Za-z]{0,6}$")
CELL_PADDING = 8  # Qt's item margins, both sides
BUTTON_PADDING = 6


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _inside_scroll(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _part_of_complex_widget(widget: QWidget) -> bool:
    """Qt's own parts: inside a table, a line edit, a combo box, a spin box, a tab bar."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractItemView, QLineEdit, QComboBox, QAbstractSpinBox, QTabBar)):
            return True
        if isinstance(parent, QAbstractScrollArea) and widget in (parent.verticalScrollBar(),
                                                                  parent.horizontalScrollBar()):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def _label_problem(label: QLabel) -> str:
    text = label.text()
    if label.property("elides"):  # a name or address that may end in "…" (widgets.ElidedLabel)
        return ""
    if not text.strip() or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        return ""
    room = label.contentsRect().width() - 2 * label.margin() - max(0, label.indent())
    metrics = label.fontMetrics()
    if label.wordWrap():
        longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        if longest > room + 1:
            return f"a word of {text!r} needs {longest} px, has {room}"
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 2:
            return f"{text!r} wraps to {needed} px high, has {label.height()}"
        return ""
    widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if widest > room + 1:
        return f"{text!r} needs {widest} px, has {room}"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    text = button.text().replace("&&", "&")
    if not text.strip():
        return ""
    widest = button.fontMetrics().horizontalAdvance(text) + (button.iconSize().width() if not button.icon().isNull() else 0)
    if widest + BUTTON_PADDING > button.width():
        return f"button {text!r} needs {widest + BUTTON_PADDING} px, has {button.width()}"
    return ""


def _table_problems(view: QAbstractItemView) -> list[str]:
    model, problems = view.model(), []
    if model is None or not hasattr(view, "columnWidth"):
        return problems
    metrics = view.fontMetrics()
    for row in range(min(model.rowCount(), 30)):
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            text = model.data(model.index(row, column))
            if not isinstance(text, str) or not NUMBERISH.match(text):
                continue
            needed = metrics.horizontalAdvance(text) + CELL_PADDING
            if needed > view.columnWidth(column):
                problems.append(f"{view.objectName()} row {row} column {column}: {text!r} needs {needed} px, "
                                f"has {view.columnWidth(column)}")
    return problems


def fit_problems(root: QWidget, screen: QRect) -> list[str]:
    problems: list[str] = []
    window_rect = _global_rect(root)
    if not screen.contains(window_rect):
        problems.append(f"{root.objectName()} {window_rect.getRect()} is not inside the screen {screen.getRect()}")
    widgets = [w for w in root.findChildren(QWidget) if w.isVisible() and not w.isWindow()]
    for widget in widgets:
        if _part_of_complex_widget(widget) or isinstance(widget, QMenu):
            continue
        name = widget.objectName() or f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            problem = _button_problem(widget)
        else:
            problem = ""
        if problem:
            problems.append(f"{name}: {problem}")
        if isinstance(widget, QAbstractItemView):
            problems.extend(_table_problems(widget))
        if not _inside_scroll(widget, root) and widget.width() > 0 and widget.height() > 0:
            rect = _global_rect(widget)
            if not window_rect.contains(rect) or not screen.contains(rect):
                problems.append(f"{name} {rect.getRect()} is outside the window or the screen")
    problems.extend(_overlaps(widgets))
    return problems


def _overlaps(widgets: list[QWidget]) -> list[str]:
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        parent = widget.parentWidget()
        if parent is None or isinstance(parent, (QStackedWidget, QTabWidget)) or _part_of_complex_widget(widget):
            continue
        if isinstance(parent, QAbstractScrollArea) or widget.width() == 0 or widget.height() == 0:
            continue
        by_parent.setdefault(id(parent), []).append(widget)
    problems = []
    for siblings in by_parent.values():
        for i, first in enumerate(siblings):
            for second in siblings[i + 1:]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > 1 and common.height() > 1:
                    problems.append(f"{first.objectName() or type(first).__name__} overlaps "
                                    f"{second.objectName() or type(second).__name__} by {common.width()}x{common.height()}")
    return problems


#: Markup, placeholders and entities are kept as they are: only words grow.
_KEPT = re.compile(r"(<[^>]*>|&[a-z]+;|\{\d*\}|%\w)")
_WORD = re.compile(r"[A-Za-z]{4,}")
STRETCH = 0.4


def stretched(source: str) -> str:
    """``source`` 40 % longer (rounded up, counted on the text without markup or placeholders), the
    letters added to its words of four letters or more in proportion to their length ("Close   Esc"
    -> "Closeclose   Esc"). A string without such a word (OK, Esc, F5) is left as it is."""
    parts = _KEPT.split(source)
    text = [part for i, part in enumerate(parts) if i % 2 == 0]
    words = [(i, m) for i, part in enumerate(parts) if i % 2 == 0 for m in _WORD.finditer(part)]
    if not words:
        return source
    extra = math.ceil(STRETCH * sum(len(part) for part in text))
    letters = sum(len(m.group(0)) for _i, m in words)
    shares = [extra * len(m.group(0)) // letters for _i, m in words]
    for k in sorted(range(len(words)), key=lambda k: -len(words[k][1].group(0)))[:extra - sum(shares)]:
        shares[k] += 1
    for (i, m), add in reversed(list(zip(words, shares))):
        word = m.group(0)
        grown = word + (word.lower() * (add // len(word) + 1))[:add]
        parts[i] = parts[i][:m.start()] + grown + parts[i][m.end():]
    return "".join(parts)


class LongerWords(QTranslator):
    """Every string shown 40 % longer, as a long French one is."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 - Qt API
        if not source or source.isspace():
            return None
        return stretched(source)


def dialog_problems(dialog: QWidget, screen: QRect) -> list[str]:
    """A dialog inside ``screen``, its pinned row of buttons (dialog_fit) shown inside it, and
    nothing in it cut off (fit_problems)."""
    problems = []
    frame = QRect(dialog.pos(), dialog.frameGeometry().size())
    if not screen.contains(frame):
        problems.append(f"{frame.getRect()} is not inside the screen {screen.getRect()}")
    rows = [row for row in dialog.findChildren(QWidget, "dialogButtons") if row.isVisible()]
    if not rows:
        problems.append("no pinned buttons")
    for row in rows:
        seen = QRect(row.mapTo(dialog, row.rect().topLeft()), row.size())
        if not dialog.rect().contains(seen):
            problems.append(f"its buttons {seen.getRect()} are outside it {dialog.rect().getRect()}")
    return problems + fit_problems(dialog, QRect(dialog.mapToGlobal(dialog.rect().topLeft()), dialog.size()))
