"""What a printer says about itself, and the ways handing it a receipt can go wrong.

Every printer (thermal on the network, USB or serial, CUPS, the file and PDF printers) answers
``check()`` with a PrinterStatus and takes a PrintOut through ``deliver()``.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

from cashier_app.i18n import _n, _t


class PrinterState(enum.StrEnum):
    ONLINE = "online"
    PAPER_LOW = "paper-low"  # still prints; the roll is near its end
    PAPER_OUT = "paper-out"
    COVER_OPEN = "cover-open"
    OFFLINE = "offline"  # reachable, but it says it will not print (error, feed button, ...)
    UNREACHABLE = "unreachable"  # no connection: switched off, unplugged, wrong address
    NOT_CONFIGURED = "not-configured"  # its printer profile cannot be used

    @property
    def can_print(self) -> bool:
        return self in (PrinterState.ONLINE, PrinterState.PAPER_LOW)


_MESSAGES = {  # translated when a status is made (_t), in the window's language
    PrinterState.ONLINE: _n("Printer ready."),
    PrinterState.PAPER_LOW: _n("Printer paper is running low."),
    PrinterState.PAPER_OUT: _n("Printer is out of paper."),
    PrinterState.COVER_OPEN: _n("Printer cover is open."),
    PrinterState.OFFLINE: _n("Printer is offline."),
    PrinterState.UNREACHABLE: _n("Printer cannot be reached."),
    PrinterState.NOT_CONFIGURED: _n("Printer is not set up."),
}


@dataclass(frozen=True)
class PrinterStatus:
    state: PrinterState
    message: str  # one sentence for the status bar

    @property
    def can_print(self) -> bool:
        return self.state.can_print


def status_of(state: PrinterState, detail: str = "") -> PrinterStatus:
    """A status with its standard sentence, followed by ``detail`` when given."""
    text = _t(_MESSAGES[state])
    return PrinterStatus(state, _t("{0}: {1}").format(text.rstrip("."), detail) if detail else text)


# DLE EOT n replies (Epson ESC/POS): 1 printer, 2 offline cause, 4 roll paper sensor.
_OFFLINE = 0x08
_COVER_OPEN = 0x04
_PAPER_END_STOP = 0x20
_NEAR_END = 0x0C
_NO_PAPER = 0x60


def decode_status(printer: int, offline_cause: int | None, paper: int | None) -> PrinterStatus:
    """The state from the DLE EOT 1, 2 and 4 reply bytes (None: not asked or no reply)."""
    if paper is not None and paper & _NO_PAPER:
        return status_of(PrinterState.PAPER_OUT)
    if offline_cause is not None and offline_cause & _COVER_OPEN:
        return status_of(PrinterState.COVER_OPEN)
    if offline_cause is not None and offline_cause & _PAPER_END_STOP:
        return status_of(PrinterState.PAPER_OUT)
    if printer & _OFFLINE:
        return status_of(PrinterState.OFFLINE)
    if paper is not None and paper & _NEAR_END:
        return status_of(PrinterState.PAPER_LOW)
    return status_of(PrinterState.ONLINE)


@dataclass(frozen=True)
class PrintOut:
    """A rendered receipt ready for one printer: what goes to the device, and its name."""

    name: str  # "S1-000123" or "S1-000123-REPRINT": file name, CUPS job title
    data: bytes  # ESC/POS bytes, or a PDF
    text: str = ""  # the plain-text copy the file printer keeps beside the bytes
    opens_drawer: bool = False
    station: str = ""  # the station the receipt was posted at (the file printer's drawer.log says it)


@dataclass(frozen=True)
class Delivery:
    """What became of a receipt handed to a printer."""

    printed: bool  # False: the printer took it but stopped before finishing (it holds it)
    message: str = ""
    where: str = ""  # the profile name, or the file written
    handed_at: float = 0.0  # time.perf_counter() when the last byte left for the printer


class PrinterFault(RuntimeError):
    """The printer could not take the job; the message says why, for the cashier."""


class PrinterUnreachable(PrinterFault):
    """No connection could be made: nothing was sent, so sending again cannot print twice."""


class PrinterNotReady(PrinterFault):
    """The printer answered that it cannot print now (paper, cover, offline): nothing was sent."""

    def __init__(self, status: PrinterStatus) -> None:
        super().__init__(status.message)
        self.status = status
