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


def required_text(text: str | None, limit: int, blank: str, refusal: type[Refused] = Refused,
                  field: str = "reason") -> str:
    """Text a person typed (a reason, a note) as it is stored: runs of spaces folded to one.
    Raises ``refusal`` at ``field`` with the message ``blank`` when nothing is left, or when it is
    longer than ``limit`` characters."""
    folded = " ".join((text or "").split())
    if not folded:
        raise refusal(blank, field)
    if len(folded) > limit:
        raise refusal(f"The {field} is longer than {limit} characters.", field)
    return folded
