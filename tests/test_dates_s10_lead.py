"""When an event happened (tenth session, lead): a month told without its year takes the tense of the clause it
opens when nothing before it in that clause gives one ("In January, the ministers signed ..." in an October article
is last January, "In January the two sides will sign" next January); the period a noun covers ("a plan of military
cooperation for 2026") dates that noun's own event but not the signing told with another time in the same sentence.
Sentences invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

from pactwatch.dates import when_for

OCTOBER = date(2025, 10, 14)


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("In January, the two defence ministers signed a memorandum on air defence.", "signed", "2025-01"),
    ("Back in February the navies held their first joint patrol in the Gulf.", "held", "2025-02"),
    ("In January the two sides will sign the accord on military training.", "sign", "2026-01"),
    ("On December 3 the coast guards held a joint search-and-rescue drill.", "held", "2024-12-03"),
    ("On December 3 the coast guards will hold a joint search-and-rescue drill.", "hold", "2025-12-03"),
    # a later clause's tense is another clause's: the date goes with "would send"
    ("Lindqvist said Sweden would send around 600 soldiers to Finland for the first drill of the formation in "
     "March, and that Norway had also offered troops.", "send", "2026-03"),
    # a cue before the month still decides
    ("The ministers met in February and agreed to hold drills.", "met", "2025-02"),
])
def test_a_month_without_its_year_takes_the_tense_of_its_clause(sentence, trigger, expected):
    i = sentence.index(trigger)
    assert when_for(sentence, (i, i + len(trigger)), OCTOBER) == expected


WIRE = "Astana, Oct 12 (Steppe Wire) - "


def test_the_period_a_plan_covers_does_not_date_its_signing():
    found = events_of(WIRE + "Kazakhstan's defence minister and his Chinese counterpart signed a plan of bilateral "
                      "military cooperation for 2026 on Saturday, following talks in Astana.")
    agreement = [e for e in found if e.type == "agreement"]
    # the page is dated Tuesday 6 January 2026 (helpers.WIRE_HEAD): Saturday is the 3rd, the plan's year 2026
    assert agreement and agreement[0].when == "2026-01-03"
    assert [e.when for e in found if e.type == "cooperation"] == ["2026"]


def test_the_period_is_still_the_date_when_the_sentence_gives_no_other():
    found = events_of(WIRE + "Kazakhstan and Kyrgyzstan signed a plan of bilateral military cooperation for 2026, "
                      "the defence ministry said.", "agreement")
    assert found and found[0].when == "2026"
