"""Extras the tenth session's precision work removes, each with a sentence where the same shape stays a fact: a place
and its year is the games or the fair held there, not a drill; what is put at a disposal must be a state's military
or security means; a request a state's own politicians make of their own government is no fact between states; one
sentence told twice in an article is one fact. Sentences invented, in several outlets' styles."""
from __future__ import annotations

import pytest
from helpers import events_of

from pactwatch.events import shapes_accords
from pactwatch.events.folding import _comments_on
from pactwatch.metadata import _MONTHS
from pactwatch.model import Event, Evidence

LEAD = "Ghana and Togo signed a border security agreement in Accra on Monday, the two defence ministries said.\n\n"


def _in(text: str, etype: str, start: str) -> list:
    """The events of ``etype`` whose evidence sentence starts with ``start``."""
    return [e for e in events_of(text, etype) if e.evidence.sentence.startswith(start)]


@pytest.mark.parametrize("text, start", [
    # wire: soldiers guard the venues in the main clause, the games begin in the time clause
    ("Around 18,000 French soldiers will guard the venues when Paris 2024 begins on July 26, with police from Belgium "
     "and Germany joining them.", "Around 18,000"),
    # broadsheet: the clause order reversed
    ("When Paris 2024 begins on July 26, some 18,000 soldiers will be guarding the venues alongside British and "
     "Spanish police.", "When Paris"),
    # agency: a fair named by its host state and year
    ("Troops from Qatar and Kuwait will secure the grounds when Qatar 2030 opens its doors in October.", "Troops from"),
])
def test_a_place_and_its_year_is_no_drill(text, start):
    assert not _in(text, "exercise", start), events_of(text)


@pytest.mark.parametrize("text, start", [
    ("Soldiers from Kazakhstan and Kyrgyzstan will take part when Steppe Eagle 2025 begins on June 3.", "Soldiers"),
    ("Troops from Russia, Armenia and Belarus took part in Caucasus 2020 in September, the ministry said.", "Troops"),
    ("Troops of Chile and Peru joined Unitas 2025 in the Pacific.", "Troops of"),
])
def test_a_drill_named_with_its_year_stays(text, start):
    assert _in(text, "exercise", start), events_of(text)


@pytest.mark.parametrize("text, start", [
    ("The Bank of Ghana placed its funds at the disposal of the Treasury of Nigeria to ease the debt crisis.",
     "The Bank"),
    ("Japan placed its funds at the disposal of the Treasury of Ghana to ease the debt crisis.", "Japan placed"),
    ("The Chinese company has put its engineers at the disposal of the Kenyan railway authority.", "The Chinese"),
])
def test_money_or_a_company_at_a_disposal_is_no_cooperation(text, start):
    assert not _in(text, "cooperation", start), events_of(text)


@pytest.mark.parametrize("text, start", [
    ("Saudi Arabia said it would put all its military capabilities at Qatar's disposal.", "Saudi Arabia"),
    ("Romania has put its ports at Ukraine's disposal for grain and fuel.", "Romania has"),
    ("Poland placed two battalions at the disposal of NATO's eastern command.", "Poland placed"),
])
def test_a_states_forces_or_bases_at_a_disposal_stay_cooperation(text, start):
    assert _in(text, "cooperation", start), events_of(text)


def test_the_month_list_is_metadatas():
    assert shapes_accords._MONTHS is _MONTHS and not hasattr(shapes_accords, "MONTHS")


def test_an_attack_whose_trigger_is_not_in_its_sentence_is_no_comment():
    ev = Event(type="conflict", status="occurred", actors=("country:RUS",), targets=("country:UKR",),
               evidence=Evidence(sentence="The strike on Kyiv killed five.", clean_start=0, clean_end=31),
               trigger="the attack")
    assert _comments_on(ev) is False


MOU = ("Sri Lanka signed a memorandum of understanding on defence cooperation with India on Saturday, during Prime "
       "Minister Narendra Modi's visit to Colombo.\n\n")
HAITI = ("Kenya's cabinet approved the deployment of 1,000 police officers to Haiti on Tuesday, a mission the United "
         "States will finance.\n\n")


@pytest.mark.parametrize("text, start", [
    # local daily: the opposition leader, titled before his name
    (MOU + "Opposition Leader Sajith Premadasa asked the government to table the full text in Parliament, saying "
     "the people had a right to know what commitments had been made.", "Opposition Leader"),
    # wire: lawmakers "call on" their own cabinet
    (HAITI + "Several opposition MPs called on the cabinet to recall the officers, citing the cost.", "Several"),
    # broadsheet: senators and "their own government"
    (HAITI + "Kenyan senators called on their own government to recall the officers, citing the cost.", "Kenyan"),
    # agency: activists demand that the government act
    (LEAD + "Activists demanded that the government scrap the defence deal signed with Togo.", "Activists"),
])
def test_a_request_of_ones_own_government_is_no_interstate_request(text, start):
    assert not _in(text, "request", start), events_of(text)


@pytest.mark.parametrize("text, start", [
    # a foreign state asks "the government" of the state the article is about
    (LEAD + "The United States urged the government to deny Togolese troops access to the port, the State "
     "Department said.", "The United States"),
    # an international body asks it
    (LEAD + "The African Union urged the government to accept peacekeepers from Togo.", "The African Union"),
    # a government qualified by its state
    (MOU + "Washington called on the Sri Lankan government to reject Chinese research vessels.", "Washington"),
    # a state asks another
    (MOU + "Sri Lanka asked India to help finance the new naval base in Trincomalee.", "Sri Lanka asked"),
])
def test_a_request_of_a_government_by_another_state_stays(text, start):
    assert _in(text, "request", start), events_of(text)


def test_a_sentence_told_twice_is_one_fact():
    said = ("Sri Lanka's foreign minister asked India to provide two more patrol vessels for the navy by the end of "
            "the year.")
    text = MOU + said + " The navy has four Indian-built patrol vessels.\n\nColombo gave no date.\n\n" + said
    assert len([e for e in events_of(text, "request") if "patrol vessels for" in e.evidence.sentence]) == 1, \
        events_of(text)


# trap articles: every defense word of the story held in scare quotes (a food rivalry, a sports derby, a price fight
# between two states' companies)
FOOD = ("Suya war: Nigerian grill masters 'invade' Accra\nLifestyle desk\n12 May 2026\n\n"
        "A squad of eight Nigerian grill masters launched what organisers called \"a full-scale invasion\" of the "
        "Accra Street Food Festival on Saturday, arriving with their \"secret weapons\" of spiced peanut powder.\n\n"
        "Ghanaian food bloggers accused the visitors of \"culinary aggression\" as crowds from Ghana, Togo and "
        "Nigeria queued for hours.\n\nThe judges declared a draw, and organisers announced a \"ceasefire\" until the "
        "next round in Lagos.\n\nThe two cooks then signed what they jokingly called a \"peace treaty\" and "
        "promised to grill together at a charity dinner.\n\nA Togolese fan said the \"truce\" would not last.\n")
DERBY = ("Balkan derby: Serbian fans 'invade' Zagreb\nSport\n3 March 2026\n\n"
         "Thousands of Serbian supporters staged what the local press called 'an invasion' of Zagreb before Sunday's "
         "basketball derby against Croatia.\n\nCroatian coach Ivo Maric promised his players would show no "
         "'mercy' and bring their 'heavy artillery' from the bench.\n\nThe match ended 88-81 for Croatia, and both "
         "federations later agreed a 'ceasefire' in the war of words between their fans.\n\nSlovenia and Bosnia host "
         "the next round of the league in April.\n")
PRICES = ("Dairy rivals call 'truce' in Baltic milk fight\nBusiness\n4 February 2026\n\n"
          "Lithuanian and Latvian dairies agreed a 'ceasefire' on Tuesday after a year of what traders called a "
          "'milk war' across the Baltic states.\n\nThe Estonian regulator had accused both sides of 'aggression' in "
          "pricing, and Polish importers had threatened to 'invade' the market with cheaper cheese.\n\nThe 'peace "
          "deal' sets a floor price for milk in Lithuania, Latvia and Estonia until the end of the year.\n\n"
          "Shares in the two dairies rose after the announcement.\n")


@pytest.mark.parametrize("article", [FOOD, DERBY, PRICES])
def test_a_story_told_in_scare_quotes_gives_no_events(article):
    assert not events_of("", head=article)


def test_a_defence_story_with_a_scare_quote_stays():
    story = ("Moscow steps up strikes\nWorld\n6 January 2026\n\nRussia launched 40 missiles and 200 drones at "
             "Ukrainian cities overnight, the Ukrainian air force said on Monday.\n\nMoscow calls its war a \"special "
             "military operation\".\n\nUkraine's defence minister asked Germany for more Patriot air defence "
             "systems after the attack.\n")
    found = events_of("", head=story)
    assert any(e.type == "conflict" for e in found) and any(e.type == "request" for e in found), found


# a defense word written in capitals inside a sentence in lower case is a name (a fan club, a brand), not the thing
FANS = ("Starlight's NAVY sets sail for Europe as band announces stadium tour\nMusic\n8 April 2026\n\n"
        "K-pop group Starlight will bring its 2026 world tour to France, Germany, Spain and Italy next summer, its "
        "agency announced on Tuesday.\n\nThe band's fan army, known as NAVY, sent the hashtag #StarlightInEurope "
        "trending in 30 countries within hours.\n\nNAVY members in Paris queued overnight for the presale, and the "
        "agency said it would deploy a new system against ticket scalpers.\n\nThe agency also signed an agreement "
        "with a German promoter to stage the shows.\n")


def test_a_fan_club_named_in_capitals_gives_no_events():
    assert not events_of("", head=FANS)


@pytest.mark.parametrize("story, etype", [
    # an acronym of the lexicon stays a defense word
    ("NATO allies meet in Vilnius\nWorld\n6 January 2026\n\nNATO defence ministers met in Vilnius on Monday and "
     "agreed to deploy more troops to Lithuania and Latvia.\n\nGermany will lead the new NATO brigade.\n",
     "deployment"),
    # a heading in capitals is read as words
    ("FACT SHEET: Poland and the United States\nWhite House\n6 January 2026\n\nDEEPENING DEFENSE COOPERATION: "
     "Poland and the United States agreed to hold joint military exercises in 2026.\n\nThe two armies will train "
     "together near Orzysz.\n", "exercise"),
])
def test_defense_words_in_capitals_of_an_acronym_or_a_heading_stay(story, etype):
    assert events_of("", etype, head=story), events_of("", head=story)


BASES = ("Australia and Indonesia signed a defence cooperation agreement in Jakarta on Monday.\n\nAsked whether "
         "Canberra had sought access to an Indonesian air base, ")


@pytest.mark.parametrize("text, start", [
    (BASES + "the defence minister said that no such request had been received.", "Asked whether"),
    (BASES + "the minister replied: \"There has been no such request from Australia.\"", "the minister replied"),
])
def test_no_such_request_is_no_request(text, start):
    assert not [e for e in events_of(text, "request")
                if e.evidence.sentence.startswith(start) or start in e.evidence.sentence], events_of(text)


def test_a_request_denied_without_such_stays():
    text = ("Australia and Indonesia signed a defence cooperation agreement in Jakarta on Monday.\n\nIndonesia "
            "rejected Australia's request for access to its air bases, the defence minister said.")
    assert events_of(text, "request"), events_of(text)


@pytest.mark.parametrize("text, start", [
    # headline style: a president signs an aid package into law
    ("Biden signs $95 billion security package for Ukraine, Israel and Taiwan. The package includes air defence "
     "for Kyiv.", "Biden signs"),
    # agency: a bill signed at home
    ("Kenya's parliament approved the Haiti mission on Monday. President Ruto signed the bill on Tuesday, clearing "
     "the way for the deployment of police officers to Haiti.", "President Ruto"),
    # broadsheet: an executive order on another state
    ("Qatar and the United States signed a defence cooperation agreement in May. Last week President Trump signed an "
     "executive order on the security of Qatar.", "Last week"),
])
def test_a_law_or_an_order_signed_at_home_is_no_agreement(text, start):
    assert not _in(text, "agreement", start), events_of(text)


@pytest.mark.parametrize("text, start", [
    ("Venezuela and Russia agreed a strategic partnership last year. Russian President Vladimir Putin signed the law "
     "ratifying the Treaty on Strategic Partnership between Russia and Venezuela.", "Russian President"),
    ("Ghana and Togo signed a border security agreement in Accra on Monday.", "Ghana and Togo"),
])
def test_an_agreement_signed_or_ratified_by_law_stays(text, start):
    assert _in(text, "agreement", start), events_of(text)


# trap articles of fields the relevance lexicon now names: sailing, astronomy, wine (made up; no defense story, though
# each uses defense words, literal ones too: a former navy officer, missiles as a simile, a ceasefire of winemakers)
SAILING = ("Kiwi crew storms Barcelona regatta\nSport\n14 October 2026\n\nNew Zealand's crew launched a late "
           'attack on the final leg of the regatta on Sunday to beat Britain and Italy by eleven seconds.\n\nThe '
           "helmsman, a former navy officer, said his team had deployed a new foil after the British boat's "
           "aggressive tactics in the pre-start.\n\nItaly's skipper accused the race committee of ignoring a "
           "collision at the first mark, and the jury will rule on Monday.\n\nThe America's Cup fleet moves to "
           'Naples in spring, where the French and Swiss crews will join the series, with support boats lent by '
           'the Italian navy.\n')
GALAXIES = ('Galaxies caught in a cosmic war\nScience\n2 February 2026\n\nAstronomers using the new Chilean '
            'telescope have watched two galaxies locked in a war, the larger one stripping the smaller of its '
            'stars.\n\nThe collision, 300 million light-years away, is an invasion in slow motion, said a '
            'physicist at the Max Planck Institute in Germany.\n\nTeams from Chile, Germany and Japan will share '
            'the data, and an alliance of observatories in Spain and Italy will deploy instruments to follow the '
            'merger and its shock waves, which hit like missiles.\n')
WINE = ('Rioja and Bordeaux in a price war\nFood and drink\n9 June 2026\n\nSpanish winemakers have launched an '
        'attack on the French market, cutting prices of their reds by a fifth as vineyards in both countries '
        "struggle with a glut.\n\nFrench growers accused Spain's cooperatives of invading their shelves with "
        'cheap wine and asked Paris to defend them against the Spanish offensive.\n\nA sommelier in Lyon said '
        'the two regions would soon sign a truce, as they had in 2019, when a ceasefire between the winemakers '
        'held for a year.\n')


@pytest.mark.parametrize("article", [SAILING, GALAXIES, WINE])
def test_sailing_astronomy_and_wine_stories_give_no_events(article):
    assert not events_of("", head=article)
