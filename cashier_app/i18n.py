"""The station's language: the French catalogue (resources/translations/cashier_fr.qm, compiled by
``make translations`` from cashier_fr.ts) installed for a station whose ``language`` is "fr", or
whose PC speaks French when ``language`` is "" (docs/TRANSLATING.md).

The catalogue serves the window and everything the station prints or writes for people: receipts,
letters, PDF reports and the services' refusal messages. Code outside a window class (services,
reports) marks its strings with ``_t("…")`` from here (a literal, which pyside6-lupdate collects into
the catalogue's unnamed context); window classes keep ``self.tr``.

English is the source language: it needs no catalogue. A missing or unreadable catalogue is one
warning line in the log and the window in English, never a failure.

What a customer takes away (receipts, the bank draft slip and letter, notices, the authorization
form) speaks the station's ``receipt_language`` ("" = the window's): the renderers run inside
:func:`customer_language`. A document in a fixed language (the bank's deposit slip, the day report
CSV: English) runs inside :func:`documents_in`. Both only change what ``_t`` answers in the
calling thread, for the block, so the window and other jobs keep their language meanwhile.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

import cashier_app

log = logging.getLogger(__name__)

TRANSLATIONS = Path(cashier_app.__file__).resolve().parent.parent / "resources" / "translations"
# The languages with a catalogue (English is the source text).
CATALOGUES = ("fr",)


def window_language(setting: str) -> str:
    """The language the window speaks: the station's ``language`` ("en"/"fr"), or for "" the PC's
    own language when there is a catalogue for it, else English."""
    if setting:
        return setting
    system = QLocale.system().name().split("_")[0].lower()
    return system if system in CATALOGUES else "en"


def catalogue_path(language: str, folder: Path | None = None) -> Path:
    return (folder or TRANSLATIONS) / f"cashier_{language}.qm"


class CatalogueTranslator(QTranslator):
    """A QTranslator that also looks in the catalogue's unnamed context: pyside6-lupdate files the
    strings of ``tr = self.tr; tr("…")`` (the views' habit) under no class, while Qt asks with the
    class's name (PySide6 asks each class of the object's MRO in turn). Not found: None, Qt's
    "no translation" (an empty string would blank the text)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 (Qt's override)
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None


_WINDOW = object()  # _t follows the translator installed for the window
_no_window: list[object] = [_WINDOW]  # the CLI's language (use_station_language): None = English
_local = threading.local()  # .translator: _WINDOW, None (English) or a CatalogueTranslator
_receipt_language = ""  # station.receipt_language: "" = the window's language
_document_catalogues: dict[tuple[str, Path], QTranslator | None] = {}  # loaded once, never installed
_folder: list[Path] = [TRANSLATIONS]  # where install_translator last looked (tests use their own)


def _t(text: str, disambiguation: str | None = None) -> str:
    """``text`` in the language installed for this station (itself when none is): for services,
    receipts, letters and reports; inside :func:`documents_in` / :func:`customer_language`, in
    that block's language. ``disambiguation`` (a literal too) makes the same English a message of
    its own, e.g. a narrow column's shorter French. Thread-safe (Qt locks its translators)."""
    translator = getattr(_local, "translator", _WINDOW)
    if translator is _WINDOW:
        translator = _no_window[0]
    if translator is _WINDOW:
        return QCoreApplication.translate("", text, disambiguation)
    if translator is None:
        return text
    return translator.translate("", text, disambiguation) or text


def _n(text: str) -> str:
    """``text`` itself, marked for the catalogue (``make catalogue`` finds it): for names kept in
    tables made at import time, before any translator is installed, and translated where they are
    shown with ``_t(name)`` (the cash units' names, the printer's standard sentences)."""
    return text


def _document_translator(language: str) -> object:
    """What ``_t`` asks for documents in ``language``: "" the window's, "en" none (English)."""
    if not language:
        return _WINDOW
    if language == "en":
        return None
    path = catalogue_path(language, _folder[0])
    if (language, path) not in _document_catalogues:
        translator = CatalogueTranslator()
        if not path.is_file() or not translator.load(str(path)):
            log.warning("translation %s missing or unreadable (%s): documents stay in English", language, path)
            translator = None
        _document_catalogues[(language, path)] = translator
    return _document_catalogues[(language, path)]


@contextmanager
def documents_in(language: str) -> Iterator[None]:
    """``_t`` answers in ``language`` ("en", "fr"; "" = the window's) in this thread for the block:
    for a document whose language does not follow the window."""
    previous = getattr(_local, "translator", _WINDOW)
    _local.translator = _document_translator(language)
    try:
        yield
    finally:
        _local.translator = previous


@contextmanager
def customer_language() -> Iterator[None]:
    """The block speaks the station's receipt language (``use_receipt_language``): what a customer
    takes away. Also a decorator: ``@customer_language()`` reads the setting at each call."""
    with documents_in(_receipt_language):
        yield


def use_receipt_language(setting: str) -> None:
    """The station's ``receipt_language`` ("" = as the window, "en", "fr") for customer documents."""
    global _receipt_language
    _receipt_language = setting


def use_station_language(station) -> str:  # noqa: ANN001 - a config.StationConfig
    """For the ``cashier-app`` commands that write documents people read (no window, no
    application object: nothing is installed in Qt, so a window opened later in the same process
    is not disturbed): ``_t`` answers in the station's language and its receipt language is set.
    Returns the language ("en" when the catalogue is missing: one warning)."""
    _folder[0] = TRANSLATIONS
    use_receipt_language(getattr(station, "receipt_language", ""))
    language = window_language(station.language)
    _no_window[0] = _document_translator(language)
    return language if _no_window[0] is not None else "en"


_installed: list[QTranslator] = []  # kept referenced: Qt does not own an installed translator
_window_language = ["en"]  # what install_translator last made the window speak


def install_translator(language: str, folder: Path | None = None) -> str:
    """Install the catalogue for the station's ``language`` setting (replacing one installed
    before); the language the window now speaks ("en" when the catalogue is missing: one warning)."""
    app = QCoreApplication.instance()
    _folder[0] = folder or TRANSLATIONS
    _no_window[0] = _WINDOW  # a window's catalogue: the CLI's language no longer holds
    while _installed:
        app.removeTranslator(_installed.pop())
    _window_language[0] = "en"
    wanted = window_language(language)
    if wanted == "en":
        return "en"
    path = catalogue_path(wanted, folder)
    translator = CatalogueTranslator(app)
    if not path.is_file() or not translator.load(str(path)):
        log.warning("translation %s missing or unreadable (%s): the window stays in English "
                    "(run `make translations`)", wanted, path)
        return "en"
    app.installTranslator(translator)
    _installed.append(translator)
    _window_language[0] = wanted
    return wanted


def window_locale() -> QLocale:
    """The locale of the window's language, for the names a date field shows ("mar.", "déc.");
    numbers and amounts are not localized (docs/TRANSLATING.md), so only date fields take it."""
    if _window_language[0] == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.Canada)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def month_day(day: dt.date) -> str:
    """``Dec 1`` (a date of this year in a table) in the language ``_t`` speaks: ``1 déc.``."""
    return _t("{0} {1}", "month day").format(_short_month(day.month), day.day)


def medium_date(day: dt.date) -> str:
    """``Dec 1, 2026`` in the language ``_t`` speaks: ``1 déc. 2026``."""
    return _t("{0} {1}, {2}", "month day, year").format(_short_month(day.month), day.day, day.year)


def month_of_year(day: dt.date, *, with_year: bool = False) -> str:
    """``Dec`` (``Jan 26`` where a year starts, on a chart's axis): ``déc.``, ``janv. 26``."""
    if with_year:
        return _t("{0} {1}", "month year").format(_short_month(day.month), f"{day.year % 100:02d}")
    return _short_month(day.month)


def short_date(day: dt.date) -> str:
    """``Wed Nov 25, 2026`` (the counter's date with its weekday) in the language ``_t`` speaks:
    ``mer. 25 nov. 2026`` in French."""
    return _t("{0} {1} {2}, {3}").format(short_weekday(day.weekday()), _short_month(day.month), day.day, day.year)


def short_weekday(weekday: int) -> str:
    return (_t("Mon"), _t("Tue"), _t("Wed"), _t("Thu"), _t("Fri"), _t("Sat"), _t("Sun"))[weekday]


def weekday_name(day: dt.date) -> str:
    return _weekday(day.weekday())


def _short_month(month: int) -> str:
    return (_t("Jan"), _t("Feb"), _t("Mar"), _t("Apr"), _t("May"), _t("Jun"), _t("Jul"), _t("Aug"), _t("Sep"),
            _t("Oct"), _t("Nov"), _t("Dec"))[month - 1]


def _month(month: int) -> str:
    return (_t("January"), _t("February"), _t("March"), _t("April"), _t("May"), _t("June"), _t("July"),
            _t("August"), _t("September"), _t("October"), _t("November"), _t("December"))[month - 1]


def _weekday(weekday: int) -> str:
    return (_t("Monday"), _t("Tuesday"), _t("Wednesday"), _t("Thursday"), _t("Friday"), _t("Saturday"),
            _t("Sunday"))[weekday]


def long_date(day: dt.date, *, weekday: bool = False) -> str:
    """``December 1, 2026`` (``Tuesday, December 1, 2026``) in the documents' language: a month
    spelled out is read the same in any order, so French gets ``1 décembre 2026``; numeric dates
    stay MM/DD/YYYY (docs/ARCHITECTURE.md "Languages")."""
    if not isinstance(day, dt.date):
        raise TypeError(f"a date, not {day!r}")
    if weekday:
        return _t("{0}, {1} {2}, {3}").format(_weekday(day.weekday()), _month(day.month), day.day, day.year)
    return _t("{0} {1}, {2}").format(_month(day.month), day.day, day.year)
