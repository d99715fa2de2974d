"""Stations and their gapless receipt numbers."""
from __future__ import annotations

from sqlalchemy import bindparam, func, literal_column, select, update
from sqlalchemy.orm import Session

from cashier_app.i18n import _t
from cashier_app.models import ReceiptSequence, Station
from cashier_app.services.driver_statements import DriverQuery


class StationError(LookupError):
    pass


def ensure_station(session: Session, name: str, receipt_prefix: str, printer_profile: str = "file") -> Station:
    """The station named ``name``, created with its receipt sequence if new."""
    station = session.scalar(select(Station).where(Station.name == name))
    if station is None:
        station = Station(name=name, receipt_prefix=receipt_prefix, printer_profile=printer_profile)
        session.add(station)
        session.flush()
        session.add(ReceiptSequence(station_id=station.id, next_number=1))
        session.flush()
    return station


def station_by_name(session: Session, name: str) -> Station:
    station = session.scalar(select(Station).where(Station.name == name, Station.active))
    if station is None:
        raise StationError(_t("Station {0} is not set up; run 'cashier-app init' or ask an administrator.").format(
                               repr(name)))
    return station


def next_receipt_number(session: Session, station: Station) -> str:
    """Take the station's next number inside the caller's transaction (row-locked until commit)."""
    taken = session.execute(
        update(ReceiptSequence)
        .where(ReceiptSequence.station_id == station.id)
        .values(next_number=ReceiptSequence.next_number + 1)
        .returning(ReceiptSequence.next_number)
    ).scalar_one() - 1
    return f"{station.receipt_prefix}-{taken:06d}"


# Built once, on the tables' columns: a statement naming mapped attributes goes through the ORM's
# bulk-update path on every execution (a third of a millisecond of the station's CPU per post).
_sequences, _stations = ReceiptSequence.__table__, Station.__table__
_station_id = (select(_stations.c.id).where(_stations.c.name == bindparam("station"), _stations.c.active)
               .scalar_subquery())
_prefix = (select(_stations.c.receipt_prefix).where(_stations.c.id == _sequences.c.station_id)
           .correlate(_sequences).scalar_subquery())
_TAKE_NUMBER = (update(_sequences)
                .where(_sequences.c.station_id == _station_id)
                .values(next_number=_sequences.c.next_number + 1)
                .returning(_sequences.c.station_id, _sequences.c.next_number, _prefix))
# PostgreSQL: the new payment's id from its sequence in the same round trip, so the payment's insert
# needs no answer and goes to the server with the rest of the post (services/pipelined.py).
_TAKE_NUMBER_AND_ID = _TAKE_NUMBER.returning(func.nextval(literal_column("'payments_id_seq'")))
_TAKE_NUMBER_QUERY = DriverQuery(_TAKE_NUMBER)  # services/driver_statements.py
_TAKE_NUMBER_AND_PAYMENT_ID = DriverQuery(_TAKE_NUMBER_AND_ID)  # services/driver_statements.py


def take_receipt_number(session: Session, station_name: str) -> tuple[int, str]:
    """(station id, receipt number) in one statement: the next number of an active station,
    row-locked until the caller's transaction ends. Posting's busiest step, hence one round trip."""
    rows = _TAKE_NUMBER_QUERY.rows(session, {"station": station_name})
    if not rows:
        raise StationError(_t("Station {0} is not set up; run 'cashier-app init' or ask an administrator.").format(
                               repr(station_name)))
    station_id, following, receipt_prefix = rows[0]
    return station_id, f"{receipt_prefix}-{following - 1:06d}"


def ask_receipt_number_and_payment_id(session: Session, station_name: str):  # noqa: ANN201 - sent
    """PostgreSQL: as ``take_receipt_number``, with the new payment's id from its sequence (the id the
    payment's insert would have asked the server for), in two steps so that the statement can travel
    with others (services/pipelined.py): this sends it, ``receipt_number_taken`` reads (station id,
    receipt number, payment id)."""
    return _TAKE_NUMBER_AND_PAYMENT_ID.send(session, {"station": station_name})


def receipt_number_taken(sent, station_name: str) -> tuple[int, str, int]:  # noqa: ANN001
    rows = _TAKE_NUMBER_AND_PAYMENT_ID.read(sent)
    if not rows:
        raise StationError(_t("Station {0} is not set up; run 'cashier-app init' or ask an administrator.").format(
                               repr(station_name)))
    station_id, following, receipt_prefix, payment_id = rows[0]
    return station_id, f"{receipt_prefix}-{following - 1:06d}", payment_id
