"""The users of the Administration window's Users page, one row each."""
from __future__ import annotations

import enum

from PySide6.QtGui import QColor

from cashier_app.services.access import role_word
from cashier_app.services.users import UserSummary
from cashier_app.ui.drawer_models import RowsModel


class UserColumn(enum.IntEnum):
    USERNAME = 0
    NAME = enum.auto()
    ROLES = enum.auto()
    STATE = enum.auto()


class UsersModel(RowsModel):
    columns = UserColumn

    def headers(self) -> list[str]:
        return [self.tr("User name"), self.tr("Full name"), self.tr("Roles"), self.tr("State")]

    def state(self, u: UserSummary) -> str:
        return self.tr("Disabled") if not u.active else self.tr("Locked") if u.locked else self.tr("Active")

    def text(self, u: UserSummary, column: enum.IntEnum) -> str:
        return {UserColumn.USERNAME: u.username, UserColumn.NAME: u.full_name,
                UserColumn.ROLES: ", ".join(role_word(r) for r in u.roles), UserColumn.STATE: self.state(u)}[column]

    def color(self, u: UserSummary, column: enum.IntEnum) -> QColor | None:
        return QColor("#b3261e") if column == UserColumn.STATE and (u.locked or not u.active) else None
