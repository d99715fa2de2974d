"""A station without station.toml: the setup assistant first, then the sign-in of the new station."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from cashier_app.services.setup.station_setup import SetupResult
from cashier_app.ui.app import CounterApp, application
from cashier_app.ui.setup.assistant import SetupAssistant
from cashier_app.ui.setup.page import SetupAnswers


class FirstRun(QObject):
    """The assistant; once it wrote the set-up, the counter (sign-in, then the window)."""

    def __init__(self, answers: SetupAnswers | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.assistant = SetupAssistant(answers)
        self.counter: CounterApp | None = None
        self.assistant.set_up.connect(self._on_set_up)
        self.assistant.rejected.connect(self._on_cancelled)

    def start(self) -> None:
        self.assistant.show()

    def _on_set_up(self, result: SetupResult) -> None:
        self.counter = CounterApp(result.db, result.station, self)
        self.counter.start()  # the sign-in shows before the assistant closes: the app keeps running

    def _on_cancelled(self) -> None:
        QCoreApplication.exit(0)


def run_first_setup(station: str = "", config_path: Path | None = None) -> int:
    """Open the assistant (and then the counter); the exit code when the app closes."""
    app = application()
    answers = SetupAnswers(config_path=config_path)
    if station:
        answers.station = answers.receipt_prefix = station
    first = FirstRun(answers)
    first.start()
    return app.exec()
