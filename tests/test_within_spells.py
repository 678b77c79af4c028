"""Within one document, a definite phrase that names a spell of work or a stoppage by its length
("the 16-week shutdown", "its three-week job") refers back to the one length of time the document
gave before it ("out of use for six weeks"), however that length was said (numcheck.spells). It
must stay silent where the phrase names another spell: a part ("the two-week closure of Mill
Lane"), another kind (the works and a closure), one picked out by a clause ("that follows"), one
dated apart ("in 2019") or done against one to come; where two lengths came before it; and where
the lengths agree, in working days too ("two weeks" and "the ten-day closure")."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

from numcheck import extract
from numcheck.spells import restated_spells

# (document, the figure a finding must point at)
A_SPELL_RESTATED_WITH_ANOTHER_LENGTH = [
    ("The Orme Road bridge will shut for eight weeks from 4 May. Drivers were warned of the 80-day closure in "
     "letters sent on Monday.", "80-day"),
    ("Both platforms at Kelby will be out of use for three weeks. Commuters were told of the five-week shutdown "
     "by text.", "five-week"),
    ("Contractors will resurface the promenade over nine months from April. The council's 19-month programme "
     "was agreed in June.", "19-month"),
    ("The pool (14 weeks, from 3 June) will get new changing rooms. Members will swim at Ashby during the "
     "41-week closure.", "41-week"),
    ("Engineers will rewire the theatre over four months. Its 14-month refurbishment will be the first since "
     "1990.", "14-month"),
    # a spell noun that owns the length: a possessive, or an apposition
    ("Length: 18 months. Cost: £6.8 million. Over the scheme's six months, buses will use Mill Lane.\n",
     "six months"),
    ("The ten-week closure of the museum begins in May. The shutdown, for 14 weeks, is its first since 1990.",
     "14 weeks"),
    # the length of the spell, named after it
    ("The trial will run for two years. Patients will be seen monthly for the 18 months of the trial.",
     "18 months"),
    ("Harl swimming pool will close for 14 weeks. Staff will be redeployed during the 10 weeks of the closure.",
     "10 weeks"),
    # a modal after the phrase is its predicate's, not a plan for the spell
    ("The council will close Harl Street for 18 months. Traders say the 52-week scheme could force five shops "
     "to shut.", "52-week"),
    ("The bridge will close for eight weeks. Engineers fear the 12-week closure could cost traders £2m.",
     "12-week"),
    # the spell told as the subject of a verb of lasting, where the earlier sentence names its kind or verb
    ("The repairs took nine weeks. \"The refurbishment took three months and cost every penny we had,\" said "
     "the owner.", "three months"),
    ("Builders spent 14 months renovating the chapel. The renovation, which lasted 20 months, "
     "uncovered a medieval wall painting.", "20 months"),
    ("The £1.2 million overhaul of the lighthouse lamp took 11 weeks. The overhaul lasted 17 weeks, the keeper's "
     "log shows.", "17 weeks"),
    # ... or a spell to come: the closure of a thing that closes, the work a phrase names
    ("The keep will close for 14 months from 2 November. The closure will last 12 months.", "12 months"),
    ("Harl Street will shut for six weeks in May. The shutdown is due to last nine weeks, traders were told.",
     "nine weeks"),
    ("The 14-month repair of the keep starts in May. The repair will take 41 months.", "41 months"),
    # a fact box's duration line: the story's one spell, however the text named it
    ("The runway will be resurfaced over 18 weeks, with the work done at night.\n\n| Runway works | |\n"
     "|---|---|\n| Start | 2 February |\n| Duration | 13 weeks |\n", "13 weeks"),
    ("Mill Lane bridge will close for 18 weeks from May while its deck is replaced.\n\nThe works in brief:\n"
     "- Duration: 13 weeks\n- Cost: £4 million\n", "13 weeks"),
    ("The abbey organ is being rebuilt in a workshop in Durham, a restoration that will take 14 months.\n\n"
     "- Length of the project: 18 months\n- Pipes: 2,400\n", "18 months"),
]  # fmt: skip

ANOTHER_SPELL_OR_THE_SAME_LENGTH = [
    # a part of it, or another kind of spell
    "The bypass will take two years to build. The two-week closure of Mill Lane starts in March.",
    "Kelby swimming pool will close for 14 weeks from June. Swimmers face the 4-week closure of the learner pool.",
    "The works will take 18 months. The six-week closure will start in June.",
    "Repairs to the pier will take nine months. Anglers face the six-week shutdown of the jetty in May.",
    # picked out by a clause, dated apart, or done against one to come
    "The survey took 18 months. The 12-month trial that follows will start in June.",
    "The hall shut for three months in 2019. The six-month closure will be its longest.",
    "The survey took 18 months. The 12-month trial will start in June.",
    # what the spell noun owns is a part of it, or another spell, or the same length
    "The works will take 18 months. The scheme's six months of night working start in May.",
    "The line will close for 18 months. The project's two years of planning cost £4m.",
    "The bypass will take two years to build. Over the closure's first six weeks, buses will use Mill Lane.",
    "The museum will close for six months. Over the closure's 26 weeks, staff will catalogue the collection.",
    # the length of a part of the spell
    "The bridge will close for eight weeks. For the first two weeks of the closure, the footpath stays open.",
    "The works will take 18 months. Residents will be paid for the six months of the works that fall in winter.",
    "The study will run for three years. The two years of the study funded by the council end in May.",
    # a plan or forecast said before the phrase, against what will happen
    "The bridge will close for eight weeks. The council expects the 12-week closure to cost traders £2m.",
    "The bridge will close for eight weeks. The council could impose a 12-week closure if the work overruns.",
    # two lengths before it: which one it restates is not said
    "The line will close for 18 months. Passengers face a 12-month wait, then the six-week closure of the car park.",
    "The road shut for six weeks in spring and for two weeks in summer. The four-week closure cost £2m.",
    # the same length, or the same in working days, or no definite phrase
    "The lifts will be out of use for six weeks. Residents were given notice of the 42-day closure.",
    "The library will be shut for 16 weeks. The 16-week closure starts on Monday.",
    "The school will close for two weeks in February. Parents were told the ten-day closure would let the "
    "boiler be replaced.",
    "The lifts will be out of use for six weeks. A three-week closure of the car park follows in June.",
    # a spell told as the subject of "lasted" names no other: the earlier length's sentence must name it
    "The jury deliberated for 14 hours before its verdict. The trial lasted six weeks.",
    "The ferry crossing takes 90 minutes. The refit, which took 11 weeks, added a lift.",
    "The ground was waterlogged for ten days in March. The repairs took four weeks.",
    # a spell to come of another kind, or a closure done against one to come
    "The keep will close for 14 months from 2 November. The repairs will take 12 months.",
    "The bridge will close for six weeks from May. The resurfacing will take ten days.",
    "The pool closed for 14 weeks in 2024. The closure will last 12 weeks.",
    "The keep will close for 14 months from 2 November. The closure will last 14 months.",
    # a duration line that agrees, or one among two lengths before it
    "The runway will be resurfaced over 18 weeks.\n\n| Runway works | |\n|---|---|\n| Duration | 18 weeks |\n",
    "The bridge will close for six weeks in May and for two weeks in August.\n\n- Duration: 13 weeks\n",
]


@pytest.mark.parametrize(("text", "figure"), A_SPELL_RESTATED_WITH_ANOTHER_LENGTH)
def test_a_definite_spell_with_another_length_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


@pytest.mark.parametrize("text", ANOTHER_SPELL_OR_THE_SAME_LENGTH)
def test_another_spell_or_the_same_length_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


def test_the_pair_is_the_phrase_and_the_one_length_before_it() -> None:
    claims = extract("The bridge will shut for eight weeks. Drivers were warned of the 80-day closure.", "doc.txt")
    assert [(later.text, earlier.text) for later, earlier in restated_spells(claims)] == [("80-day", "eight weeks")]


# A headline that tells a spell ("Two years of roadworks", "50 days without trains") is of the
# lede's one length of time, wherever the lede names what the headline does
A_HEADLINE_SPELL_AGAINST_THE_LEDE = [
    # a headline drops the phrase's article
    ("Harbour crane back at work after 20-week repair\n\nThe repair of the Kelby crane took 14 weeks and cost "
     "£85,000.\n", "20-week"),
    ("Kelby faces 50 days without trains\n\nTrains between Kelby and Orme will stop for six weeks from 2 March, "
     "the operator said.\n", "50 days"),
    ("Three years of repairs for Orme pier\n\nWork on Orme pier will take 30 months from June, the council "
     "said.\n", "Three years"),
    ("Two years of roadworks for Kelby high street\n\nKelby High Street will be dug up for 18 months from "
     "January, the council said.\n", "Two years"),
]  # fmt: skip

A_HEADLINE_SPELL_THE_LEDE_DOES_NOT_TELL = [
    # the lede names a spell of another kind
    "Two years without a pool for Kelby\n\nKelby's new pool will open in May after an 18-month build, the "
    "council said.\n",
    "Kelby faces 50 days without trains\n\nTrains will stop for six weeks from 2 March while the line is rebuilt.\n",
    # nothing the headline says is said in the lede
    "Ten years of roadworks end\n\nThe last section of the bypass opened on Monday after a final six-week "
    "closure of Mill Lane.\n",
    # the same length
    "Kelby faces 42 days without trains\n\nTrains between Kelby and Orme will stop for six weeks from 2 March.\n",
]


@pytest.mark.parametrize(("text", "figure"), A_HEADLINE_SPELL_AGAINST_THE_LEDE)
def test_a_headline_spell_with_another_length_than_the_lede_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


@pytest.mark.parametrize("text", A_HEADLINE_SPELL_THE_LEDE_DOES_NOT_TELL)
def test_a_headline_spell_the_lede_does_not_tell_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
