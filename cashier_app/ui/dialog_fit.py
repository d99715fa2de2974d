"""Every dialog fits the screen's available height: its body scrolls, its buttons stay pinned.

``fit_dialog`` is applied to each dialog when it is first shown (app_rules.AppRules does it for
every dialog of the application, the ones added later included): the dialog's layout moves into a
scrolling body and its last row of buttons (a QDialogButtonBox, or a layout holding only buttons,
labels and stretches) stays under it, outside the scroll. A dialog whose buttons live inside its
pages (a QStackedWidget) calls ``scroll_body`` on each page instead and sets ``fitsScreen`` to
"pages". Then the dialog's size is bounded by the screen and it is moved inside it.

Opting out: ``dialog.setProperty("fitsScreen", False)`` (the lock screen covers the window itself).
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QBoxLayout, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QLayout,
    QMessageBox, QScrollArea, QVBoxLayout, QWidget,
)

#: Room kept for a window manager's title bar and border (none on a kiosk PC: it costs 32 px there).
FRAME_ALLOWANCE = 32
FITTED = "fitsScreen"  # dynamic property: False = leave alone, "pages" = the dialog fitted its pages itself


class BodyScroll(QScrollArea):
    """A scroll area as big as its contents wants (QScrollArea's own hint stops at 24 lines of text),
    so a dialog is only as short as the screen makes it. Its height is the contents' height at the
    width they get (wrapped text, French words, is taller than its one-line hint), worked out again
    when that width or the contents change."""

    _hfw_height = -1  # the contents' height for their width when the hint was last given

    def _contents_height(self, widget: QWidget, hint: QSize) -> int:
        if not widget.hasHeightForWidth():
            return hint.height()
        width = self.viewport().width() if self.isVisible() else hint.width()
        width = max(widget.minimumWidth(), min(widget.maximumWidth(), width))
        return max(hint.height(), widget.heightForWidth(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        hint = widget.sizeHint()
        self._hfw_height = self._contents_height(widget, hint)
        return QSize(hint.width() + frame + self.verticalScrollBar().sizeHint().width(), self._hfw_height + frame)

    def _recheck(self) -> None:
        widget = self.widget()
        if widget is not None and self._hfw_height >= 0 and \
                self._contents_height(widget, widget.sizeHint()) != self._hfw_height:
            self.updateGeometry()  # the parent's layout asks for the new hint

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        self._recheck()

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt API (QScrollArea watches its widget)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:  # its words or rows changed
            self._recheck()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        widget = self.widget()
        if widget is None:
            return super().minimumSizeHint()
        # As narrow as the body can be (nothing scrolls sideways); as short as a few lines.
        frame = 2 * self.frameWidth()
        width = widget.minimumSizeHint().width() + frame + self.verticalScrollBar().sizeHint().width()
        return QSize(width, min(widget.minimumSizeHint().height(), 5 * self.fontMetrics().height()) + frame)


def _holds_only_buttons(layout: QLayout) -> bool:
    buttons = 0
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.spacerItem() is not None:
            continue
        widget = item.widget()
        if isinstance(widget, QAbstractButton):
            buttons += 1
        elif not isinstance(widget, QLabel):
            return False
    return buttons > 0


def _button_row_index(layout: QLayout) -> int | None:
    """The index of the last item of ``layout`` if it is the row of buttons, else None."""
    for i in reversed(range(layout.count())):
        item = layout.itemAt(i)
        if item.spacerItem() is not None:
            continue
        if isinstance(item.widget(), QDialogButtonBox):
            return i
        inner = item.layout()
        if isinstance(inner, QHBoxLayout) and _holds_only_buttons(inner):
            return i
        return None
    return None


def _take_out(layout: QLayout, index: int) -> tuple:
    """Take the item at ``index`` out of ``layout`` and delete it; return what it held: ("widget",
    (widget, stretch, alignment)), ("stretch", factor) or ("space", px). The widget stays a child of
    its parent, on no layout until it is added to another.

    Why not let Qt delete it when the widget moves: PySide keeps the Python wrapper of every item
    ``itemAt`` handed out alive as long as the layout, and an item Qt deletes on its own leaves that
    wrapper registered at a freed address; a widget made there later came back from Qt as that
    wrapper (a QWidgetItem out of ``nextInFocusChain``, a failed test run)."""
    stretch = layout.stretch(index) if isinstance(layout, QBoxLayout) else 0
    item = layout.takeAt(index)
    spacer = item.spacerItem()
    if spacer is None:
        held = ("widget", (item.widget(), stretch, item.alignment()))
    elif spacer.expandingDirections() & Qt.Orientation.Horizontal:
        held = ("stretch", max(1, stretch))
    else:
        held = ("space", spacer.sizeHint().width())
    shiboken6.delete(item)
    return held


def _move_items(layout: QLayout, index: int, row: QHBoxLayout) -> None:
    """Move the buttons row at ``index`` of ``layout`` (a button box, or a row layout of buttons,
    labels and stretches) into ``row``. A row layout stays where it was, empty: Python would own a
    layout taken out of its parent and delete it under Qt."""
    source = layout.itemAt(index).layout()
    if source is None:  # a QDialogButtonBox
        row.addWidget(_take_out(layout, index)[1][0])
        return
    parts = [_take_out(source, 0) for _ in range(source.count())]
    row.setSpacing(source.spacing())
    for kind, value in parts:
        if kind == "stretch":
            row.addStretch(value)
        elif kind == "space":
            row.addSpacing(value)
        else:
            row.addWidget(*value)


def _focus_chain(widget: QWidget) -> list[QWidget]:
    chain, current = [], widget.nextInFocusChain()
    while current is not None and current is not widget and len(chain) < 2000:
        if widget.isAncestorOf(current) and current.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(current)
        current = current.nextInFocusChain()
    return chain


def scroll_body(widget: QWidget) -> bool:
    """Move ``widget``'s layout into a scrolling body, its last row of buttons pinned below; the Tab
    order is kept. False (nothing done) if the widget has no layout or was done already."""
    layout = widget.layout()
    if layout is None or widget.property("scrollBody"):
        return False
    chain = _focus_chain(widget)
    margins = layout.contentsMargins()
    index = _button_row_index(layout)
    body = QWidget(objectName="dialogBody")  # one name for every dialog's parts (docs/ui-objects.md)
    body.setLayout(layout)  # Qt takes the layout off the dialog (and its widgets with it)
    scroll = BodyScroll(objectName="dialogScroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(body)
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addWidget(scroll, 1)
    if index is not None:
        layout.setContentsMargins(margins.left(), margins.top(), margins.right(), 6)
        pinned = QWidget(objectName="dialogButtons")
        row = QHBoxLayout(pinned)
        row.setContentsMargins(margins.left(), 6, margins.right(), margins.bottom())
        _move_items(layout, index, row)  # the widgets move; the emptied row stays behind, taking no room
        outer.addWidget(pinned)
        if widget.isVisible():
            pinned.show()
    if widget.isVisible():  # laid out again while shown: the new parts are shown by hand
        scroll.show()
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)
    widget.setProperty("scrollBody", True)
    return True


def available_rect(widget: QWidget):  # noqa: ANN201 - a QRect
    """The room on the widget's screen. With one screen (a counter PC) that is the primary screen:
    asking a widget for its screen while its window is being made or torn down crashed Qt in tests
    (QWidget::screen -> QScreen::virtualSiblings)."""
    screens = QApplication.screens()
    if len(screens) <= 1:
        screen = QApplication.primaryScreen()
    else:
        screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def fit_body(dialog: QDialog) -> None:
    """Scroll the dialog's body unless it opted out or fitted its pages (done when it is polished)."""
    how = dialog.property(FITTED)
    if how is not False and how != "pages" and not isinstance(dialog, QMessageBox):
        scroll_body(dialog)


def fit_dialog(dialog: QDialog) -> None:
    """The dialog's body scrolls (if not done already) and the dialog is kept on the screen (when shown)."""
    if dialog.property(FITTED) is False or isinstance(dialog, QMessageBox):
        return
    fit_body(dialog)
    keep_on_screen(dialog)


def keep_on_screen(window: QWidget) -> None:
    """Bound the window's size by the screen (less a title bar) and move it inside the screen."""
    screen = available_rect(window)
    room_height = max(200, screen.height() - FRAME_ALLOWANCE)
    layout = window.layout()
    if layout is not None:
        layout.activate()
    wanted = window.size() if window.testAttribute(Qt.WidgetAttribute.WA_Resized) else window.sizeHint()
    wanted = wanted.expandedTo(window.minimumSizeHint())
    # The window manager's side borders (known once shown; 0 before, and on a kiosk PC) count too.
    sides = max(0, window.frameGeometry().width() - window.width()) if window.isVisible() else 0
    # Never narrower than the body can be laid out (nothing scrolls sideways); height gives way.
    width = max(min(wanted.width(), screen.width() - sides), window.minimumSizeHint().width(), window.minimumWidth())
    height = min(wanted.height(), room_height)
    if window.minimumHeight() > height:
        window.setMinimumHeight(height)
    QWidget.resize(window, width, height)  # QWidget's own: a dialog may name a method "move" or "resize"
    parent = window.parentWidget()
    centre = parent.window().geometry().center() if parent is not None else screen.center()
    x = min(max(screen.left(), centre.x() - width // 2), screen.right() + 1 - width - sides)
    # move() places the frame: its title bar (if any) fits in the allowance kept below.
    y = min(max(screen.top(), centre.y() - height // 2), screen.bottom() + 1 - height - FRAME_ALLOWANCE)
    QWidget.move(window, x, max(screen.top(), y))
