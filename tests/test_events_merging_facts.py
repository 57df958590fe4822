"""One event per FACT, not one per (type, party) (issue 11, point 5).

A fact sheet lists several facts of one kind between the same two states (deployments to one host, cooperation in
several fields under their own headings): each line is its own fact. A news story that tells one fact again in
later sentences still gives one event. Articles written for these tests, in the styles of a ministry fact sheet,
Reuters, Anadolu and Yonhap."""
from __future__ import annotations

from dataclasses import replace

import pytest
from test_events_types import _events

from pactwatch.events import merge_events
from pactwatch.events.distinct_facts import _listed
from pactwatch.model import Event, Evidence


def _of_type(text: str, etype: str, status: str | None = None) -> list[Event]:
    return [e for e in _events(text) if e.type == etype and status in (None, e.status)]


def _event(sentence: str, start: int, etype: str = "deployment", status: str = "occurred") -> Event:
    return Event(etype, status, ("country:NLD",), ("country:NOR",), trigger=sentence.split()[0].lower(),
                 evidence=Evidence(sentence=sentence, clean_start=start, clean_end=start + len(sentence)))


@pytest.mark.parametrize("sentence, listed", [
    ("BOLSTERING NAVAL TIES: Greece and Egypt agreed to hold more port calls.", True),
    ("Launching the U.S.-Kenya Maritime Partnership: The two countries will patrol the coast together.", True),
    ("Expanding Cooperation on Cyber Defence: Estonia and Finland will share threat data.", True),
    # a speaker's words after a colon are no heading (Yonhap, Anadolu styles)
    ("The ministry said: The two navies will train together in the East Sea.", False),
    ("Defence Minister Yasar Guler told reporters: Turkish troops will stay in Qatar.", False),
    # a dateline or a one-word label is no heading either
    ("Kenya: Police officers will leave for Haiti next week.", False),
    ("Troops will stay in Qatar until 2030, the minister said.", False),
])
def test_a_heading_opens_a_fact_of_its_own(sentence, listed):
    assert _listed(_event(sentence, 0), frozenset()) is listed


def test_lines_of_a_list_are_one_fact_each():
    """Two lines of a fact sheet between the same parties stay apart; the same sentences in running prose merge."""
    a = _event("Deploying a frigate to Norway for the spring.", 100)
    b = _event("Deploying two squadrons of fighter jets to Norway.", 200)
    assert len(merge_events([a, b], frozenset({100, 200}))) == 2
    assert len(merge_events([a, b])) == 1


def test_a_line_of_a_list_does_not_absorb_the_prose_after_it():
    """A fact-sheet line is its own fact: a later sentence of prose is not merged into it, nor it into an earlier one."""
    lead = _event("The Netherlands sent troops to Norway in March.", 0)
    line = _event("Stationing an air defence battery in Norway.", 100)
    after = _event("Dutch forces will stay in Norway for the exercise season.", 200)
    merged = merge_events([lead, line, after], frozenset({100}))
    assert [e.evidence.clean_start for e in merged] == [0, 100]  # the prose after the line merges with the lead


def test_a_fact_sheet_s_deployments_to_one_host_stay_apart():
    """Ministry fact sheet style: three lines, three deployments to the same host."""
    text = ("FACT SHEET: Deepening the Norway-Netherlands Defence Partnership\n"
            "The Netherlands is strengthening deterrence on NATO's northern flank. Dutch actions include:\n\n"
            "Deploying a frigate to Norway for the spring.\n\n"
            "Deploying two squadrons of F-35 fighter jets to Norway for air policing.\n\n"
            "Stationing a Patriot air defence battery in Norway.\n")
    deployments = _of_type(text, "deployment")
    assert len(deployments) == 3
    assert len({e.evidence.sentence for e in deployments}) == 3
    assert all("country:NOR" in e.actors + e.targets for e in deployments)


def test_cooperation_under_two_headings_is_two_facts():
    """Fact sheet style: cooperation in the same field under two headings is two facts, not one."""
    text = ("FACT SHEET: Sweden and Finland Broaden Their Partnership\n"
            "SECURING CRITICAL MINERALS: Sweden and Finland will cooperate on the security of supply of rare earths "
            "and lithium.\n"
            "PROTECTING UNDERSEA CABLES: Sweden and Finland will cooperate on the security of undersea cables in the "
            "Baltic Sea.\n")
    planned = _of_type(text, "cooperation", "planned")
    assert len(planned) == 2
    assert all({"country:SWE", "country:FIN"} <= set(e.actors + e.targets) for e in planned)


def test_a_deployment_told_again_in_the_story_is_one_event():
    """Reuters style: the lead, a later paragraph and the last one tell one deployment."""
    text = ("Rwanda will send 500 soldiers to Mozambique to help fight insurgents, the Rwandan government said on "
            "Friday.\n"
            "The deployment of the Rwandan soldiers to Mozambique will start next week, a government spokesperson "
            "said.\n"
            "Rwanda will send the soldiers to Mozambique at the request of President Filipe Nyusi, the spokesperson "
            "added.\n")
    deployments = _of_type(text, "deployment")
    assert len(deployments) == 1
    assert {"country:RWA", "country:MOZ"} <= set(deployments[0].actors + deployments[0].targets)
    assert deployments[0].status == "planned"


def test_a_restatement_after_a_speaker_s_colon_is_the_same_fact():
    """Anadolu style: a minister's words after a colon are not a heading; the cooperation they repeat is one event."""
    text = ("Türkiye and Azerbaijan will expand their defence industry cooperation, Defence Minister Yasar Guler "
            "said.\n"
            "Guler told reporters: Türkiye and Azerbaijan will expand defence industry cooperation.\n")
    assert len(_of_type(text, "cooperation")) == 1


def test_two_calls_on_the_same_state_are_two_requests():
    """Yonhap style: Seoul urging Pyongyang to stop launches and calling on it to return to talks: two requests."""
    text = ("South Korea urged North Korea to stop its ballistic missile launches, the unification ministry said.\n"
            "South Korea also called on North Korea to return to military talks at the border.\n")
    requests = _of_type(text, "request")
    assert len(requests) == 2
    assert all(e.actors == ("country:KOR",) and e.targets == ("country:PRK",) for e in requests)


def test_the_request_told_again_is_the_request_made():
    """'The request' in a later sentence is the request already reported; a new verb of asking is a new request."""
    asked = Event("request", "occurred", ("country:MDA",), ("country:ROU",), trigger="asked",
                  evidence=Evidence(sentence="Moldova asked Romania for air defence systems.", clean_start=0,
                                    clean_end=46))
    again = Event("request", "occurred", ("country:MDA",), ("country:ROU",), trigger="request",
                  evidence=Evidence(sentence="Romania is studying the request from Moldova, officials said.",
                                    clean_start=50, clean_end=111))
    anew = Event("request", "occurred", ("country:MDA",), ("country:ROU",), trigger="urged",
                 evidence=Evidence(sentence="Moldova also urged Romania to train its pilots.", clean_start=120,
                                   clean_end=167))
    assert [e.trigger for e in merge_events([asked, again, anew])] == ["asked", "urged"]


@pytest.mark.parametrize("sentence, trigger, thing", [
    ("Poland will purchase 180 K2 tanks from South Korea.", "purchase", "tank"),
    ("Canada approved the transfer of additional helicopters to Ukraine.", "transfer", "helicopter"),
    ("Australia agreed to purchase $1.2 billion in unmanned underwater vehicles.", "purchase", "vehicle"),
    ("Ukraine used the air defence systems that Germany delivered.", "delivered", "system"),
    ("The two navies will deepen cooperation on submarine rescue.", "cooperation", "rescue"),
    # a vague object, or a state receiving something, names no thing supplied
    ("The two states will cooperate on matters of maritime security.", "cooperate", None),
    ("Japan will provide the Philippines with radars.", "provide", None),
])
def test_what_a_cooperation_supplies_or_bears_on(nlp, sentence, trigger, thing):
    from pactwatch.events.distinct_facts import object_head

    doc = nlp(sentence)
    assert object_head(next(t for t in doc if t.text == trigger)) == thing


def test_purchases_of_two_kinds_of_weapons_are_two_facts():
    """Defense News style: tanks and howitzers bought from one state, told by one minister: two purchases."""
    text = ("Poland will purchase 180 K2 tanks from South Korea, Defence Minister Mariusz Blaszczak said.\n"
            "Poland will also purchase 212 K9 howitzers from South Korea, Blaszczak said.\n")
    buys = _of_type(text, "cooperation")
    assert len(buys) == 2
    assert all(e.actors == ("country:POL",) and e.targets == ("country:KOR",) for e in buys)


def test_the_same_weapons_told_again_are_one_delivery():
    """Reuters style: 'the systems' delivered in the lead and again later: one delivery."""
    text = ("Germany will deliver IRIS-T air defence systems to Ukraine, Chancellor Olaf Scholz said.\n"
            "Germany will deliver the systems to Ukraine before the end of the month, Scholz said.\n")
    assert len(_of_type(text, "cooperation")) == 1


def test_cooperation_in_a_sector_is_not_the_sectorless_cooperation_before_it():
    """Africanews style: close cooperation on a crisis, then cooperation on maritime security: two facts; the lead's
    "historic partnership" is the relationship the later sentence details: one fact."""
    acts = _of_type("Ghana and Nigeria have worked in close cooperation to end the crisis in the Sahel. Ghana and "
                    "Nigeria also cooperate on maritime security in the Gulf of Guinea.", "cooperation")
    assert [e.sectors for e in acts] == [(), ("security",)]
    partnership = _of_type("President Mahama met President Tinubu in Accra to reaffirm the historic partnership "
                           "between Ghana and Nigeria. Ghana and Nigeria already cooperate on maritime security in the "
                           "Gulf of Guinea.", "cooperation")
    assert len(partnership) == 1 and partnership[0].sectors == ("security",)


def _told(sentence: str, start: int, trigger: str, parties: tuple[str, ...] = ("country:PER", "country:CHL"),
          asserted_by: str | None = None) -> Event:
    return Event("exercise", "planned", parties[:1], parties[1:], trigger=trigger, asserted_by=asserted_by,
                 evidence=Evidence(sentence=sentence, clean_start=start, clean_end=start + len(sentence)))


@pytest.mark.parametrize("sentence, whole", [
    ("Peru and Chile will hold joint naval drills in May.", True),
    ("\"Our navies will train together,\" the admiral said.", True),
    ("The admiral listed what the drills include:", True),  # a colon ends a sentence that introduces a quotation
    ("Peru and Chile to hold joint naval drills", False),  # a headline
    ("and will also hold joint naval drills in May.", False),  # a line cut out of a sentence
    ("\u201cOur navies will hold joint drills in May.", False),  # a quotation's first half
    ("It is a first for both navies,\u201d the admiral said.", False),  # and its second half
])
def test_a_whole_sentence(sentence, whole):
    from pactwatch.events.merging import _whole_sentence

    assert _whole_sentence(sentence) is whole


def test_a_fact_told_twice_keeps_its_clearest_sentence():
    """The evidence of a merged fact is a whole sentence that names its parties, the first of equals."""
    named = {0: frozenset(), 60: frozenset({"country:PER", "country:CHL"}), 140: frozenset({"country:PER",
                                                                                          "country:CHL"})}
    vague = _told("The two navies will hold joint naval drills in May.", 0, "drills")
    clear = _told("Peru and Chile will hold joint naval drills off Arica in May.", 60, "drills")
    again = _told("Peru and Chile will hold the exercise with four frigates.", 140, "exercise")
    merged = merge_events([vague, clear, again], named=named)
    assert len(merged) == 1
    assert merged[0].evidence == clear.evidence and merged[0].trigger == "drills"
    # the first sentence stays when it is as clear as the others
    assert merge_events([clear, again], named=named)[0].evidence == clear.evidence
    # a quotation's first half is no clear evidence, even when it names the parties
    half = _told("\u201cPeru and Chile will hold joint naval drills in May.", 0, "drills")
    later = _told("The two navies will hold joint naval drills in May.", 80, "drills")
    assert merge_events([half, later], named={0: named[60]})[0].evidence == later.evidence
    # without what the sentences name, the first whole sentence stays
    assert merge_events([vague, clear])[0].evidence == vague.evidence


def test_the_evidence_keeps_the_claim_s_asserter():
    """A meeting told by a speaker and then by the outlet is one meeting, claimed by the speaker: its evidence stays the
    speaker's sentence, however clearer the outlet's."""
    said = replace(_told("They met in Lima on Monday, the admiral said.", 0, "met", asserted_by="person:x"),
                   type="meeting", status="occurred")
    told = replace(_told("The defence ministers of Peru and Chile met in Lima on Monday.", 50, "met"),
                   type="meeting", status="occurred")
    merged = merge_events([said, told], named={0: frozenset(), 50: frozenset({"country:PER", "country:CHL"})})
    assert len(merged) == 1 and merged[0].asserted_by == "person:x"
    assert merged[0].evidence == said.evidence


def test_a_story_s_merged_fact_points_at_its_clearest_sentence():
    """Reuters style: 'the two countries' first, the parties named next: the evidence is the second sentence, and its
    offsets point at it in the text the user gave."""
    from helpers import article_of

    art = article_of("The two countries will hold joint naval exercises in May. Peru and Chile will hold joint naval "
                     "exercises off the coast of Arica in May.")
    drills = [e for e in art.events if e.type == "exercise"]
    assert len(drills) == 1
    ev = drills[0].evidence
    assert ev.sentence.startswith("Peru and Chile") and drills[0].trigger == "exercises"
    assert art.doc.raw.text[ev.start:ev.end] == ev.sentence
    assert art.doc.text[ev.clean_start:ev.clean_end] == ev.sentence
