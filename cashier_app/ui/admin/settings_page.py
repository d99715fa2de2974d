"""Settings: every setting `cashier-app setting list` knows, grouped, each checked as the command
line checks it (services/settings.py: set_settings, parse_setting_value). A refused value is said
at its field and nothing is written; all the changes of one Save are written together."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFrame, QGridLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from cashier_app.db import Database
from cashier_app.services import settings
from cashier_app.services.access import Actor
from cashier_app.services.settings import BANK_ACCOUNTS, CHOICES, DEFAULTS, MONEY, SettingError
from cashier_app.ui.admin.setting_groups import SettingField, error_name, field_name, setting_groups
from cashier_app.ui.admin.notice import Notice, caption
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import Card, ErrorLabel, label, push_button

Typed = dict[str, Any]  # key -> the text typed (a list of lines for the receipt's lines)


def save_typed(db: Database, actor: Actor, typed: Typed) -> dict[str, Any]:
    """On a worker thread: read each typed value as `cashier-app setting set` reads it, then save them
    all (or none); a refusal carries its setting's key. Returns the saved values, as read back."""
    values = {}
    for key, text in typed.items():
        try:
            values[key] = text if isinstance(text, list) else settings.parse_setting_value(key, text)
        except SettingError as exc:
            exc.key = key
            raise
    written = settings.set_settings(db, actor, values)
    return {key: settings.get_setting(db, key) for key in written}


def shown_text(key: str, value: Any) -> str | list[str]:
    """A setting's value as its field shows it."""
    if isinstance(value, list):
        return list(value)
    if key in MONEY:
        return f"{value:.2f}"
    return str(value)


class SettingsPage(QWidget):
    saved = Signal(dict)  # the settings just written: key -> value in its type

    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminSettingsPage")
        self._context = context
        self.jobs = JobRunner(self)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self._loaded: Typed = {}
        tr = self.tr
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 10, 8, 8)
        top = QHBoxLayout()
        top.addWidget(caption(tr("Settings of every station (the database's); saved together, checked as "
                               "'cashier-app setting set' checks them.")), 1)
        self.undo_button = push_button(tr("Undo changes"), "settingsUndoButton", tr("Show the saved values again"))
        self.save_button = push_button(tr("Save changes"), "settingsSaveButton",
                                       tr("Check and save every changed setting (audited)"), "primary")
        top.addWidget(self.undo_button)
        top.addWidget(self.save_button)
        outer.addLayout(top)
        self.notice = Notice("settingsNotice")
        outer.addWidget(self.notice)
        self.error = ErrorLabel("settingsError")
        outer.addWidget(self.error)
        scroll = QScrollArea(objectName="settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field; the scroll follows
        body = QWidget(objectName="settingsBody")
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 4, 0)
        groups = setting_groups()
        left, right = QVBoxLayout(), QVBoxLayout()
        for i, (title, fields) in enumerate(groups):
            (right if i == len(groups) - 1 else left).addWidget(self._group(title, fields))
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.refresh)
        self.jobs.busy_changed.connect(lambda busy: self.save_button.setEnabled(not busy))

    def _group(self, title: str, fields: list[SettingField]) -> Card:
        card = Card()
        card.add_title(title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        row = 0
        for f in fields:
            caption = label(f.caption, "field-caption")
            caption.setWordWrap(True)
            caption.ensurePolished()  # its style's font: its longest word ("Returned-item") stays whole
            longest = max(caption.fontMetrics().horizontalAdvance(word) for word in f.caption.split())
            caption.setMinimumWidth(max(150, longest + 2))
            widget = self._field(f)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            if widget.maximumWidth() < 1000:  # a short field stays by its caption
                grid.addWidget(widget, row, 1, Qt.AlignmentFlag.AlignLeft)
            else:
                grid.addWidget(widget, row, 1)
            row += 1
            if f.hint:
                hint = label(f.hint, "hint")
                hint.setWordWrap(True)
                grid.addWidget(hint, row, 1)
                row += 1
            error = self.errors[f.key] = ErrorLabel(error_name(f.key))
            grid.addWidget(error, row, 1)
            row += 1
        card.body.addLayout(grid)
        return card

    def _field(self, f: SettingField) -> QWidget:
        default, name = DEFAULTS[f.key], field_name(f.key)
        if f.key in CHOICES:
            widget = QComboBox(objectName=name)
            widget.addItems(list(CHOICES[f.key]))
            widget.currentTextChanged.connect(lambda _t, k=f.key: self.errors[k].clear_error())
        elif isinstance(default, list):
            widget = QPlainTextEdit(objectName=name)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 5 + 14)
            widget.textChanged.connect(lambda k=f.key: self.errors[k].clear_error())
        else:
            widget = QLineEdit(objectName=name)
            widget.setMaxLength(200)
            if f.key in MONEY or isinstance(default, int):
                widget.setMaximumWidth(160)  # an amount or a count: the field's size says so
            if f.key in BANK_ACCOUNTS:  # the City's account number is not left on the screen
                widget.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
            widget.textEdited.connect(lambda _t, k=f.key: self.errors[k].clear_error())
            widget.returnPressed.connect(self.save)
        widget.setAccessibleName(f.caption)
        widget.setToolTip(self.tr("{0} (default: {1})").format(f.key, settings.shown_value(f.key, default)))
        self.fields[f.key] = widget
        return widget

    # -- values -----------------------------------------------------------------------------------

    def typed(self, key: str) -> str | list[str]:
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QPlainTextEdit):
            lines = widget.toPlainText().split("\n")
            while lines and not lines[-1].strip():
                lines.pop()
            return lines
        return widget.text()

    def set_typed(self, key: str, value: str | list[str]) -> None:
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentText(str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("\n".join(value))
        else:
            widget.setText(str(value))

    def changed(self) -> Typed:
        """What was typed since the values were read (every field differs before the first read)."""
        return {k: self.typed(k) for k in self.fields if self.typed(k) != self._loaded.get(k)}

    def open_fresh(self) -> None:
        if not self._loaded or not self.changed():  # never throws away what was typed
            self.refresh()

    def refresh(self) -> None:
        ctx = self._context
        self.jobs.run(settings.list_settings, ctx.db, ctx.actor, on_done=self._on_listed,
                      on_error=lambda exc: self.error.show_error(error_message(exc)))

    def _on_listed(self, rows: list[tuple[str, Any, bool]]) -> None:
        for error in self.errors.values():
            error.clear_error()
        for key, value, _changed in rows:
            if key in self.fields:
                self._loaded[key] = shown_text(key, value)
                self.set_typed(key, self._loaded[key])

    def save(self) -> None:
        if self.jobs.busy:
            return
        self.notice.clear()
        self.error.clear_error()
        for error in self.errors.values():
            error.clear_error()
        typed = self.changed()
        if not typed:
            self.notice.setText(self.tr("Nothing changed."))
            return
        ctx = self._context
        self.jobs.run(save_typed, ctx.db, ctx.actor, typed, on_done=self._on_saved, on_error=self._on_refused)

    def _on_saved(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            self._loaded[key] = shown_text(key, value)
            self.set_typed(key, self._loaded[key])
        self.notice.setText(self.tr("Saved: {0}.").format(", ".join(sorted(values))))
        self.saved.emit(values)

    def _on_refused(self, exc: BaseException) -> None:
        key = getattr(exc, "key", "")
        if isinstance(exc, SettingError) and key in self.errors:
            self.errors[key].show_error(str(exc))
            self.fields[key].setFocus()
            return
        self.error.show_error(error_message(exc))

    @property
    def busy(self) -> bool:
        return False
