"""Party rules of the ninth session (parties helper): general wordings whose sides came out wrong.

- A name under a negating prefix is what the noun is not ("a major non-NATO ally" is no NATO party).
- Names coordinated as a force noun's own doers all send or withdraw it ("Chilean and Peruvian contingents").
- A state body read as its state is listed once however many bodies stand for it.
- Who says a reported act with a participle ("X accused Y of ..., adding that the sale of jets by A to B ...") is
  the participle's head's subject: he tells it, he is no side of it.
- "The spokesman said outside powers should not meddle and warned Finland": the parse often coordinates "warned"
  with the reported modal clause; a finite verb beside a bare verb after a modal is the reporting clause's, and its
  subject is the sayer.
- Whom a group named in the sentence is tied to ("the al-Qaeda-linked JNIM") is no party of what the group does
  (before an unnamed group, "Iran-aligned factions", it stays: it may be all the text says of them).
- Membership of a bloc named with its leader ("a member of the Russia-led CSTO") is membership of the bloc: the
  leading state is no side of it (of a war the led coalition fights, it still is; before an unnamed bloc, "the
  Beijing-led bloc", the leader is all the text names of it and stays: tests/test_events_s7_meeting_agreement.py).
- "The two countries" after a paragraph break: the pair joined by "and" in the paragraph before is further away than
  the two states the sentence just before names (a paragraph break counts as a sentence, as for every anaphor).
- "its"/"their" on an attack a verb stops or halts is whoever is to stop it: the verb's subject, or the object of
  the verb it complements ("urged Qatar to get Hamas to halt its rocket attacks on Israel": Hamas's attacks on
  Israel; neither who urges nor who is asked to get them stopped is a side of them).

Sentences are written for these tests; their states and words are none of the development or held-out sets'."""
from __future__ import annotations

import pytest
from helpers import events_of


def _sides(text: str, etype: str):
    found = events_of(text, etype)
    assert found, text
    return found[0].actors, found[0].targets


@pytest.mark.parametrize("text, actor, target", [
    # wire: the designation
    ("Washington designated Morocco a major non-NATO ally in 2004.", "country:USA", "country:MAR"),
    # broadsheet: capitalised, with a framework
    ("Canberra has named Fiji a Major Non-NATO Ally under the new framework.", "country:AUS", "country:FJI"),
])
def test_a_negated_bloc_is_no_party(text, actor, target):
    actors, targets = _sides(text, "alliance")
    assert actor in actors and target in targets, (actors, targets)
    assert "org:nato" not in actors + targets, (actors, targets)


def test_a_bloc_itself_stays_a_party():
    actors, targets = _sides("Finland joined NATO as its 31st member in April.", "alliance")
    assert "org:nato" in actors + targets, (actors, targets)


@pytest.mark.parametrize("text, doers", [
    ("Chilean and Peruvian contingents are withdrawing from Haiti.", {"country:CHL", "country:PER"}),
    ("Ghanaian and Senegalese contingents will deploy to the mission next month.", {"country:GHA", "country:SEN"}),
])
def test_coordinated_own_doers_all_deploy(text, doers):
    actors, targets = _sides(text, "deployment")
    assert doers <= set(actors), (actors, targets)
    assert not doers & set(targets), (actors, targets)


def test_bodies_as_states_list_a_state_once():
    """Two unnamed bodies of the article's state acting together ("the Defence Ministry and the General Staff") are
    that state once, and never its own other side."""
    from types import SimpleNamespace

    from pactwatch.events.parties import _bodies_as_states

    ctx = SimpleNamespace(states=["country:KAZ", "country:MNG"])  # the article's states, most named first
    bodies = {"org:defence-ministry", "org:general-staff"}
    actors, targets = _bodies_as_states(["org:defence-ministry", "org:general-staff"], ["country:MNG"], bodies, ctx)
    assert (actors, targets) == (["country:KAZ"], ["country:MNG"])
    actors, targets = _bodies_as_states(["country:MNG"], ["org:defence-ministry", "org:general-staff"], bodies, ctx)
    assert (actors, targets) == (["country:MNG"], ["country:KAZ"])


@pytest.mark.parametrize("text, doer, receiver, sayer", [
    ("Algeria's foreign minister Ahmed Attaf criticised the summit on Monday, saying that the sale of jets by France "
     "to Morocco endangered the region.", "country:FRA", "country:MAR", "country:DZA"),
    ("At the briefing, Ortega of Venezuela accused Spain of arming Morocco, adding that the delivery of tanks by Madrid "
     "to Rabat undermined the peace.", "country:ESP", "country:MAR", "country:VEN"),
])
def test_who_adds_that_tells_it(text, doer, receiver, sayer):
    coop = [e for e in events_of(text, "cooperation") if receiver in e.targets]
    assert coop, events_of(text)
    assert coop[0].actors == (doer,) or list(coop[0].actors) == [doer], coop[0]
    assert sayer not in coop[0].actors + coop[0].targets, coop[0]


def test_a_participle_without_a_reported_clause_keeps_its_subject():
    actors, targets = _sides("Estonia's defence minister spoke to reporters on Monday, adding that Estonia would hold "
                             "joint drills with Latvia.", "exercise")
    assert "country:EST" in actors and "country:LVA" in targets, (actors, targets)


@pytest.mark.parametrize("text, warner, warned", [
    ("Russia's Foreign Ministry spokesperson said \"outside powers\" should not meddle in the region and warned "
     "Helsinki against \"provoking Moscow\".", "country:RUS", "country:FIN"),
    ("The Chinese Foreign Ministry spokeswoman said outside forces must not stir up trouble and warned Hanoi against "
     "colluding with them.", "country:CHN", "country:VNM"),
])
def test_a_warning_coordinated_with_the_reported_clause_is_the_sayers(text, warner, warned):
    actors, targets = _sides(text, "threat")
    assert actors and actors[0] == warner and warned in targets, (actors, targets)



@pytest.mark.parametrize("text, doer, victim, bystanders", [
    ("The foreign ministry urged Qatar to get Hamas to halt its rocket attacks on Israel.",
     "org:hamas", "country:ISR", {"country:QAT"}),
    ("Kenya asked Uganda to stop its incursions into Kenyan territory.", "country:UGA", "country:KEN", set()),
    ("Norway pressed Sweden to get Russia to end its strikes on Ukraine.", "country:RUS", "country:UKR",
     {"country:NOR", "country:SWE"}),
])
def test_its_attacks_are_theirs_who_are_to_stop_them(text, doer, victim, bystanders):
    found = events_of(text, "conflict")
    assert found, events_of(text)
    assert found[0].actors[0] == doer and victim in found[0].targets, found[0]
    assert not bystanders & set(found[0].actors + found[0].targets), found[0]


@pytest.mark.parametrize("text, member, bloc, leader", [
    ("Armenia is also a member of the Russia-led Collective Security Treaty Organization.", "country:ARM", "org:csto",
     "country:RUS"),
    ("Tajikistan remains a member of the Moscow-led CSTO and hosts a Russian base.", "country:TJK", "org:csto",
     "country:RUS"),
])
def test_a_blocs_leader_is_no_side_of_membership(text, member, bloc, leader):
    actors, targets = _sides(text, "alliance")
    assert member in actors and bloc in targets, (actors, targets)
    assert leader not in actors + targets, (actors, targets)


def test_a_led_coalitions_leader_still_fights():
    actors, targets = _sides("The US-led coalition struck Islamic State positions near Raqqa.", "conflict")
    assert "country:USA" in actors, (actors, targets)


@pytest.mark.parametrize("text, doer, tied", [
    ("Fighters of the al-Qaeda-linked JNIM attacked an army camp in central Mali, killing 40 soldiers.", "org:jnim",
     "org:al-qaeda"),
    ("On Sunday, the al-Qaeda-affiliated al-Shabaab attacked a Kenyan army convoy near the border.",
     "org:al-shabaab", "org:al-qaeda"),
])
def test_whom_a_group_is_tied_to_is_no_party(text, doer, tied):
    actors, targets = _sides(text, "conflict")
    assert tied not in actors + targets, (actors, targets)
    if doer:
        assert doer in actors, (actors, targets)


def test_before_an_unnamed_group_the_tie_stays():
    actors, targets = _sides("Iran-aligned factions fired rockets at a US base in Syria on Monday.", "conflict")
    assert "country:USA" in targets, (actors, targets)


def test_the_two_countries_across_a_paragraph_are_the_nearer_pair():
    text = ("Officials in Lome said the border was calm.\n\nGhana and Togo cancelled their joint border patrols in March."
            "\n\nBurkina Faso has also donated patrol boats to Togo, according to local media.\n\nAn analyst said the two "
            "countries could hold joint naval drills next year.")
    drills = [e for e in events_of(text, "exercise") if "two countries" in e.evidence.sentence]
    assert drills, events_of(text)
    assert set(drills[0].actors + drills[0].targets) == {"country:BFA", "country:TGO"}, drills[0]


def test_the_two_countries_in_one_paragraph_are_the_joined_pair():
    text = ("Officials in Lome said the border was calm.\n\nGhana and Togo cancelled their joint border patrols in March. "
            "Burkina Faso has also donated patrol boats to Togo, according to local media.\n\nAn analyst said the two "
            "countries could hold joint naval drills next year.")
    drills = [e for e in events_of(text, "exercise") if "two countries" in e.evidence.sentence]
    assert drills, events_of(text)
    assert set(drills[0].actors + drills[0].targets) == {"country:GHA", "country:TGO"}, drills[0]
