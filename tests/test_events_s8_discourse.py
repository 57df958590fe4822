"""Facts whose parties only the sentences before name (events.discourse): a pointing subject ("they", "the
pair", "both"), a pointing object of a censure ("called it null and void", "denounced the move", "the attack"), the
reach of one or two sentences, a paragraph break, quotations. Sentences invented, in several outlets' styles."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


def _one(text: str, etype: str, trigger_sentence: str):
    """The single event of ``etype`` whose evidence is the sentence starting with ``trigger_sentence``."""
    found = [e for e in events_of(text, etype) if e.evidence.sentence.startswith(trigger_sentence)]
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize("text, lead, actors, targets", [
    # wire: a censure of "it", the agreement told in the sentence before
    ("Chile and Bolivia signed a border accord in La Paz on Tuesday. Peru called it null and void.",
     "Peru called", {"country:PER"}, {"country:CHL", "country:BOL"}),
    # broadsheet: "the move", the capital's government as the censurer
    ("Serbia and Hungary signed a pact on air policing on Friday. The government in Zagreb denounced the move as "
     "destabilising.", "The government in Zagreb", {"country:HRV"}, {"country:SRB", "country:HUN"}),
    # regional: "the pact", the line before (a line break is a sentence end)
    ("Chile and Peru signed a border pact on Monday.\nArgentina denounced the pact.",
     "Argentina denounced", {"country:ARG"}, {"country:CHL", "country:PER"}),
    # a passive censure: the agent censures, the attack told before is whom it is against (press-agency style)
    ("Azerbaijan launched an artillery attack on Armenian positions on Sunday. The attack was denounced by France.",
     "The attack was", {"country:FRA"}, {"country:AZE"}),
    # an attack: its doer is whom the censure is against, not the censurer itself
    ("Myanmar jets bombed a village in Bangladesh near the border on Monday. Bangladesh denounced the attack.",
     "Bangladesh denounced", {"country:BGD"}, {"country:MMR"}),
])
def test_censure_of_a_pointing_object_takes_the_fact_before(text, lead, actors, targets):
    ev = _one(text, "threat", lead)
    assert set(ev.actors) == actors and set(ev.targets) == targets
    # the censured act told again is no new act with the censurer as its party
    assert not [e for e in events_of(text, "conflict") if e.evidence.sentence.startswith(lead)]


@pytest.mark.parametrize("text, lead, etype, want", [
    # a communique's signatories named in a list: "they" are all three
    ("The defence ministers of Estonia, Latvia and Lithuania met in Riga on Friday. They urged Belarus to pull back "
     "its troops from the border.", "They urged", "request", {"country:EST", "country:LVA", "country:LTU", "country:BLR"}),
    # "the pair" in a sentence that names no one (parsed because of it)
    ("Senegal and Gambia held talks in Banjul on Thursday. The pair agreed to hold joint naval drills.",
     "The pair", "exercise", {"country:SEN", "country:GMB"}),
    # "both" as the subject, press-release style
    ("Indonesia and Australia signed a defence cooperation agreement in Canberra. Both pledged to stage joint air "
     "exercises next year.", "Both pledged", "exercise", {"country:IDN", "country:AUS"}),
    # the nearest pair, not the one told first
    ("Ghana and Togo signed a security pact in Accra on Monday.\nNigeria and Benin held talks in Abuja. The pair agreed "
     "to hold joint naval drills.", "The pair", "exercise", {"country:NGA", "country:BEN"}),
])
def test_pointing_subject_takes_the_parties_before(text, lead, etype, want):
    assert parties(_one(text, etype, lead)) == want


def test_it_about_a_thing_takes_no_states():
    """"it" is the stadium of the sentence just before, not the pact told two sentences back."""
    text = "Chile and Peru signed a fisheries pact on Monday. The new stadium in Lima opened on Sunday. Bolivia denounced it."
    assert not [e for e in events_of(text, "threat")]


def test_antecedent_two_paragraphs_back_is_out_of_reach():
    text = ("Chile and Peru signed a border pact on Monday.\n\nBrazil hosted a football tournament in Recife.\n\n"
            "Argentina denounced the pact.")
    assert not [e for e in events_of(text, "threat")]


def test_no_pointing_word_borrows_nothing():
    text = "Chile and Peru signed a border pact on Monday. Ecuador held naval drills on Tuesday."
    assert parties(_one(text, "exercise", "Ecuador held")) == {"country:ECU"}


def test_they_inside_a_quotation_is_the_speakers():
    """A quoted "they" is whoever the speaker means: no request by the three who met."""
    text = ('The defence ministers of Estonia, Latvia and Lithuania met in Riga on Friday. "They must pull back their '
            'troops," the Estonian minister said of Belarus.')
    assert not [e for e in events_of(text, "request") if {"country:LVA", "country:LTU"} <= parties(e)]


def test_a_singular_government_is_no_group():
    """"The government" is one state: the pair before does not become its subject."""
    text = "Kenya and Ethiopia signed a security pact in Nairobi. The government urged Somalia to respect it."
    assert not [e for e in events_of(text, "request") if {"country:KEN", "country:ETH"} <= parties(e)]


def test_it_for_the_accord_of_its_own_sentence():
    """State-media style: "it" is the accord the same sentence named, its parties by their adjectives."""
    text = ("On Monday, the Chilean president Gabriel Boric commented on the Peruvian-Bolivian border accord, calling it "
            "null and void.")
    ev = _one(text, "threat", "On Monday")
    assert ev.actors == ("country:CHL",) and set(ev.targets) == {"country:PER", "country:BOL"}


def test_the_accord_of_an_article_about_one_reaches_further():
    """"the accord" four sentences on is the article's one accord while no other state came in between."""
    text = ("Peru and Bolivia signed a border accord in La Paz on Tuesday. The accord sets a sea boundary. Fishermen "
            "welcomed the news. Prices of fish rose. Chile denounced the accord on Friday.")
    ev = _one(text, "threat", "Chile denounced")
    assert set(ev.targets) == {"country:PER", "country:BOL"}


def test_the_accord_with_another_deal_told_since_is_none():
    text = ("Peru and Bolivia signed a border accord in La Paz on Tuesday. Ecuador and Colombia signed a trade deal. "
            "Fishermen welcomed the news. Prices of fish rose. Chile denounced the accord on Friday.")
    assert not events_of(text, "threat")


def test_the_three_countries_are_the_three_just_told_not_the_first_meeting():
    text = ("The leaders of Egypt, Sudan and Ethiopia met in Cairo on Monday to discuss the dam. Separately, the defence "
            "ministers of Uganda, Rwanda and Burundi held talks in Kigali on Tuesday. The three countries agreed to hold "
            "joint exercises next year.")
    assert parties(_one(text, "exercise", "The three countries")) == {"country:UGA", "country:RWA", "country:BDI"}


@pytest.mark.parametrize("text, lead, etype, want", [
    # a possessive pointing word on the trigger noun
    ("Chile and Argentina signed a defence pact in Santiago. The pair's first joint drill was held in Patagonia in "
     "2023.", "The pair's", "exercise", {"country:CHL", "country:ARG"}),
    # "their" on the trigger noun, live-blog style
    ("Norway and Finland signed a defence pact in Oslo. Their joint exercises will start in May.", "Their joint",
     "exercise", {"country:NOR", "country:FIN"}),
])
def test_pointing_possessor_takes_the_parties_before(text, lead, etype, want):
    assert parties(_one(text, etype, lead)) == want


@pytest.mark.parametrize("text, actor, target", [
    # a parliament named by its state's adjective is a body of its own; the article names two states
    ("The Kenyan parliament ratified the defence pact with Uganda on Tuesday.", "org:kenyan-parliament", "country:UGA"),
    ("The Moldovan parliament ratified the border treaty with Romania on Thursday.", "org:moldovan-parliament",
     "country:ROU"),
])
def test_a_demonym_parliament_makes_the_article_about_its_state(text, actor, target):
    found = events_of(text, "agreement")
    assert found and found[0].actors == (actor,) and target in found[0].targets


@pytest.mark.parametrize("sentence, parsed", [
    ("The last such manoeuvres were staged in the south in 2019.", True),  # a pointing word before the trigger
    ("Their drills ended on Friday.", True),
    ("The pair also agreed to train together.", True),  # a pointing subject
    ("Exercises are planned for the spring.", False),  # a bare plural: a kind, no fact told before
    ("Officials gave no details.", False),  # no trigger
])
def test_a_sentence_that_points_back_is_parsed(sentence, parsed):
    from pactwatch.events.discourse import points_back
    from pactwatch.events.lexicon import load_lexicon

    words = [w.strip(".").lower() for w in sentence.split()]
    assert points_back(words, load_lexicon().surface) is parsed
