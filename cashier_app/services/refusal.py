"""The one shape of a refused request: a message fit for the person, and the input it is about."""
from __future__ import annotations


class Refused(ValueError):
    """A request a service will not carry out; nothing was changed.

    ``field`` names the input that caused it (e.g. "allocation:0:amount", "reason"), so the window
    can show the message next to that input.
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field
