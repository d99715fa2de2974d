"""The cashier's drawer at the counter: open it, pick-ups, count and close; the status bar says where it is.

At sign-in a cashier without an open drawer here is offered the opening float at once; a post
refused for want of a drawer says so under Post and offers it again. The state shown comes from
services.drawers.my_session, asked again after every open, pick-up, count and post.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QMessageBox

from cashier_app.services import drawers
from cashier_app.services.drawers import SessionView
from cashier_app.ui.app_rules import first_enabled_action
from cashier_app.ui.drawer_count_dialog import DrawerCountDialog
from cashier_app.ui.drawer_open_dialog import DrawerOpenDialog
from cashier_app.ui.errors import error_message
from cashier_app.ui.pickup_dialog import PickupDialog

CASHIER, SUPERVISOR = "cashier", "supervisor"  # role names (the window does not import the models)


class DrawerFlow(QObject):
    known = Signal(object)  # the SessionView (or None) just learnt

    def __init__(self, window) -> None:  # noqa: ANN001 - the MainWindow
        super().__init__(window)
        self.w = window
        self.session: SessionView | None = None
        self.opening: DrawerOpenDialog | None = None
        self.counting: DrawerCountDialog | None = None
        self.pickup: PickupDialog | None = None
        self._offer_when_known = False
        self.menu = QMenu(window, objectName="drawerMenu")
        self.open_action = self.menu.addAction(self.tr("Open drawer (count the float)…"), self.open_drawer)
        self.pickup_action = self.menu.addAction(self.tr("Pick-up to the safe…"), self.show_pickup)
        self.count_action = self.menu.addAction(self.tr("Count and close the drawer…"), self.count_drawer)
        self._update_menu()

    @property
    def is_cashier(self) -> bool:
        return self.w.context.actor.has(CASHIER)

    @property
    def is_supervisor(self) -> bool:
        return self.w.context.actor.has(SUPERVISOR)

    def refresh(self, offer_open: bool = False) -> None:
        """Ask the service for the drawer again; ``offer_open`` opens the float dialog if there is none."""
        ctx = self.w.context
        self._offer_when_known = self._offer_when_known or offer_open
        ctx.jobs.run(drawers.my_session, ctx.db, ctx.actor, on_done=self._on_known,
                     on_error=lambda exc: self.w.status.drawer.setToolTip(error_message(exc)))

    def _on_known(self, session: SessionView | None) -> None:
        self.session = session
        self.w.status.set_drawer(session)
        self._update_menu()
        self.known.emit(session)
        offer, self._offer_when_known = self._offer_when_known, False
        # A supervisor who also takes payments is offered the float when they first post, not at sign-in.
        if offer and session is None and self.is_cashier and not self.is_supervisor and not self.w.flow.locked:
            self.open_drawer()

    def _update_menu(self) -> None:
        state = self.session.state if self.session else None
        self.open_action.setEnabled(state is None)
        self.pickup_action.setEnabled(state == "open")
        self.count_action.setEnabled(state in ("open", "counted"))

    # -- the dialogs ----------------------------------------------------------------------------

    def show_menu(self) -> None:
        """F4: the drawer's actions under the header button, the first one possible now selected."""
        button = self.w.header_buttons["drawerButton"]
        self.menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        first = first_enabled_action(self.menu)
        if first is not None:
            self.menu.setActiveAction(first)

    def open_drawer(self) -> None:
        if self.session is not None:
            self.count_drawer()  # one drawer at a time: the one still open is counted first
            return
        if self.opening is not None and self.opening.isVisible():
            return
        self.opening = DrawerOpenDialog(self.w.context, self.w)
        self.opening.opened.connect(lambda _s: self._after_change())
        self.opening.open()

    def show_pickup(self) -> None:
        if self.session is None or self.session.state != "open":
            self._say(self.tr("There is no open drawer to take cash from."))
            return
        self.pickup = PickupDialog(self.w.context, self.session, self.w)
        self.pickup.picked_up.connect(lambda _r: self._after_change())
        self.pickup.open()

    def count_drawer(self) -> None:
        if self.session is None:
            self._say(self.tr("Your drawer is not open: there is nothing to count."))
            return
        self.counting = DrawerCountDialog(self.w.context, self.session, self.w)
        self.counting.counted.connect(lambda _s: self._after_change())
        self.counting.closed.connect(lambda _s: self._after_change())
        self.counting.open()

    def on_post_refused(self, _message: str) -> None:
        """Posting needs an open drawer of today: offer it (the message is already under Post)."""
        if not self.is_cashier:
            return
        self.refresh()
        if self.session is not None:
            return  # counted, or of an earlier date: the message says what to do; F4 counts it
        answer = QMessageBox.question(
            self.w, self.tr("Open the drawer?"),
            self.tr("No payment can be posted before your drawer is open. Count the opening float now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.open_drawer()
            if self.opening is not None:  # opened or not, the cashier goes on with the payment: Post
                self.opening.finished.connect(lambda _r: self.w.payment.focus_post())
        else:
            self.w.payment.focus_post()

    def _after_change(self) -> None:
        self.refresh()

    def _say(self, text: str) -> None:
        QMessageBox.information(self.w, self.tr("Drawer"), text)

    def shut(self) -> None:
        for dialog in (self.opening, self.counting, self.pickup):
            if dialog is not None:
                dialog.reject()
