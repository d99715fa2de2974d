"""The NACHA PPD draft-file writer: two golden files byte for byte, every record read back column
by column from the documented layout and by an independent validator (achlens), any set of drafts
giving a file whose controls add up, and every refusal naming its field without a full account."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest
from achlens.core.parser import parse as achlens_parse
from achlens.core.validator import validate as achlens_validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum.us import rtn

from cashier_app import private_files
from cashier_app.ach.nacha import (
    FILE_ID_MODIFIERS, DraftEntry, DraftFile, NachaError, OffsetAccount, Origin, build_draft_file,
    file_id_modifier, write_draft_file,
)
from cashier_app.ach.returns import read_return_file
from tests.ach_builder import Batch, Item, ReturnFileText

DATA = Path(__file__).parent.parent / "data"
CREATED = dt.datetime(2026, 11, 18, 8, 30)
EFFECTIVE = dt.date(2026, 11, 20)

GOLDEN_ORIGIN = Origin(
    immediate_destination="053101121", immediate_destination_name="First Citizens Bank",
    immediate_origin="1566000123", immediate_origin_name="City of Shelby",
    company_name="City of Shelby", company_identification="1566000123",
    company_entry_description="UTILITY", odfi_routing="053101121")
BALANCED_ORIGIN = dataclasses.replace(
    GOLDEN_ORIGIN, offset=OffsetAccount("053101121", "5550001234", "checking"))
GOLDEN_ENTRIES = (
    DraftEntry("053000196", "123456789", "checking", Decimal("142.37"), "1000417", "Annie M. Dover"),
    DraftEntry("053100300", "40000034", "savings", Decimal("201.10"), "1004102", "Luis Núñez"),
    DraftEntry("061000104", "7711002233445566", "checking", Decimal("1319.50"), "1003007-02",
               "Westview Laundry & Dry Cleaning Co"),
    DraftEntry("053201607", "330018842201", "checking", Decimal("0"), "1001250", "Marcus T. Greene",
               prenote=True),
    DraftEntry("053000196", "9388", "savings", Decimal("0.00"), "1000933", "O’Neal, Brenda",
               prenote=True),
)


def golden_file(origin: Origin = GOLDEN_ORIGIN) -> DraftFile:
    return build_draft_file(origin, GOLDEN_ENTRIES, created_at=CREATED, file_id_modifier="A",
                            effective_date=EFFECTIVE, first_trace_sequence=41)


def build(entries, origin: Origin = GOLDEN_ORIGIN, **kw) -> DraftFile:
    kw = {"created_at": CREATED, "file_id_modifier": "A", "effective_date": EFFECTIVE} | kw
    return build_draft_file(origin, entries, **kw)


def one(**changes) -> DraftEntry:
    return dataclasses.replace(GOLDEN_ENTRIES[0], **changes)


def refusal(entries=(GOLDEN_ENTRIES[0],), origin: Origin = GOLDEN_ORIGIN, **kw) -> NachaError:
    with pytest.raises(NachaError) as caught:
        build(list(entries), origin, **kw)
    return caught.value


def lines_of(draft: DraftFile) -> list[str]:
    assert draft.text.endswith("\r\n")
    return draft.text[:-2].split("\r\n")


def col(line: str, start: int, end: int) -> str:
    """Columns as docs/formats.md numbers them (1-based, inclusive)."""
    return line[start - 1:end]


# ---------------------------------------------------------------------------------------------
# Golden files, and the documented layout read back column by column


@pytest.mark.parametrize("origin, name", [(GOLDEN_ORIGIN, "nacha_draft_run.txt"),
                                          (BALANCED_ORIGIN, "nacha_draft_run_balanced.txt")])
def test_the_fixed_run_matches_its_golden_file_byte_for_byte(origin, name):
    assert golden_file(origin).text.encode("ascii") == (DATA / name).read_bytes()


def test_the_golden_file_holds_the_documented_fields():
    lines = (DATA / "nacha_draft_run.txt").read_bytes().decode("ascii").split("\r\n")
    assert lines[-1] == "" and all(len(line) == 94 for line in lines[:-1])
    header, batch, *entries, control, trailer = lines[:9]
    assert [col(header, *c) for c in [(1, 1), (2, 3), (4, 13), (14, 23), (24, 29), (30, 33), (34, 34),
                                     (35, 37), (38, 39), (40, 40), (41, 63), (64, 86), (87, 94)]] == [
        "1", "01", " 053101121", "1566000123", "261118", "0830", "A", "094", "10", "1",
        "FIRST CITIZENS BANK".ljust(23), "CITY OF SHELBY".ljust(23), " " * 8]
    assert [col(batch, *c) for c in [(1, 1), (2, 4), (5, 20), (21, 40), (41, 50), (51, 53), (54, 63),
                                    (64, 69), (70, 75), (76, 78), (79, 79), (80, 87), (88, 94)]] == [
        "5", "225", "CITY OF SHELBY  ", " " * 20, "1566000123", "PPD", "UTILITY   ", " " * 6,
        "261120", "   ", "1", "05310112", "0000001"]
    fields = [(1, 1), (2, 3), (4, 11), (12, 12), (13, 29), (30, 39), (40, 54), (55, 76), (77, 78),
              (79, 79), (80, 94)]
    assert [[col(e, *c) for c in fields] for e in entries[:5]] == [
        ["6", "27", "05300019", "6", "123456789".ljust(17), "0000014237", "1000417".ljust(15),
         "ANNIE M. DOVER".ljust(22), "  ", "0", "053101120000041"],
        ["6", "37", "05310030", "0", "40000034".ljust(17), "0000020110", "1004102".ljust(15),
         "LUIS NUNEZ".ljust(22), "  ", "0", "053101120000042"],
        ["6", "27", "06100010", "4", "7711002233445566 ", "0000131950", "1003007-02".ljust(15),
         "WESTVIEW LAUNDRY & DRY", "  ", "0", "053101120000043"],
        ["6", "28", "05320160", "7", "330018842201".ljust(17), "0000000000", "1001250".ljust(15),
         "MARCUS T. GREENE".ljust(22), "  ", "0", "053101120000044"],
        ["6", "38", "05300019", "6", "9388".ljust(17), "0000000000", "1000933".ljust(15),
         "O'NEAL, BRENDA".ljust(22), "  ", "0", "053101120000045"],
    ]
    entry_hash = 5300019 + 5310030 + 6100010 + 5320160 + 5300019
    assert [col(control, *c) for c in [(1, 1), (2, 4), (5, 10), (11, 20), (21, 32), (33, 44),
                                      (45, 54), (55, 73), (74, 79), (80, 87), (88, 94)]] == [
        "8", "225", "000005", f"{entry_hash:010d}", "000000166297", "000000000000", "1566000123",
        " " * 19, " " * 6, "05310112", "0000001"]
    assert [col(trailer, *c) for c in [(1, 1), (2, 7), (8, 13), (14, 21), (22, 31), (32, 43),
                                      (44, 55), (56, 94)]] == [
        "9", "000001", "000001", "00000005", f"{entry_hash:010d}", "000000166297", "000000000000",
        " " * 39]
    assert lines[9] == "9" * 94 and len(lines) == 11


def test_the_balanced_file_closes_its_batch_with_the_offset_credit():
    draft = golden_file(BALANCED_ORIGIN)
    lines = lines_of(draft)
    offset, control, trailer = lines[7], lines[8], lines[9]
    assert col(lines[1], 2, 4) == "200" and col(control, 2, 4) == "200"
    assert (col(offset, 2, 3), col(offset, 4, 12), col(offset, 13, 29).strip(), col(offset, 30, 39),
            col(offset, 40, 54).strip(), col(offset, 55, 76).strip(), col(offset, 80, 94)) == (
        "22", "053101121", "5550001234", "0000166297", "OFFSET", "CITY OF SHELBY", "053101120000046")
    assert col(control, 5, 10) == "000006" and col(control, 21, 44) == "000000166297" * 2
    assert col(trailer, 14, 21) == "00000006" and col(trailer, 32, 55) == "000000166297" * 2
    assert draft.total_debit == draft.total_credit == Decimal("1662.97")
    assert draft.offset_trace_number == "053101120000046" and draft.entry_count == 6
    assert len(lines) == 10 and draft.block_count == 1  # exactly one block: no 9-filled line


def test_a_balanced_savings_offset_is_a_32_credit_and_a_prenote_only_file_has_no_offset():
    origin = dataclasses.replace(BALANCED_ORIGIN, offset=OffsetAccount("053101121", "5550001234",
                                                                       "savings"))
    assert col(lines_of(build(GOLDEN_ENTRIES[:1], origin))[3], 2, 3) == "32"
    prenotes_only = build(GOLDEN_ENTRIES[3:], origin)
    assert prenotes_only.offset_trace_number is None and prenotes_only.total_credit == 0
    assert col(lines_of(prenotes_only)[1], 2, 4) == "225"


def test_the_summary_gives_each_draft_its_trace_number_in_the_order_asked():
    draft = golden_file()
    assert draft.trace_numbers == tuple(f"0531011200000{n}" for n in range(41, 46))
    entries = [line for line in lines_of(draft) if line[0] == "6"]
    assert [col(e, 80, 94) for e in entries] == list(draft.trace_numbers)
    assert (draft.entry_count, draft.total_debit, draft.total_credit, draft.block_count,
            draft.record_count) == (5, Decimal("1662.97"), Decimal("0.00"), 1, 10)


def test_nothing_secret_in_a_repr():
    draft = golden_file(BALANCED_ORIGIN)
    shown = repr(draft) + repr(GOLDEN_ENTRIES) + repr(BALANCED_ORIGIN)
    for account in [e.account_number for e in GOLDEN_ENTRIES] + ["5550001234"]:
        assert account not in shown


# ---------------------------------------------------------------------------------------------
# achlens (an independent validator) and the return-file reader


def achlens_entries(text: str) -> list[tuple]:
    parsed = achlens_parse(text)
    assert len(parsed.batches) == 1 and not parsed.unparsed and parsed.line_ending == "CRLF"
    return [(e.detail.fields["transaction_code"].raw, e.detail.fields["receiving_dfi_identification"].raw
             + e.detail.fields["check_digit"].raw, e.detail.fields["dfi_account_number"].value,
             Decimal(e.detail.fields["amount"].value or 0) / 100,
             e.detail.fields["individual_identification_number"].value,
             e.detail.fields["individual_name"].value, e.detail.fields["trace_number"].raw)
            for e in parsed.batches[0].entries]


def assert_achlens_valid(text: str) -> None:
    report = achlens_validate(text)
    assert report.valid and report.counts == {"error": 0, "warning": 0, "info": 0}, report.findings


@pytest.mark.parametrize("origin", [GOLDEN_ORIGIN, BALANCED_ORIGIN])
def test_achlens_finds_the_golden_runs_valid_and_reads_the_entries_asked(origin):
    draft = golden_file(origin)
    assert_achlens_valid(draft.text)
    codes = ["27", "37", "27", "28", "38"]
    names = ["ANNIE M. DOVER", "LUIS NUNEZ", "WESTVIEW LAUNDRY & DRY", "MARCUS T. GREENE", "O'NEAL, BRENDA"]
    asked = [(code, e.routing_number, e.account_number, e.amount, e.individual_id, name, trace)
             for code, e, name, trace in zip(codes, GOLDEN_ENTRIES, names, draft.trace_numbers)]
    assert achlens_entries(draft.text)[:5] == asked


@pytest.mark.parametrize("column, text, rule", [
    (11, "0000000001", "BC003"),  # batch control entry hash
    (21, "000000166298", "BC004"),  # batch control total debit
])
def test_achlens_is_a_real_check_it_refuses_a_tampered_golden_file(column, text, rule):
    lines = lines_of(golden_file())
    lines[7] = lines[7][:column - 1] + text + lines[7][column - 1 + len(text):]
    report = achlens_validate("\r\n".join(lines) + "\r\n")
    assert not report.valid and rule in report.counts_by_rule


def test_a_return_of_a_written_draft_matches_it_by_trace_number():
    draft = golden_file()
    asked = GOLDEN_ENTRIES[1]
    trace = draft.trace_numbers[1]
    returned = Item("R01", "053101121", asked.account_number, 20110, asked.individual_id,
                    "LUIS NUNEZ", "053000190004101", trace, original_rdfi=asked.routing_number[:8],
                    transaction_code="36")
    (ret,) = read_return_file(ReturnFileText([Batch([returned])]).text()).returns
    assert ret.original_trace == trace and ret.amount == asked.amount
    assert ret.individual_id == asked.individual_id and ret.original_rdfi == asked.routing_number[:8]


# ---------------------------------------------------------------------------------------------
# Any drafts: a valid file whose controls add up and whose entries are the amounts asked


def routings() -> st.SearchStrategy[str]:
    return st.from_regex(r"\A[0-3][0-9]{7}\Z").map(lambda eight: eight + rtn.calc_check_digit(eight))


NAME_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÁÉÍÓÚÑÜÇàèìòùñüçßØ '-.,&’"


@st.composite
def drafts(draw) -> DraftEntry:
    prenote = draw(st.booleans())
    cents = 0 if prenote else draw(st.integers(1, 10**10 - 1))
    return DraftEntry(draw(routings()), draw(st.from_regex(r"\A[0-9]{4,17}\Z")),
                      draw(st.sampled_from(["checking", "savings"])), Decimal(cents) / 100,
                      draw(st.from_regex(r"\A[0-9]{1,9}(-[0-9]{2})?\Z")),
                      draw(st.text(NAME_LETTERS, min_size=1, max_size=40).filter(str.strip)),
                      prenote)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(drafts(), min_size=1, max_size=25), st.booleans(), st.integers(1, 9_000_000))
def test_any_drafts_make_a_valid_file_whose_controls_add_up(entries, balanced, first):
    origin = BALANCED_ORIGIN if balanced else GOLDEN_ORIGIN
    if balanced and sum(e.amount for e in entries) > Decimal("99999999.99"):
        with pytest.raises(NachaError, match="offset credit"):  # one credit cannot carry it
            build(entries, origin, first_trace_sequence=first)
        return
    draft = build(entries, origin, first_trace_sequence=first)
    lines = lines_of(draft)
    assert all(len(line) == 94 for line in lines) and len(lines) % 10 == 0
    assert set(draft.text.replace("\r\n", "")) <= set(map(chr, range(0x20, 0x7F)))
    body = [line for line in lines if line[0] == "6"]
    debit_cents = sum(int(col(e, 30, 39)) for e in body if col(e, 2, 3) in ("27", "28", "37", "38"))
    asked_cents = sum(int(e.amount * 100) for e in entries)
    assert debit_cents == asked_cents and draft.total_debit == Decimal(asked_cents) / 100
    offset = balanced and asked_cents > 0
    assert len(body) == draft.entry_count == len(entries) + offset
    assert draft.total_credit == (draft.total_debit if offset else 0)
    entry_hash = sum(int(col(e, 4, 11)) for e in body) % 10**10
    control, trailer = lines[2 + len(body)], lines[3 + len(body)]
    assert col(control, 5, 10) == f"{len(body):06d}" and col(trailer, 14, 21) == f"{len(body):08d}"
    assert col(control, 11, 20) == col(trailer, 22, 31) == f"{entry_hash:010d}"
    assert col(control, 21, 32) == col(trailer, 32, 43) == f"{asked_cents:012d}"
    assert col(trailer, 8, 13) == f"{len(lines) // 10:06d}" and draft.block_count == len(lines) // 10
    assert lines[4 + len(body):] == ["9" * 94] * (len(lines) - 4 - len(body))
    traces = [col(e, 80, 94) for e in body]
    assert traces == sorted(traces) and len(set(traces)) == len(traces)
    assert list(draft.trace_numbers) == traces[:len(entries)]
    assert traces[0] == "05310112" + f"{first:07d}"
    assert_achlens_valid(draft.text)
    read = achlens_entries(draft.text)[:len(entries)]
    assert [(r[1], r[2], r[3], r[4], r[6]) for r in read] == [
        (e.routing_number, e.account_number, e.amount, e.individual_id, t)
        for e, t in zip(entries, draft.trace_numbers)]
    assert [r[0] for r in read] == [("2" if e.account_type == "checking" else "3")
                                    + ("8" if e.prenote else "7") for e in entries]


# ---------------------------------------------------------------------------------------------
# Names and the file ID modifier


@pytest.mark.parametrize("given_name, written", [
    ("Núñez", "NUNEZ"), ("José  Peña ", "JOSE PENA"), ("Straße Øster", "STRASSE OSTER"),
    ("Ærøskøbing Łódź", "AEROSKOBING LODZ"), ("O’Neal — “Tip”", "O'NEAL - \"TIP\""),
    ("A" * 30, "A" * 22), ("Mary Ann " + "B" * 13 + " Smith", "MARY ANN " + "B" * 13),
])
def test_names_are_spelled_in_plain_upper_case_and_cut_to_22(given_name, written):
    line = lines_of(build([one(individual_name=given_name)]))[2]
    assert col(line, 55, 76) == written.ljust(22)


def test_the_file_id_modifier_runs_a_to_z_then_0_to_9_and_no_further():
    assert [file_id_modifier(n) for n in range(36)] == list(FILE_ID_MODIFIERS)
    assert FILE_ID_MODIFIERS == "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    for bad in (36, 40, -1, True, "1"):
        with pytest.raises(NachaError) as caught:
            file_id_modifier(bad)
        assert caught.value.field == "file_id_modifier"
    assert col(lines_of(build([one()], file_id_modifier="7"))[0], 34, 34) == "7"
    for bad in ("a", "AA", "", "#", None):
        assert refusal(file_id_modifier=bad).field == "file_id_modifier"


# ---------------------------------------------------------------------------------------------
# Refusals: one clear NachaError naming the field, never a full bank account


ORIGIN_TEXT_FIELDS = ["immediate_destination", "immediate_destination_name", "immediate_origin",
                      "immediate_origin_name", "company_name", "company_identification",
                      "company_entry_description", "odfi_routing"]


@pytest.mark.parametrize("name", ORIGIN_TEXT_FIELDS)
@pytest.mark.parametrize("blank", ["", "   ", None])
def test_a_missing_origin_setting_is_refused_by_name(name, blank):
    error = refusal(origin=dataclasses.replace(GOLDEN_ORIGIN, **{name: blank}))
    assert error.field == name and error.entry is None and str(error).startswith(name + ": ")


@pytest.mark.parametrize("name, value, words", [
    ("immediate_destination", "053101122", "check digit"),
    ("immediate_destination", "05310112", "9 digits"),
    ("odfi_routing", "O53101121", "9 digits"),
    ("immediate_origin", "053101122", "check digit"),
    ("immediate_origin", "15660001", "neither"),
    ("immediate_origin", "15660001234", "holds 10"),
    ("company_identification", "566000123", "10 letters or digits"),
    ("company_identification", "1-56600012", "10 letters or digits"),
    ("company_name", "City of Shelby NC Utilities", "holds 16"),
    ("company_entry_description", "UTILITY BILL", "holds 10"),
    ("immediate_origin_name", "City\tof Shelby", "tab"),
])
def test_a_bad_origin_setting_is_refused_with_its_reason(name, value, words):
    error = refusal(origin=dataclasses.replace(GOLDEN_ORIGIN, **{name: value}))
    assert error.field == name and words in str(error)


def test_a_bad_offset_account_is_refused_without_showing_it():
    for offset, name in [(OffsetAccount("053101122", "5550001234"), "offset.routing_number"),
                         (OffsetAccount("053101121", "55500012AB34"), "offset.account_number"),
                         (OffsetAccount("053101121", "5550001234", "loan"), "offset.account_type")]:
        error = refusal(origin=dataclasses.replace(GOLDEN_ORIGIN, offset=offset))
        assert error.field == name and "5550001234" not in str(error) and "55500012AB" not in str(error)


@pytest.mark.parametrize("changes, name, words", [
    ({"routing_number": "053000197"}, "routing_number", "check digit"),
    ({"routing_number": "05300019"}, "routing_number", "9 digits"),
    ({"routing_number": "0530001960"}, "routing_number", "9 digits"),
    ({"routing_number": ""}, "routing_number", "missing"),
    ({"account_type": "loan"}, "account_type", "neither"),
    ({"amount": Decimal("-1.00")}, "amount", "negative"),
    ({"amount": Decimal("12.345")}, "amount", "whole number of cents"),
    ({"amount": Decimal("100000000.00")}, "amount", "more than"),
    ({"amount": Decimal("NaN")}, "amount", "not an amount"),
    ({"amount": 12.5}, "amount", "float"),
    ({"amount": Decimal("0")}, "amount", "prenote"),
    ({"amount": Decimal("5"), "prenote": True}, "amount", "prenote is for $0.00"),
    ({"prenote": "yes"}, "prenote", "neither"),
    ({"individual_name": "  "}, "individual_name", "missing"),
    ({"individual_name": "Ann 😀 Lee"}, "individual_name", "U+1F600"),
    ({"individual_name": "Ann\nLee"}, "individual_name", "line break"),
    ({"individual_name": "李小龙"}, "individual_name", "U+674E"),
    ({"individual_id": ""}, "individual_id", "missing"),
    ({"individual_id": "1000417-0000000001"}, "individual_id", "holds 15"),
])
def test_a_bad_draft_is_refused_naming_its_position_account_and_field(changes, name, words):
    error = refusal([GOLDEN_ENTRIES[1], one(**changes)])
    assert (error.field, error.entry) == (name, 2) and words in str(error)
    assert str(error).startswith("draft 2") and "123456789" not in str(error)
    assert str(error).startswith("draft 2 (account 1000417)") or name == "individual_id"


@pytest.mark.parametrize("account, words", [
    ("1234567AB9", "other than digits"), ("12 3456789", "other than digits"),
    ("123", "has 3 digits"), ("123456789012345678", "has 18 digits"), ("", "missing"),
    ("１２３４５６７８", "other than digits"),
])
def test_a_bad_bank_account_is_refused_showing_its_last_4_at_most(account, words):
    error = refusal([one(account_number=account)])
    assert error.field == "account_number" and words in str(error)
    if len(account) > 4:
        assert account not in str(error) and account[:-4] not in str(error)
        assert "****" + account[-4:] in str(error)
    else:
        assert "****" in str(error) or not account


def other_digits(text: str) -> str:
    return "".join(str((int(c) + 1) % 10) if c.isdigit() and c.isascii() else c for c in text)


@given(st.from_regex(r"\A[0-9]{1,30}\Z") | st.text(min_size=1, max_size=30))
def test_a_refusal_depends_on_nothing_but_the_last_4_digits_of_an_account(account):
    """Change every digit before the last 4: the message stays the same, so it cannot show them."""
    twin = other_digits(account[:-4]) + account[-4:]
    try:
        build([one(account_number=account)])
    except NachaError as error:
        with pytest.raises(NachaError) as caught:
            build([one(account_number=twin)])
        assert str(caught.value) == str(error)
    else:
        assert account.isascii() and account.isdigit() and 4 <= len(account) <= 17


def test_the_run_as_a_whole_is_refused_when_it_cannot_be_one_file():
    assert refusal([]).field == "entries"
    assert refusal([GOLDEN_ENTRIES[0]] * 1_000_000).field == "entries"
    balanced = refusal([GOLDEN_ENTRIES[0]] * 999_999, BALANCED_ORIGIN)  # the offset makes 1,000,000
    assert balanced.field == "entries" and "999999" in str(balanced)
    big = one(amount=Decimal("99999999.99"))
    assert "total" in str(refusal([big] * 101))
    assert refusal([big, one(amount=Decimal("0.01"))], BALANCED_ORIGIN).field == "offset"
    assert build([big] * 100).total_debit == Decimal("9999999999.00")
    assert refusal([one()] * 2, first_trace_sequence=9_999_999).field == "first_trace_sequence"
    assert build([one()], first_trace_sequence=9_999_999).trace_numbers == ("053101129999999",)
    assert refusal(first_trace_sequence=0).field == "first_trace_sequence"
    assert refusal(effective_date=dt.date(2026, 11, 17)).field == "effective_date"
    assert refusal(effective_date=dt.datetime(2026, 11, 20, 0, 0)).field == "effective_date"
    assert refusal(created_at=dt.date(2026, 11, 18)).field == "created_at"
    assert build([one()], effective_date=CREATED.date()).effective_date == CREATED.date()


# ---------------------------------------------------------------------------------------------
# Writing the file: whole or not at all, 0600, never over another


def test_the_file_is_written_whole_private_and_never_over_another(tmp_path):
    draft = golden_file()
    folder = tmp_path / "drafts"
    folder.mkdir()
    out = write_draft_file(folder / "draft-20261120.ach", draft)
    assert out.read_bytes() == (DATA / "nacha_draft_run.txt").read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["draft-20261120.ach"]
    with pytest.raises(NachaError) as caught:
        write_draft_file(out, golden_file(BALANCED_ORIGIN))
    assert caught.value.field == "path" and out.read_bytes() == draft.text.encode("ascii")
    with pytest.raises(NachaError):
        write_draft_file(tmp_path / "missing" / "draft.ach", draft)


def test_a_write_that_fails_half_way_leaves_nothing(tmp_path, monkeypatch):
    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(private_files.os, "fsync", fail)
    with pytest.raises(OSError):
        write_draft_file(tmp_path / "draft.ach", golden_file())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]  # conftest's home folder only
