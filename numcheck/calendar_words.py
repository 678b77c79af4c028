"""The names of the days of the week and of the months, in order: read by extraction, keyed by timing."""

from __future__ import annotations

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
MONTH_NUMBERS = {month.lower(): number for number, month in enumerate(MONTHS, start=1)}  # "june" -> 6
