"""Users: add one, change roles, reset a password, unlock, disable (services/users.py: the same
password policy, rules and audit events as `cashier-app user ...`)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from cashier_app.models import Role
from cashier_app.services import users
from cashier_app.services.users import UserSummary
from cashier_app.ui.admin.users_model import UserColumn, UsersModel
from cashier_app.ui.admin.notice import Notice
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import Card, ErrorLabel, label, list_table, push_button

ROLES = (Role.CASHIER, Role.SUPERVISOR, Role.ADMINISTRATOR)
_ROLE_NAMES = {Role.CASHIER: "Cashier", Role.SUPERVISOR: "Supervisor", Role.ADMINISTRATOR: "Administrator"}  # objectNames


def password_field(name: str, caption: str) -> QLineEdit:
    field = QLineEdit(objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(200)
    field.setAccessibleName(caption)
    return field


class UsersPage(QWidget):
    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminUsersPage")
        self._context = context
        self.jobs = JobRunner(self)
        tr = self.tr
        columns = QHBoxLayout(self)
        columns.setContentsMargins(8, 10, 8, 8)
        columns.setSpacing(12)
        left = QVBoxLayout()
        left.addWidget(label(tr("Users"), "card-title"))
        self.model = UsersModel(self)
        self.table = list_table("usersTable", self.model, UserColumn.NAME, row_height=28)
        self.table.setMinimumHeight(140)
        left.addWidget(self.table, 1)
        self.notice = Notice("usersNotice")
        left.addWidget(self.notice)
        self.error = ErrorLabel("usersError")
        left.addWidget(self.error)
        left.addWidget(self._selected_card())
        columns.addLayout(left, 3)
        columns.addWidget(self._add_card(), 2)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._on_selected())
        self.jobs.busy_changed.connect(lambda _b: self._update_buttons())
        self._update_buttons()

    # -- layout ---------------------------------------------------------------------------------

    def _roles_row(self, prefix: str) -> tuple[QHBoxLayout, dict[Role, QCheckBox]]:
        row, boxes = QHBoxLayout(), {}
        shown = {Role.CASHIER: self.tr("Cashier"), Role.SUPERVISOR: self.tr("Supervisor"),
                 Role.ADMINISTRATOR: self.tr("Administrator")}
        for role in ROLES:
            box = QCheckBox(shown[role], objectName=f"{prefix}{_ROLE_NAMES[role]}")
            row.addWidget(box)
            boxes[role] = box
        row.addStretch(1)
        return row, boxes

    def _selected_card(self) -> Card:
        tr = self.tr
        card = Card()
        self.selected_title = card.add_title(tr("Selected user"))
        card.body.addWidget(label(tr("Roles"), "field-caption"))
        row, self.role_boxes = self._roles_row("roles")
        self.save_roles = push_button(tr("Save roles"), "saveRolesButton", tr("Replace the selected user's roles"))
        row.addWidget(self.save_roles)
        card.body.addLayout(row)
        self.roles_error = ErrorLabel("rolesError")
        card.body.addWidget(self.roles_error)
        card.body.addWidget(label(tr("New password (also unlocks)"), "field-caption"))
        grid = QGridLayout()
        self.reset_password = password_field("resetPassword", tr("New password"))
        self.reset_password.setPlaceholderText(tr("New password"))
        self.reset_again = password_field("resetPasswordAgain", tr("New password again"))
        self.reset_again.setPlaceholderText(tr("Again"))
        self.reset_button = push_button(tr("Reset password"), "resetPasswordButton",
                                        tr("Set the selected user's password and unlock them"))
        grid.addWidget(self.reset_password, 0, 0)
        grid.addWidget(self.reset_again, 0, 1)
        grid.addWidget(self.reset_button, 0, 2)
        card.body.addLayout(grid)
        self.reset_error = ErrorLabel("resetPasswordError")
        card.body.addWidget(self.reset_error)
        actions = QHBoxLayout()
        self.unlock_button = push_button(tr("Unlock"), "unlockUserButton",
                                         tr("Let a user locked by failed sign-ins sign in again"))
        self.disable_button = push_button(tr("Disable…"), "disableUserButton",
                                          tr("The user can no longer sign in; their history stays"), "danger")
        actions.addWidget(self.unlock_button)
        actions.addStretch(1)
        actions.addWidget(self.disable_button)
        card.body.addLayout(actions)
        self.save_roles.clicked.connect(self.save_selected_roles)
        self.reset_button.clicked.connect(self.reset_selected_password)
        self.reset_again.returnPressed.connect(self.reset_selected_password)
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.disable_button.clicked.connect(self.disable_selected)
        for field in (self.reset_password, self.reset_again):
            field.textEdited.connect(lambda _t: self.reset_error.clear_error())
        return card

    def _add_card(self) -> Card:
        tr = self.tr
        card = Card()
        card.add_title(tr("Add a user"))
        fields = (("newUsername", tr("User name"), 40), ("newFullName", tr("Full name"), 120))
        self.new_username, self.new_full_name = (self._captioned(card, name, caption, size)
                                                 for name, caption, size in fields)
        self.username_error = ErrorLabel("newUsernameError")
        card.body.insertWidget(card.body.indexOf(self.new_username) + 1, self.username_error)
        card.body.addWidget(label(tr("Password (at least {0} characters)").format(users.MIN_PASSWORD_LENGTH),
                                  "field-caption"))
        self.new_password = password_field("newPassword", tr("Password"))
        card.body.addWidget(self.new_password)
        card.body.addWidget(label(tr("Password again"), "field-caption"))
        self.new_password_again = password_field("newPasswordAgain", tr("Password again"))
        card.body.addWidget(self.new_password_again)
        self.password_error = ErrorLabel("newPasswordError")
        card.body.addWidget(self.password_error)
        card.body.addWidget(label(tr("Roles"), "field-caption"))
        row, self.new_role_boxes = self._roles_row("newRole")
        card.body.addLayout(row)
        self.new_role_boxes[Role.CASHIER].setChecked(True)
        self.new_roles_error = ErrorLabel("newRolesError")
        card.body.addWidget(self.new_roles_error)
        self.add_button = push_button(tr("Add user"), "addUserButton", tr("Create the user with these roles"),
                                      "primary")
        card.body.addWidget(self.add_button)
        card.body.addStretch(1)
        self.add_button.clicked.connect(self.add_user)
        self.new_password_again.returnPressed.connect(self.add_user)
        self.new_username.textEdited.connect(lambda _t: self.username_error.clear_error())
        for field in (self.new_password, self.new_password_again):
            field.textEdited.connect(lambda _t: self.password_error.clear_error())
        return card

    @staticmethod
    def _captioned(card: Card, name: str, caption: str, size: int) -> QLineEdit:
        card.body.addWidget(label(caption, "field-caption"))
        field = QLineEdit(objectName=name)
        field.setMaxLength(size)
        field.setAccessibleName(caption)
        card.body.addWidget(field)
        return field

    # -- reading --------------------------------------------------------------------------------

    def open_fresh(self) -> None:
        self.refresh()

    def refresh(self, select: str = "") -> None:
        ctx = self._context
        keep = select or (self.selected().username if self.selected() else "")
        ctx.jobs.run(users.list_users, ctx.db, ctx.actor, on_done=lambda rows: self._on_listed(rows, keep),
                     on_error=lambda exc: self.error.show_error(error_message(exc)))

    def _on_listed(self, rows: list[UserSummary], keep: str) -> None:
        self.model.set_rows(rows)
        names = [u.username for u in rows]
        if names:
            self.table.setCurrentIndex(self.model.index(names.index(keep) if keep in names else 0, 0))
        self._on_selected()

    def selected(self) -> UserSummary | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _on_selected(self) -> None:
        user = self.selected()
        self.selected_title.setText(self.tr("Selected user: {0}").format(user.username) if user
                                    else self.tr("Selected user"))
        for role, box in self.role_boxes.items():
            box.setChecked(bool(user) and role.value in user.roles)
        for error in (self.roles_error, self.reset_error):
            error.clear_error()
        self._update_buttons()

    def _update_buttons(self) -> None:
        user, idle = self.selected(), not self.jobs.busy
        for button in (self.save_roles, self.reset_button):
            button.setEnabled(user is not None and idle)
        self.unlock_button.setEnabled(user is not None and user.locked and idle)
        self.disable_button.setEnabled(user is not None and user.active and idle)
        self.add_button.setEnabled(idle)

    # -- changes ----------------------------------------------------------------------------------

    def _run(self, fn, *args, done_text: str, select: str, errors: dict[str, ErrorLabel],  # noqa: ANN001
             then=None) -> None:  # noqa: ANN001 - called after a success
        """Call a users service in the background; its refusal goes to the error label of its field."""
        if self.jobs.busy:
            return
        self.notice.clear()
        self.error.clear_error()
        ctx = self._context
        self.jobs.run(fn, ctx.db, ctx.actor, *args,
                      on_done=lambda _r: self._on_changed(done_text, select, then),
                      on_error=lambda exc: (errors.get(getattr(exc, "field", ""), self.error)
                                            .show_error(error_message(exc))))

    def _on_changed(self, text: str, select: str, then) -> None:  # noqa: ANN001
        if then is not None:
            then()
        self.notice.setText(text)
        self.refresh(select)

    def add_user(self) -> None:
        for error in (self.username_error, self.password_error, self.new_roles_error):
            error.clear_error()
        username, password = self.new_username.text().strip(), self.new_password.text()
        if password != self.new_password_again.text():
            self.password_error.show_error(self.tr("The two passwords differ; type the same one twice."))
            self.new_password_again.setFocus()
            return
        roles = [r.value for r, box in self.new_role_boxes.items() if box.isChecked()]
        self._run(users.create_user, username, password, roles, self.new_full_name.text().strip(),
                  done_text=self.tr("User {0} added.").format(username), select=username,
                  errors={"username": self.username_error, "password": self.password_error,
                          "roles": self.new_roles_error}, then=self._clear_new_user)

    def _clear_new_user(self) -> None:
        for field in (self.new_username, self.new_full_name, self.new_password, self.new_password_again):
            field.clear()

    def save_selected_roles(self) -> None:
        user = self.selected()
        if user is None:
            return
        self.roles_error.clear_error()
        roles = [r.value for r, box in self.role_boxes.items() if box.isChecked()]
        self._run(users.set_roles, user.username, roles,
                  done_text=self.tr("Roles of {0} saved.").format(user.username), select=user.username,
                  errors={"roles": self.roles_error, "username": self.error})

    def reset_selected_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        self.reset_error.clear_error()
        if self.reset_password.text() != self.reset_again.text():
            self.reset_error.show_error(self.tr("The two passwords differ; type the same one twice."))
            return
        self._run(users.set_password, user.username, self.reset_password.text(),
                  done_text=self.tr("Password of {0} changed; they can sign in.").format(user.username),
                  select=user.username, errors={"password": self.reset_error, "username": self.error},
                  then=lambda: (self.reset_password.clear(), self.reset_again.clear()))

    def unlock_selected(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(users.unlock_user, user.username, done_text=self.tr("{0} unlocked.").format(user.username),
                      select=user.username, errors={})

    def disable_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        user = self.selected()
        if user is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Disable user"),
            self.tr("Disable {0}? They will no longer be able to sign in; their history stays.").format(user.username))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(users.disable_user, user.username, done_text=self.tr("{0} disabled.").format(user.username),
                      select=user.username, errors={})

    @property
    def busy(self) -> bool:
        return False  # every change is one short transaction

