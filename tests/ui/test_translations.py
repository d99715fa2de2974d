"""The French catalogue: it holds every string the code marks for translation, its translations
keep their placeholders and accelerators, the untranslated count only shrinks, and the window
speaks French with it (English, one warning, without it)."""
from __future__ import annotations

import logging
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from cashier_app.config import ConfigError, load_station_config
from cashier_app import i18n as translation
from cashier_app.ui.login_dialog import LoginDialog

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "cashier_fr.ts"
TOOLS = Path(sys.executable).parent
#: Strings of cashier_fr.ts still without French (the window shows their English). Lower it as
#: translations land; it must never grow: a new string comes with its French (docs/TRANSLATING.md).
UNTRANSLATED_CEILING = 0
#: As the Makefile's `catalogue` target runs it (`_t("…")` is setting_groups.py's translate).
LUPDATE_OPTIONS = ("-tr-function-alias", "tr+=_t,tr+=_n", "-locations", "none")  # as make catalogue


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the French, None when unfinished or empty; obsolete entries left out."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            french = message.find("translation")
            kind = french.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            text = french.text or ""
            found[(name, message.findtext("source"))] = text if text and kind != "unfinished" else None
    return found


def tool(name: str) -> str:
    path = TOOLS / name
    assert path.exists(), f"{name} is not in {TOOLS} (PySide6-Essentials ships it)"
    return str(path)


def test_the_catalogue_holds_every_string_marked_for_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "cashier_app").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    missing = sorted(set(messages(fresh)) - set(messages(TS)))
    shown = "; ".join(f"{ctx or '(no class)'}: {src!r}" for ctx, src in missing[:5])
    assert not missing, f"{len(missing)} string(s) not in cashier_fr.ts (run `make catalogue`): {shown}"
    gone = set(messages(TS)) - set(messages(fresh))
    assert not gone, f"{len(gone)} string(s) of cashier_fr.ts no longer in the code (run `make catalogue`)"


def test_the_untranslated_count_does_not_grow():
    untranslated = [key for key, french in messages(TS).items() if french is None]
    assert len(untranslated) <= UNTRANSLATED_CEILING, (
        f"{len(untranslated)} strings without French (ceiling {UNTRANSLATED_CEILING}), "
        f"e.g. {untranslated[0][1]!r}")


PLACEHOLDER = re.compile(r"\{\d*(?::[^}]*)?\}|%\d+|%n")


def accelerators(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def test_translations_keep_their_placeholders_and_accelerators():
    wrong = []
    for (context, source), french in messages(TS).items():
        if french is None:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(french)):
            wrong.append(f"{context}: {source!r} -> {french!r} (placeholders)")
        elif accelerators(source) != accelerators(french):
            wrong.append(f"{context}: {source!r} -> {french!r} (keyboard accelerator)")
    assert not wrong, "\n".join(wrong[:10])


@pytest.fixture
def french(tmp_path):
    qm = tmp_path / "cashier_fr.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)], check=True)
    yield tmp_path
    translation.install_translator("en")  # the other tests see English again


def test_a_french_station_signs_in_in_french(qtbot, french, counter_db, station_config):
    assert translation.install_translator("fr", folder=french) == "fr"
    dialog = LoginDialog(counter_db[0], station_config)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPushButton, "loginButton").text() == "Se connecter"


def test_a_missing_catalogue_is_one_warning_and_english(qtbot, tmp_path, caplog, counter_db, station_config):
    with caplog.at_level(logging.WARNING, logger="cashier_app.i18n"):
        assert translation.install_translator("fr", folder=tmp_path) == "en"
    assert len(caplog.records) == 1 and "English" in caplog.records[0].getMessage()
    dialog = LoginDialog(counter_db[0], station_config)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPushButton, "loginButton").text() == "Sign in"


def test_an_empty_language_follows_the_pc(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_CA")))
    assert translation.window_language("") == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_US")))
    assert translation.window_language("") == "en"
    assert translation.window_language("en") == "en"


@pytest.mark.parametrize("value", ['"de"', '"French"', "1"])
def test_station_language_is_en_fr_or_empty(tmp_path, value):
    path = tmp_path / "station.toml"
    path.write_text(f"[station]\nlanguage = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="station.language"):
        load_station_config(path)
    path.write_text('[station]\nlanguage = "fr"\n', encoding="utf-8")
    assert load_station_config(path).language == "fr"
