"""A thermal receipt printer reached through python-escpos: network, USB, serial or CUPS.

One connection per receipt: ask the status (DLE EOT 1, 2 and 4, sent together), send the receipt's bytes at once, then ask
for the paper status with GS r, which the printer answers only after it has processed (printed)
everything before it. No answer in time means the printer stopped mid-receipt: it holds the rest
and prints it when the fault is cleared, so the job must not be sent again.

A network printer's connection can be opened, and the status questions sent, before the receipt is
rendered (``connect_early``, called by the print run): the printer answers while the receipt is
read and rendered, and the answers are read when the bytes are handed over. The same bytes go out
in the same order; only the waiting for the answer overlaps the rendering (bench/bench_printing.py).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from escpos.exceptions import Error as EscposError

from cashier_app.i18n import _t
from cashier_app.receipts.cups_queue import cups_status, open_cups_queue
from cashier_app.receipts.escpos_render import render_drawer_kick, render_escpos
from cashier_app.receipts.printer_status import (
    Delivery, PrinterFault, PrinterNotReady, PrinterState, PrinterStatus, PrinterUnreachable, PrintOut,
    decode_status, status_of,
)
from cashier_app.receipts.profiles import PrinterProfile
from cashier_app.receipts.receipt import Receipt

DLE_EOT = b"\x10\x04"
STATUS_QUESTIONS = b"".join(DLE_EOT + bytes([n]) for n in (1, 2, 4))  # printer, offline cause, paper
CONFIRM = b"\x1d\x72\x01"  # GS r 1: paper sensor status, answered in turn after the receipt
_PAPER_NEAR_END = 0x03
_FIXED_MASK, _FIXED_BITS = 0x93, 0x12  # every DLE EOT reply byte is 0xx1xx10


class EscposPrinter:
    """The station's thermal printer as its profile describes it."""

    def __init__(self, profile: PrinterProfile) -> None:
        self.profile = profile
        self.name = profile.name
        # The next deliver()'s connection, opened early with the status questions sent, or what
        # opening it raised (raised again by that deliver()).
        self._early: Any = None

    def describe(self) -> str:
        p = self.profile
        where = {"network": f"{p.host}:{p.port}", "usb": p.device or f"USB {p.vendor_id:04x}:{p.product_id:04x}",
                 "serial": _t("{0} at {1} baud").format(p.device, p.baudrate),
                 "cups": _t("CUPS queue {0}").format(p.queue)}[p.connection]
        return _t("{0} ({1} {2}; profile {3})").format(p.name, p.connection, where, p.path)

    # -- status ----------------------------------------------------------------------------------

    def status(self) -> str:
        """The printer's state as a word ("online", "paper-out", ...): a PrinterState value."""
        return self.check().state

    def check(self) -> PrinterStatus:
        """Ask the printer how it is (never raises)."""
        if self.profile.connection == "cups":
            return cups_status(self.profile)  # opening a CUPS "connection" would start a print job
        try:
            device = self._connect()
        except PrinterNotReady as exc:
            return exc.status
        except PrinterUnreachable as exc:
            return status_of(PrinterState.UNREACHABLE, str(exc))
        try:
            return self._status(device) if self.profile.read_status else status_of(PrinterState.ONLINE)
        except (OSError, EscposError) as exc:
            return status_of(PrinterState.UNREACHABLE, _t("{0}: {1}").format(self._where(), _reason(exc)))
        finally:
            _close(device)

    # -- printing --------------------------------------------------------------------------------

    def render(self, receipt: Receipt, *, open_drawer: bool = False) -> PrintOut:
        """The receipt as this printer's ESC/POS bytes (drawer kick first when asked)."""
        data = render_escpos(receipt, open_drawer=open_drawer, options=self.profile.escpos_options())
        return PrintOut(receipt.file_stem, data, opens_drawer=open_drawer)  # no text copy: only a file keeps one

    def connect_early(self) -> None:
        """Open the next deliver()'s connection now and send the status questions (a network
        printer that reports its status only: elsewhere there is no round trip to save). The print
        run calls this before it reads and renders a receipt, and ``drop_early`` when it ends."""
        if self.profile.connection != "network" or not self.profile.read_status or self._early is not None:
            return
        try:
            device = self._connect()
        except (PrinterUnreachable, PrinterNotReady) as exc:
            self._early = exc
            return
        try:
            _ask_status(device)
        except (OSError, EscposError) as exc:
            _close(device)
            self._early = PrinterUnreachable(_t("{0}: {1}").format(self._where(), _reason(exc)))
            return
        self._early = device

    def drop_early(self) -> None:
        """A connection opened early and not used: closed."""
        early, self._early = self._early, None
        if early is not None and not isinstance(early, Exception):
            _close(early)

    def deliver(self, out: PrintOut) -> Delivery:
        """Hand the bytes to the printer once; raises PrinterUnreachable / PrinterNotReady when
        nothing was sent, PrinterFault when the connection broke while sending."""
        early, self._early = self._early, None
        if isinstance(early, Exception):
            raise early
        device = early if early is not None else self._connect()
        try:
            self._ready_or_raise(device, asked=early is not None)
            try:
                device._raw(out.data + (CONFIRM if self.profile.read_status else b""))
                if self.profile.connection == "cups":
                    _submit(device)
            except (OSError, EscposError) as exc:
                raise PrinterFault(_t("The connection to {0} broke while sending receipt {1} ({2}); part of it "
                                      "may have printed.").format(self.name, out.name, _reason(exc))) from None
            handed = time.perf_counter()
            reply = self._confirmation(device)
        finally:
            _close(device)
        if reply is not None or not self.profile.read_status:
            low = reply is not None and reply & _PAPER_NEAR_END
            return Delivery(True, status_of(PrinterState.PAPER_LOW).message if low else "", self.name, handed)
        after = self.check()
        if after.can_print:  # it did not answer, but says it is fine: count it printed
            return Delivery(True, _t("The printer did not confirm the receipt."), self.name, handed)
        return Delivery(False, _t("{0} The printer holds receipt {1} and prints it when that is fixed.").format(
            after.message, out.name), self.name, handed)

    def _ready_or_raise(self, device, *, asked: bool = False) -> None:  # noqa: ANN001
        """Before sending: the printer must say it can print (nothing has been sent yet but the
        status questions; ``asked``: they went out already, by connect_early)."""
        if not self.profile.read_status:
            return
        try:
            before = self._status(device, asked=asked)
        except (OSError, EscposError) as exc:
            raise PrinterUnreachable(_t("{0}: {1}").format(self._where(), _reason(exc))) from None
        if not before.can_print:
            raise PrinterNotReady(before)

    def _confirmation(self, device) -> int | None:  # noqa: ANN001
        """The printer's answer to GS r once it has printed the receipt; None without one."""
        if not self.profile.read_status:
            return None
        try:
            return self._read_byte(device)
        except (OSError, EscposError):  # the bytes are out: a lost answer must not resend them
            return None

    def print_receipt(self, receipt: Receipt, *, open_drawer: bool = False) -> str:
        """Render and print one receipt; raises PrinterFault unless it printed."""
        done = self.deliver(self.render(receipt, open_drawer=open_drawer))
        if not done.printed:
            raise PrinterFault(done.message)
        return done.where

    def kick_drawer(self, *, station: str = "", reason: str = "") -> None:
        """Open the cash drawer on the profile's pin; raises PrinterFault when it cannot."""
        data = render_drawer_kick(drawer_pin=self.profile.drawer_pin, model=self.profile.model)
        done = self.deliver(PrintOut("drawer", data, opens_drawer=True))
        if not done.printed:
            raise PrinterFault(done.message)

    # -- the connection --------------------------------------------------------------------------

    def _where(self) -> str:
        p = self.profile
        return f"{p.host}:{p.port}" if p.connection == "network" else p.device or p.queue or p.path

    def _connect(self):  # noqa: ANN202 - a python-escpos printer
        from escpos import printer as escpos_printers

        p, model = self.profile, self.profile.model
        if p.connection == "network":
            device = escpos_printers.Network(p.host, p.port, timeout=p.timeout_seconds, profile=model)
        elif p.connection == "usb" and p.device:
            if not Path(p.device).exists():
                raise PrinterUnreachable(_t("{0}: device {1} does not exist (is the printer plugged in and "
                                            "switched on?)").format(p.path, p.device))
            device = escpos_printers.File(p.device, profile=model)
        elif p.connection in ("usb", "serial"):
            cls, package = (escpos_printers.Usb, "pyusb") if p.connection == "usb" else (escpos_printers.Serial, "pyserial")
            if not cls.is_usable():
                raise PrinterNotReady(status_of(PrinterState.NOT_CONFIGURED, _t(
                    "{0}: connection {1} needs the {2} package").format(p.path, p.connection, package)))
            if p.connection == "serial":
                if not p.device.upper().startswith("COM") and not Path(p.device).exists():
                    raise PrinterUnreachable(_t("{0}: device {1} does not exist").format(p.path, p.device))
                device = cls(devfile=p.device, baudrate=p.baudrate, timeout=p.timeout_seconds, profile=model)
            else:
                device = cls(p.vendor_id, p.product_id, timeout=int(p.timeout_seconds * 1000), profile=model)
        else:
            device = open_cups_queue(p)
        try:
            device.open()
        except (EscposError, OSError) as exc:
            raise PrinterUnreachable(_t("{0}: {1}").format(self._where(), _reason(exc))) from None
        return device

    def _status(self, device, *, asked: bool = False) -> PrinterStatus:  # noqa: ANN001
        replies: list[int | None] = []
        if not asked:
            _ask_status(device)
        for n in (1, 2, 4):
            reply = self._read_byte(device)
            if reply is not None and reply & _FIXED_MASK != _FIXED_BITS:
                return status_of(PrinterState.NOT_CONFIGURED, _t(
                    "{0}: host, port: something answers at {1}, but not an ESC/POS printer").format(
                    self.profile.path, self._where()))
            if n == 1 and reply is None:
                return status_of(PrinterState.OFFLINE, _t("it does not answer status requests"))
            replies.append(reply)
        return decode_status(*replies)

    def _read_byte(self, device) -> int | None:  # noqa: ANN001
        """One reply byte, or None after the profile's timeout."""
        wait = self.profile.timeout_seconds
        try:
            if self.profile.connection == "network":
                device.device.settimeout(wait)
                data = device.device.recv(1)
                if not data:
                    raise ConnectionResetError("the printer closed the connection")
            elif self.profile.connection == "serial":
                device.device.timeout = wait
                data = device.device.read(1)
            else:
                data = bytes(device.device.read(device.in_ep, 1, int(wait * 1000)))
        except TimeoutError:
            return None
        except Exception as exc:  # noqa: BLE001 - pyusb raises its own timeout error type
            if "timeout" in type(exc).__name__.lower() or "timed out" in str(exc).lower():
                return None
            raise
        return data[0] if data else None


def _ask_status(device) -> None:  # noqa: ANN001
    # The three questions go at once (one round trip, not three): a printer answers real-time
    # commands in the order it receives them.
    device._raw(STATUS_QUESTIONS)


def _submit(device) -> None:  # noqa: ANN001
    if hasattr(device, "send"):  # CupsPrinter queues into a temporary file until send()
        device.send()


def _close(device) -> None:  # noqa: ANN001
    try:
        device.close()
    except (OSError, EscposError):
        pass


def _reason(exc: BaseException) -> str:
    """The operating system's reason ("connection refused"), else the message's last line."""
    inner = exc.__context__ if isinstance(exc, EscposError) and exc.__context__ else exc
    if isinstance(inner, TimeoutError):
        return "no answer (timed out)"
    if isinstance(inner, OSError) and inner.strerror:
        return inner.strerror[0].lower() + inner.strerror[1:]
    lines = str(inner).strip().splitlines()
    return lines[-1] if lines else type(inner).__name__
