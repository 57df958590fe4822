"""One event per fact, told again (issue 11, point 5): a fact restated by the lead, a later sentence, a quote, a
heading or a summary bullet is one event; two facts that look alike (another agreement signed the same day, another
state's ratification, the next summit) stay two.

Articles written for these tests, in the styles of a wire story, a ministry press release and a think-tank brief,
with other states and words than any gold."""
from __future__ import annotations

import pytest
from helpers import article_of, parties

from pactwatch.events import merge_events
from pactwatch.events.distinct_facts import _agreement_noun
from pactwatch.model import Event, Evidence


def _of(article, etype: str) -> list[Event]:
    return [e for e in article.events if e.type == etype]


def _agreement(sentence: str, trigger: str, start: int = 0, actors=("country:URY",), targets=("country:PRY",),
               asserted_by: str | None = None, when: str | None = None) -> Event:
    return Event("agreement", "occurred", actors, targets, trigger=trigger, asserted_by=asserted_by, when=when,
                 evidence=Evidence(sentence=sentence, clean_start=start, clean_end=start + len(sentence)))


@pytest.mark.parametrize("sentence, trigger, told", [
    ("Uruguay and Paraguay signed a river navigation treaty on Monday.", "signed", ("treaty", False)),
    ("The treaty commits both navies to joint patrols.", "treaty", ("treaty", True)),
    ("Lawmakers then ratified the same agreement.", "ratified", ("agreement", True)),
    ("The Access Agreement was signed in Asuncion by the two ministers.", "signed", ("agreement", False)),
    ("The ministers signed an MOU on border policing.", "signed", ("memorandum", False)),
    ("This landmark deal will be reviewed in 2030.", "deal", ("deal", True)),
    # another agreement, or one told with parties or a name of its own, is no mention of the one told
    ("They also signed a new protocol on customs.", "signed", ("protocol", False)),
    ("The agreement between Uruguay and Brazil expires in May.", "agreement", ("agreement", False)),
    ("The Asuncion treaty expires in May.", "treaty", ("treaty", False)),
    ("The two leaders signed it in the presence of journalists.", "signed", None),
])
def test_the_noun_an_agreement_is_told_by(sentence, trigger, told):
    found = _agreement_noun(_agreement(sentence, trigger))
    assert (found.noun, found.again) == told if told else found is None


def test_a_treaty_told_three_times_is_one_agreement():
    """Wire style: the lead, a sentence restating the signing ('The treaty, signed in ... by ...') and a president's
    quote about it are one signed treaty, told by the outlet; a separate memorandum signed the same day is another."""
    article = article_of(
        "DUSHANBE, June 9 (AKIpress) - Uzbekistan and Tajikistan signed a treaty on strategic partnership on "
        "Tuesday, the Tajik foreign ministry said.\n\n"
        "The treaty, signed in Dushanbe by President Shavkat Mirziyoyev and President Emomali Rahmon, obliges the two "
        "states to consult each other on any threat to their security.\n\n"
        "\"The treaty we signed today opens a new page in our relations,\" Rahmon told reporters.\n\n"
        "The two presidents also signed a separate memorandum on water sharing in the Fergana Valley.",
        head="Uzbekistan, Tajikistan sign treaty on strategic partnership\n\n")
    agreements = _of(article, "agreement")
    assert len(agreements) == 2, [e.evidence.sentence[:50] for e in agreements]
    treaty, memorandum = agreements
    assert parties(treaty) == {"country:UZB", "country:TJK"} and treaty.status == "occurred"
    assert "memorandum" in memorandum.evidence.sentence


def test_a_ratification_told_again_is_one_and_another_state_s_is_another():
    """Moldpres style: the vote and 'With it, Moldova ratified the agreement' are one ratification; Romania's
    ratification of the same agreement in another month is another fact."""
    article = article_of(
        "CHISINAU, 11 November 2026 (IPN)\n\n"
        "Moldova's parliament on Thursday ratified the defence cooperation agreement with Romania.\n\n"
        "The vote passed by 61 to 20. With it, Moldova ratified the agreement, which the two defence ministers signed "
        "in Bucharest in July.\n\n"
        "Romania ratified the same agreement in September.",
        head="Moldovan parliament ratifies defence accord with Romania\n\n")
    agreements = _of(article, "agreement")
    assert len(agreements) == 2, [e.evidence.sentence[:50] for e in agreements]
    assert "country:ROU" in parties(agreements[0]) and "country:MDA" in parties(agreements[0])
    assert agreements[1].when == "2026-09"


def test_an_agreement_named_again_keeps_its_own_parties():
    """The mention 'the agreement between Croatia and Slovenia' in another state's complaint is the agreement told,
    whoever says it; the complaining state is not a party to it."""
    lead = _agreement("Croatia and Slovenia signed a border agreement in Zagreb on Friday.", "signed",
                      actors=("country:HRV",), targets=("country:SVN",))
    again = _agreement("Hungary's foreign minister said the agreement ignores Hungary's interests in the Mura valley.",
                       "agreement", start=80, actors=("country:HRV",), targets=("country:SVN", "country:HUN"),
                       asserted_by="person:peter-szijjarto")
    merged = merge_events([lead, again])
    assert len(merged) == 1
    assert parties(merged[0]) == {"country:HRV", "country:SVN"}
    assert merged[0].asserted_by is None


def test_the_treaty_is_the_last_agreement_told():
    """'the treaty' refers back to the agreement told last, not the first one between the same states."""
    first = _agreement("Uruguay and Paraguay signed a customs treaty in 2019.", "signed", when="2019")
    second = _agreement("Uruguay and Paraguay signed a river navigation treaty on Monday.", "signed", start=60)
    again = _agreement("The treaty opens the Paraguay River to both navies.", "treaty", start=130)
    merged = merge_events([first, second, again])
    assert len(merged) == 2
    assert merged[0].when == "2019"


@pytest.mark.parametrize("sentence, heading", [
    ("Lithuania and Poland to sign pact on joint air defence of Suwalki corridor", True),
    ("Joint exercise planned for June", True),
    ("- Sweden and Norway will hold a joint winter exercise in February 2027", False),  # a bullet opens with a dash
    ("Sweden and Norway will hold a joint winter exercise in February 2027.", False),
    ("and will train its pilots in Poland", False),  # a line cut short, no heading
    ("\u201cWe are allies\u201d: Vilnius and Warsaw sign air defence pact", True),
])
def test_a_heading_line(sentence, heading):
    from pactwatch.events.restatements import _heading_line

    assert _heading_line(sentence) is heading


PRESS_RELEASE = "Ministry of Defence of the Republic of Lithuania\nPress release\n\n"


def test_a_headline_under_a_ministry_s_letterhead_restates_the_lead():
    """Ministry press release: the page's first line is the ministry, so the headline is no title; its 'to sign pact'
    is still the agreement the lead reports signed, one event (the lead's)."""
    article = article_of(
        "Lithuania and Poland to sign pact on joint air defence of Suwalki corridor\n\n"
        "Vilnius, 14 April 2026\n\n"
        "Lithuanian Minister of National Defence Dovile Sakaliene and Polish Minister of National Defence Wladyslaw "
        "Kosiniak-Kamysz signed an agreement on the joint air defence of the Suwalki corridor in Vilnius on Tuesday.\n\n"
        "Joint exercise planned for June\n\n"
        "Lithuanian and Polish air defence units will hold a joint exercise near Suwalki in June, the ministry said.",
        head=PRESS_RELEASE)
    agreements = _of(article, "agreement")
    assert len(agreements) == 1
    assert agreements[0].evidence.sentence.startswith("Lithuanian Minister")
    assert parties(agreements[0]) == {"country:LTU", "country:POL"}
    assert len(_of(article, "exercise")) == 1


def test_a_heading_that_alone_tells_a_fact_stays():
    """A subheading whose fact no sentence of the body tells is the article's only word on it: it stays."""
    article = article_of(
        "Romania and Bulgaria strengthen Black Sea cooperation\n\n"
        "Bucharest, 5 May 2026\n\n"
        "Romanian Defence Minister Angel Tilvar and his Bulgarian counterpart Atanas Zapryanov signed a letter of "
        "intent on mine countermeasures in the Black Sea on Monday in Bucharest.",
        head="Ministry of National Defence of Romania\nPress release\n\n")
    assert len(_of(article, "cooperation")) == 1
    assert len(_of(article, "agreement")) == 1


def test_a_summit_held_and_the_next_one_planned_in_one_sentence_are_two_meetings():
    """Trend style: 'held their summit ... and agreed that the next summit will be held in Tashkent' tells a summit
    held and another planned (no dates to tell them apart); 'commitment to expanding collaboration' stays one fact."""
    article = article_of(
        "ASHGABAT, 9 August 2026 (Trend)\n\n"
        "The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan held their consultative summit "
        "in Ashgabat and agreed that the next summit will be held in Tashkent.",
        head="Central Asian leaders meet in Ashgabat\n\n")
    assert sorted(e.status for e in _of(article, "meeting")) == ["occurred", "planned"]


def test_another_round_told_in_the_sentence_of_the_first_is_another_fact():
    sentence = "Chile and Peru held talks in Lima and will hold another round of talks in Santiago."
    ev = Evidence(sentence=sentence, clean_start=0, clean_end=len(sentence))
    held = Event("meeting", "occurred", ("country:CHL",), ("country:PER",), evidence=ev, trigger="talks")
    again = Event("meeting", "planned", ("country:CHL",), ("country:PER",), evidence=ev, trigger="round")
    assert len(merge_events([held, again])) == 2
    told = Event("cooperation", "occurred", ("country:CHL",), ("country:PER",), evidence=ev, trigger="initiatives")
    plan = Event("cooperation", "planned", ("country:CHL",), ("country:PER",), evidence=ev, trigger="support")
    assert [e.status for e in merge_events([plan, told])] == ["planned"]


def test_a_call_echoed_by_another_state_is_one_request_by_both():
    """AFP style: 'Djibouti echoed the call, urging both neighbours to ...' is Kenya's call for restraint, made by one
    more state: one request with both callers; a call of another body in words of its own stays its own."""
    article = article_of(
        "ADDIS ABABA, 4 March 2026 (AFP)\n\n"
        "Kenya called on Ethiopia and Eritrea to exercise maximum restraint after troops massed on their border.\n\n"
        "Djibouti echoed the call, urging both neighbours to resolve their dispute through dialogue.\n\n"
        "Qatar separately urged Eritrea to reopen the border crossing at Zalambessa.",
        head="Ethiopia and Eritrea urged to show restraint\n\n")
    requests = _of(article, "request")
    assert len(requests) == 2, [e.evidence.sentence[:40] for e in requests]
    assert set(requests[0].actors) == {"country:KEN", "country:DJI"}
    assert {"country:ETH", "country:ERI"} <= set(requests[0].targets)
    assert requests[1].actors == ("country:QAT",)


@pytest.mark.parametrize("sentence, colon_word", [
    ("DEEPENING DEFENSE COOPERATION: Chile committed to buy two frigates from Spain.", "COOPERATION"),
    ("Launching the Chile-Peru Maritime Partnership: Chile and Peru will launch a maritime partnership.", "Partnership"),
    ("The minister said: Chile and Peru will launch a maritime partnership.", None),
    ("Peru: Chile will launch a maritime partnership with its neighbour.", None),
])
def test_one_heading_recogniser_for_nesting_and_merging(nlp, sentence, colon_word):
    """The nesting of triggers and the merging of facts read a heading the same way (capitals or title case)."""
    from pactwatch.events.nesting import _heading_end
    from pactwatch.events.restatements import heading_end

    doc = nlp(sentence)
    at = _heading_end(doc)
    assert (doc[at - 1].text if at >= 0 else None) == colon_word
    assert (heading_end(sentence) >= 0) is (colon_word is not None)


def test_a_title_case_heading_and_its_sentence_are_one_trigger(nlp):
    """Fact sheet style: a heading's trigger whose fact the sentence after the colon states is that fact (the
    trigger after the colon is kept, the heading's goes)."""
    from pactwatch.events.lexicon import load_lexicon
    from pactwatch.events.triggers import _find_triggers, _outermost

    sentence = ("Launching the Chile-Peru Coast Guard Partnership: Chile and Peru will launch a coast guard partnership "
                "to patrol the coast together.")
    doc = nlp(sentence)
    kept = _outermost(doc, _find_triggers(doc, load_lexicon(), accept=True))
    assert [(t[0], doc[t[2]].idx > sentence.index(":")) for t in kept] == [("cooperation", True)]


def test_a_settled_fact_told_by_the_outlet_and_by_a_minister_is_one():
    """Anadolu style: drills that take place, an alliance that exists, a treaty signed are one fact whoever tells them
    ('The armies of Serbia and Hungary hold joint drills twice a year' and the minister's 'we train together twice a
    year'); a warning is a claim: the ministry's and the president's are two."""
    def told(etype: str, sentence: str, start: int, asserted_by: str | None, status: str = "occurred") -> Event:
        return Event(etype, status, ("country:SRB",), ("country:HUN",), trigger=sentence.split()[1].lower(),
                     asserted_by=asserted_by,
                     evidence=Evidence(sentence=sentence, clean_start=start, clean_end=start + len(sentence)))

    drills = told("exercise", "The armies of Serbia and Hungary hold joint drills twice a year.", 0, None)
    again = told("exercise", "Serbian and Hungarian troops train in joint drills twice a year, Vucic said.", 80,
                 "person:aleksandar-vucic")
    assert len(merge_events([drills, again])) == 1
    warned = told("threat", "Serbia warned Hungary against closing the border, the ministry said.", 0,
                  "org:serbian-foreign-ministry")
    warned_again = told("threat", "Vucic warned Hungary against any closure of the border.", 80,
                        "person:aleksandar-vucic")
    assert len(merge_events([warned, warned_again])) == 2


def test_three_exercises_of_the_same_two_states_stay_three():
    """PAP style: an exercise held in March, drills held last month and drills planned for September between Poland
    and Slovakia are three exercises; 'the drills near Komarno' comment on the planned ones."""
    article = article_of(
        "WARSAW, 20 May 2026 (PAP)\n\n"
        "Polish and Slovak troops held a joint air defence exercise near Rzeszow in March, the Polish defence ministry "
        "said.\n\n"
        "Poland and Slovakia also held joint mountain infantry drills in the High Tatras last month.\n\n"
        "Poland and Slovakia will hold joint river-crossing drills near Komarno in September.\n\n"
        "The drills near Komarno will involve 2,000 soldiers.",
        head="Poland and Slovakia step up military drills\n\n")
    exercises = _of(article, "exercise")
    assert [e.status for e in exercises] == ["occurred", "occurred", "planned"]
    assert all(parties(e) == {"country:POL", "country:SVK"} for e in exercises)


def test_a_brief_s_summary_and_body_tell_a_summit_held_and_the_next_one():
    """Think-tank brief: the summary bullets and the body tell the summit held in May and the next one planned for
    2027; two meetings, not four, and not one."""
    article = article_of(
        "Summary\n"
        "- The leaders of Poland, Hungary, Slovakia and the Czech Republic held a summit in Bratislava on 15 May.\n"
        "- The next Visegrad summit will be held in Budapest in 2027.\n\n"
        "The Visegrad Group held its annual summit in Bratislava on 15 May. At the summit, Poland, Hungary, Slovakia "
        "and the Czech Republic agreed to coordinate air defence procurement. The leaders also announced that the next "
        "summit will take place in Budapest in 2027.",
        head="Policy Brief: The Visegrad Summit and Central European Security\nCentre for Eastern Studies\n"
             "Warsaw, 20 May 2026\n\n")
    meetings = _of(article, "meeting")
    assert sorted((e.status, e.when) for e in meetings) == [("occurred", "2026-05-15"), ("planned", "2027")]


@pytest.mark.parametrize("sentence, bullet", [
    ("- Estonia and Finland signed a memorandum of understanding on coastal defence.", True),
    ("\u2022 The two navies will hold a joint exercise in June.", True),
    ("- Deploying a frigate to Norway for the spring.", False),  # a fact sheet's item: a fact of its own
    ("Estonia and Finland signed a memorandum.", False),
    ("-5 degrees were measured at the border post.", False),
])
def test_a_summary_bullet(sentence, bullet):
    from pactwatch.events.restatements import _summary_bullet

    assert _summary_bullet(sentence) is bullet


def test_a_summary_bullet_restates_the_body_and_a_fact_sheet_s_items_do_not():
    """Press release with 'Key points' bullets: the bullet's exercise is the one the body tells (one event, the
    body's); a fact sheet's gerund items under an introducing sentence stay facts of their own."""
    release = article_of(
        "Tallinn, 12 February 2026\n\n"
        "Key points:\n"
        "- Estonia and Finland will hold a joint coastal artillery exercise in the Gulf of Finland in June.\n\n"
        "Estonian and Finnish coastal artillery units will hold a joint exercise in the Gulf of Finland in June, "
        "Estonian Defence Minister Hanno Pevkur said on Thursday.",
        head="Ministry of Defence of Estonia\nPress release\n\n")
    exercises = _of(release, "exercise")
    assert len(exercises) == 1 and not exercises[0].evidence.sentence.startswith("-")
    sheet = article_of(
        "The Netherlands is deploying forces to Norway this spring. Dutch actions include:\n\n"
        "- Deploying a frigate to Norway for the spring.\n"
        "- Deploying two squadrons of F-35 fighter jets to Norway for air policing.\n"
        "- Stationing a Patriot air defence battery in Norway.",
        head="FACT SHEET: Netherlands Strengthens Deterrence in Norway\n\n")
    assert len(_of(sheet, "deployment")) == 4
