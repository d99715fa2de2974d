"""How the counter window gives way on smaller screens (1280x720, 1366x768 at 125 % = 1093x614).

In this order, as the window gets narrower (docs/user-guide.md, "Small screens"):
The steps are taken on the width divided by the station's text size (config.TEXT_SIZES), and the
columns' widths below grow with the text size.
1. below 1400 px: the header's caption goes and its buttons take their short names, keys kept
   ("Payments  F9"); the Find column narrows to 260 px, the payment column to 400 px;
2. below 1240 px: the header date is short ("Tue 12/01/2026"); Find is 230 px, payment 372 px;
   below 1240 px too, the header buttons' side padding halves, and a supervisor's header (one
   button more) shows the date without its weekday ("12/01/2026");
3. at any size: amounts (balance, last bill, due date, totals, change due, last receipt) and the
   customer's name take smaller type until they fit (never below their floor), names wrap;
4. on a short screen the payment column scrolls (accounts, tenders, the tender being typed) while
   its totals, change due and Post are pinned under it; the billing history card takes what
   height is left, and hides when that is below 140 px (bills and chart come back on a taller window);
   below 760 px high the account's cards sit closer together;
5. long words (a translation, large text) take more lines, never fewer letters: the header buttons
   and the tender buttons wrap onto a second line (widgets.FlowRow; the title and date stay
   whole), the status bar's right texts go under its left ones (status_bar.py), the account's
   captions wrap past CAPTION_SHARE of the card, a money card is never narrower than its longest
   word or its amount at its floor, and cards still taller than the column tighten their margins
   (COMPACT_MARGINS), then the column scrolls (accountScroll).

Change due, totals and Post are never inside the scroll: always in sight.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QListView, QSizePolicy

from cashier_app.ui.widgets import Card

WIDE, MEDIUM = 1400, 1240  # window widths where the layout steps down
#: (Find column, payment column) widths per step: wide, medium, narrow.
COLUMN_WIDTHS = ((300, 420), (260, 400), (230, 372))
#: Labels that shrink their type to fit, and the smallest size (px) each may take.
FITTED_LABELS = {"accountBalance": 18, "lastBillAmount": 13, "dueDate": 13, "totalDue": 14,
                 "totalTendered": 14, "changeDue": 20, "lastReceipt": 14, "customerName": 14}
HISTORY_MIN_HEIGHT = 140
SHORT = 760  # window height under which the account's cards sit closer
#: The account cards' inner margins (left, top, right, bottom) when long words make them taller than the column.
COMPACT_MARGINS = (16, 6, 16, 7)  # (the sides are kept)
CAPTION_SHARE = 0.3  # the most of the account card its captions take on one line (longer: they wrap)


def step_for(width: int, text_size: int = 100) -> int:
    """The step for a window ``width`` px wide showing text at ``text_size`` per cent: large text
    counts as a narrower window (1366 px at 130 % is stepped as 1050 px)."""
    width = width * 100 // max(1, text_size)
    return 0 if width >= WIDE else 1 if width >= MEDIUM else 2


class FitText(QObject):
    """Keeps a label's text inside its width by lowering its type size (down to ``floor`` px); a
    wrapping label is fitted to its longest word. Watches the label's paints, so any new text fits."""

    def __init__(self, label: QLabel, floor: int) -> None:
        super().__init__(label)
        self.label, self.floor = label, floor
        self.base = 0  # the style sheet's size, learnt when first shown
        self.size = 0
        self._measured: tuple | None = None  # (text, room, wraps) last measured: each paint asks again
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # its column decides, the type follows
        label.setSizePolicy(policy)
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Paint, QEvent.Type.Resize, QEvent.Type.Show) and not self.busy:
            self.fit()
        return False

    busy = False

    def fit(self) -> None:
        # A new size re-lays out the card, which resizes and repaints the label: not from inside a
        # paint (it would start over, nested, until the stack runs out), after it.
        self.busy = True
        try:
            size = self._fitting_size()
        finally:
            self.busy = False
        if size and size != self.size:
            self.size = size
            QTimer.singleShot(0, self, lambda: self.label.setStyleSheet(
                "" if self.size == self.base else f"font-size: {self.size}px;"))

    def floor_width(self) -> int:
        """The room its text needs at the smallest type it may take."""
        font = QFont(self.label.font())
        font.setPixelSize(self.floor)
        words = self.label.text().split() if self.label.wordWrap() else self.label.text().split("\n")
        return max((QFontMetrics(font).horizontalAdvance(w) for w in words), default=0) + 2 * self.label.margin() + 2

    def _fitting_size(self) -> int:
        label = self.label
        if not self.base:
            self.base = label.font().pixelSize() if label.font().pixelSize() > 0 else \
                round(label.font().pointSizeF() * label.logicalDpiY() / 72)
            self.size = self.base
        text = label.text()
        room = label.contentsRect().width() - 2 * label.margin() - 2
        measured = (text, room, label.wordWrap())
        if measured == self._measured:
            return self.size  # nothing changed since the last paint: the same answer, without measuring
        self._measured = measured
        words = text.split() if label.wordWrap() else text.split("\n")
        if room <= 0 or not words:
            return 0
        font = QFont(label.font())
        size = self.base
        while size > self.floor:
            font.setPixelSize(size)
            if max(QFontMetrics(font).horizontalAdvance(w) for w in words) <= room:
                break
            size -= 1
        return size


class CounterSizes(QObject):
    """Watches the window's size and applies the steps above."""

    def __init__(self, window) -> None:  # noqa: ANN001 - the MainWindow
        super().__init__(window)
        self.w = window
        self.step = -1
        self.text_size = window.context.station.text_size  # the columns grow with the type
        self.fitted = {}
        for name, floor in FITTED_LABELS.items():
            label = window.findChild(QLabel, name)
            if label is not None:
                self.fitted[name] = FitText(label, floor)
        name = window.findChild(QLabel, "customerName")
        if name is not None:
            name.setWordWrap(True)
        view = window.account.view
        # The money cards share their row by their stretch (3:2:2), whatever their text; captions wrap.
        # Never narrower than their longest word, though (long words: the balance card gives some room).
        self.money_cards = []
        for name in ("accountBalance", "lastBillAmount", "dueDate"):
            card = window.findChild(QLabel, name).parentWidget()
            policy = card.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            card.setSizePolicy(policy)
            for caption in card.findChildren(QLabel):
                if caption.objectName() not in FITTED_LABELS:
                    caption.setWordWrap(True)  # the card's title and the caption under the amount
            self.money_cards.append(card)
        # The billing history takes the height left over, and hides below HISTORY_MIN_HEIGHT.
        self.history = view.history_tabs.parentWidget()
        policy = self.history.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        self.history.setSizePolicy(policy)
        self.history_shown = True
        self.compact_cards = False
        self.card_margins: dict = {}  # each account card's own margins (Card.MARGINS, or its own)
        view.page.layout().addStretch(0)  # takes the history's room while it is hidden (cards keep their size)
        self.spare = view.page.layout().count() - 1
        view.page.installEventFilter(self)
        window.account.account_loaded.connect(lambda _a: QTimer.singleShot(0, self, self.fit_account))
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        others = window.account.view.other_accounts
        others.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows fit; addresses elide
        others.setResizeMode(QListView.ResizeMode.Adjust)
        window.installEventFilter(self)
        window.payment.installEventFilter(self)  # its rows and tender fields change its height

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest and watched is self.w.payment:
            self.w.payment_scroll.updateGeometry()
        elif event.type() == QEvent.Type.LayoutRequest and watched is self.w.account.view.page:
            QTimer.singleShot(0, self, self.fit_cards_height)  # the words or their type changed
        elif event.type() == QEvent.Type.Resize:
            if watched is self.w:
                self.apply(step_for(self.w.width(), self.text_size))
                # A short window: the account's cards sit closer (the history card hides first).
                self.w.account.view.page.layout().setSpacing(10 if self.w.height() >= SHORT else 5)
            elif watched is self.w.account.view.page:
                self.fit_account()
        return False

    def fit_account(self) -> None:
        self.fit_money_cards()
        self.fit_captions()
        self.fit_cards_height()
        self.fit_history()

    def fit_money_cards(self) -> None:
        """Each money card at least as wide as its longest word and its amount at its smallest type."""
        for card in self.money_cards:
            words = card.layout().totalMinimumSize().width()  # with its frame
            margins = card.layout().contentsMargins()
            chrome = margins.left() + margins.right() + 2 * card.frameWidth()
            for label in card.findChildren(QLabel):
                if label.objectName() in self.fitted:
                    words = max(words, self.fitted[label.objectName()].floor_width() + chrome)
            if card.minimumWidth() != words:
                card.setMinimumWidth(words)

    def fit_cards_height(self) -> None:
        """Long words on a short screen: when the account's cards are taller than the column, their
        inner margins tighten (COMPACT_MARGINS); if they still are, the column scrolls. Decided on
        their height with their own margins, so the decision does not flip back and forth."""
        view = self.w.account.view
        page, room = view.page, view.page_scroll.viewport().height()
        cards = [c for c in page.findChildren(Card) if c.parentWidget() is page and not c.isHidden()]
        if room <= 0 or not cards or not page.isVisible():
            return
        for card in cards:
            if card not in self.card_margins:
                m = card.body.contentsMargins()
                self.card_margins[card] = (m.left(), m.top(), m.right(), m.bottom())
        tight = {card: (m[0], min(m[1], COMPACT_MARGINS[1]), m[2], min(m[3], COMPACT_MARGINS[3]))
                 for card, m in self.card_margins.items()}
        needed = page.layout().totalHeightForWidth(page.width())
        if self.compact_cards:  # what they would need with their own margins: each row of cards grows
            rows: dict[int, int] = {}
            for card in cards:
                own, compact = self.card_margins[card], tight[card]
                rows[card.y()] = max(rows.get(card.y(), 0), own[1] + own[3] - compact[1] - compact[3])
            needed += sum(rows.values())
        compact = needed > room
        if compact != self.compact_cards:
            self.compact_cards = compact
            for card, own in self.card_margins.items():
                card.body.setContentsMargins(*(tight[card] if compact else own))

    def fit_captions(self) -> None:
        """The account's captions (Service address, ...) keep one line unless that would take more than
        CAPTION_SHARE of the card: then they wrap (long words), the addresses keep their room."""
        captions = self.w.account.view.detail_captions
        cap = int(self.w.account.view.page.width() * CAPTION_SHARE)
        widest = max(c.sizeHint().width() for c in captions)  # on one line
        longest_word = max(c.minimumSizeHint().width() for c in captions)
        width = widest if widest <= cap else max(cap, longest_word)
        for caption in captions:
            if caption.width() != width or caption.minimumWidth() != width:
                caption.setFixedWidth(width)

    def fit_history(self) -> None:
        """The billing history card shows only when it would get HISTORY_MIN_HEIGHT px after the cards
        above it (their wrapped heights at the page's width); else it hides, leaving them its room."""
        view, current = self.w.account.view, self.w.account.current
        page = view.page
        layout = page.layout()
        width = page.width()
        used, shown = 0, 0
        for i in range(layout.count()):
            item = layout.itemAt(i)
            widget = item.widget()
            if widget is self.history or item.isEmpty() or item.spacerItem() is not None:
                continue
            used += item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
            shown += 1
        room = page.height() - used - layout.spacing() * shown
        has_history = current is not None and bool(current.bills or current.usage)
        view.history_tabs.setVisible(has_history)
        view.history_empty.setVisible(not has_history)
        show = room >= HISTORY_MIN_HEIGHT
        if show != self.history_shown:
            self.history_shown = show
            self.history.setVisible(show)
            layout.setStretch(self.spare, 0 if show else 1)

    def _on_focus_changed(self, _old, new) -> None:  # noqa: ANN001 - QWidgets
        """The field the cursor goes to in the payment column scrolls into sight."""
        scroll = self.w.payment_scroll
        if new is not None and scroll.widget() is not None and scroll.widget().isAncestorOf(new):
            scroll.ensureWidgetVisible(new, 0, 8)

    def apply(self, step: int) -> None:
        if step == self.step:
            return
        self.step = step
        w = self.w
        find_width, pay_width = (width * self.text_size // 100 for width in COLUMN_WIDTHS[step])
        w.lookup_column.setFixedWidth(find_width)
        w.payment.setFixedWidth(pay_width)
        w.payment.view.settle_card.setFixedWidth(pay_width)
        w.payment_scroll.setFixedWidth(pay_width + w.payment_scroll.verticalScrollBar().sizeHint().width())
        if w.header_caption is not None:
            w.header_caption.setVisible(step == 0)
        for name, button in w.header_buttons.items():
            long_text, short_text = w.header_texts[name]
            button.setText(long_text if step == 0 else short_text)
            button.setMinimumWidth(button.sizeHint().width())
            # An administrator who supervises too has one button more: Admin gives way on the smallest
            # screens (Ctrl+Shift+A still opens it), and the date is short one step sooner.
            button.setVisible(not (step == 2 and name in w.header_gives_way))
            # The narrowest step: the buttons' side padding halves (a supervisor's header has one more).
            if bool(button.property("compact")) != (step == 2):
                button.setProperty("compact", step == 2)
                button.style().unpolish(button)
                button.style().polish(button)
                button.setMinimumWidth(button.sizeHint().width())
        short_date = step == 2 or (step == 1 and bool(w.header_gives_way))
        date = w.date_texts[1] if short_date else w.date_texts[0]
        if step == 2 and "supervisorButton" in w.header_buttons:  # one button more: the date without its weekday
            date = date.split(" ", 1)[-1]
        w.header_date.setText(date)
        w.header_flow.refit()  # the buttons' words changed: one line or two
        w.header_date.setMinimumWidth(0)
        w.header_date.setMinimumWidth(w.header_date.sizeHint().width())  # the date stays whole: the buttons wrap
