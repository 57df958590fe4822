"""Word lists as regular expressions that Python's ``re`` tries quickly, with the same matches.

``re`` tries the branches of ``(?:w1|w2|...)`` one after the other at every position, so a list
of a hundred words costs a hundred tries per word of the text. It does factor out a prefix that
all the branches of one group share, so the same branches nested by their first letters
(``(?:a(?:rmy|ttack)|t(?:roops|reaty))``) cost a try per letter of the word instead. A match
is the same as the flat list's: branches that begin with different letters never match at the
same place, and branches that may (one word a prefix of another, a word ending in a wildcard)
keep their order, so the first that fits still wins.

Example:
    >>> alternation([(w, w) for w in ["attack", "army", "troops", "treaty"]])
    '(?:(?:attack)|(?:army))|(?:(?:troops)|(?:treaty))'
    >>> [m.group() for m in compile_words(["attack", "army", "troops"], re.I).finditer("Army troops attacked")]
    ['Army', 'troops']
"""
from __future__ import annotations

import re
from collections.abc import Iterable

_LITERAL = re.compile(r"[A-Za-z0-9]+")


def _literal_head(word: str) -> str:
    """The lower-case letters and digits a word starts with: what its branch matches literally."""
    m = _LITERAL.match(word)
    return m.group().lower() if m else ""


def alternation(branches: list[tuple[str, str]], depth: int = 0) -> str:
    """One regular expression (without its outer group) matching what ``"|".join(patterns)`` matches.

    ``branches`` are ``(word, pattern)`` pairs in the order the flat alternation tries them; a
    pattern must match its word's leading letters and digits literally (case aside, with the
    flags it is compiled with). Branches are nested by those letters, level by level, where
    every branch of a level has a letter there; elsewhere they stay flat, in their order.
    """
    heads = [_literal_head(w) for w, _ in branches]
    if len(branches) < 2 or any(len(h) <= depth for h in heads):
        return "|".join(p for _, p in branches)
    groups: dict[str, list[tuple[str, str]]] = {}
    for (w, p), h in zip(branches, heads, strict=True):
        groups.setdefault(h[depth], []).append((w, p))
    if len(groups) == 1:
        return alternation(branches, depth + 1)
    return "|".join(f"(?:{alternation(g, depth + 1)})" for g in groups.values())


def compile_words(words: Iterable[str], flags: int = 0, whole: bool = True, suffix: str = "") -> re.Pattern:
    """``\\b(?:w1|w2|...)<suffix>\\b`` over ``words`` escaped, longest first, nested by their letters (see the
    module); ``whole=False`` drops the closing ``\\b`` (word starts), ``suffix`` is a pattern after any word
    (``"s?"``: plurals too)."""
    ordered = sorted(words, key=len, reverse=True)
    body = alternation([(w, re.escape(w)) for w in ordered])
    return re.compile(r"\b(?:" + body + ")" + suffix + (r"\b" if whole else ""), flags)
