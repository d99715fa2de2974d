"""High contrast kept in the style sheet (issue 13, item 5): every text colour of
resources/style.qss against the background it is drawn on has a WCAG contrast ratio of at least
4.5:1 (3:1 for large text: 24 px, or 19 px bold); the focus is always visible (a :focus rule whose
edge stands out 3:1 from the surface, and a focused field or button that looks different).

The app sets no QPalette of its own (checked): the style sheet is the whole colour scheme.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDateEdit, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cashier_app.ui.app import STYLE_SHEET, apply_style

UI = Path(__file__).resolve().parents[2] / "cashier_app" / "ui"
WINDOW, CARD, HEADER, STATUS_BAR = "#eef1f4", "#ffffff", "#1d3f66", "#e2e7ec"
#: Where a rule without a background of its own draws its text (by selector); else a window or a card.
SURFACES = ((re.compile(r'role="header|appHeader|lockScreen'), (HEADER,)), (re.compile(r'role="status"'), (STATUS_BAR,)))
#: WCAG leaves inactive controls out: disabled states, and the change due shown before it is due.
INACTIVE = re.compile(r':disabled|tone="pending"|tone="short"\] *\{|amount-change"\]\[tone')


def rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    found = []
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        props = dict((k.strip(), v.strip()) for k, v in (p.split(":", 1) for p in body.split(";") if ":" in p))
        for selector in selectors.split(","):
            found.append((" ".join(selector.split()), props))
    return found


def luminance(colour: str) -> float:
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def background(props: dict[str, str]) -> str | None:
    value = props.get("background-color") or props.get("background")
    return value if value and value.startswith("#") else None


def is_large(props: dict[str, str]) -> bool:
    size = re.match(r"(\d+)px", props.get("font-size", ""))
    bold = props.get("font-weight", "400") in ("600", "700", "bold")
    return bool(size) and (int(size.group(1)) >= 24 or (int(size.group(1)) >= 19 and bold))


def text_pairs(sheet: str) -> list[tuple[str, str, str, float]]:
    """(selector, text colour, background, the ratio it needs) for every text colour of the sheet."""
    pairs = []
    for selector, props in rules(sheet):
        if INACTIVE.search(selector + " {"):
            continue
        needed = 3.0 if is_large(props) else 4.5
        if props.get("selection-color") and props.get("selection-background-color"):
            pairs.append((selector + " (selected)", props["selection-color"], props["selection-background-color"], 4.5))
        colour = props.get("color")
        if not colour or not colour.startswith("#"):
            continue
        own = background(props)
        surfaces = (own,) if own else next((s for pattern, s in SURFACES if pattern.search(selector)), (WINDOW, CARD))
        pairs += [(selector, colour, surface, needed) for surface in surfaces]
    return pairs


def test_every_text_colour_stands_out_from_its_background():
    pairs = text_pairs(STYLE_SHEET.read_text(encoding="utf-8"))
    assert len(pairs) > 40  # the sheet was read
    weak = [f"{selector}: {colour} on {surface} is {ratio(colour, surface):.2f}:1, needs {needed}:1"
            for selector, colour, surface, needed in pairs if ratio(colour, surface) < needed]
    assert not weak, "\n".join(weak)


def test_the_check_finds_a_weak_pair():
    weak = 'QLabel[role="x"] { color: #a7b0b9; }'
    assert [round(ratio(c, s), 1) for _sel, c, s, _n in text_pairs(weak)] == [1.9, 2.2]


def test_the_app_sets_no_palette_of_its_own():
    assert not [p for p in UI.rglob("*.py") if "setPalette(" in p.read_text(encoding="utf-8")]


def test_the_focus_has_a_visible_edge_in_the_sheet():
    by_selector = dict(rules(STYLE_SHEET.read_text(encoding="utf-8")))
    for selector in ("QLineEdit:focus", "QPushButton:focus", 'QPushButton[role="primary"]:focus', "QTableView:focus",
                     'QPushButton[role="segment"]:focus', "QComboBox:focus", "QCheckBox:focus"):
        edge = re.search(r"(\d)px solid (#[0-9a-f]{6})", by_selector[selector].get("border", ""))
        assert edge, f"{selector} has no focus edge"
        for surface in (CARD, WINDOW):  # the edge against what is around it (WCAG 1.4.11)
            assert ratio(edge.group(2), surface) >= 3.0, f"{selector}'s edge {edge.group(2)} on {surface}"


@pytest.fixture
def styled(qapp):
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.mark.parametrize("kind", [QLineEdit, QPushButton, QComboBox, QCheckBox, QDateEdit])
def test_a_focused_widget_looks_focused(qtbot, styled, kind):
    """Drawn with and without the focus: the two pictures differ (the edge shows)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    widget, other = kind(), QLineEdit()
    if isinstance(widget, (QPushButton, QCheckBox)):
        widget.setText("Post   F12")
    if isinstance(widget, QComboBox):
        widget.addItems(["Checking", "Savings"])
    layout.addWidget(widget)
    layout.addWidget(other)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
    other.setFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    plain = widget.grab().toImage()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    focused = widget.grab().toImage()
    assert plain != focused, f"{kind.__name__} looks the same with the focus"
