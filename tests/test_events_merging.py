"""One event per fact (issue 11, point 5): repeats merge, distinct facts stay apart.

Articles are written for these tests, in the styles of several outlets."""
from __future__ import annotations

from test_events_types import _events


def test_two_triggers_of_one_fact_in_a_sentence_are_one_event():
    """Readout style: 'commitment to expanding collaboration' is one planned cooperation."""
    evs = [e for e in _events("Mr. Sullivan emphasized U.S. commitment to expanding security collaboration with "
                              "Thailand.") if e.type == "cooperation"]
    assert len(evs) == 1
    assert evs[0].status == "planned"


def test_a_deployment_repeated_in_the_body_is_one_event():
    """Wire style: the lead and a later paragraph report the same deployment."""
    text = ("Kenya will deploy 1,000 police officers to Haiti, the interior minister said on Tuesday.\n"
            "The deployment of the Kenyan police officers to Haiti will start in January, officials said.")
    evs = [e for e in _events(text) if e.type == "deployment"]
    assert len(evs) == 1
    assert {"country:KEN", "country:HTI"} <= set(evs[0].actors + evs[0].targets)


def test_meetings_with_different_counterparts_stay_apart():
    """'Met with the IMF, then with President Trump': two meetings, not one."""
    text = ("Greek Prime Minister Kyriakos Mitsotakis met with Turkish President Recep Tayyip Erdogan in Ankara on "
            "Monday.\nOn Tuesday Mitsotakis met with French President Emmanuel Macron in Paris.")
    meetings = [e for e in _events(text) if e.type == "meeting"]
    assert len(meetings) == 2


def _meeting(when: str | None, sentence: str):
    from pactwatch.model import Event, Evidence

    return Event("meeting", "occurred", ("country:CYP",), ("country:GRC", "country:ISR"), when=when,
                 evidence=Evidence(sentence=sentence, clean_start=len(sentence), clean_end=2 * len(sentence)))


def test_meetings_of_the_same_parties_on_different_dates_stay_apart():
    """Dawn/Kathimerini style background: the 2016 trilateral summit is not the 2019 one."""
    from pactwatch.events import merge_events

    a = _meeting("2016-01-28", "Cyprus, Greece and Israel held a trilateral meeting in Nicosia on January 28, 2016.")
    b = _meeting("2019-03", "The leaders of Cyprus, Greece and Israel met again in Jerusalem in March 2019.")
    c = _meeting("2019", "The Jerusalem summit of Cyprus, Greece and Israel in 2019 backed the pipeline.")
    d = _meeting(None, "The three leaders also met on the sidelines of the UN General Assembly.")
    merged = merge_events([a, b, c, d])
    assert [e.when for e in merged] == ["2016-01-28", "2019-03"]  # 2019 is within March 2019; no date is any date


def test_the_words_that_name_an_agreement_are_one_list():
    """The events stage and the cross-document stages read the same nouns (data/agreements.json)."""
    import json
    from importlib import resources

    from pactwatch.crossdoc.stages import _stage_lexicon
    from pactwatch.events.lexicon import agreement_nouns

    data = json.loads(resources.files("pactwatch.data").joinpath("agreements.json").read_text(encoding="utf-8"))
    assert agreement_nouns() == frozenset(data["nouns"])
    nouns_rx = _stage_lexicon()[2]
    assert all(nouns_rx.fullmatch(w) for w in agreement_nouns())
    assert {"treaty", "memorandum", "article"} <= agreement_nouns()


def _agreement(trigger: str, sentence: str, agreement: str | None = None, start: int = 0):
    from pactwatch.model import Event, Evidence

    return Event("agreement", "occurred", ("country:USA",), ("country:SGP",), agreement=agreement, trigger=trigger,
                 evidence=Evidence(sentence=sentence, clean_start=start, clean_end=start + len(sentence)))


def test_agreements_listed_in_a_fact_sheet_stay_apart():
    """White House fact sheet style: an MOU and a framework signed the same day are two agreements; the MOU
    named again ('the memorandum') is one."""
    from pactwatch.events import merge_events

    mou = _agreement("MOU", "The two sides finalized an MOU on cyber security.", start=0)
    framework = _agreement("Framework", "They also signed a Framework on critical minerals.", start=60)
    again = _agreement("MOU", "The MOU will expand information sharing.", start=120)
    assert [e.trigger for e in merge_events([mou, framework, again])] == ["MOU", "Framework"]
    named = [_agreement("Treaty", "The New START Treaty expires.", "agreement:new-start", 0),
             _agreement("Treaty", "The CFE Treaty was suspended.", "agreement:cfe-treaty", 40)]
    assert len(merge_events(named)) == 2


def test_an_agreement_named_again_is_the_agreement_reported():
    """Kathimerini style: the border agreement reported once, then named again ('denounced the border agreement
    again', 'called the border agreement null and void'), is one agreement; a company's letter of intent none."""
    text = ("Turkey and Libya signed a maritime border agreement in Istanbul on November 27.\n"
            "Later on Tuesday Mitsotakis met with President Trump, where he denounced the border agreement again.\n"
            "Earlier that day, the Greek gas producer Energean signed a letter of intent to sell gas to Italy.")
    agreements = [e for e in _events(text) if e.type == "agreement"]
    assert len(agreements) == 1
    assert set(agreements[0].actors + agreements[0].targets) == {"country:TUR", "country:LBY"}


def test_a_named_earlier_meeting_is_not_the_meeting_of_the_readout():
    """Readout style: 'met today' and 'discussed' are one meeting; 'Defense Policy Talks' they welcomed are another
    one between the same leaders. 'The Lima meeting in May' is named by its city, which is where it met, not a side
    of it (a capital since the gazetteer knows Lima): with its sides only implied it is no event, and never a meeting
    of Peru alone."""
    text = ("President Gabriel Boric of Chile met today with President Dina Boluarte of Peru in Santiago.\n"
            "The two leaders discussed border security and regional trade.\n"
            "Building on the Lima meeting in May, Chile and Peru agreed to expand cooperation on maritime security.\n"
            "The leaders welcomed the resumption of the Chile-Peru Defense Policy Talks.")
    meetings = [e for e in _events(text) if e.type == "meeting" and {"country:CHL", "country:PER"} <= set(
        e.actors + e.targets)]
    assert len(meetings) == 2, [(e.trigger, e.evidence.sentence[:40]) for e in meetings]
    assert not [e for e in _events(text) if e.type == "meeting" and e.actors + e.targets == ("country:PER",)]


def test_one_summit_named_twice_is_one_meeting():
    """Wire style: 'the 9th summit' and 'the Astana summit' with no other name in between are one meeting."""
    text = ("Kazakhstan hosted the 9th summit of the Shanghai Cooperation Organisation, where Tokayev proposed "
            "joint exercises.\nAt the Astana summit of the Shanghai Cooperation Organisation, leaders also "
            "discussed border security.")
    meetings = [e for e in _events(text) if e.type == "meeting"]
    assert len(meetings) == 1, [(e.trigger, e.evidence.sentence[:40]) for e in meetings]


def test_a_comment_on_the_drills_is_the_drills_reported():
    """Wire style: later sentences only comment on the drills of the lead (what they are not aimed at, how long
    they last); they are the same fact, with the lead's parties, whatever their own status or names."""
    text = ("China and Russia began joint naval drills in the East China Sea on Monday.\n"
            "The drills are not aimed at any third party, the Chinese defence ministry said.\n"
            "The exercise is scheduled to last until the end of May, according to Beijing.")
    evs = [e for e in _events(text) if e.type == "exercise"]
    assert len(evs) == 1
    assert {"country:CHN", "country:RUS"} == set(evs[0].actors + evs[0].targets)
    assert evs[0].status == "occurred"


def test_another_exercise_named_or_told_as_next_stays_apart():
    """Dawn/Delfi style: 'the Vostok exercise', 'the next joint exercises' are other exercises."""
    text = ("Azerbaijan and Turkey held joint military exercises near Baku in April.\n"
            "The next joint exercises of Azerbaijan and Pakistan are planned for the autumn.\n"
            "The Zapad exercise of Russia and Belarus will begin in September.")
    evs = [e for e in _events(text) if e.type == "exercise"]
    assert len(evs) == 3


def test_a_denied_attack_and_the_attack_told_in_one_sentence_stay_two_facts():
    """Wire style: 'the ministry denied attacking civilians during the air strikes on Kobani': the strikes took
    place (occurred), the attack on civilians is denied by the ministry; one sentence, two facts."""
    from pactwatch.events import merge_events
    from pactwatch.model import Event, Evidence

    sentence = "The Turkish defence ministry denied attacking Syrian civilians during the air strikes on Kobani."
    ev = Evidence(sentence=sentence, clean_start=40, clean_end=40 + len(sentence))
    denied = Event("conflict", "denied", ("country:TUR",), ("country:SYR",), evidence=ev, trigger="attacking",
                   asserted_by="org:turkish-defense-ministry")
    strikes = Event("conflict", "occurred", ("country:TUR",), ("country:SYR",), evidence=ev, trigger="strikes")
    assert sorted(e.status for e in merge_events([denied, strikes])) == ["denied", "occurred"]
    # a plan and its trigger word in one sentence are still one fact ("commitment to expanding cooperation")
    planned = Event("cooperation", "planned", ("country:TUR",), ("country:SYR",), evidence=ev, trigger="commitment")
    told = Event("cooperation", "occurred", ("country:TUR",), ("country:SYR",), evidence=ev, trigger="cooperation")
    assert [e.status for e in merge_events([planned, told])] == ["planned"]
