"""Clean stage: page furniture, error banners, header lines and repeats leave the text; offsets stay true."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from pactwatch.clean import clean
from pactwatch.model import CleanDocument, RawDocument, Rejection
from pactwatch.settings import Settings

SETTINGS = Settings()
LOOSE = Settings().with_(min_words=1)

# --------------------------------------------------------------------------- made-up articles (60+ words each)

PORT_TITLE = "Port authority approves second container terminal on the northern quay"
PORT = [
    "Harbor authorities in Valdora approved on Tuesday a plan to build a second container terminal on the "
    "northern quay, a project the regional government says will double the port's capacity by 2029.",
    "The terminal will cover 40 hectares of reclaimed land and employ about 1,200 people once it opens, "
    "according to the port's director, who said dredging work would start in the spring.",
    "Fishermen who use the old basin have asked for compensation, and an environmental group said it would "
    "challenge the permit in court because of the risk to a nearby seagrass meadow.",
]

WHEAT_TITLE = "Drought cuts wheat harvest forecast for a second year running"
WHEAT = [
    "Farmers across the central plains expect their smallest wheat harvest in a decade after three months "
    "without significant rain, the agriculture ministry said in its monthly crop report.",
    "The ministry lowered its forecast to 18 million tonnes from 23 million, and officials said export quotas "
    "could be introduced if prices on the domestic market kept rising through the summer.",
    "Grain traders said buyers in neighbouring countries had already started looking for other suppliers, "
    "while millers warned that the price of bread would go up before the autumn.",
]

NAVY_TITLE = "Two navies begin a week of mine-clearing drills in the Baltic"
NAVY = [
    "Warships from Norway and Finland began a week of joint mine-clearing exercises in the Baltic Sea on "
    "Monday, the two defence ministries said in a joint statement issued in Helsinki.",
    "About 600 sailors and eight vessels are taking part in the drills, which practise locating and "
    "neutralising old sea mines that still lie on the seabed near busy shipping lanes.",
    "A Finnish commander told reporters the exercise was planned last year and was not aimed at any "
    "particular country, adding that the navies would hold a similar drill next spring.",
]

RAIL_TITLE = "New rail link to cut freight times between the capital and the coast"
RAIL = [
    "A new electrified rail line linking the capital with the southern coast opened to freight traffic this "
    "week, cutting the journey for container trains from eleven hours to under six.",
    "The transport minister said the line had cost 2.4 billion euros, most of it borrowed from a development "
    "bank, and that passenger services would follow once the stations were finished.",
    "Logistics companies welcomed the link but said the tariffs charged by the state railway operator were "
    "still too high to persuade most shippers to move their goods off the road.",
]

CLINIC_TITLE = "Rural clinics to receive solar power under a health ministry plan"
CLINIC = [
    "Three hundred rural health clinics will be fitted with solar panels and batteries over the next two "
    "years so that vaccines can be kept cold during the frequent power cuts, officials said.",
    "Nurses in remote districts have long complained that refrigerators fail during outages, forcing them to "
    "throw away doses and turn away parents who had walked for hours with their children.",
    "The programme is paid for by a grant from a group of donor governments and will be run by a private "
    "contractor chosen through an open tender, the health ministry said on Thursday.",
]


def body(paragraphs: list[str], sep: str = "\n\n") -> str:
    return sep.join(paragraphs)


def run(text: str, settings: Settings = SETTINGS, **hints: str) -> CleanDocument:
    doc = clean(RawDocument("t", "<test>", text, hints=tuple(hints.items())), settings)
    assert isinstance(doc, CleanDocument), doc
    return doc


def has_header(doc: CleanDocument, keys: str, value: str) -> bool:
    """``keys`` is ``key`` or ``key1|key2`` (either name is fine for the stage contract)."""
    return any(k in keys.split("|") and v == value for k, v in doc.header)


def covered(doc: CleanDocument, needle: str) -> bool:
    """``needle`` (in the original text) lies inside a span the cleaner recorded as removed."""
    i = doc.raw.text.index(needle)
    return any(s <= i and i + len(needle) <= e for _, s, e in doc.removed)


# --------------------------------------------------------------------------- the table
# (text, gone: substrings that leave the text, stay: substrings kept, header: (keys, value) entries)

CASES = [
    pytest.param(
        "Contact Us\n\nSubscribe\n\n" + PORT_TITLE + "\n\n" + body(PORT)
        + "\n\nShare on Facebook\nComments (3)\nCommentsNo comment\n",
        ["Contact Us", "Subscribe", "Share on Facebook", "Comments (3)", "CommentsNo comment"],
        [PORT_TITLE, *PORT], [], id="navigation",
    ),
    pytest.param(
        "Home\nMenu\nSearch\n" + WHEAT_TITLE + "\n" + body(WHEAT, "\n")
        + "\nRead more: Fertiliser prices hit record\nTags: agriculture, drought\nFollow us on Twitter\n"
        + "Advertisement\nBack to top\nPrivacy Policy\n",
        ["Home", "Menu", "Search", "Read more: Fertiliser", "Tags: agriculture", "Follow us on Twitter",
         "Advertisement", "Back to top", "Privacy Policy"],
        [WHEAT_TITLE, *WHEAT], [], id="menu-and-footer",
    ),
    pytest.param(
        "We use cookies to improve your experience on our site. By continuing to browse the site you agree.\n"
        "Accept all cookies\n\n" + NAVY_TITLE + "\n\n" + body(NAVY)
        + "\n\nThis website uses cookies to ensure you get the best experience.\nCookie policy\n",
        ["We use cookies", "Accept all cookies", "This website uses cookies", "Cookie policy"],
        [NAVY_TITLE, *NAVY], [], id="cookie-notices",
    ),
    pytest.param(
        RAIL_TITLE + "\n" + body(RAIL, "\n") + "\nLegal Disclaimer:\n"
        "The publisher provides the information \u201cas is\u201d without warranty of any kind. We do not accept "
        "any responsibility or liability for the accuracy of the information contained in this article.\n"
        "The views expressed in this article are the author's own and do not reflect the editorial policy.\n"
        "Copyright 2024 Example Media Group. All rights reserved.\n",
        ["Legal Disclaimer", "without warranty of any kind", "The views expressed", "Copyright 2024"],
        [RAIL_TITLE, *RAIL], [], id="legal-disclaimer",
    ),
    pytest.param(
        " date 2026-01-06 403\nSorry!!\nError! We're sorry, but the page you were looking for doesn't exist.\n"
        + CLINIC_TITLE + "\n" + body(CLINIC, "\n"),
        ["Sorry!!", "Error! We're sorry", "2026-01-06"],
        [CLINIC_TITLE, *CLINIC], [("date", "2026-01-06"), ("http_status", "403")], id="error-banner-403",
    ),
    pytest.param(
        "404 Not Found\nOops!\nThe page you requested could not be found.\n" + PORT_TITLE + "\n" + body(PORT, "\n"),
        ["404 Not Found", "Oops!", "The page you requested"],
        [PORT_TITLE, *PORT], [], id="error-banner-404",
    ),
    pytest.param(
        " date 2026-01-06 403 " + body(WHEAT, "\n"),
        ["date 2026-01-06 403"],
        WHEAT, [("date", "2026-01-06"), ("http_status", "403")], id="inline-date-prefix",
    ),
    pytest.param(
        "Published: 2024-03-05T09:30:00Z\n" + NAVY_TITLE + "\n" + body(NAVY, "\n"),
        ["2024-03-05T09:30"],
        [NAVY_TITLE, *NAVY], [("date|published", "2024-03-05T09:30:00Z")], id="iso-date-prefix",
    ),
    pytest.param(
        RAIL_TITLE + "\n\nPublished January 06,2026\n\n" + body(RAIL),
        ["Published January 06,2026"],
        [RAIL_TITLE, *RAIL], [("published", "January 06,2026")], id="published-line",
    ),
    pytest.param(
        CLINIC_TITLE + "\nLast updated: 12 March 2024, 14:05 GMT\n" + body(CLINIC, "\n"),
        ["Last updated: 12 March"],
        [CLINIC_TITLE, *CLINIC], [("last_updated", "12 March 2024, 14:05 GMT")],
        id="updated-line",
    ),
    pytest.param(
        PORT_TITLE + "\nBy Jane Smith\n" + body(PORT, "\n"),
        ["By Jane Smith"],
        [PORT_TITLE, *PORT], [("byline", "Jane Smith")], id="byline",
    ),
    pytest.param(
        WHEAT_TITLE + "\n\nMaria Lopez, Field Reporter\nMarch 3, 2024\n\n" + body(WHEAT),
        ["Maria Lopez", "March 3, 2024"],
        [WHEAT_TITLE, *WHEAT], [("byline", "Maria Lopez, Field Reporter"), ("date_line", "March 3, 2024")],
        id="short-byline-next-to-date",
    ),
    pytest.param(
        "https://www.example.com/news/2024/03/05/baltic-drills\n" + NAVY_TITLE + "\n" + body(NAVY, "\n"),
        ["https://www.example.com"],
        [NAVY_TITLE, *NAVY], [("url", "https://www.example.com/news/2024/03/05/baltic-drills")], id="url-line",
    ),
    pytest.param(
        RAIL_TITLE + "\n(MENAFN) " + body(RAIL, "\n"),
        ["(MENAFN)"],
        [RAIL_TITLE, *RAIL], [("agency", "MENAFN")], id="agency-tag",
    ),
    pytest.param(
        "https://example.com/a\nDairy warehouse destroyed by fire\nPublished: 2012.08.08 09:01 AM\n" + body(PORT, "\n"),
        ["https://example.com/a", "2012.08.08"],
        ["Dairy warehouse destroyed by fire", *PORT], [("published", "2012.08.08 09:01 AM")],
        id="short-title-before-date-is-no-byline",
    ),
    pytest.param(
        NAVY_TITLE + "\nNo injuries reported\nStory Created: Aug 7, 2012 at 9:56 AM AKDT\n" + body(NAVY, "\n"),
        ["Story Created"],
        [NAVY_TITLE, "No injuries reported", *NAVY], [("created", "Aug 7, 2012 at 9:56 AM AKDT")],
        id="subtitle-is-no-byline",
    ),
    pytest.param(
        "September 18th, 2013, 05:31 GMT\n" + CLINIC_TITLE + "\n" + body(CLINIC, "\n"),
        ["September 18th"],
        [CLINIC_TITLE, *CLINIC], [("date_line", "September 18th, 2013, 05:31 GMT")], id="ordinal-date-line",
    ),
    pytest.param(
        PORT_TITLE + "\nSUNNYVALE, Calif. \u20142/29/2012\n" + body(PORT, "\n"),
        ["SUNNYVALE"],
        [PORT_TITLE, *PORT], [("date_line", "SUNNYVALE, Calif. \u20142/29/2012")], id="place-dash-date-line",
    ),
    pytest.param(
        "BAKU, Jan 6 (Reuters) - " + body(NAVY, "\n"),
        ["BAKU, Jan 6 (Reuters)"],
        NAVY, [("agency", "Reuters"), ("dateline", "BAKU")], id="agency-dateline",
    ),
    pytest.param(
        CLINIC_TITLE + "\n\n" + body(CLINIC) + "\n\nRelated stories\nFarmers protest over fuel subsidy cuts\n"
        "Border crossing reopens after floods\n\nMore on this topic:\n- Wheat prices fall for a third month\n"
        "- Port workers end strike\n\nCorrection: An earlier version misstated the number of clinics.\n",
        ["Related stories", "Farmers protest over fuel subsidy cuts", "Border crossing reopens after floods",
         "More on this topic:", "- Wheat prices fall for a third month", "- Port workers end strike",
         "Correction: An earlier version"],
        [CLINIC_TITLE, *CLINIC], [], id="related-links-block-and-correction",
    ),
    pytest.param(
        CLINIC_TITLE + "\n\nAlso read\nPort workers end strike\n" + body(CLINIC),
        ["Also read", "Port workers end strike"], CLINIC, [], id="links-block-ends-at-prose",
    ),
    pytest.param(
        "ANKARA (AA) \u2013 " + body(CLINIC, "\n"),
        ["ANKARA (AA)"],
        CLINIC, [("agency", "AA"), ("dateline", "ANKARA")], id="agency-dateline-dash",
    ),
]


@pytest.mark.parametrize(("text", "gone", "stay", "header"), CASES)
def test_clean_table(text, gone, stay, header):
    doc = run(text)
    for g in gone:
        assert g not in doc.text, f"{g!r} should be removed"
        assert covered(doc, g), f"{g!r} removed but not recorded in doc.removed"
    for s in stay:
        assert s in doc.text, f"{s!r} should be kept"
    for keys, value in header:
        assert has_header(doc, keys, value), f"({keys}, {value!r}) not in {doc.header}"


@pytest.mark.parametrize(("text", "kept_line"), [
    pytest.param("Sorry!!\n" + PORT_TITLE + "\n" + body(PORT, "\n"), PORT[0], id="after-sorry"),
    pytest.param("403 Forbidden\n" + body(WHEAT, "\n"), WHEAT[0], id="after-403"),
])
def test_error_banner_keeps_article(text, kept_line):
    doc = run(text)
    assert any(r == "error-page" for r, _, _ in doc.removed)
    assert doc.text.startswith(kept_line) or doc.text.split("\n")[1] == kept_line


def test_agency_prefix_keeps_rest_of_paragraph():
    doc = run("(MENAFN) " + body(PORT))
    assert doc.text.startswith(PORT[0])
    first = doc.text.index(PORT[0])
    s, e = doc.offsets.span_to_original(first, first + len(PORT[0]))
    assert doc.raw.text[s:e] == PORT[0]


def test_title_is_first_headline_line():
    assert run("Contact Us\n\n" + NAVY_TITLE + "\n\n" + body(NAVY)).title == NAVY_TITLE
    assert run(body(NAVY)).title is None  # a first line that is a sentence is no headline
    assert run(body(NAVY), title="From the record").title == "From the record"


# --------------------------------------------------------------------------- repeats

REPEAT_CASES = [
    pytest.param(body([PORT[0], PORT[1], PORT[0], PORT[2], PORT[1]]), PORT[0], 1, id="paragraph-twice"),
    pytest.param(body([WHEAT[0], WHEAT[1], WHEAT[1].upper(), WHEAT[2]]), WHEAT[1], 1, id="case-insensitive"),
    pytest.param(
        body([NAVY[0], "The talks continue tomorrow.", NAVY[1], "The talks continue tomorrow.", NAVY[2]]),
        "The talks continue tomorrow.", 2, id="short-phrase-not-a-repeat",
    ),
    pytest.param(body([RAIL[0], "Watch:", RAIL[1], "Watch:", RAIL[2]]), "Watch:", 2, id="one-word-line"),
]


@pytest.mark.parametrize(("text", "para", "count"), REPEAT_CASES)
def test_repeats(text, para, count):
    doc = run(text)
    assert doc.text.count(para) == count
    # the first copy is the one kept: its offsets point at the first occurrence in the original
    i = doc.text.index(para)
    assert doc.offsets.to_original(i) == doc.raw.text.index(para)


def test_repeat_removal_is_recorded():
    doc = run(body([CLINIC[0], CLINIC[1], CLINIC[0], CLINIC[2]]))
    repeats = [(s, e) for r, s, e in doc.removed if r == "repeat"]
    second = doc.raw.text.index(CLINIC[0], 1)
    assert repeats == [(second, second + len(CLINIC[0]))]


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(("text", "reason"), [
    pytest.param(" date 2026-01-06 404\nSorry!!\nError! We're sorry, but the page you were looking for doesn't "
                 "exist.\nReturn to the homepage\n", "error-page", id="error-banner-only"),
    pytest.param("404 Not Found\nThe requested URL was not found on this server.\n", "error-page", id="apache-404"),
    pytest.param("Oops!\nPage not found.\nContact Us\nSubscribe\n", "error-page", id="error-with-nav"),
    pytest.param("The minister arrived.", "not-article", id="below-min-words"),
    pytest.param("Contact Us\nSubscribe\nShare on Facebook\nPrivacy Policy\n", "not-article", id="only-furniture"),
    pytest.param("", "not-article", id="empty"),
    pytest.param("\n \n\t\n", "not-article", id="blank"),
])
def test_refusals(text, reason):
    out = clean(RawDocument("t", "some/file.txt", text), SETTINGS)
    assert isinstance(out, Rejection)
    assert (out.source, out.stage, out.reason) == ("some/file.txt", "clean", reason)
    assert "some/file.txt" in out.message()


def test_min_words_setting():
    text = "The minister arrived in the capital on Monday for talks."
    assert isinstance(clean(RawDocument("t", "t", text), SETTINGS.with_(min_words=11)), Rejection)
    assert clean(RawDocument("t", "t", text), SETTINGS.with_(min_words=10)).text == text


# --------------------------------------------------------------------------- the bundled seeds


def _seed(seeds_dir: Path, prefix: str) -> CleanDocument:
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    doc = clean(RawDocument(path.stem, str(path), path.read_text(encoding="utf-8")), SETTINGS)
    assert isinstance(doc, CleanDocument), doc
    return doc


def test_seed_001_banner_repeats_disclaimer(seeds_dir):
    doc = _seed(seeds_dir, "001")
    raw = doc.raw.text
    for banner in ("403", "Sorry!!", "We're sorry, but the page", "Legal Disclaimer", "without warranty",
                   "CommentsNo comment", "(MENAFN)"):
        assert banner in raw
        assert banner not in doc.text, banner
    assert doc.header_value("date") == "2026-01-06" and doc.header_value("http_status") == "403"
    assert doc.header_value("agency") == "MENAFN"
    assert doc.title == "Aliyev Urges Defense Collaboration Among Turkic States"
    # the page printed five paragraphs twice: each is kept once, from its first copy
    repeated = [line for line in raw.splitlines() if line.strip() and raw.count(line) == 2 and len(line.split()) > 6]
    assert len(set(repeated)) == 5
    for para in set(repeated):
        assert doc.text.count(para) == 1
        assert doc.offsets.to_original(doc.text.index(para)) == raw.index(para)
    assert sum(r == "repeat" for r, _, _ in doc.removed) == 5
    assert doc.text.startswith("Aliyev Urges Defense")
    assert "Azerbaijani President Ilham Aliyev has suggested enhancing defense cooperation" in doc.text


def test_seed_000_title_kept_furniture_gone(seeds_dir):
    doc = _seed(seeds_dir, "000")
    lines = doc.text.splitlines()
    assert lines[0] == "Azerbaijani president proposes developing defense cooperation among Turkic states"
    assert doc.title == lines[0]
    assert "Contact Us" not in lines and "Subscribe" not in lines
    assert "Published January 06,2026" not in doc.text
    assert doc.header_value("byline") == "Anadolu Agency TÜRKIYE"
    assert "Aliyev recalled his proposal at the 12th summit" in doc.text


def test_every_seed_cleans(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = clean(RawDocument(path.stem, str(path), path.read_text(encoding="utf-8")), SETTINGS)
        assert isinstance(doc, CleanDocument), doc
        assert doc.text.strip() and len(doc.text) <= len(doc.raw.text)
        assert all(doc.raw.text[s:e].strip() for _, s, e in doc.removed)  # every removal names real text


# --------------------------------------------------------------------------- properties

SENTENCES = [p for art in (PORT, WHEAT, NAVY, RAIL, CLINIC) for p in art] + [
    PORT_TITLE, WHEAT_TITLE, NAVY_TITLE, "He said the deal was final.", "Talks resume on Friday.",
]
# furniture the cleaner removes wherever it stands
FURNITURE = [
    "Contact Us", "Subscribe", "Share on Facebook", "Comments (3)", "CommentsNo comment", "Accept all cookies",
    "We use cookies to give you the best experience.", "Legal Disclaimer:", "Copyright 2024 Example Media",
    "   indented line with trailing spaces   ", "\t", "",
]
# header lines and banners the cleaner looks for at the top of a page only
TOP_FURNITURE = [
    "Sorry!!", "404 Not Found", "Error! We're sorry, but the page you were looking for doesn't exist.",
    " date 2026-01-06 403", " date 2026-01-06 403 Officials met in the capital to discuss the border.",
    "Published January 06,2026", "By Jane Smith", "Anadolu Agency TÜRKIYE", "https://example.com/a/b",
    "(MENAFN) Officials met in the capital to discuss the border and trade.",
    "BAKU, Jan 6 (Reuters) - The ministers signed a memorandum on energy transit.",
    "Monday, 5 January 2026 10:15",
]
# random lines: any text without line breaks (CRLF-free); strip() must still find their edges
RANDOM_LINE = st.text(st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=60)


def _body(draw, pool: list[str], n_max: int) -> list[str]:
    blocks: list[str] = []
    for _ in range(draw(st.integers(0, n_max))):
        kind = draw(st.sampled_from(["sentence", "furniture", "blank", "repeat", "random"]))
        if kind == "sentence":
            blocks.append(draw(st.sampled_from(SENTENCES)))
        elif kind == "furniture":
            blocks.append(draw(st.sampled_from(pool)))
        elif kind == "blank":
            blocks.append(draw(st.sampled_from(["", " ", "\t "])))
        elif kind == "repeat" and blocks:
            blocks.append(draw(st.sampled_from(blocks)))
        else:
            blocks.append(draw(RANDOM_LINE))
    return blocks


@st.composite
def documents(draw) -> str:
    """Anything goes: every kind of line anywhere."""
    return "\n".join(_body(draw, FURNITURE + TOP_FURNITURE, 25))


@st.composite
def pages(draw) -> str:
    """A page as sites make them: header lines and banners at the top, then the body."""
    top = draw(st.lists(st.sampled_from(TOP_FURNITURE + FURNITURE[:3]), max_size=5))
    return "\n".join(top + _body(draw, FURNITURE, 25))


def _cleaned(text: str) -> CleanDocument:
    doc = clean(RawDocument("h", "<hypothesis>", text), LOOSE)
    assume(isinstance(doc, CleanDocument))
    return doc


PROPS = hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(pages())
def test_idempotent(text):
    once = _cleaned(text)
    twice = clean(RawDocument("h", "<hypothesis>", once.text), LOOSE)
    assert isinstance(twice, CleanDocument)
    assert twice.text == once.text


@PROPS
@given(documents())
def test_pieces_copy_the_original(text):
    doc = _cleaned(text)
    om = doc.offsets
    assert len(om.clean_starts) == len(om.orig_starts) == len(om.lengths)
    for cs, os_, n in zip(om.clean_starts, om.orig_starts, om.lengths, strict=True):
        assert doc.text[cs:cs + n] == doc.raw.text[os_:os_ + n]
    # pieces are in order and do not overlap, in the clean and in the original text
    assert list(om.clean_starts) == sorted(om.clean_starts)
    assert all(a + n <= b for a, n, b in zip(om.orig_starts, om.lengths, om.orig_starts[1:], strict=False))
    # nothing is both kept and recorded as removed
    for _, rs, re_ in doc.removed:
        assert all(os_ + n <= rs or re_ <= os_ for os_, n in zip(om.orig_starts, om.lengths, strict=True))


@PROPS
@given(documents())
def test_offsets_stay_inside_original(text):
    doc = _cleaned(text)
    n = len(doc.raw.text)
    for k in range(len(doc.text) + 1):
        assert 0 <= doc.offsets.to_original(k) <= n
    for _, s, e in doc.removed:
        assert 0 <= s <= e <= n


@PROPS
@given(documents(), st.data())
def test_spans_round_trip(text, data):
    doc = _cleaned(text)
    om = doc.offsets
    # every run of non-whitespace characters inside one piece
    runs = [(cs + m.start(), cs + m.end()) for cs, n in zip(om.clean_starts, om.lengths, strict=True)
            for m in re.finditer(r"\S+", doc.text[cs:cs + n])]
    assume(runs)
    lo, hi = data.draw(st.sampled_from(runs))
    a = data.draw(st.integers(lo, hi - 1))
    b = data.draw(st.integers(a + 1, hi))
    s, e = om.span_to_original(a, b)
    assert doc.raw.text[s:e] == doc.text[a:b]

@pytest.mark.parametrize("text", [
    pytest.param(body([CLINIC_TITLE, *CLINIC], "\n") + "\nBy the numbers", id="no-shift"),
    pytest.param(
        "\n".join([PORT[0]] * 8 + ["Sorry!!"]) + "\n" + body(PORT[1:], "\n"), id="banner-shifts-into-top",
    ),
    pytest.param(
        "\n".join(["Contact Us", "Subscribe", "Home", "Menu", "Search", "Advertisement", "Print", "Email"])
        + "\n" + body(NAVY, "\n") + "\nBy the way, nobody asked", id="byline-shifts-into-top",
    ),
])
def test_idempotent_examples(text):
    once = run(text, LOOSE)
    assert run(once.text, LOOSE).text == once.text
