"""Within one document, what frames a figure is said in its own clause, and a sum said after its
parts adds up the sentences that lead into it:
- a period in another clause ("since 1776, and the £1.3 million restoration") or another figure's
  rate ("7 weeks" against "Seven days ... on £26,000 a year") does not make a figure a period's amount;
- a noun that picks one of a set ("the favourite at 620 packets") restates no total;
- a total said with sum words adds a run of one-figure sentences before it, passing over
  sentences of dates only; "the fund's £1.1 million total", "The total raised now stands at",
  "Total £520,000" and a sentence opening on "Altogether" say a sum; a list whose last part is
  qualified by a figure ("32 seniors over 65") may overlap, so says no total;
- a length written on its noun ("the seven-day firing") is that thing's length even where a figure of
  something else ends its clause ("for the 14 stokers");
- a plain count whose noun is the subject of an act ("Around 160 pupils travel by bus") is some of
  the whole the document counts, not all of it;
- a figure that differs from another by a third the document states is worked from them, not a
  restatement ("drop five of its 23 routes", then "keep 18 routes");
- a typing slip between two figures whose clauses name two bodies still counts when each sentence
  names the other's body too ("Arts Council grant" and "£2.4 million from Arts Council England")."""

from __future__ import annotations

import pytest
from one_document import flags

_FLAGGED = [
    # a period in the clause before, across ", and"
    "A £1.8 million restoration of the mill is complete. The mill has stood on the estuary since 1776, and the "
    "£1.3 million restoration has left the trust with no reserves.",
    "The £640,000 refit of the pavilion is finished. The club has played there since 1921, and the £460,000 refit "
    "was paid for by members.",
    # a sum said after one-figure sentences
    "Quarry jobs lost: 48. Office staff: 17. A total of 75 jobs will go by June.",
    "Closure date: 30 June. Kiln workers affected: 90. Drivers affected: 25. In all, 125 staff will be made redundant.",
    # a scale slip whose sentences name each other's funder
    "Hexham Abbey is to receive £2.7 million from the National Heritage Fund.\n- Heritage Fund grant: £270,000\n"
    "- new rooms: 6",
    "Tarrow Mill will get £4.8 million from Arts Council England, it said on Monday.\n- Arts Council award: £480,000\n"
    "- studios: 12",
    # another figure's rate is no period of the spell
    'The strike at the depot, which began on 9 January, lasted 7 weeks. "Seven days without pay is hard for drivers '
    'on £26,000 a year," said the branch secretary.',
]

_FLAGGED_SUMS = [
    # a total said by "total" after its figure, by "the total ... stands at", by a fragment's "Total"
    "The harbour fund has £610,000 from the port trust, £240,000 from the council and £95,000 from local firms. "
    "The fund's £1.1 million total will pay for a new slipway.",
    "Gifts to the chapel roof reached £38,000, alongside £52,000 from a trust and £17,000 from the diocese. The "
    "total raised now stands at £125,000.",
    "Lido appeal: lottery £312,000, council £124,000, public £45,000. Total £520,000. Work starts in May.",
    # a sentence that opens on "Altogether"
    "The gallery got £215,000 from the Arts Council and £150,000 from a trust. Altogether the gallery has £412,000 "
    "for its extension.",
]

_FLAGGED_LENGTHS = [
    # a length written on its noun twice, though a figure of something else follows in the clause
    "The five-day firing of the kiln ended on Friday. Completion of the seven-day firing was celebrated with a "
    "supper for the 14 stokers.",
    "The three-week closure of the baths starts on Monday. The four-week closure will cost the club about £900 "
    "in lost fees.",
]

_SILENT = [
    # a period in the figure's own clause still frames it
    "The trust spent £1.3 million on the mill. Since 2019 it has spent £1.8 million on the estate.",
    # one of a set is not the whole
    "Members borrowed 3,600 packets this year. The library stocks 48 varieties, and tomatoes were the favourite "
    "at 620 packets.",
    "The shop sold 9,400 books in 2024, and the best seller was a local history at 780 copies.",
    # parts that add up
    "Quarry jobs lost: 48. Office staff: 17. A total of 65 jobs will go by June.",
    # the same totals, right
    "The harbour fund has £610,000 from the port trust, £240,000 from the council and £95,000 from local firms. "
    "The fund's £945,000 total will pay for a new slipway.",
    "Lido appeal: lottery £312,000, council £124,000, public £45,000. Total £481,000. Work starts in May.",
    # a list's total item sums the whole list, whose items are not read one figure each
    "Sentences handed down on Friday:\n- Dean Hale, 41: 14 years\n- Lee Cobb, 33: 12 years\n"
    "- Four others: 10, 9, 7 and 4 years\n- Total: 56 years",
    # the rest, worked from a whole and a part the document states
    "The airline will drop five of its 23 routes from the airport in October. It will keep 18 routes and move "
    "two planes elsewhere.",
    "The trust is selling 40 of its 310 acres. The remaining 270 acres will stay as farmland.",
    # a listed part qualified by a figure may overlap the others: what the list covers is unsaid
    "Membership stands at 312: 204 adults, 76 juniors and 32 seniors over 65. Subscriptions rise in January.",
    "The ward has 48 beds: 30 for surgery, 12 for medicine and 6 for patients over 80.",
    # a sentence of several figures before a run of one-figure sentences is not of the run
    "The firm employs 300 people in Leeds and 120 in York. Drivers: 40. In total, 52 jobs will go.",
    # a plain count whose noun does something is some of the whole, not all of it
    "The school has 1,150 pupils, 180 of them in the sixth form. Around 160 pupils travel by bus, and the "
    "council pays £210,000 a year for the service.",
    "The club has 420 members. About 90 members swim in the sea all winter, and the club pays £300 a year for the hut.",
    # a length named on a kind of thing, with its own price right after the noun
    "Five-year deals average 5.5%. The two-year deal costs 6.9%.",
    # names in each clause that neither sentence shares: two grants
    "The Baring Trust gave the museum £3.6 million for its galleries. The Lund Fund grant of £360,000 pays for "
    "the shop.",
]


@pytest.mark.parametrize("text", _FLAGGED + _FLAGGED_SUMS + _FLAGGED_LENGTHS)
def test_flagged(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", _SILENT)
def test_silent(text: str) -> None:
    assert flags(text) == [], text
