"""What every page of the setup assistant shares: the answers so far, fields with their error
label, and how a refusal from the set-up service lands under the field it is about."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from cashier_app.services.setup.database_probe import DatabaseProbe, ServerAddress, SetupRefused
from cashier_app.services.setup.setup_keys import KeyChoice
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import ErrorLabel, captioned_field, label


@dataclass
class SetupAnswers:
    """What the person chose so far; nothing of it is written before Finish."""

    server: ServerAddress | None = None  # None: this PC's own database (SQLite in the home)
    probe: DatabaseProbe | None = None  # what the database holds (Test connection, or Next)
    station: str = "S1"
    receipt_prefix: str = "S1"
    printer: str = "file"
    admin_user: str = ""
    admin_password: str = field(default="", repr=False)
    keys: KeyChoice = field(default_factory=KeyChoice)
    config_path: Path | None = None


class SetupPage(QWidget):
    """One step. ``leave`` checks the page's answers and calls ``go_on`` when they hold (maybe
    after a background check); a refusal is shown under its field and the page stays."""

    def __init__(self, answers: SetupAnswers, jobs: JobRunner, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.answers, self.jobs = answers, jobs
        self.errors: dict[str, tuple[QWidget | None, ErrorLabel]] = {}
        self.edits: list[QLineEdit] = []  # in order: Enter in one goes to the next, in the last one = Next
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(4)

    def title(self) -> str:
        raise NotImplementedError

    def applies(self) -> bool:
        return True

    def enter(self) -> None:
        """Shown (again): fill in from the answers."""

    def leave(self, go_on: Callable[[], None]) -> None:
        go_on()

    def field_after(self, widget: QWidget | None) -> QLineEdit | None:
        """The field Enter moves to from ``widget``; None when Enter means Next."""
        if widget not in self.edits:
            return None
        later = [e for e in self.edits[self.edits.index(widget) + 1:] if e.isEnabled() and e.isVisible()]
        return later[0] if later else None

    # -- parts -------------------------------------------------------------------------------

    def intro(self, text: str) -> None:
        note = label(text, "hint")
        note.setWordWrap(True)
        self.body.addWidget(note)
        self.body.addSpacing(6)

    def field(self, caption: str, name: str, field_key: str, max_length: int = 80,
              layout: QVBoxLayout | None = None) -> QLineEdit:
        layout = layout or self.body
        edit = captioned_field(layout, caption, name, max_length)
        self.edits.append(edit)
        self.error_under(layout, edit, field_key, name + "Error")
        return edit

    def error_under(self, layout: QVBoxLayout, widget: QWidget | None, field_key: str, name: str) -> ErrorLabel:
        error = ErrorLabel(name)
        layout.addWidget(error)
        self.errors[field_key] = (widget, error)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, e=error: e.clear_error())
        return error

    def clear_errors(self) -> None:
        for _widget, error in self.errors.values():
            error.clear_error()

    def show_refusal(self, exc: BaseException) -> bool:
        """Show a SetupRefused under its field; False when this page has no such field."""
        key = getattr(exc, "field", "")
        if not isinstance(exc, SetupRefused) or key not in self.errors:
            return False
        widget, error = self.errors[key]
        error.show_error(str(exc))
        if widget is not None:
            widget.setFocus()
        return True
