"""Demo bills: monthly bills, per-service lines and usage readings of one account, in cents.

Usage follows the seasons around an account's own average (summer air conditioning, winter
heating, lawn watering); charges are a base charge plus a rate per block of usage, worked out
in integer cents and rounded half-up. Rows are tuples in demo_town.COLUMNS order.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from cashier_app.ach.banking_days import earliest_draft_date
from cashier_app.models import UNITS
from cashier_app.services.settings import DEFAULTS

DEFAULT_LEAD_BANKING_DAYS = DEFAULTS["drafts.lead_banking_days"]

# Per service: (monthly base charge in cents, cents per block, units per block).
# Electric $0.1185/kWh, water $5.85 and sewer $7.20 per 1,000 gal, gas $1.18/CCF, refuse flat.
RATES = {"electric": (1500, 1185, 100), "water": (1250, 585, 1000), "sewer": (1400, 720, 1000),
         "gas": (1000, 118, 1), "refuse": (1875, 0, 1)}
COMMERCIAL_REFUSE = 3450
# Usage in each month (January first) as a percentage of the account's average month:
# air conditioning peaks electric in summer, heating peaks gas in winter, lawns peak water.
SEASON = {
    "electric": (118, 106, 90, 78, 84, 112, 136, 141, 118, 86, 88, 112),
    "water": (90, 88, 92, 98, 108, 118, 122, 120, 108, 98, 92, 92),
    "gas": (210, 190, 140, 80, 45, 30, 28, 28, 35, 70, 140, 195),
}
_DAY = dt.timedelta(days=1)


class BillMaker:
    """Adds an account's bills to the shared row lists, taking ids from the shared counters."""

    def __init__(self, rng: random.Random, today: dt.date, months: int, stored_date: Callable[[dt.date], Any],
                 rows: dict[str, list[tuple]], ids: dict[str, int], counts: dict[str, int]) -> None:
        self.rng, self.today, self.months, self.date = rng, today, months, stored_date
        self.rows, self.ids, self.counts = rows, ids, counts
        self.schedules: dict[tuple[int, int], tuple] = {}  # a few hundred cycle-day patterns

    def add(self, account_id: int, services: tuple[str, ...], business: bool, months_back: int,
            drafted_on: dt.date | None, *, final: bool) -> tuple[int, int, dt.date | None]:
        """Bills, lines and readings of one account; returns (latest, previous) cents and draft date."""
        if not self.months:
            return 0, 0, None
        randrange, noise = self.rng.randrange, self.rng.getrandbits
        schedule = self._schedule(randrange(1, 29), months_back)
        scale = randrange(300, 1001) if business else 100  # percent of a household's usage
        average = {"electric": randrange(650, 1400) * scale, "water": randrange(2500, 6500) * scale,
                   "gas": randrange(25, 70) * scale}
        refuse = COMMERCIAL_REFUSE if business else RATES["refuse"][0]
        bills, lines, readings = self.rows["bills"], self.rows["bill_lines"], self.rows["usage_readings"]
        bill_id, line_id, reading_id = self.ids["bills"], self.ids["bill_lines"], self.ids["usage_readings"]
        last = len(schedule) - 1
        total = previous = 0
        draft_date = None
        for index, (bill_date, draft_day, bill_v, due_v, draft_v, start_v, end_v, month) in enumerate(schedule):
            previous, total, water = total, 0, 0
            for service in services:
                if service == "refuse":
                    cents = refuse
                else:
                    if service == "sewer":
                        quantity = water  # sewer is billed on the water meter
                    else:
                        # average × season % × noise 85-116 %, with scale % folded into average
                        quantity = average[service] * SEASON[service][month] * (85 + noise(5)) // 1_000_000
                        if service == "water":
                            water = quantity = quantity // 10 * 10  # meters read in tens of gallons
                    base, per_block, block = RATES[service]
                    cents = base + (quantity * per_block + block // 2) // block  # half-up to the cent
                    readings.append((reading_id, account_id, service, start_v, end_v, quantity, UNITS[service]))
                    reading_id += 1
                lines.append((line_id, bill_id, service, cents))
                line_id += 1
                total += cents
            draft_date = draft_day if drafted_on is not None and bill_date >= drafted_on else None
            if draft_date is not None and index == last and not final:
                draft_date = self._latest_draft_date(bill_date, draft_date)
                draft_v = self.date(draft_date)
            bills.append((bill_id, account_id, bill_v, due_v, draft_v if draft_date else None, total,
                          final and index == last))
            bill_id += 1
        self.counts["bills"] += bill_id - self.ids["bills"]
        self.counts["bill_lines"] += line_id - self.ids["bill_lines"]
        self.counts["usage_readings"] += reading_id - self.ids["usage_readings"]
        self.ids.update(bills=bill_id, bill_lines=line_id, usage_readings=reading_id)
        return total, previous, draft_date

    def _latest_draft_date(self, bill_date: dt.date, draft_day: dt.date) -> dt.date:
        """The latest bill's draft date, 3 to 20 days after today and past the default lead time,
        so a supervisor can make a run on the demo at once; spread over the days by the cycle."""
        low = max(self.today + 3 * _DAY, earliest_draft_date(self.today, DEFAULT_LEAD_BANKING_DAYS))
        if draft_day >= low:
            return draft_day
        span = (self.today + 20 * _DAY - low).days + 1
        return low + (bill_date.day * 7 % span) * _DAY

    def _schedule(self, day: int, months_back: int) -> tuple:
        """Per month, oldest first: bill date, draft day, then the stored bill, due and draft dates,
        period start and end, and the season index of the usage."""
        key = (day, months_back)
        if key not in self.schedules:
            # The latest bill date on this cycle day that is before today, then back as asked.
            latest = self.today.year * 12 + self.today.month - 1 - (day >= self.today.day) - months_back
            self.schedules[key] = tuple(self._month(index, day) for index in range(latest - self.months + 1,
                                                                                    latest + 1))
        return self.schedules[key]

    def _month(self, index: int, day: int) -> tuple:
        bill_date = dt.date(index // 12, index % 12 + 1, day)
        previous = dt.date((index - 1) // 12, (index - 1) % 12 + 1, day)
        start = previous - 3 * _DAY  # the day after last month's reading
        end = bill_date - 4 * _DAY  # meters are read a few days before the bill is printed
        draft_day = bill_date + 15 * _DAY
        stored = (self.date(d) for d in (bill_date, bill_date + 20 * _DAY, draft_day, start, end))
        return (bill_date, draft_day, *stored, (start + 15 * _DAY).month - 1)
