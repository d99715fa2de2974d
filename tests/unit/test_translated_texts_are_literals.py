"""A text handed to the translator (``self.tr``, ``_t``, ``QCoreApplication.translate``) is a
literal, so `make catalogue` finds it: ``self.tr(NAMES[x])`` compiles, runs and shows English
forever (the drawer states and the Administrator check box did). A name kept in a table is marked
``_n("…")`` where it is written and shown with ``_t(name)``; those few places are listed here."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "cashier_app"
TRANSLATING = {"tr", "_t", "translate"}
#: (file, call): texts from tables whose every entry is an ``_n("…")`` literal.
MARKED = {
    ("receipts/printer_status.py", "_t(_MESSAGES[state])"),
    ("receipts/profiles.py", "_t(_KIND_WORDS[kind])"),
    ("services/access.py", "_t(_ROLE_WORDS[role])"),
    ("services/cash_units.py", "_t(self.label)"),
    ("services/drafts/corrections.py", "_t(k)"),
    ("services/drafts/corrections.py", "_t(NOTED[change.change_code])"),
    ("ui/drawer_models.py", "_t(STATE_NAMES.get(s.state, s.state))"),
    ("ui/drawer_models.py", "_t(KIND_NAMES[b.kind])"),
    ("ui/count_outcome.py", "QCoreApplication.translate(_CONTEXT, text)"),  # its own _t, given literals
    # the translator itself, and the window helpers that wrap it for one context (their callers,
    # named _t or tr, are checked like any other)
    ("i18n.py", "super().translate(context, source, disambiguation, n)"),
    ("i18n.py", "super().translate('', source, disambiguation, n)"),
    ("i18n.py", "QCoreApplication.translate('', text, disambiguation)"),
    ("ui/admin/setting_groups.py", "QCoreApplication.translate('SettingGroups', text)"),
    ("ui/payment_posting.py", "QCoreApplication.translate('PaymentPoster', text)"),
}


def _text_argument(call: ast.Call) -> ast.AST | None:
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", None)
    if name not in TRANSLATING or not call.args:
        return None
    if name == "translate":  # QCoreApplication.translate(context, text): str.translate(table) is not one
        is_qt = isinstance(call.func, ast.Attribute) and ast.unparse(call.func.value) in ("QCoreApplication", "super()")
        return call.args[1] if is_qt and len(call.args) > 1 else None
    return call.args[0]


def untranslatable_calls(root: Path = PACKAGE) -> list[str]:
    found = []  # "file:line: call", in the order of the files and lines
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        for node in sorted(ast.walk(ast.parse(path.read_text(encoding="utf-8"))), key=lambda n: getattr(n, "lineno", 0)):
            if not isinstance(node, ast.Call):
                continue
            text = _text_argument(node)
            if text is None or (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                continue
            if (relative, ast.unparse(node)) not in MARKED:
                found.append(f"{relative}:{node.lineno}: {ast.unparse(node)[:90]}")
    return found


def test_every_text_given_to_the_translator_is_a_literal_or_marked():
    found = untranslatable_calls()
    assert not found, ("a text the catalogue cannot hold (not a literal): write self.tr(\"…\") / _t(\"…\"), or mark "
                       "the table's names _n(\"…\") and list the call in MARKED:\n" + "\n".join(found))


def test_every_marked_call_still_exists():
    """A MARKED entry left behind would hide nothing, but would say something untrue."""
    calls = set()
    for relative, _call in MARKED:
        tree = ast.parse((PACKAGE / relative).read_text(encoding="utf-8"))
        calls |= {(relative, ast.unparse(n)) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    assert MARKED <= calls, sorted(MARKED - calls)


def test_the_check_finds_a_translated_variable(tmp_path):
    (tmp_path / "probe.py").write_text("class M:\n    def f(self, s):\n        return self.tr(NAMES[s]), self.tr('Open')\n"
                                       "def g(x):\n    return _t(x), _t('fine'), 'abc'.translate({})\n")
    assert [line.split(":")[1] for line in untranslatable_calls(tmp_path)] == ["3", "5"]
