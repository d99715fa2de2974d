"""A receipt printer behind a raw CUPS queue: python-escpos's CupsPrinter (pycups) when it is
installed, else its LP printer (the ``lp`` command). CUPS does not pass the printer's paper status
on, so a queue is "online" while it exists and is not stopped."""
from __future__ import annotations

import shutil
import subprocess

from cashier_app.i18n import _t
from cashier_app.receipts.printer_status import PrinterNotReady, PrinterState, PrinterStatus, status_of
from cashier_app.receipts.profiles import PrinterProfile


def _needs_cups(profile: PrinterProfile) -> PrinterStatus:
    return status_of(PrinterState.NOT_CONFIGURED, _t(
        "{0}: connection cups needs CUPS (the lp and lpstat commands) or the pycups package").format(profile.path))


def open_cups_queue(profile: PrinterProfile):  # noqa: ANN201 - a python-escpos printer, not opened yet
    """The python-escpos printer that submits jobs to the profile's queue."""
    from escpos import printer as escpos_printers

    cls = escpos_printers.CupsPrinter if escpos_printers.CupsPrinter.is_usable() else escpos_printers.LP
    if cls is escpos_printers.LP and not (shutil.which("lp") and shutil.which("lpstat")):
        raise PrinterNotReady(_needs_cups(profile))
    return cls(profile.queue, profile=profile.model)


def cups_status(profile: PrinterProfile) -> PrinterStatus:
    """Online while the queue exists and accepts jobs; asks CUPS, never the printer."""
    queue = profile.queue
    missing = status_of(PrinterState.UNREACHABLE, _t("{0}: queue: CUPS has no queue {1}").format(
        profile.path, repr(queue)))
    try:
        import cups  # pycups, when installed

        printers = cups.Connection().getPrinters()
        if queue not in printers:
            return missing
        stopped = printers[queue].get("printer-state") == 5
    except ImportError:
        if not shutil.which("lpstat"):
            return _needs_cups(profile)
        done = subprocess.run(["lpstat", "-p", queue], capture_output=True, text=True, timeout=10)
        if done.returncode != 0:
            return missing
        stopped = "disabled" in done.stdout
    except Exception as exc:  # noqa: BLE001 - pycups raises RuntimeError / IPPError when CUPS is down
        return status_of(PrinterState.UNREACHABLE, "CUPS: {0}".format(exc))
    return status_of(PrinterState.OFFLINE, _t("CUPS queue {0} is stopped").format(queue)) if stopped else status_of(
        PrinterState.ONLINE)
