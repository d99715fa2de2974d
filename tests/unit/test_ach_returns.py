"""ACH return / NOC files: the sample read back exactly; any generated file read back exactly;
any corrupted count, hash or amount read identically or refused naming a line; any text refused
or read as empty, never a crash."""
from __future__ import annotations

import dataclasses
import datetime as dt
import string
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum.us import rtn

from cashier_app.ach.return_codes import CHANGE_REASONS, RETURN_REASONS
from cashier_app.ach.returns import ChangeEntry, ReturnEntry, ReturnFile, ReturnFileError, read_return_file
from tests.ach_builder import Batch, Item, ReturnFileText

SAMPLE = Path(__file__).parent.parent / "data" / "ach_returns.txt"
NOV24 = dt.date(2026, 11, 24)


def sample_lines() -> list[str]:
    return SAMPLE.read_text(encoding="ascii").split("\n")


def read_lines(lines: list[str]) -> ReturnFile:
    return read_return_file("\n".join(lines))


def refusal(lines: list[str]) -> ReturnFileError:
    with pytest.raises(ReturnFileError) as caught:
        read_lines(lines)
    return caught.value


def put(line: str, column: int, text: str) -> str:
    """Overwrite ``line`` from 1-based ``column`` with ``text``."""
    return line[:column - 1] + text + line[column - 1 + len(text):]


# ---------------------------------------------------------------------------------------------
# The sample file, read back exactly


def ret(trace, original, code, text, amount, last4, individual_id, name, rdfi, tc="26", info="",
        batch=1, line=0):
    return ReturnEntry(trace, original, code, text, Decimal(amount), last4, "053101121",
                       individual_id, name, NOV24, tc, rdfi, None, info, batch, line)


def test_the_sample_file_reads_back_exactly():
    result = read_return_file(SAMPLE.read_text(encoding="ascii"))
    assert result.returns == (
        ret("053000190004101", "053101120000012", "R01", "Insufficient funds", "142.37", "9388",
            "1000417", "ANNIE M. DOVER", "05300019"),
        ret("053000190004102", "053101120000031", "R01", "Insufficient funds", "86.15", "0213",
            "1002388", "O'NEAL JAMES", "05300019", info="NSF 2ND PRESENTMENT"),
        ret("053100300001501", "053101120000047", "R02", "Account closed", "201.10", "0034",
            "1004102", "LUIS PENA", "05310030", tc="36"),
        ret("053100300001502", "053101120000058", "R03", "No account / unable to locate account",
            "67.32", "2345", "1000933", "BRENDA HOYLE", "05310030"),
        ret("061000100008801", "053101120000077", "R01", "Insufficient funds", "319.50", "0044",
            "1003007", "WESTVIEW LAUNDRY", "06100010"),
    )
    assert [r.line for r in result.returns] == [3, 5, 7, 9, 11]
    assert [str(r.amount) for r in result.returns] == ["142.37", "86.15", "201.10", "67.32", "319.50"]
    (change,) = result.changes
    assert change == ChangeEntry(
        trace_number="053201600000301", original_trace="053101120000066", change_code="C01",
        change_text="Incorrect bank account number", corrected_data="330018842201".ljust(29),
        amount=Decimal("0.00"), account_last4="8842", routing_number="053101121",
        individual_id="1001250", individual_name="MARCUS T. GREENE", effective_date=NOV24,
        transaction_code="26", original_rdfi="05320160", corrected_account="330018842201",
        batch_number=2)
    assert change.line == 15
    assert change.corrected_account_last4 == "2201"
    assert change.corrected_data_shown() == "account ****2201"
    assert (result.batch_count, result.entry_addenda_count) == (2, 12)
    assert result.entry_hash == 31860672
    assert (result.total_debit, result.total_credit) == (Decimal("816.44"), Decimal("0.00"))
    assert result.created_on == NOV24 and result.origin_name == "FIRST CITIZENS BANK"
    assert not result.is_empty


def test_no_full_bank_account_number_is_kept_or_shown():
    result = read_return_file(SAMPLE.read_text(encoding="ascii"))
    for account in ("4471029388", "000127750213", "2288190034", "9012345", "77120044", "330018842"):
        assert account not in repr(result)
        for entry in result.returns + result.changes:
            assert account not in [v for v in vars(entry).values() if isinstance(v, str)]
    # The corrected number of a C01 is what the City must store (encrypted); it never shows in repr.
    assert "330018842201" not in repr(result)


@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_crlf_trailing_blanks_bom_and_missing_block_fill_are_accepted(newline):
    expected = read_return_file(SAMPLE.read_text(encoding="ascii"))
    lines = [line + "   " for line in sample_lines() if line and line != "9" * 94]
    text = "\ufeff" + newline.join(lines) + newline + newline
    assert read_return_file(text) == expected


# ---------------------------------------------------------------------------------------------
# Each kind of bad file refused with its line and a reason a supervisor can act on


def mutate(index: int, column: int, text: str) -> list[str]:
    lines = sample_lines()
    lines[index - 1] = put(lines[index - 1], column, text)
    return lines


CASES = [
    ("short record", lambda: [*sample_lines()[:2], sample_lines()[2][:93], *sample_lines()[3:]],
     3, "the record is 93 characters long; every NACHA record is exactly 94"),
    ("long record", lambda: mutate(3, 94, "1X"), 3, "the record is 95 characters long"),
    ("unknown record type", lambda: mutate(3, 1, "4"), 3, "unknown record type '4'"),
    ("entry without its addenda", lambda: sample_lines()[:3] + sample_lines()[4:], 3,
     "the entry has no addenda record after it"),
    ("addenda indicator 0", lambda: mutate(3, 79, "0"), 3, "says it has no addenda record"),
    ("addenda type 05", lambda: mutate(4, 2, "05"), 4,
     "the addenda type is '05'; a return file holds only return (99) and change (98) addenda"),
    ("two addenda", lambda: [*sample_lines()[:4], sample_lines()[3], *sample_lines()[4:]], 5,
     "a second addenda record for the entry on line 3"),
    ("addenda with no entry", lambda: [*sample_lines()[:2], *sample_lines()[3:]], 3,
     "an addenda record with no entry record before it"),
    ("letter in amount", lambda: mutate(3, 35, "A"), 3,
     "the entry's amount '00000A4237' is not a number (columns 30-39 must be 10 digits)"),
    ("space in amount", lambda: mutate(3, 30, " "), 3, "the entry's amount ' 000014237' is not a number"),
    ("Arabic-Indic digit in amount", lambda: mutate(3, 35, "\u0661"), 3,
     "column 35 holds the character U+0661"),
    ("bad routing check digit", lambda: mutate(3, 12, "2"), 3,
     "the entry's routing number 053101122 fails its check digit"),
    ("unknown reason code", lambda: mutate(4, 4, "R99"), 4, "unknown return reason code 'R99'"),
    ("reason code NACHA never defined", lambda: mutate(4, 4, "R48"), 4, "unknown return reason code 'R48'"),
    ("change code in a return addenda", lambda: mutate(4, 4, "C01"), 4,
     "unknown return reason code 'C01' (a change code belongs in a type 98 addenda)"),
    ("unknown change code", lambda: mutate(16, 4, "C15"), 16, "unknown change code 'C15'"),
    ("bad date of death", lambda: mutate(4, 22, "261340"), 4, "the date of death '261340' is not a date"),
    ("addenda trace not the entry's", lambda: mutate(4, 94, "9"), 4,
     "the addenda's trace number 053000190004109 is not its entry's (053000190004101, line 3)"),
    ("batch count", lambda: mutate(13, 10, "9"), 13,
     "the batch control counts 19 entry and addenda records but batch 1 (header on line 2) has 10"),
    ("batch entry hash", lambda: mutate(13, 20, "1"), 13,
     "the batch control's entry hash 0026550561 does not match the entries' routing numbers (0026550560)"),
    ("amount changed, totals not", lambda: mutate(3, 39, "8"), 13,
     "the batch control's total debit 816.44 is not the sum of its debit entries (816.45)"),
    ("batch total credit", lambda: mutate(13, 44, "1"), 13, "total credit 0.01 is not the sum"),
    ("batch number", lambda: mutate(13, 94, "7"), 13, "the batch control says batch 7 but closes batch 1"),
    ("file batch count", lambda: mutate(18, 7, "3"), 18, "the file control counts 3 batches but the file has 2"),
    ("file block count", lambda: mutate(18, 13, "1"), 18, "counts 1 blocks of 10 records"),
    ("file entry count", lambda: mutate(18, 21, "3"), 18, "the file control counts 13 entry and addenda"),
    ("file hash", lambda: mutate(18, 31, "3"), 18, "the file control's entry hash 0031860673 does not match"),
    ("file debit", lambda: mutate(18, 43, "5"), 18, "the file control's total debit 816.45 is not the sum"),
    ("file credit", lambda: mutate(18, 55, "1"), 18, "the file control's total credit 0.01"),
    ("non-digit file count", lambda: mutate(18, 20, "O"), 18,
     "the file control's entry/addenda count '000000O2' is not a number"),
    ("cut short", lambda: sample_lines()[:12], 12, "the file ends inside batch 1"),
    ("no file control", lambda: sample_lines()[:17], 17, "the file ends without its file control record"),
    ("record after the file control", lambda: [*sample_lines()[:18], sample_lines()[2]], 19,
     "a record after the file control record"),
    ("filler before the control", lambda: [*sample_lines()[:17], "9" * 94, *sample_lines()[17:]], 18,
     "a block-filler line (all 9s) before the file control record"),
    ("no file header", lambda: sample_lines()[1:], 1, "the file must start with a file header record"),
    ("two file headers", lambda: [sample_lines()[0], *sample_lines()], 2, "a second file header record"),
    ("entry outside a batch", lambda: [sample_lines()[0], *sample_lines()[2:]], 2,
     "an entry record outside a batch"),
    ("batch inside a batch", lambda: [*sample_lines()[:12], sample_lines()[1], *sample_lines()[12:]], 13,
     "a batch header before the control record of the batch that started on line 2"),
    ("bad effective date", lambda: mutate(2, 70, "261131"), 2,
     "the batch's effective entry date '261131' is not a date"),
    ("bad creation date", lambda: mutate(1, 24, "26AB24"), 1, "the file creation date '26AB24' is not a date"),
    ("transaction code", lambda: mutate(3, 2, "55"), 3, "the entry's transaction code 55 is not a checking"),
    ("blank account", lambda: mutate(3, 13, " " * 17), 3, "bank account number (columns 13-29) is blank"),
    ("tab in a line", lambda: mutate(3, 60, "\t"), 3, "column 60 holds the character U+0009"),
    ("blank line inside", lambda: [*sample_lines()[:5], "", *sample_lines()[5:]], 6, "a blank line inside"),
    ("C02 with a bad routing number", lambda: mutate(16, 4, "C02" + "0" * 15 + " " * 6 + "05320160"
                                                      + "053101122"), 16,
     "the corrected routing number '053101122' is not a valid routing number"),
]


@pytest.mark.parametrize("name,make,line,reason", CASES, ids=[c[0] for c in CASES])
def test_a_bad_file_is_refused_naming_the_line(name, make, line, reason):
    error = refusal(make())
    assert error.line == line, str(error)
    assert reason in error.reason, str(error)
    assert str(error).startswith(f"line {line}: ")


def test_an_empty_file_is_refused():
    for text in ("", "\n", "  \r\n\r\n"):
        with pytest.raises(ReturnFileError, match="^line 1: the file is empty"):
            read_return_file(text)


def test_a_file_with_no_batches_is_an_empty_result():
    result = read_return_file(ReturnFileText([]).text())
    assert result.is_empty and result.batch_count == 0 and result.total_debit == Decimal("0.00")


def test_the_code_tables_are_complete():
    assert set(CHANGE_REASONS) == {f"C{n:02d}" for n in range(1, 15)}
    assert {f"R{n:02d}" for n in range(1, 48)} <= set(RETURN_REASONS)
    assert {"R50", "R53", "R61", "R62", "R67", "R70", "R71", "R77", "R80", "R85"} <= set(RETURN_REASONS)
    assert all(code[0] == "R" and 1 <= int(code[1:]) <= 85 for code in RETURN_REASONS)
    assert RETURN_REASONS["R01"] == "Insufficient funds" and RETURN_REASONS["R02"] == "Account closed"
    assert all(text and len(text) <= 80 for text in [*RETURN_REASONS.values(), *CHANGE_REASONS.values()])


# ---------------------------------------------------------------------------------------------
# Generated files: round trip, corruption, any text

LATIN1_LETTERS = "".join(chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)) + "ªµº"
routings = st.text("0123456789", min_size=8, max_size=8).map(lambda r: r + rtn.calc_check_digit(r))
accounts = st.text("0123456789", min_size=4, max_size=17) | st.text(
    string.digits + string.ascii_uppercase + "-", min_size=1, max_size=17)
amounts = st.integers(1, 99_999_999)
names = st.text(string.ascii_letters + LATIN1_LETTERS + "' .-", min_size=1, max_size=22).map(
    str.strip).filter(bool)
individual_ids = st.text(string.digits + string.ascii_uppercase, min_size=1, max_size=15)
traces = st.text("0123456789", min_size=15, max_size=15)
rdfis = st.text("0123456789", min_size=8, max_size=8)
dates = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))
infos = st.text(string.ascii_uppercase + string.digits + " #/-", max_size=44).map(str.strip)
transaction_codes = st.sampled_from(["26", "36", "21", "31"])


@st.composite
def corrections(draw) -> tuple[str, str, dict]:
    """A change code, its 29 characters of corrected data, and the fields the reader should find."""
    code = draw(st.sampled_from(sorted(CHANGE_REASONS)))
    routing, account = draw(routings), draw(st.text("0123456789", min_size=1, max_size=17))
    tc = draw(st.sampled_from(["22", "27", "32", "37"]))
    if code == "C01":
        return code, account, {"corrected_account": account}
    if code == "C02":
        return code, routing, {"corrected_routing": routing}
    if code == "C03":
        return code, routing + "   " + account, {"corrected_routing": routing, "corrected_account": account}
    if code == "C04":
        name = draw(names)
        return code, name, {"corrected_name": name}
    if code == "C05":
        return code, tc, {"corrected_transaction_code": tc}
    if code == "C06":
        return code, account.ljust(17) + "   " + tc, {"corrected_account": account,
                                                     "corrected_transaction_code": tc}
    if code == "C07":
        return code, routing + account.ljust(17) + tc, {
            "corrected_routing": routing, "corrected_account": account, "corrected_transaction_code": tc}
    if code == "C09":
        ident = draw(individual_ids)
        return code, ident, {"corrected_individual_id": ident}
    return code, draw(infos)[:29], {}


@st.composite
def items(draw) -> tuple[Item, dict]:
    is_change = draw(st.integers(0, 4)) == 0
    item = Item(code="", routing=draw(routings), account=draw(accounts), cents=draw(amounts),
                individual_id=draw(individual_ids), name=draw(names), trace=draw(traces),
                original_trace=draw(traces), original_rdfi=draw(rdfis),
                transaction_code=draw(transaction_codes))
    extra: dict = {}
    if is_change:
        item.code, item.corrected, extra = draw(corrections())
        item.cents = draw(st.sampled_from([0, item.cents]))
    else:
        item.code = draw(st.sampled_from(sorted(RETURN_REASONS)))
        item.date_of_death = draw(st.none() | dates)
        item.info = draw(infos)
    return item, extra


@st.composite
def files(draw) -> tuple[ReturnFileText, list, list]:
    batches, returns, changes = [], [], []
    for number in range(1, draw(st.integers(0, 3)) + 1):
        drawn = draw(st.lists(items(), min_size=1, max_size=5))
        batch = Batch([i for i, _ in drawn], effective=draw(dates), number=number,
                      sec=draw(st.sampled_from(["PPD", "COR"])))
        batches.append(batch)
        for item, extra in drawn:
            common = dict(trace_number=item.trace, original_trace=item.original_trace,
                          amount=Decimal(item.cents) / 100, account_last4=item.account[-4:],
                          routing_number=item.routing, individual_id=item.individual_id,
                          individual_name=item.name, effective_date=batch.effective,
                          transaction_code=item.transaction_code, original_rdfi=item.original_rdfi,
                          batch_number=number)
            if item.code.startswith("R"):
                returns.append(ReturnEntry(reason_code=item.code, reason_text=RETURN_REASONS[item.code],
                                           date_of_death=item.date_of_death,
                                           addenda_information=item.info, **common))
            else:
                changes.append(ChangeEntry(change_code=item.code, change_text=CHANGE_REASONS[item.code],
                                           corrected_data=item.corrected.ljust(29), **extra, **common))
    text = ReturnFileText(batches, created=draw(dates), blocked=draw(st.booleans()),
                          newline=draw(st.sampled_from(["\n", "\r\n"])))
    return text, returns, changes


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(files())
def test_generated_files_read_back_exactly(generated):
    text, returns, changes = generated
    result = read_return_file(text.text())
    assert result.returns == tuple(returns)
    assert result.changes == tuple(changes)
    assert all(r.amount.as_tuple().exponent == -2 for r in result.returns + result.changes)
    assert result.total_debit == Decimal(sum(i.cents for b in text.batches for i in b.items
                                             if i.transaction_code[1] == "6")) / 100
    assert result.batch_count == len(text.batches)
    assert result.created_on == text.created


def numeric_fields(lines: list[str]) -> list[tuple[int, int, int]]:
    """(line index, first column, last column) of every amount, count, hash and total."""
    out = []
    for index, line in enumerate(lines):
        if line.startswith("6"):
            out.append((index, 30, 39))
        elif line.startswith("8"):
            out.append((index, 5, 44))
        elif line.startswith("9") and line != "9" * 94:
            out.append((index, 2, 55))
    return out


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(files().filter(lambda f: f[0].batches), st.data())
def test_one_corrupted_amount_count_or_hash_is_read_identically_or_refused_with_its_line(generated, data):
    text = generated[0]
    lines = text.lines()
    original = read_return_file(text.text())
    index, first, last = data.draw(st.sampled_from(numeric_fields(lines)))
    column = data.draw(st.integers(first, last))
    char = data.draw(st.characters() | st.sampled_from("0123456789 \n\r\t"))
    changed = char != lines[index][column - 1]
    lines[index] = put(lines[index], column, char)
    try:
        result = read_return_file("\n".join(lines))
    except ReturnFileError as error:
        assert 1 <= error.line <= len(lines) + 1
        assert str(error).startswith(f"line {error.line}: ") and error.reason
    else:
        assert result == original
        # Every amount, count, hash and total is checked: no real change of one goes unnoticed.
        assert not changed, f"line {index + 1} column {column} changed to {char!r} and was read"


@settings(max_examples=500)
@given(st.text())
def test_any_text_is_refused_or_read_as_empty(text):
    try:
        result = read_return_file(text)
    except ReturnFileError as error:
        assert error.line >= 1 and str(error).startswith(f"line {error.line}: ")
    else:
        assert result.is_empty


@settings(max_examples=300)
@given(st.lists(st.sampled_from(sample_lines()[:18]) | st.text(max_size=100), max_size=25))
def test_shuffled_records_and_noise_are_refused_or_read_never_a_crash(lines):
    try:
        read_lines(lines)
    except ReturnFileError as error:
        assert error.line >= 1


def test_entries_are_plain_frozen_values():
    result = read_return_file(SAMPLE.read_text(encoding="ascii"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.returns[0].amount = Decimal("1.00")  # type: ignore[misc]
    assert isinstance(result.returns, tuple) and isinstance(result.changes, tuple)
    assert issubclass(ReturnFileError, ValueError)
