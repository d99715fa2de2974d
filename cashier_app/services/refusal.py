"""The one shape of a refused request: a message fit for the person, and the input it is about.

Messages are written in English and go through ``_t`` (cashier_app.i18n) where they are raised, so
a French station shows them in French (docs/TRANSLATING.md)."""
from __future__ import annotations

from cashier_app.i18n import _t


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
        raise refusal(_too_long(field).format(limit), field)
    return folded


def _too_long(field: str) -> str:
    """The refusal of a text over its limit (``{0}``), as a whole sentence for each field."""
    if field == "note":
        return _t("The note is longer than {0} characters.")
    if field == "reason":
        return _t("The reason is longer than {0} characters.")
    return "The " + field + " is longer than {0} characters."  # no such field yet: English
