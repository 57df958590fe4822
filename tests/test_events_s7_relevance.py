"""Traps and furniture (session 7): articles of other fields that use defence words yield no events, and mentions
that are boilerplate, generic or domestic are no facts between states.

Articles and sentences are written for these tests, in several outlets' styles (business wire, city newspaper,
entertainment desk, games and film pages, wire, broadsheet); none comes from an evaluation set."""
from __future__ import annotations

import pytest
from conftest import analyse_raws
from helpers import events_of, parties

from pactwatch.events.relevance import article_relevance, relevant
from pactwatch.model import Entity, EntityAnalysis, Mention, RawDocument

IT_ALLIANCE = """Kestrel Systems forms strategic alliance with Japanese cloud firm
By Priya Nair
Published 4 February 2026

BENGALURU: Indian IT services company Kestrel Systems on Tuesday announced a strategic alliance with Japan's Hoshimoto Cloud to offer data-centre migration services to banks in Southeast Asia.

Under the agreement, Hoshimoto will deploy its engineers at Kestrel's delivery centres in Pune and Chennai, while Kestrel will resell Hoshimoto's security software in India and Singapore.

"This alliance brings together two companies that share a commitment to their clients," Kestrel's chief executive Arvind Rao said in a statement.

Analysts said the partnership would help Kestrel win contracts from Japanese lenders expanding in Vietnam and Indonesia.
"""

IT_ALLIANCE_LEAN = """Infotech Global, Japan's Kumo Systems announce strategic alliance
Published 4 February 2026

MUMBAI: Infotech Global on Wednesday said it has entered into a strategic alliance with Japan's Kumo Systems to deliver digital transformation services to clients in Japan and India.

Under the agreement, the two firms will set up a joint delivery centre in Hyderabad, which will employ 500 engineers by the end of the year.

The alliance will also help Infotech expand its presence in Japan, where it already serves several banks and insurers.
"""

DENGUE = """City declares war on dengue as cases surge
Published 4 February 2026

SINGAPORE - The National Environment Agency will deploy millions of male Wolbachia mosquitoes in 12 more housing estates this year, as the city steps up its war on dengue.

The mosquitoes, which cannot bite, have been deployed in Tampines and Yishun since 2020, where dengue cases fell by up to 75 percent, the agency said on Tuesday.

Health officials said the battle against the virus was far from over. More than 4,000 cases have been reported since January.

Malaysia and Indonesia have also launched their own campaigns to attack the mosquito population, and the three countries agreed to share data on outbreaks.

"We cannot let our guard down," the minister said. Residents are urged to remove stagnant water from their homes.
"""

MALARIA = """Health ministers pledge joint offensive against malaria
Posted by Amina Yusuf on February 4, 2026

ACCRA — Health ministers from Ghana, Togo and Burkina Faso on Wednesday agreed a joint offensive against malaria, the disease that killed more than 20,000 people in the three countries last year.

Teams will be deployed to border districts to spray homes and hand out bed nets, and a cross-border alliance of clinics will share data on infections.

"This is a war we can win," Ghana's health minister said, adding that a new vaccine would reach children in the north by June.
"""

POP_TOUR = """K-pop invasion: Starlight Reunion tour to sweep Latin America
Published 4 February 2026

SEOUL, Feb 4 (Yonhap) -- The reunited boy band Starlight will launch a world tour in April with stops in Mexico, Brazil, Chile, Argentina, Peru and Colombia, its agency said Wednesday.

The agency described the tour as an "invasion" of the region's stadiums and a new alliance with Latin American promoters.

"We will deploy our artists to six countries in five weeks," the agency's chief executive said, adding that the band's first visit to South America had sold out in minutes.

The band signed an agreement with a Mexican ticketing platform last month. The group's comeback album topped the charts in South Korea and Japan in January.
"""

VIDEO_GAME = """New Battlefront game lets players invade Europe as Soviet troops
Published 4 February 2026

STOCKHOLM - Swedish studio Nordfrost on Tuesday released Battlefront: Iron Winter, a video game in which players lead Soviet troops in an invasion of Western Europe in 1985.

Players can deploy tanks, call in air strikes and form alliances with other players online, the studio said.

The game sold 2 million copies in its first week, and reviewers praised its missions set in Germany, Poland and France.

Gamers in the United States and Japan complained about server crashes during the launch weekend.
"""

FILM_REVIEW = """Review: 'The Long Frontier' retells the Winter War with little heart
By Claire Dubois
4 February 2026

The Finnish director's new film follows a squad of Finnish soldiers defending a village against the Soviet invasion of 1939.

The battle scenes are spectacular, but the actors playing the Soviet commanders are given little to do.

The film, which premiered at the Berlin film festival, opens in cinemas across Europe next week and will stream in the United States from March.
"""

# a defence story that names a pandemic, a health ministry and a concert once stays an article about defence
DEFENCE_WITH_ASIDES = """Poland and Lithuania hold joint drills near the Suwalki gap
Published 4 February 2026

WARSAW (Reuters) - Polish and Lithuanian troops began joint military exercises near the Suwalki gap on Tuesday, the two countries' defence ministries said.

About 3,000 soldiers, tanks and artillery units are taking part in the drills, which run until Friday.

The exercises had been cut back during the coronavirus pandemic, when troops were also used to help hospitals.

Lithuanian Defence Minister Laurynas Kasciunas said the drills showed that the allies could reinforce the gap within hours.

A concert for the soldiers is planned in Vilnius on Saturday.
"""


def _article(text: str, doc_id: str):
    return analyse_raws([RawDocument(doc_id, f"{doc_id}.txt", text)])[0]


@pytest.mark.parametrize("text", [
    pytest.param(IT_ALLIANCE, id="it-firm-strategic-alliance"),
    pytest.param(IT_ALLIANCE_LEAN, id="it-firm-alliance-without-market-words"),
    pytest.param(DENGUE, id="city-agency-deploys-mosquitoes"),
    pytest.param(MALARIA, id="health-ministers-offensive-on-malaria"),
    pytest.param(POP_TOUR, id="pop-tour-invasion-and-alliance"),
    pytest.param(VIDEO_GAME, id="video-game-invasion"),
    pytest.param(FILM_REVIEW, id="war-film-review"),
])
def test_trap_articles_yield_no_events(text):
    article = _article(text, "trap")
    assert article.events == ()


def test_defence_story_with_health_and_music_asides_keeps_its_events():
    article = _article(DEFENCE_WITH_ASIDES, "drills")
    assert any(e.type == "exercise" and {"country:POL", "country:LTU"} <= parties(e) for e in article.events)


def _ents(*ids: str) -> EntityAnalysis:
    ents = tuple(Entity(i, i.split(":")[0], i.split(":")[1]) for i in ids)
    return EntityAnalysis(entities=ents, mentions=tuple(Mention(i, k, k + 1, i) for k, i in enumerate(ids)))


def test_health_sentences_are_another_field():
    sentences = ["The agency will deploy mosquitoes against dengue in twelve estates.",
                 "Cases of the virus fell after the mosquitoes were deployed.",
                 "Malaysia and Indonesia launched campaigns to attack the mosquito population.",
                 "The war on dengue will go on, the minister said."]
    assert not relevant(article_relevance(sentences, _ents("country:SGP", "country:MYS", "country:IDN")))


@pytest.mark.parametrize("sentence", [
    # a journalist's request (wire, broadsheet)
    pytest.param("Peru's defence ministry did not respond to a request for comment from Reuters.", id="request-for-comment"),
    pytest.param("Officials in Hanoi did not immediately reply to requests for comment on the Philippine claims.",
                 id="requests-for-comment"),
    pytest.param("The Chilean embassy in Lima left a request for comment unanswered.", id="request-left-unanswered"),
    # a domestic political group (regional paper)
    pytest.param("The opposition alliance in Kenya called on the government to pull its police out of Haiti.",
                 id="opposition-alliance-calls-on-own-government"),
    pytest.param("The ruling alliance of five parties backing Prime Minister Adeyemi won a majority in Nigeria's parliament.",
                 id="ruling-alliance-of-parties"),
])
def test_boilerplate_and_domestic_mentions_are_no_events(sentence):
    assert events_of(sentence, "request") + events_of(sentence, "alliance") == []


def test_agreements_in_general_are_no_agreement():
    sentence = "Bolivia accused Paraguay of moving troops to the border in breach of international accords."
    assert events_of(sentence, "agreement") == []
    assert events_of(sentence, "threat")  # the accusation stays


@pytest.mark.parametrize(("sentence", "etype"), [
    pytest.param("Chile and Peru signed agreements on border security and trade.", "agreement",
                 id="signed-plural-agreements"),
    pytest.param("Ghana asked Togo for help in patrolling the border, officials said.", "request", id="request-for-help"),
])
def test_real_facts_with_similar_words_stay(sentence, etype):
    assert events_of(sentence, etype)


LEAD = "Poland and Germany held defence talks in Warsaw on Monday. "


def test_a_bare_plural_of_a_kind_of_state_is_no_group_of_parties():
    """GUIDE: a generic group ("Central Asian states", "Baltic states" without a determiner) is no party; the group
    told with a determiner or a number ("the three Baltic states") stands for its members."""
    generic = events_of(LEAD + "Sweden wants closer defence cooperation with Baltic states, the minister said.",
                        "cooperation")
    assert generic and all(not {"country:EST", "country:LVA"} & parties(e) for e in generic)
    told = events_of(LEAD + "Poland will hold joint drills with the three Baltic states in May.", "exercise")
    assert any({"country:EST", "country:LVA", "country:LTU"} <= parties(e) for e in told)
