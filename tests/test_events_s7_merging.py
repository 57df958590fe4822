"""One fact told twice (session 7): an interviewer's question restating the answer, forces sent to an exercise (the
exercise, not a deployment besides), a meeting retold with "they" whose topic names another state; and two real facts
of one type that stay two.

Sentences are written for these tests, in the styles of an interview (Q&A), a wire story and a readout."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

READOUT_HEAD = "Readout of the Minister's Meeting\nPublished 6 January 2026\n"


@pytest.mark.parametrize("text", [
    pytest.param("Q: Will Spain send more troops to Latvia?\n"
                 "A: Spain will send 200 more soldiers to Latvia in June, and they will stay until 2027.",
                 id="q-and-a-labels"),
    pytest.param("Will Spain send more troops to Latvia?\n"
                 "Yes. Spain will send 200 more soldiers to Latvia in June, the minister told the newspaper.",
                 id="bare-question-paragraph"),
])
def test_interviewer_question_restating_the_answer_is_one_fact(text):
    deployments = events_of(text, "deployment")
    assert len(deployments) == 1
    assert deployments[0].status == "planned"
    assert "?" not in deployments[0].evidence.sentence


def test_question_that_alone_tells_a_fact_keeps_it():
    text = "Q: Does Norway plan joint naval drills with Iceland next year?\nA: We are still discussing the budget."
    assert events_of(text, "exercise")


@pytest.mark.parametrize("sentence", [
    pytest.param("Norway will send 300 soldiers to the Cold Response exercise in Finland next month.", id="send-to"),
    pytest.param("Italy deployed two frigates for the joint drills with Greece in the Aegean.", id="deploy-for"),
])
def test_forces_sent_to_an_exercise_are_the_exercise(sentence):
    assert events_of(sentence, "exercise")
    assert events_of(sentence, "deployment") == []


def test_forces_sent_to_a_state_for_an_exercise_stay_a_deployment():
    sentence = "Spain sent troops to Latvia in March for the NATO exercise there."
    assert any("country:LVA" in parties(e) for e in events_of(sentence, "deployment"))


@pytest.mark.parametrize("second", [
    pytest.param("They discussed regional security, including trilateral cooperation with Norway.", id="they-discussed"),
    pytest.param("The talks also covered energy trade with Norway.", id="the-talks-covered"),
])
def test_meeting_retold_adds_no_topic_state(second):
    text = "Sweden's prime minister met Finland's president today in Helsinki to discuss defence cooperation. " + second
    meetings = events_of(text, "meeting", head=READOUT_HEAD)
    assert meetings and all("country:NOR" not in parties(m) for m in meetings)


def test_two_deployments_of_one_type_stay_two():
    text = ("Spain sent 300 soldiers to Latvia in March. "
            "Portugal sent 150 soldiers to Romania in May.")
    deployments = events_of(text, "deployment")
    assert len(deployments) == 2


@pytest.mark.parametrize("text", [
    pytest.param("Peru bought 24 armoured vehicles from Brazil last year. "
                 "Brazil's Ministry of Defence said it had delivered the vehicles to Peru in December.",
                 id="bought-then-delivered-by-the-ministry"),
    pytest.param("Estonia took delivery of 12 K9 howitzers from South Korea in March. The Estonian Centre for Defence "
                 "Investment said the howitzers delivered by South Korea would equip an artillery battalion.",
                 id="delivery-retold-by-the-agency"),
])
def test_a_delivery_retold_by_another_source_is_one_fact(text):
    assert len(events_of(text, "cooperation")) == 1


def test_two_deliveries_of_other_things_stay_two():
    text = ("Peru bought 24 armoured vehicles from Brazil last year. "
            "Brazil's Ministry of Defence said it had delivered six helicopters to Peru in December.")
    assert len(events_of(text, "cooperation")) == 2


@pytest.mark.parametrize("sentence", [
    pytest.param("India and Armenia are in talks over a new arms deal, officials said.", id="in-talks-over-a-deal"),
    pytest.param("Oman and Jordan are holding talks about a border security agreement.", id="talks-about-an-agreement"),
])
def test_negotiating_an_agreement_is_the_agreement_not_a_meeting_besides(sentence):
    assert events_of(sentence, "agreement")
    assert [e for e in events_of(sentence, "meeting") if "talks" in e.trigger] == []


def test_the_summit_bringing_ministers_together_adds_them():
    text = ("Kazakhstan hosted a summit of defence ministers in Astana on Monday. "
            "The summit brought together ministers from Uzbekistan, Kyrgyzstan and Tajikistan.")
    meetings = events_of(text, "meeting", head=READOUT_HEAD)
    assert any({"country:KAZ", "country:UZB", "country:TJK"} <= parties(m) for m in meetings)


LEAD = "Kenya and Haiti signed a security agreement in Nairobi on Monday. "


def test_support_given_as_troops_is_the_deployment():
    sentence = LEAD + "Ghana will support the mission with 800 troops, its defence minister said."
    assert events_of(sentence, "deployment")
    assert [e for e in events_of(sentence, "cooperation") if e.trigger == "support"] == []


def test_troops_and_logistics_support_stay_two_facts():
    sentence = LEAD + "Ghana pledged 800 troops to the mission and promised logistical support."
    assert events_of(sentence, "deployment")
    assert [e for e in events_of(sentence, "cooperation") if e.trigger == "support"]
