"""Traps (session 8): business, culture, sport, science and weather stories that use the words of war, truce, summit,
alliance, deployment, invasion and attack, with companies, clubs, studios and persons named by a state's adjective,
yield no events; a defence story that names a company or a person that way keeps its events.

The articles (tests/data/traps_s8/) and sentences are written for these tests in several outlets' styles (business
desk, retail correspondent, sports wire, trade paper, entertainment page, agriculture desk, health service, live blog,
tech newsletter, broadsheet chess column); none comes from an evaluation set."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import analyse_raws
from helpers import events_of

from pactwatch.events.relevance import labelled_sentences, literal, load_relevance_lexicon
from pactwatch.model import EntityAnalysis, Mention, RawDocument

TRAPS = Path(__file__).parent / "data" / "traps_s8"


def _article(text: str, doc_id: str):
    return analyse_raws([RawDocument(doc_id, f"{doc_id}.txt", text)])[0]


# a "summit" stays a word of diplomacy (a leaders' meeting is its usual sense): a story of scientists' or tourism
# chiefs' summits with no other field's words still reads as diplomacy
SUMMITS = "a 'summit' is literal (relevance.json 'figurative' leaves it out): the leaders' meeting is its usual sense"
KNOWN_LEAKS = {"science-glacier-alliance", "tourism-summit"}


@pytest.mark.parametrize("path", [pytest.param(p, marks=pytest.mark.xfail(reason=SUMMITS, strict=False))
                                  if p.stem in KNOWN_LEAKS else p for p in sorted(TRAPS.glob("*.txt"))],
                         ids=lambda p: p.stem)
def test_trap_articles_yield_no_events(path):
    article = _article(path.read_text(encoding="utf-8"), path.stem)
    assert article.events == (), [(e.type, e.actors, e.targets, e.trigger) for e in article.events]


def _labelled(text: str, *mentions: tuple[str, str]) -> bool:
    """Whether the one sentence ``text`` is labelled, with each (state id, mention text) at its first occurrence (an
    adjective found as a demonym, a name as a gazetteer entry)."""
    ments = tuple(Mention(eid, text.index(word), text.index(word) + len(word), word,
                          "demonym" if word.endswith(("an", "ish", "ese", "i")) else "gazetteer")
                  for eid, word in mentions)
    return 0 in labelled_sentences(text, [(0, len(text))], EntityAnalysis(mentions=ments))


@pytest.mark.parametrize("text, mention", [
    ("The Peruvian mining company Andescobre said it would deploy drones over its pits.", ("country:PER", "Peruvian")),
    ("Brazil's largest poultry producers have formed an alliance to win back buyers.", ("country:BRA", "Brazil")),
    ("A Finnish pension fund led the round, alongside a Japanese insurer.", ("country:FIN", "Finnish")),
    ("The Ghanaian midfielder scored twice as his club stormed the league.", ("country:GHA", "Ghanaian")),
    ("The Mexican filmmaker's war drama opened the festival on Friday.", ("country:MEX", "Mexican")),
    ("An Austrian biotech start-up claims its enzyme attacks plastic waste.", ("country:AUT", "Austrian")),
])
def test_a_state_labelling_a_company_or_a_person_makes_a_labelled_sentence(text, mention):
    assert _labelled(text, mention)


@pytest.mark.parametrize("text, mention", [
    ("The Turkish defence minister met his Libyan counterpart in Tripoli.", ("country:TUR", "Turkish")),
    ("Indian troops will deploy to the border next week.", ("country:IND", "Indian")),
    ("Beijing insisted that the Bolivian side punish those responsible.", ("country:BOL", "Bolivian")),
    ("Chile's navy and Peru's coast guard held a joint drill.", ("country:CHL", "Chile")),
    ("The Kenyan team negotiating the accord arrived in Mogadishu.", ("country:KEN", "Kenyan")),
    ("Russian Federation forces shelled the town.", ("country:RUS", "Russian")),
])
def test_a_state_as_actor_is_no_label(text, mention):
    assert not _labelled(text, mention)


def test_defence_story_naming_companies_by_their_state_keeps_its_events():
    text = """Poland signs deal for Korean howitzers
Published 2 March 2026

WARSAW - Poland signed an agreement with South Korea on Monday to buy 200 more self-propelled howitzers, the defence ministry said.

The guns will be built by the South Korean firm Hanwha Aerospace, which has already delivered 150 to the Polish army.

Defence Minister Adam Nowak said the purchase would strengthen NATO's eastern flank against Russian aggression.
"""
    article = _article(text, "pl-kr-howitzers")
    assert any(e.type in ("agreement", "cooperation") and {"country:POL", "country:KOR"} <= set(e.actors + e.targets)
               for e in article.events), article.events


@pytest.mark.parametrize("sentence, etype", [
    ("The Estonian defence firm Milrem will deliver twelve robotic vehicles to the Ukrainian army.", "cooperation"),
])
def test_a_company_sentence_of_a_defence_story_keeps_its_fact(sentence, etype):
    assert etype in {e.type for e in events_of(sentence)}


def test_a_states_adjective_as_a_persons_possessive_is_a_label():
    assert _labelled("The Uruguayan's header in the last minute attacked the hosts' lead.", ("country:URY", "Uruguayan"))


@pytest.mark.parametrize("sentences", [
    ["Port operators declare war on congestion as new cranes are deployed.", "Two shipping alliances will merge."],
    ["Apple growers fear an invasion of cheap imports.", "Their cooperative struck a pact with a Polish packer."],
    ["The patch attacks the virus, and the trial's experts met in Oslo.", "Security of supply matters."],
])
def test_an_article_of_figures_of_speech_only_is_about_another_field(sentences):
    assert not any(literal(s, load_relevance_lexicon()) for s in sentences)


@pytest.mark.parametrize("sentence", [
    "Troops crossed the border at dawn.",
    "The two leaders signed a treaty.",
    "The leaders of the five states held their summit in Ashgabat.",
    "A ceasefire took hold on Sunday.",
    "The foreign minister summoned the ambassador.",
    "Washington imposed sanctions on the shipping line.",
    "Their navies will hold a joint exercise.",
])
def test_a_word_only_defence_or_diplomacy_uses_is_literal(sentence):
    assert literal(sentence, load_relevance_lexicon())
