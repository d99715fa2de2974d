"""The station's language: the French catalogue (resources/translations/cashier_fr.qm, compiled by
``make translations`` from cashier_fr.ts) installed for a station whose ``language`` is "fr", or
whose PC speaks French when ``language`` is "" (docs/TRANSLATING.md).

The catalogue serves the window and everything the station prints or writes for people: receipts,
letters, PDF reports and the services' refusal messages. Code outside a window class (services,
reports) marks its strings with ``_t("…")`` from here (a literal, which pyside6-lupdate collects into
the catalogue's unnamed context); window classes keep ``self.tr``.

English is the source language: it needs no catalogue. A missing or unreadable catalogue is one
warning line in the log and the window in English, never a failure.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

import cashier_app

log = logging.getLogger(__name__)

TRANSLATIONS = Path(cashier_app.__file__).resolve().parent.parent / "resources" / "translations"
#: The languages with a catalogue (English is the source text).
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


def _t(text: str) -> str:
    """``text`` in the language installed for this station (itself when none is): for services,
    receipts, letters and reports. Thread-safe (Qt locks its translators), so jobs may call it."""
    return QCoreApplication.translate("", text)


_installed: list[QTranslator] = []  # kept referenced: Qt does not own an installed translator


def install_translator(language: str, folder: Path | None = None) -> str:
    """Install the catalogue for the station's ``language`` setting (replacing one installed
    before); the language the window now speaks ("en" when the catalogue is missing: one warning)."""
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
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
    return wanted
