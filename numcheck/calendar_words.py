"""The names of the days of the week and of the months, in order: read by extraction, keyed by timing."""

from __future__ import annotations

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
MONTH_NUMBERS = {month.lower(): number for number, month in enumerate(MONTHS, start=1)}  # "june" -> 6
# Calendar periods an amount or a count may be given per, in days: "£250,000 a year" is "£20,800 a
# month" and "£4,800 a week". Not a day or an hour: a day's rate is as often a working day's.
CALENDAR_PERIOD_DAYS = {"week": 7.0, "fortnight": 14.0, "month": 365 / 12, "quarter": 365 / 4, "year": 365.0}
