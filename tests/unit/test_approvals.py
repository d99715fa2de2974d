import pytest
from sqlalchemy import select

from cashier_app.models import AuditEvent, Role
from cashier_app.services.access import AccessDenied
from cashier_app.services.approvals import approve
from cashier_app.services.settings import SettingError, get_setting, set_setting
from cashier_app.services.users import UserError, authenticate, create_user, set_roles, unlock_user
from tests.factories import make_user

PW = "correct-horse-42"


def test_approval_is_one_shot_and_for_one_action(db):
    cashier = make_user(db, "maria", roles=(Role.CASHIER,))
    make_user(db, "sam", roles=(Role.SUPERVISOR,))
    approval = approve(db, "sam", PW, "payment.void", cashier)
    assert approval.take("payment.void", cashier.user_id).username == "sam"
    with pytest.raises(AccessDenied, match="already used"):
        approval.take("payment.void", cashier.user_id)
    other = approve(db, "sam", PW, "payment.void", cashier)
    with pytest.raises(AccessDenied, match="is for payment.void"):
        other.take("drawer.accept_difference", cashier.user_id)


def test_a_supervisor_cannot_approve_their_own_action_and_cashiers_cannot_approve(db):
    sam = make_user(db, "sam", roles=(Role.SUPERVISOR, Role.CASHIER))
    make_user(db, "maria", roles=(Role.CASHIER,))
    with pytest.raises(AccessDenied, match="own action"):
        approve(db, "sam", PW, "payment.void", sam)
    with pytest.raises(AccessDenied, match="not a supervisor"):
        approve(db, "maria", PW, "payment.void", sam)
    with pytest.raises(UserError):
        approve(db, "sam", "wrong-password-1", "payment.void", None)


def test_unlock_and_role_changes_are_audited(db, admin):
    create_user(db, admin, "maria", PW, ["cashier"])
    for _ in range(5):
        with pytest.raises(UserError):
            authenticate(db, "maria", "nope-nope-nope")
    unlock_user(db, admin, "maria")
    assert authenticate(db, "maria", PW).roles == {"cashier"}
    set_roles(db, admin, "maria", ["cashier", "supervisor"])
    assert authenticate(db, "maria", PW).roles == {"cashier", "supervisor"}
    with db.read() as s:
        actions = s.scalars(select(AuditEvent.action)).all()
    assert "user.unlock" in actions and "user.roles" in actions


def test_settings_need_an_administrator_and_the_right_type(db, admin):
    cashier = make_user(db, "maria", roles=(Role.CASHIER,))
    with pytest.raises(AccessDenied):
        set_setting(db, cashier, "login.max_failures", 3)
    with pytest.raises(SettingError, match="whole number"):
        set_setting(db, admin, "login.max_failures", "three")
    with pytest.raises(SettingError, match="not an amount"):
        set_setting(db, admin, "returned_check.fee", "lots")
    with pytest.raises(SettingError, match="unknown"):
        set_setting(db, admin, "no.such", 1)
    with pytest.raises(SettingError, match="one of: credit, refuse"):
        set_setting(db, admin, "payments.noncash_overpay", "cash back")
    with pytest.raises(SettingError, match="negative"):
        set_setting(db, admin, "returned_check.cash_only_after", -1)
    set_setting(db, admin, "login.max_failures", 3)
    assert get_setting(db, "login.max_failures") == 3
