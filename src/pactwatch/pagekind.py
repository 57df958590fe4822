"""Is it an article? Error pages, parked domains, cookie walls and subscription prompts are not.

Takes a :class:`~pactwatch.model.CleanDocument` (boilerplate already removed) and its
:class:`~pactwatch.model.Metadata`, returns a :class:`~pactwatch.model.Rejection`
(``error-page`` or ``not-article``) or ``None``. Called by the pipeline after the
language check, before spaCy.

The rule, whatever the page's length: split the clean text into sentences; drop the
prompt sentences (cookie walls, subscription and log-in prompts, parked-domain text,
bot checks) and the error sentences ("404 Not Found", "the page you were looking for
does not exist"); the sentences left that end like prose (a full stop, a question or
exclamation mark, a closing quote; or ten words or more that no menu separator splits:
not a menu line or a headline) and have at least ``min_sentence_words`` words are the *body*.
A page is refused when its body is shorter than a limit that depends on what else it
showed: an error sign (an error sentence, an error title, an error banner the cleaner
removed) allows ``error_body_max`` words, a parked-domain sign ``parked_body_max``,
another prompt ``prompt_body_max``, nothing ``min_body_words``. A real story wrapped in
a 403 banner has a long body and is kept.

The patterns and limits are data: ``data/pagekind.json``.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from .clean import any_of
from .model import CleanDocument, Metadata, Rejection

STAGE = "pagekind"
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_WORD = re.compile(r"\w+")
_PROSE_END = frozenset(".!?…\"”’')]:;»,")
_MENU = re.compile(r"[|•·]| / | > ")


@dataclass(frozen=True, slots=True)
class Rules:
    error_title: re.Pattern
    error_sentence: re.Pattern
    prompts: tuple[tuple[str, re.Pattern], ...]
    min_sentence_words: int
    error_body_max: int
    parked_body_max: int
    prompt_body_max: int
    min_body_words: int


@functools.lru_cache(maxsize=1)
def rules() -> Rules:
    """The rules of ``data/pagekind.json``, compiled once."""
    data = json.loads(resources.files("pactwatch.data").joinpath("pagekind.json").read_text(encoding="utf-8"))
    return Rules(
        error_title=any_of(data["error_title"]),
        error_sentence=any_of(data["error_sentence"]),
        prompts=tuple((kind, any_of(pats)) for kind, pats in data["prompt"].items()),
        min_sentence_words=int(data["min_sentence_words"]),
        error_body_max=int(data["error_body_max"]),
        parked_body_max=int(data["parked_body_max"]),
        prompt_body_max=int(data["prompt_body_max"]),
        min_body_words=int(data["min_body_words"]),
    )


@dataclass(frozen=True, slots=True)
class PageKind:
    """What a page showed: words of body text, error signs, prompts by kind."""

    body_words: int
    error_signs: tuple[str, ...]
    prompts: tuple[str, ...]


def describe(cleaned: CleanDocument, meta: Metadata | None = None) -> PageKind:
    """Measure a clean document's body and the signs that it is no article."""
    r = rules()
    body = 0
    errors: list[str] = []
    prompts: list[str] = []
    for sentence in _SENTENCE_END.split(cleaned.text):
        sentence = sentence.strip()
        if not sentence:
            continue
        if r.error_sentence.search(sentence):
            errors.append(sentence[:80])
            continue
        kind = next((k for k, pat in r.prompts if pat.search(sentence)), None)
        if kind is not None:
            prompts.append(kind)
            continue
        words = len(_WORD.findall(sentence))
        if words >= r.min_sentence_words and (sentence[-1] in _PROSE_END or (words >= 10 and not _MENU.search(sentence))):
            body += words  # prose (ended like a sentence, or long and no menu), not a menu line or a headline
    title = (meta.title if meta is not None else None) or cleaned.title or cleaned.raw.hint("title") or ""
    if title and r.error_title.search(title):
        errors.append(f"title: {title[:80]}")
    errors += [f"banner removed: {cleaned.raw.text[s:e][:80]}" for reason, s, e in cleaned.removed
               if reason == "error-page"]
    return PageKind(body, tuple(errors), tuple(dict.fromkeys(prompts)))


def page_rejection(cleaned: CleanDocument, meta: Metadata | None = None) -> Rejection | None:
    """``error-page`` or ``not-article`` when the page has too little body for what else it shows."""
    r = rules()
    kind = describe(cleaned, meta)
    source = cleaned.raw.source
    if kind.error_signs and kind.body_words < r.error_body_max:
        return Rejection(source, STAGE, "error-page",
                         f"{kind.error_signs[0]!r} and {kind.body_words} words of body text")
    if "parked-domain" in kind.prompts and kind.body_words < r.parked_body_max:
        return Rejection(source, STAGE, "not-article",
                         f"a parked domain page ({kind.body_words} words of body text)")
    if kind.prompts and kind.body_words < r.prompt_body_max:
        return Rejection(source, STAGE, "not-article",
                         f"a {'/'.join(kind.prompts)} page with {kind.body_words} words of body text")
    if kind.body_words < r.min_body_words:
        return Rejection(source, STAGE, "not-article",
                         f"{kind.body_words} words of body text, fewer than {r.min_body_words}")
    return None
