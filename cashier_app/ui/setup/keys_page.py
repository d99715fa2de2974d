"""Page 5: the keys. A new database: made on this PC. A database another station set up: copied
from the first station's files, and checked against the database before anything is written."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QButtonGroup, QFileDialog, QHBoxLayout, QLineEdit, QRadioButton, QVBoxLayout

from cashier_app.services.setup.setup_keys import KeyChoice, check_keys, home_keys
from cashier_app.ui.setup.page import SetupPage
from cashier_app.ui.widgets import label, push_button


class KeysPage(SetupPage):
    def __init__(self, answers, jobs, parent=None) -> None:  # noqa: ANN001
        super().__init__(answers, jobs, "setupKeysPage", parent)
        tr = self.tr
        self.intro(tr("Two key files live outside the database: audit.key signs the audit trail, draft.key "
                      "encrypts customers' bank account numbers. Every station of one database needs the same two "
                      "files: a station joining a database copies them from the first station (a USB key from the "
                      "office safe; never e-mail)."))
        self.make = QRadioButton(tr("Make new keys on this PC (a new database)"), objectName="setupMakeKeys")
        self.copy = QRadioButton(tr("Copy the first station's keys"), objectName="setupCopyKeys")
        group = QButtonGroup(self)
        group.addButton(self.make)
        group.addButton(self.copy)
        self.body.addWidget(self.make)
        self.body.addWidget(self.copy)
        self.note = label("", "caption", "setupKeysNote")
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)
        (self.audit_caption, self.audit_file, self.audit_choose) = self._file_row(tr("The first station's audit.key"), "setupAuditKeyFile",
                                                            "setupAuditKeyChoose", "audit_key")
        (self.draft_caption, self.draft_file, self.draft_choose) = self._file_row(tr("The first station's draft.key"), "setupDraftKeyFile",
                                                            "setupDraftKeyChoose", "draft_key")
        self.body.addStretch(1)
        self.make.toggled.connect(self._on_choice)
        self.audit_choose.clicked.connect(lambda: self._choose(self.audit_file, "audit.key"))
        self.draft_choose.clicked.connect(lambda: self._choose(self.draft_file, "draft.key"))

    def _file_row(self, caption: str, name: str, button_name: str, key: str) -> tuple[object, QLineEdit, object]:
        column = QVBoxLayout()
        column.setSpacing(4)
        title = label(caption, "field-caption")
        column.addWidget(title)
        row = QHBoxLayout()
        edit = QLineEdit(objectName=name)
        edit.setAccessibleName(caption)
        self.edits.append(edit)
        choose = push_button(self.tr("Choose file…"), button_name)
        row.addWidget(edit, 1)
        row.addWidget(choose)
        column.addLayout(row)
        self.body.addLayout(column)
        self.error_under(self.body, edit, key, name.replace("File", "Error"))
        return title, edit, choose

    def title(self) -> str:
        return self.tr("Keys")

    def enter(self) -> None:
        probe = self.answers.probe
        self._in_use = probe is not None and probe.in_use
        self.make.setEnabled(not self._in_use)
        if self._in_use:
            self.copy.setChecked(True)
        else:
            (self.copy if self.answers.keys.audit_from else self.make).setChecked(True)
        self._on_choice()
        (self.copy if self._in_use else self.make).setFocus()

    def _on_choice(self) -> None:
        copying = self.copy.isChecked()
        audit_home, draft_home = home_keys()
        for widget, home in ((self.audit_caption, audit_home), (self.audit_file, audit_home),
                             (self.audit_choose, audit_home), (self.draft_caption, draft_home),
                             (self.draft_file, draft_home), (self.draft_choose, draft_home)):
            widget.setVisible(copying and not home.exists())
        if getattr(self, "_in_use", False):
            note = self.tr("This database is already used by another station: copy that station's two files.")
        elif copying:
            note = self.tr("Choose the first station's two files (from the USB key kept in the office safe).")
        else:
            note = self.tr("New keys are made at Finish. Keep a copy of both files apart from the backups.")
        kept = [p.name for p in (audit_home, draft_home) if p.exists()]
        if kept:
            note += " " + self.tr("Already on this PC, kept and checked: {0}.").format(", ".join(kept))
        self.note.setText(note)
        self.clear_errors()

    def _choose(self, edit: QLineEdit, file_name: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("The first station's {0}").format(file_name),
                                                    edit.text(), self.tr("Key files (*.key);;All files (*)"))
        if path:
            edit.setText(path)
            self.clear_errors()

    def choice(self) -> KeyChoice:
        if not self.copy.isChecked():
            return KeyChoice()
        audit_home, draft_home = home_keys()

        def given(edit: QLineEdit, home: Path) -> Path | None:
            return None if home.exists() or not edit.text().strip() else Path(edit.text().strip()).expanduser()
        return KeyChoice(given(self.audit_file, audit_home), given(self.draft_file, draft_home))

    def leave(self, go_on: Callable[[], None]) -> None:
        self.clear_errors()
        choice = self.choice()
        if self.copy.isChecked():  # a blank file field is a refusal on it, not "make one"
            for edit, home, key in ((self.audit_file, home_keys()[0], "audit_key"),
                                    (self.draft_file, home_keys()[1], "draft_key")):
                if not home.exists() and not edit.text().strip():
                    self.errors[key][1].show_error(self.tr("Choose the first station's file."))
                    edit.setFocus()
                    return
        try:
            check_keys(self.answers.probe, choice)
        except Exception as exc:  # noqa: BLE001 - a SetupRefused lands under its field
            if not self.show_refusal(exc):
                raise
            return
        self.answers.keys = choice
        go_on()
