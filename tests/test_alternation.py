"""Word lists nested by their letters match exactly what the flat alternation matches (pactwatch.alternation)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pactwatch.alternation import alternation, compile_words

WORDS = st.lists(st.text(alphabet="abksAS -*'", min_size=1, max_size=6).filter(lambda w: w[0] not in " *"),
                 min_size=1, max_size=12)
TEXT = st.text(alphabet="abksAS\u212a\u017f -'\n.", max_size=80)


def _flat(words: list[str], flags: int) -> re.Pattern:
    alts = []
    for w in sorted(words, key=len, reverse=True):
        stem = re.escape(w.rstrip("*")).replace(r"\ ", r"[\s-]+")
        alts.append(stem + (r"\w*" if w.endswith("*") else ""))
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", flags)


def _nested(words: list[str], flags: int) -> re.Pattern:
    alts = []
    for w in sorted(words, key=len, reverse=True):
        stem = re.escape(w.rstrip("*")).replace(r"\ ", r"[\s-]+")
        alts.append((w, stem + (r"\w*" if w.endswith("*") else "")))
    return re.compile(r"\b(?:" + alternation(alts) + r")\b", flags)


@settings(max_examples=300, deadline=None)
@given(words=WORDS, text=TEXT, ignore_case=st.booleans())
def test_nested_matches_what_the_flat_list_matches(words, text, ignore_case):
    flags = re.I if ignore_case else 0
    flat, nested = _flat(words, flags), _nested(words, flags)
    assert [m.span() for m in nested.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert nested.sub("#", text) == flat.sub("#", text)


def test_a_word_that_begins_another_keeps_its_place():
    # "army*" before "arm": the first branch that fits wins in both, so "armyman" is one match
    rx = _nested(["arm", "army*", "armada", "attack"], re.I)
    assert [m.group() for m in rx.finditer("An armyman, an Armada, an arm, attacks")] == ["armyman", "Armada", "arm"]


def test_branches_nest_by_their_letters():
    assert alternation([(w, w) for w in ["treaty", "troops", "attack"]]) == "(?:(?:treaty)|(?:troops))|(?:attack)"
    assert alternation([(w, w) for w in ["arm", "armada"]]) == "arm|armada"  # "arm" ends where "armada" goes on


def test_compile_words_whole_and_prefix():
    assert compile_words(["NATO", "UN"]).findall("NATO and UN, not UNESCO") == ["NATO", "UN"]
    assert compile_words(["UN"], whole=False).findall("UNESCO") == ["UN"]
