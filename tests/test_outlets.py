"""Articles written the way real outlets print them: the page's own furniture (date lines,
bylines, datelines, the outlet's name) is metadata, never text or entities.

Every article here is made up for the test, in the style of one outlet: ANI, The Hill, Dawn,
The Washington Post, Delfi, The National, Defense News, Xinhua, Sputnik, CNN, Censor.NET and
Reuters syndication. Plain text first, then small HTML pages read by the real reader.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import SETTINGS, analyse_text

from pactwatch.clean import clean
from pactwatch.metadata import extract_metadata
from pactwatch.model import RawDocument
from pactwatch.read import read_inputs

BODY = ("The two governments agreed to expand joint naval patrols and to share intelligence on "
        "smuggling routes, officials said after the talks, which lasted two days.")

# (text, title, published, publisher)
OUTLETS = [
    pytest.param("Pakistan and Saudi Arabia sign mutual defence pact.\n\nThe National | September 17, 2025\n\n"
                 "Pakistan and Saudi Arabia signed a mutual defence agreement on Wednesday. " + BODY,
                 "Pakistan and Saudi Arabia sign mutual defence pact.", date(2025, 9, 17), "The National",
                 id="the-national-pipe-date"),
    pytest.param("Pakistan, China hold naval drills in Arabian Sea\n\nBy Jane Doe, Reuters | 11/01/22\n\n"
                 "ISLAMABAD (Reuters) - Pakistan and China began naval exercises on Tuesday. " + BODY,
                 "Pakistan, China hold naval drills in Arabian Sea", date(2022, 11, 1), "Reuters",
                 id="reuters-byline-pipe-date"),
    pytest.param("US and Philippines expand Balikatan drills\n\nUpdated 3:05 PM ET, Tue April 16, 2024\n\n"
                 "Manila, Philippines (CNN) — The United States and the Philippines will hold larger drills. " + BODY,
                 "US and Philippines expand Balikatan drills", date(2024, 4, 16), "CNN", id="cnn-updated-et"),
    pytest.param("Senate passes defense bill\nBY JOHN SMITH - 06/14/23 2:30 PM ET\n"
                 "The Senate on Wednesday passed the annual defense policy bill. " + BODY,
                 "Senate passes defense bill", date(2023, 6, 14), None, id="the-hill-caps-byline"),
    pytest.param("Pakistan, Turkey agree to boost defence ties\nDawn.com Published October 5, 2021\n"
                 "ISLAMABAD: Pakistan and Turkey agreed on Tuesday to deepen defence cooperation. " + BODY,
                 "Pakistan, Turkey agree to boost defence ties", date(2021, 10, 5), "Dawn", id="dawn-dotcom"),
    pytest.param("India, France hold talks on defence cooperation\nANI | Updated: Jan 12, 2024 18:45 IST\n"
                 "New Delhi [India], January 12 (ANI): India and France held talks on Friday. " + BODY,
                 "India, France hold talks on defence cooperation", date(2024, 1, 12), "Asian News International",
                 id="ani-updated-ist"),
    pytest.param("Biden meets Kishida at White House.\nBy Jane Doe and John Roe\nApril 10, 2024 at 5:12 p.m. EDT\n"
                 "President Biden hosted the Japanese prime minister on Wednesday. " + BODY,
                 "Biden meets Kishida at White House.", date(2024, 4, 10), None, id="washington-post-full-stop-title"),
    pytest.param("Lithuania to host German brigade\nDELFI EN\n2023.06.26 14:05\n"
                 "Lithuania will host a German brigade permanently, the minister said on Monday. " + BODY,
                 "Lithuania to host German brigade", date(2023, 6, 26), "Delfi", id="delfi-dotted-date"),
    pytest.param("China, Russia conclude joint naval drills\nSource: Xinhua| 2023-07-23 21:05:46|Editor: huaxia\n"
                 "BEIJING, July 23 (Xinhua) -- Chinese and Russian navies concluded an exercise on Sunday. " + BODY,
                 "China, Russia conclude joint naval drills", date(2023, 7, 23), "Xinhua", id="xinhua-source-editor"),
    pytest.param("Russia, Iran sign military cooperation deal\n19.01.2021, 15:42\n"
                 "MOSCOW (Sputnik) - Russia and Iran signed an agreement on Tuesday. " + BODY,
                 "Russia, Iran sign military cooperation deal", date(2021, 1, 19), "Sputnik", id="sputnik-day-first"),
    pytest.param("Poland buys more Abrams tanks.\nBy Jaroslaw Adamowski\nMonday, Jan 5, 2023\n"
                 "WARSAW, Poland — Poland signed a deal to buy used Abrams tanks on Monday. " + BODY,
                 "Poland buys more Abrams tanks.", date(2023, 1, 5), None, id="defense-news-weekday"),
    pytest.param("Ukraine and Poland agree on joint drills\nCensor.NET, 12.03.2024 10:15\n"
                 "Ukraine and Poland agreed to hold joint exercises this summer. " + BODY,
                 "Ukraine and Poland agree on joint drills", date(2024, 3, 12), "Censor.NET", id="censor-net"),
    pytest.param("Ministers meet in Cairo\nSource: Example Wire, https://wire.example.org/2020/01/08/cairo\n\n"
                 "Published: 2020-01-08\n\nThe ministers met in Cairo on Wednesday. " + BODY,
                 "Ministers meet in Cairo", date(2020, 1, 8), "Example Wire",
                 id="source-line-with-url"),  # a source line with its address names its outlet, known or not
]


def _meta(text: str):
    doc = clean(RawDocument("t", "<test>", text), SETTINGS)
    return doc, extract_metadata(doc)


@pytest.mark.parametrize(("text", "title", "published", "publisher"), OUTLETS)
def test_outlet_metadata(text, title, published, publisher):
    doc, meta = _meta(text)
    assert meta.title == title
    assert meta.published == published
    assert meta.publisher == publisher
    # the furniture is gone from the text the extraction reads
    first = doc.text.split("\n")[1:]
    assert not any("|" in line or line.startswith(("By ", "BY ", "Source:")) for line in first)


def test_a_first_sentence_is_no_title():
    doc, meta = _meta("The ministers met in Cairo on Wednesday.\n\n" + BODY)
    assert meta.title is None


def test_a_sentence_with_a_date_is_no_date_line():
    text = "Talks resume\nThe talks resumed on March 3, 2024 in Geneva after a pause of three months.\n" + BODY
    doc, meta = _meta(text)
    assert meta.published is None
    assert "March 3, 2024 in Geneva" in doc.text


@pytest.mark.parametrize("text", [
    "The Pentagon (DoD) said on Monday that it would send more troops. " + BODY,
    "Officials (Reuters) said the talks went well, and that more would follow soon. " + BODY,
])
def test_a_bracket_in_a_sentence_is_no_agency_tag(text):
    doc, meta = _meta(text)
    assert doc.text.startswith(text.split(" (")[0])
    assert meta.publisher is None


# --------------------------------------------------------------------------- entities


@pytest.mark.parametrize(("text", "not_entities"), [
    pytest.param("Lithuania hosts German troops\nBy Laura Smith, Delfi | 11/01/22\n\n"
                 "Lithuania will host German troops, Defence Minister Arvydas Anusauskas said. " + BODY,
                 {"person:laura-smith", "org:delfi"}, id="byline-person-and-outlet"),
    pytest.param("ISLAMABAD (Reuters) - Pakistan and China began naval exercises on Tuesday. " + BODY,
                 {"org:reuters", "place:islamabad", "country:PAK-dateline"}, id="dateline-and-agency"),
    pytest.param("Drills in the Baltic\nSource: Example Wire, https://wire.example.org/a\n\n"
                 "Estonia and Finland held joint drills. " + BODY, {"org:example-wire"}, id="source-line"),
])
def test_publisher_metadata_is_no_entity(nlp, text, not_entities):
    a = analyse_text(nlp, text)
    ids = {e.id for e in a.ents.entities}
    assert not ids & not_entities
    assert not any("Reuters" in m.text or "Delfi" in m.text for m in a.ents.mentions)


def test_outlet_with_a_dot_is_one_organisation(nlp):
    a = analyse_text(nlp, "Ukrainian forces repelled an attack near Bakhmut, Censor.NET reported on Tuesday, "
                          "citing the General Staff.")
    outlet = [m for m in a.ents.mentions if "Censor" in m.text]
    assert [m.entity_id for m in outlet] == ["org:censor-net"]
    assert outlet[0].text == "Censor.NET"


# --------------------------------------------------------------------------- HTML pages

PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<article><h1>{title}</h1>
<p class="byline">{byline}</p>
<p>{lead}</p>
<p>{body}</p>
<p>The agreement, the officials said, would be reviewed by both parliaments before the end of the year, and
the first joint patrols could start in the spring if the legislatures approve it in time.</p>
</article></body></html>"""


@pytest.mark.parametrize(("byline", "lead", "published"), [
    pytest.param("The National | September 17, 2025", "Abu Dhabi: The UAE and France agreed to hold drills.",
                 date(2025, 9, 17), id="html-the-national"),
    pytest.param("By Jane Doe, Reuters | November 21, 2022", "Islamabad and Beijing agreed to hold naval drills.",
                 date(2022, 11, 21), id="html-reuters-syndication"),
])
def test_html_page_byline_gives_date_not_entities(nlp, tmp_path: Path, byline, lead, published):
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(title="Allies agree on joint patrols", byline=byline, lead=lead, body=BODY),
                    encoding="utf-8")
    raw = next(iter(read_inputs([str(path)], SETTINGS)))
    doc = clean(raw, SETTINGS)
    meta = extract_metadata(doc)
    assert meta.published == published
    assert byline not in doc.text
    a = analyse_text(nlp, doc.text)
    assert not {e.id for e in a.ents.entities} & {"person:jane-doe", "org:reuters", "org:the-national"}


# --------------------------------------------------------------------------- whole articles, whole pipeline

OUTLET_ARTICLES = Path(__file__).resolve().parent / "data" / "outlets"

# file: (published, publisher, entities that must be there, entities that must not, relations, quote speakers)
EXPECTED = {
    "ani": ("2024-01-12", "Asian News International",
            {"person:rajnath-singh", "person:sebastien-lecornu", "country:IND", "country:FRA"},
            {"org:ani", "org:advanced-medium-combat-aircraft", "org:amca"},
            {("person:sebastien-lecornu", "official_of", "country:FRA")},
            ["person:rajnath-singh", "person:sebastien-lecornu"]),
    "dawn": ("2021-10-05", "Dawn", {"person:qamar-javed-bajwa", "person:hulusi-akar", "country:PAK", "country:TUR"},
             {"person:gen-bajwa", "org:dawn"},
             {("person:hulusi-akar", "official_of", "country:TUR")},
             ["person:qamar-javed-bajwa", "person:hulusi-akar"]),
    "delfi": ("2023-06-26", "Delfi", {"person:boris-pistorius", "person:arvydas-anusauskas", "org:nato"},
              {"org:delfi"},
              {("person:boris-pistorius", "official_of", "country:DEU"),
               ("person:arvydas-anusauskas", "official_of", "country:LTU")},
              ["person:boris-pistorius", "person:gitanas-nauseda"]),
    "hill": ("2023-06-14", None, {"person:jack-reed", "person:pat-ryder", "org:pentagon"},
             {"person:brig", "person:john-smith"},
             {("person:pat-ryder", "official_of", "org:pentagon"),
              ("person:jack-reed", "leader_of", "org:senate-armed-services-committee")},
             ["person:jack-reed", "person:roger-wicker"]),
    "sputnik": ("2021-01-19", "Sputnik", {"org:russian-defense-ministry", "person:alexander-fomin", "person:amir-hatami"},
                {"agreement:iran-sign-agreement-on-military-cooperation-russia", "person:ivan-ivanov"},
                {("person:alexander-fomin", "official_of", "country:RUS"),
                 ("person:amir-hatami", "official_of", "country:IRN"),
                 ("person:dmitry-peskov", "official_of", "country:RUS")},
                ["person:alexander-fomin", "person:amir-hatami"]),
    "xinhua": ("2023-07-23", "Xinhua", {"org:chinese-defense-ministry", "place:sea-of-japan", "person:tan-kefei"},
               {"org:xinhua", "country:JPN", "person:huaxia"},
               {("person:viktor-liina", "leader_of", "org:russian-pacific-fleet")},
               ["person:tan-kefei", "person:viktor-liina"]),
}


@pytest.fixture(scope="module")
def outlet_output(tmp_path_factory) -> dict[str, dict]:
    import json
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "pactwatch", "extract", str(OUTLET_ARTICLES), "--jsonl"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return {d["doc"]: d for d in map(json.loads, proc.stdout.splitlines())}


@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_outlet_article_end_to_end(outlet_output, doc):
    published, publisher, present, absent, relations, speakers = EXPECTED[doc]
    d = outlet_output[doc]
    ids = {e["id"] for e in d["entities"]}
    assert d["published"] == published
    assert d["publisher"] == publisher
    assert present <= ids, present - ids
    assert not absent & ids, absent & ids
    assert relations <= {(r["subject"], r["relation"], r["object"]) for r in d["relations"]}
    assert [q["speaker"] for q in d["quotes"]] == speakers
