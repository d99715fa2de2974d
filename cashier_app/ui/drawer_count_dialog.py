"""Count and close a drawer: the blind count first, then expected vs counted, then the close.

The count page shows no expected figure. services.drawers.submit_count records the count and
answers with the balances; a session still "counted" after it (a difference above the threshold,
or a check or money order not ticked) waits for a supervisor's approval with a note, which can be
given here on the spot. A closed session is read-only: the dialog only shows it.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from cashier_app.services import drawers
from cashier_app.services.drawers import CountItem, ItemCount, SessionView
from cashier_app.ui.context import CounterContext
from cashier_app.ui.count_outcome import count_outcome
from cashier_app.ui.drawer_count_dialog_view import DrawerCountView
from cashier_app.ui.drawer_models import over_short_text
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.pickup_dialog import needs_credentials
from cashier_app.ui.supervisor_approval import approve_then

COUNT_PAGE, RESULT_PAGE = 0, 1


class DrawerCountDialog(QDialog):
    counted = Signal(object)  # the SessionView after the count (state "counted" or "closed")
    closed = Signal(object)  # the SessionView once closed (balanced, or the difference approved)

    def __init__(self, context: CounterContext, session: SessionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawerCountDialog")
        self.setWindowTitle(self.tr("Count and close the drawer — Station {0}").format(session.station))
        self._context, self.session = context, session
        self.jobs = JobRunner(self)
        self.view = v = DrawerCountView(self)
        v.cancel.clicked.connect(self.reject)
        v.submit.clicked.connect(self.submit)
        v.done.clicked.connect(self.accept)
        v.approve.clicked.connect(self.approve)
        v.credentials.password.returnPressed.connect(self.approve)
        v.note.returnPressed.connect(v.credentials.user.setFocus)
        v.note.textEdited.connect(lambda _t: v.note_error.clear_error())
        v.items_model.ticks_changed.connect(self._show_ticked)
        v.cash.fields["roll-1c"].returnPressed.connect(v.paper_fields["check:count"].setFocus)
        order = ("check:count", "check:total", "money_order:count", "money_order:total")
        for first, second in zip(order, order[1:]):
            v.paper_fields[first].returnPressed.connect(v.paper_fields[second].setFocus)
        v.paper_fields["money_order:total"].returnPressed.connect(v.items.setFocus)
        for key, field in v.paper_fields.items():
            field.textEdited.connect(lambda _t, kind=key.split(":")[0]: self._clear_paper_error(kind))
        self.resize(900, 800)
        self.setMinimumWidth(820)
        self.show_session(session)

    # -- public ---------------------------------------------------------------------------------

    def show_session(self, session: SessionView) -> None:
        """An open session: the count page (and its items); counted or closed: the result."""
        self.session = session
        if session.state == "open":
            if session.cashier_id != self._context.actor.user_id:  # a supervisor counting for them
                self.view.title.setText(self.tr("Count and close {0}'s drawer, {1}").format(
                    session.cashier, session.station))
            self.view.pages.setCurrentIndex(COUNT_PAGE)
            self._load_items()
            self.view.cash.focus_first()
        else:
            self._show_result(session)

    def submit(self) -> None:
        v = self.view
        if self.jobs.busy or self.session.state != "open":
            return
        self._clear_errors()
        checks = ItemCount(v.paper_fields["check:count"].text().strip(), v.paper_fields["check:total"].text().strip())
        orders = ItemCount(v.paper_fields["money_order:count"].text().strip(),
                           v.paper_fields["money_order:total"].text().strip())
        self._set_busy(v.submit, True, self.tr("Recording…"))
        ctx = self._context
        self.jobs.run(drawers.submit_count, ctx.db, ctx.actor, self.session.id, v.cash.quantities(), checks, orders,
                      v.items_model.ticked(), on_done=self._on_counted, on_error=self._on_count_refused)

    def approve(self) -> None:
        """A supervisor accepts the difference with a note; the session closes as counted."""
        v = self.view
        if self.jobs.busy or self.session.state != "counted":
            return
        note = v.note.text().strip()
        if not note:
            v.note_error.show_error(self.tr("Write a note on the difference before approving it."))
            v.note.setFocus()
            return
        ctx, session = self._context, self.session
        if v.credentials.box.isVisibleTo(self):
            credentials = v.credentials.read()
            if credentials is None:
                return
            self._set_busy(v.approve, True, self.tr("Checking…"))
            self.jobs.run(approve_then, ctx.db, ctx.actor.station, *credentials, drawers.DIFFERENCE_ACTION,
                          session.cashier_id, drawers.approve_difference, ctx.db, ctx.actor, session.id, note,
                          on_done=self._on_approved, on_error=self._on_approval_refused)
        else:
            self._set_busy(v.approve, True, self.tr("Approving…"))
            self.jobs.run(drawers.approve_difference, ctx.db, ctx.actor, session.id, note,
                          on_done=self._on_approved, on_error=self._on_approval_refused)

    # -- answers --------------------------------------------------------------------------------

    def _load_items(self) -> None:
        ctx = self._context
        ctx.jobs.run(drawers.items_to_tick, ctx.db, ctx.actor, self.session.id, on_done=self._on_items,
                     on_error=lambda exc: self.view.items_error.show_error(error_message(exc)))

    def _on_items(self, items: list[CountItem]) -> None:
        self.view.items_model.set_rows(items)

    def _show_ticked(self) -> None:
        model = self.view.items_model
        total = model.rowCount()
        self.view.items_caption.setText(
            self.tr("No check or money order was taken at this drawer.") if not total
            else self.tr("{0} of {1} ticked").format(len(model.ticked()), total))

    def _on_counted(self, session: SessionView) -> None:
        self._set_busy(self.view.submit, False, self.tr("Submit count"))
        self.counted.emit(session)
        self._show_result(session)
        if session.state == "closed":
            self.closed.emit(session)

    def _on_count_refused(self, exc: BaseException) -> None:
        v = self.view
        self._set_busy(v.submit, False, self.tr("Submit count"))
        message, field = error_message(exc), getattr(exc, "field", "")
        if v.cash.show_refusal(field, message):
            return
        if field in v.paper_fields:
            v.paper_errors[field.split(":")[0]].show_error(message)
            v.paper_fields[field].setFocus()
            v.paper_fields[field].selectAll()
        elif field == "items":
            v.items_error.show_error(message)
            v.items.setFocus()
        else:
            v.error.show_error(message)

    def _on_approved(self, session: SessionView) -> None:
        self._set_busy(self.view.approve, False, self.tr("Approve difference and close"))
        self._show_result(session)
        self.closed.emit(session)

    def _on_approval_refused(self, exc: BaseException) -> None:
        v = self.view
        self._set_busy(v.approve, False, self.tr("Approve difference and close"))
        if getattr(exc, "field", "") == "note":
            v.note_error.show_error(error_message(exc))
            v.note.setFocus()
            return
        v.credentials.refused(error_message(exc), exc)

    # -- showing --------------------------------------------------------------------------------

    def _show_result(self, session: SessionView) -> None:
        v, tr = self.view, self.tr
        self.session = session
        v.pages.setCurrentIndex(RESULT_PAGE)
        v.title.setText(tr("Drawer count — {0}, {1}").format(session.cashier, session.station))
        v.balances_model.set_rows(session.balances)
        v.over_short.setText(tr("Over/short, all tenders: {0}").format(over_short_text(session.over_short)))
        waiting = session.state == "counted"
        v.outcome.setText(count_outcome(session))
        v.approval_box.setVisible(waiting)
        v.credentials.set_visible(waiting and needs_credentials(self._context, session.cashier_id))
        v.done.setText(tr("Close   Esc") if waiting else tr("Done"))
        (v.note if waiting else v.done).setFocus()

    def _clear_errors(self) -> None:
        v = self.view
        v.cash.clear_errors()
        for error in (*v.paper_errors.values(), v.items_error, v.error):
            error.clear_error()

    def _clear_paper_error(self, kind: str) -> None:
        self.view.paper_errors[kind].clear_error()

    def _set_busy(self, button, busy: bool, text: str) -> None:  # noqa: ANN001 - a QPushButton
        button.setEnabled(not busy)
        button.setText(text)

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self.jobs.wait_for_done(10_000)
        super().done(result)
