"""Unit symbols and words of news copy: engines, power, frequency, torque, pollution, primes, points."""

from __future__ import annotations

import pytest

import numcheck

# (sentence, claim text, kind, value, unit)
UNITS = [
    ("The screen refreshes at 120Hz.", "120Hz", "measure", 120, "hertz"),
    ("The boxer came in at 11 st for the fight.", "11 st", "measure", 11, "stone"),
    ("He weighed 9 st 4 lb at his heaviest.", "9 st 4 lb", "measure", 9 + 4 / 14, "stone"),
    ("The chip samples audio at 48 kHz.", "48 kHz", "measure", 48, "kilohertz"),
    ("The grid runs at 50 Hz across Europe.", "50 Hz", "measure", 50, "hertz"),
    ("The charger delivers 65W, enough for a laptop.", "65W", "measure", 65, "watt"),
    ("The cyclist averaged 380 W over the climb.", "380 W", "measure", 380, "watt"),
    ("The motor is rated at 110 kW.", "110 kW", "measure", 110, "kilowatt"),
    ("The hard drive spins at 7,200 rpm.", "7,200 rpm", "measure", 7200, "revolutions_per_minute"),
    ("The engine idles at 800 RPM.", "800 RPM", "measure", 800, "revolutions_per_minute"),
    ("The car produces 1,000 bhp from its hybrid engine.", "1,000 bhp", "measure", 1000, "horsepower"),
    ("The truck's engine makes 500 hp.", "500 hp", "measure", 500, "horsepower"),
    ("The 1200 hp engine runs on hydrogen.", "1200 hp", "measure", 1200, "horsepower"),
    ("The V8 delivers 580 PS.", "580 PS", "measure", 580, "metric_horsepower"),
    ("The engine makes 650 Nm of torque.", "650 Nm", "measure", 650, "newton * meter"),
    ("It produces 520 lb-ft of torque.", "520 lb-ft", "measure", 520, "foot * force_pound"),
    ("It produces 420 pound-feet of torque.", "420 pound-feet", "measure", 420, "foot * force_pound"),
    ("The pipe withstands 80 ksi.", "80 ksi", "measure", 80, "kip_per_square_inch"),
    ("Tyres are inflated to 32 psi.", "32 psi", "measure", 32, "pound_force_per_square_inch"),
    ("Lead levels of 15 ppm were found.", "15 ppm", "measure", 15, "ppm"),
    ("Ozone reached 85 ppb in the city.", "85 ppb", "measure", 85, "ppb"),
    ("The fever peaked at 104 degF.", "104 degF", "measure", 104, "degree_Fahrenheit"),
    ("The serve was clocked at 142 m.p.h. on Sunday.", "142 m.p.h.", "measure", 142, "mile / hour"),
    ("A 5 day trip to the coast costs £300.", "5 day", "measure", 5, "day"),
    ("The ward was shut for 45 days last winter.", "45 days", "measure", 45, "day"),
    ("The phone has a 4,000 mAh battery.", "4,000 mAh", "measure", 4000, "milliampere_hour"),
    ("The power bank stores 20,000mAh.", "20,000mAh", "measure", 20000, "milliampere_hour"),
    ("The free plan includes 100 mb of storage.", "100 mb", "measure", 100, "megabyte"),
    ("The storm's central pressure fell to 950 mb.", "950 mb", "measure", 950, "millibar"),
    ("The solar park covers 1840 sq m of roof.", "1840 sq m", "measure", 1840, "meter ** 2"),
    ("The keeper stands 6' 5\" tall.", "6' 5\"", "measure", 6 + 5 / 12, "foot"),
    ("The suspect is 5′10″ tall.", "5′10″", "measure", 5 + 10 / 12, "foot"),
    ("The display is rated for 1,600 nits.", "1,600 nits", "measure", 1600, "nit"),
    ("The bank cut its rate by 25 basis points.", "25 basis points", "change", 25, "basis_point"),
    ("Spreads widened by 40 bps over the week.", "40 bps", "change", 40, "basis_point"),
    ("The old modem managed 56,000 bps on a good line.", "56,000 bps", "measure", 56000, "bit / second"),
    ("The Dow shed 240 points, or 0.7%, on Friday.", "240 points", "change", 240, "index_point"),
    ("The FTSE 100 closed at 7,388 points.", "7,388 points", "measure", 7388, "index_point"),
    ("The Nasdaq added 85 points in late trade.", "85 points", "change", 85, "index_point"),
    ("Support for the party fell 3 points to 29%.", "3 points", "change", 3, "percentage_point"),
    ("The index's poll lead narrowed by 4 points in the survey.", "4 points", "change", 4, "percentage_point"),
    ("A 6.2-magnitude earthquake shook the coast.", "6.2-magnitude", "measure", 6.2, "seismic_magnitude"),
    ("The 5.4 magnitude tremor was felt inland.", "5.4 magnitude", "measure", 5.4, "seismic_magnitude"),
    ("The quake measured 7.3 on the Richter scale.", "7.3 on the Richter scale", "measure", 7.3, "seismic_magnitude"),
    ("A magnitude 7.1 earthquake hit the island in 2004.", "7.1", "measure", 7.1, "seismic_magnitude"),
    ("A shallow magnitude 6 quake struck at dawn.", "6", "measure", 6, "seismic_magnitude"),
    ("The tremor, of magnitude 4.9, damaged chimneys.", "4.9", "measure", 4.9, "seismic_magnitude"),
    ("Refunds take 10 working days.", "10 working days", "measure", 10, "working_day"),
    ("Cartridges arrive within 2 working weeks.", "2 working weeks", "measure", 2, "working_week"),
    ("Orders ship in 3 business days.", "3 business days", "measure", 3, "working_day"),
]

# (sentence, a unit that must not be read there)
NOT_UNITS = [
    ("The firm moved to 350 W 42nd Street last year.", "watt"),
    ("She lives at 12 W Main St.", "watt"),
    ("The firm was founded in 1987 as a trading house.", "attosecond"),
    ("In 1998 was the last time the side won.", "attosecond"),
    ("The team scored 98 points in the game.", "index_point"),
    ("Support for the party fell 3 points to 29%, the poll found.", "index_point"),
    ("He said 'it was 5' and left.", "foot"),
    ("The update is 100 mb and installs in a minute.", "millibar"),
    ("Scientists said 3 quakes of that magnitude hit the region each year.", "seismic_magnitude"),
    ("An order of magnitude more energy, 32 times as much, was released.", "seismic_magnitude"),
    # "day" in a compound noun counts tickets, trips or patients, not days
    ("The park sold 7,100 day passes over the summer.", "day"),
    ("Coach firms ran 40 day trips to the coast.", "day"),
    ("The ward treats 45 day patients a week.", "day"),
    ("The club sold 500 season tickets and 2,000 day tickets.", "day"),
    ("The town had 1.2 million day visitors last year.", "day"),
    ("The council runs 3 day nurseries and 2 day centres.", "day"),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "unit"), UNITS)
def test_news_units(sentence: str, text: str, kind: str, value: float, unit: str) -> None:
    claims = {claim.text: claim for claim in numcheck.extract(sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    claim = claims[text]
    assert (claim.kind.value, claim.value, claim.unit) == (kind, pytest.approx(value), unit)


@pytest.mark.parametrize(("sentence", "unit"), NOT_UNITS)
def test_no_unit_where_the_letters_mean_something_else(sentence: str, unit: str) -> None:
    assert unit not in [claim.unit for claim in numcheck.extract(sentence)]


def test_a_year_before_as_is_a_date() -> None:
    (claim,) = numcheck.extract("The firm was founded in 1987 as a trading house.")
    assert claim.kind.value == "date"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [("The trust's estate extends to 450 ha.", "450 ha"), ("The 3 ha site will hold 40 homes.", "3 ha")],
)
def test_ha_after_a_figure_is_hectares(sentence: str, text: str) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert found.unit == "hectare"


def test_torque_is_compared_with_torque_not_with_energy() -> None:
    """pint files a newton metre under energy; a motor's torque and its battery's capacity are not
    one quantity, but pound-feet and newton metres of torque are."""
    from numcheck.documents import document_from_string
    from numcheck.engine import check_documents

    claims = {
        c.text: c for c in numcheck.extract("The motor gives 65 Nm; the battery holds 500 Wh. It makes 48 lb-ft.")
    }
    assert claims["65 Nm"].dimension == claims["48 lb-ft"].dimension != claims["500 Wh"].dimension
    text = "The Veloce's motor gives 65 Nm of torque. Its battery holds 500 Wh."
    assert not check_documents([document_from_string(text, "spec.md")]).findings


# "points" are a score in a game, percentage points in a poll, index points after an index
POINTS = [
    ("Dunmore came back from 17-10 down at the break to win by seven points.", "seven points", "count", None),
    ("Kilbride managed only seven points after half-time.", "seven points", "count", None),
    ("Fly-half Ciaran Lowe kicked 11 points, three penalties and a conversion.", "11 points", "count", None),
    ("The party's support fell 3 points to 29%.", "3 points", "change", "percentage_point"),
    ("Labour's lead in the poll rose 4 points after the match-fixing scandal.", "4 points", "change",
     "percentage_point"),
    ("The Dow shed 240 points on Friday.", "240 points", "change", "index_point"),
    # a player's or a side's tally, with no game word but its others: a count of points
    ("Okafor finished with 22 points and 9 rebounds.", "22 points", "count", None),
    ("Harlow ended the season on 64 points, two clear of Selby.", "64 points", "count", None),
    ("Ruiz added 17 points and six assists off the bench.", "17 points", "count", None),
    ("The Greens finished on 31 points in the latest poll.", "31 points", "change", "percentage_point"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "kind", "unit"), POINTS)
def test_points_by_what_the_sentence_is_about(sentence: str, text: str, kind: str, unit: str | None) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert (found.kind.value, found.unit) == (kind, unit)


# a game's points are what the count counts: its noun and the head its evidence is about
@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Okafor finished with 22 points and 9 rebounds.", "22 points"),
        ("Kilbride managed only seven points after half-time.", "seven points"),
        ("Harlow ended the season on 64 points, two clear of Selby.", "64 points"),
    ],
)
def test_a_game_s_points_are_the_count_s_noun_and_head(sentence: str, text: str) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert found.noun == "points" and found.evidence is not None and found.evidence.head == "point"
