"""Customers and their utility accounts."""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cashier_app.models.base import Base, SearchKey


class Customer(Base):
    """The person or business billed; identified by a customer number."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_number: Mapped[str] = mapped_column(String(20), unique=True)
    last_name: Mapped[str] = mapped_column(String(120))  # or the business name
    first_name: Mapped[str] = mapped_column(String(120), default="")
    mailing_address1: Mapped[str] = mapped_column(String(120), default="")
    mailing_address2: Mapped[str] = mapped_column(String(120), default="")
    city: Mapped[str] = mapped_column(String(60), default="")
    state: Mapped[str] = mapped_column(String(2), default="")
    zip_code: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # Normalized keys for lookup (services/search_keys.py: any script, upper case, no accents or punctuation).
    name_key: Mapped[str] = mapped_column(SearchKey, index=True)  # LAST FIRST
    name_key_first: Mapped[str] = mapped_column(SearchKey, index=True)  # FIRST LAST
    phone_digits: Mapped[str] = mapped_column(SearchKey, index=True, default="")

    accounts: Mapped[list[Account]] = relationship(back_populates="customer")

    @property
    def display_name(self) -> str:
        return customer_name(self.first_name, self.last_name)


def customer_name(first_name: str, last_name: str) -> str:
    """A customer as shown and printed: first name and last (or business) name."""
    return f"{first_name} {last_name}".strip()


class AccountStatus(enum.StrEnum):
    ACTIVE = "active"
    FINAL = "final"  # final bill issued, service ended
    INACTIVE = "inactive"


class Account(Base):
    """A utility service account at one service address."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_number: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    service_address: Mapped[str] = mapped_column(String(160))
    services: Mapped[str] = mapped_column(String(80), default="")  # e.g. "electric,water,sewer"
    status: Mapped[str] = mapped_column(String(12), default=AccountStatus.ACTIVE.value)
    cash_only: Mapped[bool] = mapped_column(default=False)
    # Balance in the last billing extract and the moment it was true (invariant 5).
    extract_balance: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    balance_as_of: Mapped[dt.datetime | None]
    # The last business date whose posting export the billing system had applied to this balance
    # (None: the extract did not say; then exports made before balance_as_of count as received).
    payments_through: Mapped[dt.date | None]
    address_key: Mapped[str] = mapped_column(SearchKey, index=True)  # "300 S WASHINGTON ST"
    street_key: Mapped[str] = mapped_column(SearchKey, index=True)  # "WASHINGTON ST"

    customer: Mapped[Customer] = relationship(back_populates="accounts")

    @property
    def service_list(self) -> list[str]:
        return [s for s in self.services.split(",") if s]
