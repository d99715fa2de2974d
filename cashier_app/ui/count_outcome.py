"""The sentence under a drawer count's result: how much over or short, against which threshold,
and what happened ("$1.00 short, within the $1.00 threshold: recorded, drawer closed.").

The threshold rule itself is the drawers service's (``SessionView.above_threshold``); this only
puts it in words, per tender when more than one differs or the one that differs is not cash.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cashier_app.money import ZERO, format_amount
from cashier_app.services.drawers import BalanceLine, SessionView

_CONTEXT = "CountOutcome"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def tender_name(kind: str) -> str:
    return {"cash": _t("Cash"), "check": _t("Checks"), "money_order": _t("Money orders")}.get(kind, kind)


def _difference(line: BalanceLine, named: bool) -> str:
    amount = format_amount(abs(line.difference))
    if not named:
        return (_t("{0} short") if line.difference < ZERO else _t("{0} over")).format(amount)
    return (_t("{0} {1} short") if line.difference < ZERO else _t("{0} {1} over")).format(
        tender_name(line.kind), amount)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _differences(session: SessionView) -> str:
    """"$1.00 short, within the $1.00 threshold", "Cash $5.00 short, checks $0.50 over, cash above…"."""
    differing = [b for b in session.balances if b.difference != ZERO]
    if not differing:
        return _t("Exact, nothing over or short")
    named = len(differing) > 1 or differing[0].kind != "cash"
    parts = [_difference(b, named) for b in differing]
    listed = ", ".join([parts[0], *map(_lower_first, parts[1:])])
    threshold = format_amount(session.threshold)
    above = [b.kind for b in differing if b.kind in session.above_threshold]
    if not above:
        judged = (_t("within the {0} threshold") if len(differing) == 1
                  else _t("each within the {0} threshold")).format(threshold)
    elif len(above) == len(differing):
        judged = (_t("above the {0} threshold") if len(differing) == 1
                  else _t("each above the {0} threshold")).format(threshold)
    else:
        judged = _t("{0} above the {1} threshold").format(
            ", ".join(_lower_first(tender_name(k)) for k in above), threshold)
    return _t("{0}, {1}").format(listed, judged)


def _item_problems(session: SessionView) -> list[str]:
    found = [_t("{0}: {1} counted, {2} expected").format(tender_name(b.kind), b.counted_items, b.expected_items)
             for b in session.balances if b.kind != "cash" and b.counted_items != b.expected_items]
    if session.missing_items == 1:
        found.append(_t("1 check or money order not ticked in the list"))
    elif session.missing_items > 1:
        found.append(_t("{0} checks or money orders not ticked in the list").format(session.missing_items))
    return found


def _what_happened(session: SessionView) -> str:
    if session.state == "counted":
        return _t("recorded, waiting for a supervisor's approval with a note; until then the drawer takes no payment")
    if session.approved_by:
        return _t("recorded, drawer closed with {0}'s approval (“{1}”)").format(session.approved_by, session.note)
    return _t("recorded, drawer closed")


def count_outcome(session: SessionView) -> str:
    """The result of a counted or closed session in one sentence (plus the opening float once closed)."""
    sentence = _t("{0}: {1}.").format("; ".join([_differences(session), *_item_problems(session)]),
                                      _what_happened(session))
    if session.state == "closed":
        sentence += " " + _t("Float counted at opening: {0}.").format(format_amount(session.opening_float))
    return sentence
