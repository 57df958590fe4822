"""Relevance on news that uses defense words for something else (issue 11, point 6).

Business alliances and joint ventures, regulators' clearances, airline alliances, satellites "deployed"
into orbit, sport "clashes", coalition "pacts", corporate "deals", a quake's rescue "deployments": none
is about defense relations between states, and none yields an event; defense stories that use the same
words ("NATO allies", "armed forces", "arms sales", "deployed troops") stay relevant. Articles written for
these tests, in the styles of several outlets, with other companies, states and words than any gold."""
from __future__ import annotations

import pytest
from helpers import article_of

from pactwatch.events.relevance import relevant, sentence_weight

TRAPS = {
    "airline joint venture (Reuters)": (
        "Lufthansa and Air India seal joint venture on Europe-India routes\n\n"
        "FRANKFURT, May 14 (Reuters) - Germany's Lufthansa and Air India signed a joint venture agreement on "
        "Tuesday to coordinate schedules and share revenue on flights between Europe and India, the airlines said.\n\n"
        "The deal, which still needs approval from competition authorities in the European Union and India, would "
        "let the two carriers sell seats on each other's flights and align fares.\n\n"
        "\"This partnership brings our customers closer to the fastest-growing aviation market in the world,\" "
        "Lufthansa chief executive Carsten Spohr said.\n\n"
        "Air India, which was bought by the Tata Group from the Indian government in 2022, joined the Star "
        "Alliance in 2014.\n\n"
        "Analysts said the alliance would put pressure on Gulf carriers such as Emirates and Qatar Airways.\n\n"
        "Both airlines expect the agreement to take effect next spring, subject to regulatory clearance.\n"),
    "regulator's clearance (AFP)": (
        "EU regulators clear Korean Air's takeover of Asiana\n\n"
        "BRUSSELS -- The European Commission on Tuesday approved Korean Air's acquisition of rival Asiana "
        "Airlines, removing one of the last hurdles to a deal under review in several countries for three years.\n\n"
        "The approval came after Korean Air agreed to hand over some routes between South Korea and Europe to a "
        "French competitor, the Commission said in a statement.\n\n"
        "Regulators in the United States and Japan have yet to give their clearance.\n\n"
        "Korean Air said it would continue to cooperate with the authorities in Washington and Tokyo.\n"),
    "satellites deployed into orbit (AP)": (
        "Falcon 9 carries satellites for five nations into orbit\n\n"
        "CAPE CANAVERAL, Fla. (AP) -- A SpaceX Falcon 9 rocket lifted off from Florida on Sunday and deployed 40 "
        "small satellites into orbit, including spacecraft built for South Korea, Turkey, Brazil and Poland.\n\n"
        "The rocket's first stage returned to land on a drone ship in the Atlantic Ocean after launch.\n\n"
        "South Korea's weather satellite was deployed about an hour into the mission, the company said.\n\n"
        "Turkey's communications satellite will be moved to its final position in orbit over the coming weeks.\n\n"
        "NASA and the European Space Agency congratulated the teams.\n"),
    "sport clash (Buenos Aires Herald)": (
        "Argentina and Brazil clash again as qualifiers resume\n\n"
        "BUENOS AIRES -- Argentina and Brazil will clash at the Monumental on Thursday in a qualifier that both "
        "sides need to win.\n\n"
        "Brazil's coach said his players were ready for battle and would attack from the first minute.\n\n"
        "Tensions between the two rivals flared at their last meeting in Rio de Janeiro, when police clashed "
        "with fans in the stands.\n\n"
        "Uruguay, who beat Colombia 2-0 on Tuesday, are third. Paraguay and Chile meet in Asuncion.\n"),
    "coalition pact (DW)": (
        "Dutch parties sign coalition pact after months of talks\n\n"
        "THE HAGUE -- Four Dutch parties signed a coalition pact on Wednesday, ending six months of "
        "negotiations and paving the way for a new government.\n\n"
        "The coalition agreement, presented to parliament in The Hague, includes tighter asylum rules and more "
        "money for the armed forces to meet NATO's spending target.\n\n"
        "Opposition leaders attacked the deal as a betrayal of voters and vowed to fight it in the Senate.\n\n"
        "\"This is a pact for stability,\" the leader of the largest party told reporters.\n\n"
        "The new cabinet and its coalition partners are expected to be sworn in by the king next week.\n"),
    "tech alliance (Seattle Times)": (
        "Microsoft and OpenAI deepen alliance with new cloud pact\n\n"
        "SEATTLE — Microsoft and OpenAI announced an expanded partnership on Thursday under which the software "
        "giant will invest a further $10 billion in the artificial intelligence company.\n\n"
        "The alliance gives Microsoft exclusive rights to deploy OpenAI's models on its Azure cloud, the "
        "companies said.\n\n"
        "Google and Amazon are racing to deploy rival systems, and regulators in the United States, Britain and "
        "the European Union are examining such deals.\n\n"
        "\"We are in an arms race for computing power,\" one analyst said.\n"),
    "airline alliance (VNA)": (
        "Vietnam Airlines and Garuda deepen SkyTeam ties\n\n"
        "HANOI (VNA) — Vietnam Airlines and Indonesia's Garuda Indonesia will deepen cooperation within the "
        "SkyTeam airline alliance, the two carriers announced at a ceremony in Hanoi on Friday.\n\n"
        "The two members of the alliance signed a memorandum of understanding on code-sharing and frequent-flyer "
        "benefits on routes between Vietnam and Indonesia.\n\n"
        "The Vietnamese and Indonesian transport ministries welcomed the agreement, saying it would boost "
        "tourism between the two countries.\n"),
    "quake rescue (Jakarta Post)": (
        "Rescuers dig for survivors after Sulawesi quake\n\n"
        "JAKARTA — Soldiers and police were deployed on Monday to search for survivors after a magnitude 6.4 "
        "earthquake struck Central Sulawesi, killing at least 31 people.\n\n"
        "The air force deployed two helicopters to reach villages cut off by landslides, the disaster agency said.\n\n"
        "Japan and Australia offered help, and Singapore sent a team of rescue experts.\n\n"
        "Aftershocks continued through the night.\n"),
}


@pytest.mark.parametrize("name", list(TRAPS))
def test_news_that_uses_defense_words_for_something_else_yields_no_events(name):
    art = article_of(TRAPS[name], head="")
    assert not relevant(art.relevance), art.relevance
    assert art.events == ()


DEFENSE = {
    "allies deploy (Defense News)": (
        "NATO allies deploy air defenses to Romania\n\n"
        "WASHINGTON — Germany and the Netherlands will deploy Patriot air defense batteries to Romania next "
        "month, the Pentagon said on Tuesday, as allies reinforce NATO's eastern flank.\n\n"
        "The deployment follows Russian drone strikes near the Romanian border, officials said.\n\n"
        "Romania's defense minister thanked the allies and said the armed forces would hold joint drills with "
        "the German and Dutch crews.\n"),
    "arms sale by a company (Yonhap)": (
        "Hanwha to supply more howitzers to Poland\n\n"
        "SEOUL, March 4 (Yonhap) -- South Korea's Hanwha Aerospace signed a deal on Monday to supply 150 more K9 "
        "self-propelled howitzers to Poland, the company said, in the latest arms sale between the two allies.\n\n"
        "The contract, worth $2.6 billion, was signed in Warsaw in the presence of the two countries' defense "
        "ministers.\n\n"
        "Poland has ordered tanks, fighter jets and artillery from South Korea since Russia's invasion of "
        "Ukraine.\n"),
}


@pytest.mark.parametrize("name", list(DEFENSE))
def test_defense_news_in_the_same_words_stays_relevant(name):
    art = article_of(DEFENSE[name], head="")
    assert relevant(art.relevance) and art.relevance >= 0.6, art.relevance
    assert art.events


@pytest.mark.parametrize("sentence, weight", [
    # weak words of another field count nothing; strong ones still count
    ("The airline alliance signed an agreement on code-sharing.", 0.0),
    ("The rocket lifted off and deployed two satellites into orbit.", 0.0),
    ("Investors cheered the merger of the two carmakers' battery units, and the companies signed an agreement.", 0.0),
    ("Troops were deployed after the earthquake.", 1.0),
    # phrases that only look like defense
    ("Civil Defense teams pulled survivors from the rubble.", 0.0),
    ("The defense lawyers said their client acted alone.", 0.0),
    ("A price war between supermarket chains squeezed farmers.", 0.0),
    ("Unions called a general strike against the pension reform.", 0.0),
    # defense phrases of words also used elsewhere
    ("The two states formed a military alliance.", 1.0),
    ("Washington approved arms sales to Taipei.", 1.0),
])
def test_sentence_weight_of_words_used_in_other_fields(sentence, weight):
    assert sentence_weight(sentence) == weight
