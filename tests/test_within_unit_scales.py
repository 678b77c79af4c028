"""Within one document: one number given in two units of one system far apart in size ("3,600 tonnes"
of grain, then "3,600 kilograms"; "1,260 hours" and "1,260 days"), and a bound copied into another
unit system ("no more than 25 mph", then "25 km/h"). Rows that must stay silent: lengths (heights
and distances at every scale), numbers said of many things ("10 hours", "2 days", a time of two
digits, a bound), hedges, stated conversions, two units close in size, and one unit."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
SLIPS = [
    # mass
    ("Harlow Mills grinds 3,600 tonnes of grain a year. The 3,600 kilograms of grain come from farms in three "
     "counties.", "3,600 kilograms"),
    # time
    ("The Fenby pumping station ran on diesel for 1,260 hours last winter. Its 1,260 days on diesel cost "
     "£80,000.", "1,260 days"),
    # power
    ("The Kelby battery store can deliver 36 megawatts. At 36 kilowatts it could power every home in the town "
     "for an hour.", "36 kilowatts"),
    # area
    ("Orley Moor nature reserve covers 275 hectares. Its 275 square kilometres of heath are grazed by ponies.",
     "275 square kilometres"),
    # volume
    ("The tanker Ebba carried 460 cubic metres of diesel. The 460 litres it carried were pumped ashore by "
     "the fire service.", "460 litres"),
    # a bound copied across unit systems
    ("Buses on Mill Road must travel at no more than 25 mph. The 25 km/h limit starts on Monday.", "25 km/h"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), SLIPS)
def test_one_number_in_two_units_far_apart_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


CLEAN = [
    # lengths: heights, depths and distances at every scale
    "The Corby lighthouse is 36 metres tall. It stands 36 km from the nearest town.",
    # numbers said of many things, or with one significant digit
    "The ferry takes 2 hours to cross. Tickets must be bought 2 days ahead.",
    "The lab stores 10 kilograms of each sample. Its freezers hold 10 tonnes in all.",
    "Harlow Mills grinds 3,000 tonnes of grain a year, and each sack holds 3,000 grams of flour.",
    # a length of time of two digits, and a bound, are shared by chance
    "Patients waited an average of 36 minutes, double the 18-minute target. Fewer than 9,000 had been waiting "
    "more than 18 months for surgery.",
    "The survey ran for 24 hours. Results will be published within 24 days.",
    # a hedge is not a number copied
    "The tanker Ebba carried about 460 cubic metres of diesel. The 460 litres it carried were pumped ashore.",
    # two periods: a rate and a total are two quantities
    "The plant burns 120 tonnes of wood a day and 120 kilograms of coal a week.",
    # a stated conversion
    "Orley Moor covers 275 hectares (2.75 square kilometres). Its 2.75 square kilometres of heath are grazed.",
    # two units close in size, and one unit
    "The course lasts 14 days. Trainees then work 14 weeks on site.",
    "Harlow Mills grinds 3,600 tonnes of grain a year. The 3,600 tonnes come from farms in three counties.",
]  # fmt: skip


@pytest.mark.parametrize("text", CLEAN)
def test_other_numbers_in_other_units_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
