"""The "Print authorization form" action: the City's bank draft authorization form, prefilled from
the customer's record (name, customer number, mailing address, accounts with their service
addresses) for a customer who asks for one (reports/draft_authorization_form.py draws it)."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import Account, AccountStatus, Role
from cashier_app.reports.draft_authorization_form import (
    DraftAuthorizationForm, FormAccount, render_authorization_form,
)
from cashier_app.services.access import Actor, requires
from cashier_app.services.accounts import AccountNotFound
from cashier_app.services.drafts.confirmation import mailing_lines
from cashier_app.services.settings import read_settings


@requires(Role.CASHIER, Role.SUPERVISOR)
def write_authorization_form(db: Database, actor: Actor, account_id: int, out: Path) -> Path:
    """Draw the authorization form for the customer of ``account_id`` to ``out`` (PDF): this account
    first, then the customer's other accounts that can be drafted (not final-billed nor closed)."""
    with db.read() as s:
        account = s.get(Account, account_id)
        if account is None:
            raise AccountNotFound(_t("No account with id {0}.").format(account_id))
        customer = account.customer
        others = s.scalars(select(Account).where(Account.customer_id == customer.id, Account.id != account.id,
                                                 Account.status == AccountStatus.ACTIVE.value)
                           .order_by(Account.account_number)).all()
        settings = read_settings(s, "receipt.header", "drafts.allow_savings")
        form = DraftAuthorizationForm(
            header=tuple(settings["receipt.header"]), printed_on=city_time.today(),
            customer_name=customer.display_name, customer_number=customer.customer_number,
            accounts=tuple(FormAccount(a.account_number, a.service_address) for a in (account, *others)),
            mailing_lines=mailing_lines(customer), allow_savings=settings["drafts.allow_savings"] == "yes")
    return render_authorization_form(form, Path(out))
