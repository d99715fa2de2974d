"""Find an account: type (or scan) a number, name, address or phone; Enter opens the hit.

Searches run as the cashier types, one at a time: a keystroke starts a search at once when none
is running, else the newest text is searched as soon as the running one answers (so results
follow the typing closely without queueing a search per key). Enter searches at once; an answer
for text that is no longer the newest search is dropped. Up/Down in the field move through the results; Ctrl+Enter
adds the selected account to the payment instead of opening a new one. A scanned bill stub
(services.stubs) opens its account with the stub's amount due.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QStackedWidget, QWidget

from cashier_app.services.lookup import DEFAULT_LIMIT, AccountHit, find_accounts
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.lookup_delegate import AccountHitDelegate
from cashier_app.ui.models import AccountHitsModel, HitColumn
from cashier_app.ui.stub_reader import StubReader, is_stub
from cashier_app.ui.widgets import Card, ErrorLabel, label

MIN_TYPED = 2  # fewer characters wait for Enter
_MOVE_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class LookupPanel(Card):
    account_chosen = Signal(int)  # account id
    add_requested = Signal(object)  # AccountHit to add to the payment (Ctrl+Enter)
    stub_scanned = Signal(int, object)  # account id, the StubScan

    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_title(self.tr("Find account"))
        self._context = context
        self._seq = 0  # number of the newest search; older answers are dropped
        self._in_flight: str | None = None  # text of the newest search still running
        self._running = 0  # number of the search whose answer frees the way for the next one (0: none)
        self._wanted: str | None = None  # typed while a search ran: searched when it answers
        self._shown_text: str | None = None  # the text the results list is for
        self._open_when_ready = False
        self._build()
        self.stubs = StubReader(context, self)
        self.stubs.scanned.connect(self._on_stub_scanned)
        self.stubs.refused.connect(self._on_stub_refused)
        self.field.textEdited.connect(self._on_text_edited)
        self.field.returnPressed.connect(self._on_enter)
        self.field.installEventFilter(self)
        self.results.activated.connect(self._on_result_activated)

    def _build(self) -> None:
        self.field = QLineEdit(objectName="lookupField")
        self.field.setPlaceholderText(self.tr("Number, name or address"))
        self.field.setProperty("role", "lookup-input")
        self.field.setMaxLength(200)
        self.field.setAccessibleName(self.tr("Find account"))
        self.field.setToolTip(self.tr("Find account (F2): number, name, address or phone; Enter opens, "
                                      "Ctrl+Enter adds to the payment; a bill stub scanner types here"))
        self.body.addWidget(self.field)
        keys_hint = label(self.tr("Enter opens · Ctrl+Enter adds · ↑ ↓ choose"), "hint")
        keys_hint.setWordWrap(True)  # two lines in the narrow Find column of a small screen
        self.body.addWidget(keys_hint)
        self.error = ErrorLabel("lookupError")
        self.body.addWidget(self.error)
        self.count = label("", "caption", "lookupCount")
        self.body.addWidget(self.count)
        self.model = AccountHitsModel(self)
        self.results = QListView(objectName="lookupResults")
        self.results.setModel(self.model)
        self.results.setModelColumn(HitColumn.ACCOUNT)
        self.results.setItemDelegate(AccountHitDelegate(self.results))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the delegate elides names
        self.results.setAccessibleName(self.tr("Accounts found"))
        self.empty = label(self.tr("Type an account or customer number, a name, a service address or a phone "
                                   "number.\n\nA scanned bill stub opens its account."),
                           "empty-hint", "lookupEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.results)
        self.body.addWidget(self.stack, 1)

    # -- public ---------------------------------------------------------------------------------

    def clear(self) -> None:
        """Empty the field and the results, and forget any search still running."""
        self._seq += 1
        self._wanted = None
        self._in_flight = self._shown_text = None
        self._open_when_ready = False
        self.field.clear()
        self.error.clear_error()
        self.count.clear()
        self.model.set_hits([])
        self.stack.setCurrentWidget(self.empty)

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def selected_hit(self) -> AccountHit | None:
        index = self.results.currentIndex()
        return self.model.hit(index.row()) if index.isValid() else None

    # -- typing and keys ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in _MOVE_KEYS and self.model.rowCount():
                self._move_selection(key_event.key())
                return True
            if (key_event.key() in _ENTER_KEYS
                    and key_event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self._add_selected()
                return True
        return super().eventFilter(watched, event)

    def _move_selection(self, key: Qt.Key) -> None:
        row = self.results.currentIndex().row()
        last = self.model.rowCount() - 1
        page = max(1, self.results.viewport().height() // max(1, self.results.sizeHintForRow(0)) - 1)
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -page, Qt.Key.Key_PageDown: page}[key]
        self._select_row(min(last, max(0, row + step)))

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, HitColumn.ACCOUNT)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)

    def _on_text_edited(self, text: str) -> None:
        self.error.clear_error()
        self.stubs.forget()
        self._open_when_ready = False  # an Enter before this typing was for other text
        text = text.strip()
        self._wanted = None
        if len(text) < MIN_TYPED or is_stub(text) or text in (self._shown_text, self._in_flight):
            return
        if self._running:
            self._wanted = text  # searched as soon as the running search answers
        else:
            self._search(text)

    def _on_enter(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        self._wanted = None
        self.error.clear_error()
        if self.stubs.read(text):
            self._seq += 1  # a search still running was for text typed before the scan
            return
        if text == self._shown_text and self._in_flight is None:
            self._open_selected()
            return
        self._open_when_ready = True
        if text != self._in_flight:
            self._search(text)

    def _on_stub_scanned(self, account_id: int, scan: object) -> None:
        self.field.clear()  # ready for the next scan
        self.stub_scanned.emit(account_id, scan)

    def _on_stub_refused(self, message: str) -> None:
        self.error.show_error(message)
        self.field.selectAll()  # the next scan replaces it

    def _add_selected(self) -> None:
        hit = self.selected_hit()
        if hit is not None and self._shown_text == self.field.text().strip():
            self.add_requested.emit(hit)

    def _on_result_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.account_chosen.emit(self.model.hit(index.row()).account_id)

    def _open_selected(self) -> None:
        hit = self.selected_hit()
        if hit is not None:
            self.account_chosen.emit(hit.account_id)
        elif self._shown_text:
            self.error.show_error(self.tr("No account matches “{0}”.").format(self._shown_text))

    # -- searching ------------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        self._seq += 1
        seq, self._in_flight, self._running = self._seq, text, self._seq
        ctx = self._context
        ctx.jobs.run(find_accounts, ctx.db, ctx.actor, text,
                     on_done=lambda hits: self._on_hits(seq, text, hits),
                     on_error=lambda exc: self._on_search_failed(seq, exc))

    def _on_hits(self, seq: int, text: str, hits: list[AccountHit]) -> None:
        if seq == self._running:
            self._running = 0
        if seq == self._seq:
            self._show_hits(text, hits)
        wanted, self._wanted = self._wanted, None
        if wanted and not self._running and wanted != self._shown_text:
            self._search(wanted)

    def _show_hits(self, text: str, hits: list[AccountHit]) -> None:
        self._in_flight, self._shown_text = None, text
        chosen = self.selected_hit()  # an account picked with the arrows stays picked if still listed
        self.model.set_hits(hits)
        self.stack.setCurrentWidget(self.results if hits else self.empty)
        if hits:
            ids = [h.account_id for h in hits]
            self._select_row(ids.index(chosen.account_id) if chosen and chosen.account_id in ids else 0)
            self.count.setText(self._count_text(len(hits)))
        else:
            self.count.clear()
            self.error.show_error(self.tr("No account matches “{0}”.").format(text))
        if self._open_when_ready:
            self._open_when_ready = False
            if hits:
                self._open_selected()

    def _count_text(self, found: int) -> str:
        if found == 1:
            return self.tr("1 account found")
        if found >= DEFAULT_LIMIT:
            return self.tr("First {0} accounts — type more to narrow").format(found)
        return self.tr("{0} accounts found").format(found)

    def _on_search_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._running:
            self._running, self._wanted = 0, None
        if seq != self._seq:
            return
        self._in_flight = None
        self._open_when_ready = False
        self.error.show_error(error_message(exc))
