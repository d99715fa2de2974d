"""A supervisor approves on the spot: their user name and password, asked for one action.

Shared by the void, the pick-up and the drawer-difference dialogs. The credentials become a
one-shot approval (services.approvals.approve) on the worker thread, inside the same job as the
action they approve (``approve_then``), so a wrong password changes nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from cashier_app.services import approvals
from cashier_app.services.access import AccessDenied
from cashier_app.services.users import UserError
from cashier_app.ui.widgets import ErrorLabel, captioned_field


def approve_then(db, station: str, supervisor: str, password: str, action: str, concerning_id: int | None,  # noqa: ANN001
                 fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """On a worker thread: the supervisor's one-shot approval for ``action``, then
    ``fn(*args, approval=..., **kwargs)``, which uses it up."""
    approval = approvals.approve(db, supervisor, password, action, concerning_id, station)
    return fn(*args, approval=approval, **kwargs)


class SupervisorCredentials(QObject):
    """The two fields (user name, password) and the error under them, added to a layout."""

    def __init__(self, layout: QVBoxLayout, error_name: str, parent: QObject | None = None, *,
                 user_name: str = "supervisorUser", password_name: str = "supervisorPassword") -> None:
        super().__init__(parent)
        self.box = QWidget()  # hidden as one when the acting user approves themself
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(4)
        layout.addWidget(self.box)
        self.user = captioned_field(inner, self.tr("Supervisor user name"), user_name, 40)
        self.password = captioned_field(inner, self.tr("Supervisor password"), password_name, 200)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel(error_name)
        layout.addWidget(self.error)
        self.user.returnPressed.connect(self.password.setFocus)
        self.password.textEdited.connect(lambda _t: self.error.clear_error())

    def read(self) -> tuple[str, str] | None:
        """The user name and password, or None (the reason shown) when one is missing."""
        user, password = self.user.text().strip(), self.password.text()
        if not user or not password:
            self.error.show_error(self.tr("A supervisor types their user name and password."))
            (self.password if user else self.user).setFocus()
            return None
        return user, password

    def set_visible(self, visible: bool) -> None:
        self.box.setVisible(visible)
        if not visible:
            self.error.clear_error()

    def refused(self, message: str, exc: BaseException | None = None) -> None:
        """Show why the approval or the action was refused; the password is typed again."""
        self.password.clear()
        self.error.show_error(message)
        if isinstance(exc, (UserError, AccessDenied)):
            self.password.setFocus()
