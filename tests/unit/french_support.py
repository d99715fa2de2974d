"""The French catalogue for document tests: compiled from the committed .ts into a temporary folder,
installed for the test, English again afterwards (docs/TRANSLATING.md)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cashier_app import i18n

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "cashier_fr.ts"


def pdf_text(path: Path) -> str:
    """The words of a PDF, whitespace folded (pdftotext)."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def english_left(text: str, labels: tuple[str, ...]) -> list[str]:
    """The English labels still found in ``text`` (a French document must have none)."""
    return [label for label in labels if label in text]


@pytest.fixture
def catalogue(qapp, tmp_path_factory):  # noqa: ARG001 - qapp: translators need an application object
    folder = tmp_path_factory.mktemp("catalogue")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(folder / "cashier_fr.qm")], check=True)
    yield folder
    i18n.install_translator("en")
    i18n.use_receipt_language("")


@pytest.fixture
def french(catalogue):
    """A French station: the window's catalogue installed, receipts as the window."""
    assert i18n.install_translator("fr", folder=catalogue) == "fr"
    return catalogue
