"""A bill stub scanned into a field: read it (services.stubs) and find its account.

The keyboard-wedge scanner types the stub's barcode and Enter. Text that looks like a stub is
never searched as a name: it is read, and an unreadable one is said to be so.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cashier_app.services import stubs
from cashier_app.services.lookup import AccountHit, find_accounts
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message


def is_stub(text: str) -> bool:
    try:
        return stubs.looks_like_stub(text)
    except NotImplementedError:  # stub reading not there yet: the text is searched as typed
        return False


class StubReader(QObject):
    scanned = Signal(int, object)  # account id, the StubScan
    refused = Signal(str)  # why the stub cannot be used, for the cashier

    def __init__(self, context: CounterContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._seq = 0

    def read(self, text: str) -> bool:
        """Start reading ``text``; False when it is not a stub at all (search it instead)."""
        if not is_stub(text):
            return False
        self._seq += 1
        seq = self._seq
        try:
            scan = stubs.parse_stub(text)
        except stubs.StubError as exc:
            self.refused.emit(self.tr("This bill stub could not be read: {0} Scan it again or type the account "
                                      "number.").format(str(exc).rstrip(".") + "."))
            return True
        ctx = self._context
        ctx.jobs.run(find_accounts, ctx.db, ctx.actor, scan.account_number,
                     on_done=lambda hits: self._on_hits(seq, scan, hits),
                     on_error=lambda exc: self._on_failed(seq, exc))
        return True

    def forget(self) -> None:
        """A stub still being looked up is no longer wanted (the field changed)."""
        self._seq += 1

    def _on_hits(self, seq: int, scan: stubs.StubScan, hits: list[AccountHit]) -> None:
        if seq != self._seq:
            return
        hit = next((h for h in hits if h.account_number == scan.account_number), None)
        if hit is None:
            self.refused.emit(self.tr("The bill stub is for account {0}, which is not on file.").format(
                scan.account_number))
        else:
            self.scanned.emit(hit.account_id, scan)

    def _on_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._seq:
            self.refused.emit(error_message(exc))
