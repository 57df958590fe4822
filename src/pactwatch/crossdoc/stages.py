"""Per article, at analysis time: what each sentence naming an agreement says about it.

A stage of its life (proposed → negotiated → initialled → signed → approved / ratified →
in force → suspended / terminated, from ``data/agreements.json``), the stage's date, the
parties named with it, its provisions (the events lexicon's provision words).
"""
from __future__ import annotations

import functools
import json
import logging
import re
from importlib import resources
from typing import Any

from ..alternation import compile_words
from ..dates import when_for
from ..events.lexicon import _provisions, load_lexicon
from ..model import AgreementMention, CleanDocument, EntityAnalysis, Evidence, Metadata
from ..nlp import sentence_at

log = logging.getLogger(__name__)


@functools.cache
def _agreements_data() -> dict[str, Any]:
    return json.loads(resources.files("pactwatch.data").joinpath("agreements.json").read_text(encoding="utf-8"))


def _words_rx(words: list[str]) -> re.Pattern[str]:
    return compile_words(words, re.I)


@functools.cache
def _stage_lexicon() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str], re.Pattern[str]]:
    """(stage, its words) in order, the negation words, the nouns that name an agreement."""
    data = _agreements_data()
    stages = [(stage, _words_rx(words)) for stage, words in data["stages"].items()]
    neg = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in data["negation"]) + r")\b", re.I)
    return stages, neg, _words_rx(data["nouns"])


def stage_in(sentence: str, anchor: tuple[int, int] | None = None) -> tuple[str | None, tuple[int, int] | None, bool]:
    """The stage a sentence states (nearest stage word to ``anchor``), its span, and whether it is negated.

    A stage word closer to another agreement noun than to ``anchor`` belongs to that one
    ("the memorandum approved by parliament complements the Shusha Declaration")."""
    stages, neg, nouns = _stage_lexicon()
    others = [m.span() for m in nouns.finditer(sentence)
              if anchor is None or not (anchor[0] <= m.start() < anchor[1] + 1)]
    best: tuple[int, int, str, tuple[int, int]] | None = None
    for order, (stage, rx) in enumerate(stages):
        for m in rx.finditer(sentence):
            dist = 0 if anchor is None else min(abs(m.start() - anchor[1]), abs(anchor[0] - m.end()))
            if anchor is not None and any(min(abs(m.start() - b), abs(a - m.end())) < dist for a, b in others):
                continue
            key = (dist, -order, stage, m.span())
            if best is None or key[:2] < best[:2]:
                best = key
    if best is None:
        return None, None, False
    span = best[3]
    before = sentence[max(0, span[0] - 25):span[0]]
    return best[2], span, bool(neg.search(before))


def agreement_mentions(sdoc: Any, cleaned: CleanDocument, ents: EntityAnalysis,
                       meta: Metadata) -> tuple[AgreementMention, ...]:
    """What each sentence naming an agreement says about it (see the module docstring)."""
    text = cleaned.text
    lex = load_lexicon()
    out: list[AgreementMention] = []
    seen: set[tuple[str, int]] = set()
    for m in ents.mentions:
        if not m.entity_id.startswith("agreement:"):
            continue
        s, e = sentence_at(sdoc, m.start)
        if (m.entity_id, s) in seen:
            continue
        seen.add((m.entity_id, s))
        sentence = text[s:e]
        anchor = (m.start - s, m.end - s)
        stage, span, negated = stage_in(sentence, anchor)
        try:
            when = when_for(sentence, span or anchor, meta.published)
        except Exception:  # a date rule must never lose the fact; the failure is logged
            log.warning("%s: no date for the agreement mention %r (a date rule failed)", cleaned.doc_id,
                        sentence[:80], exc_info=True)
            when = None
        parties = tuple(dict.fromkeys(
            x.entity_id for x in ents.mentions_in(s, e)
            if x.entity_id.split(":")[0] in ("country", "org") and not x.entity_id.startswith("org:anadolu")))
        stripped = sentence.strip()
        lead = len(sentence) - len(sentence.lstrip())
        # provisions are what the sentence says of the agreement from its name on ("..., which stipulates")
        out.append(AgreementMention(agreement=m.entity_id, stage=stage, when=when, parties=parties,
                                    provisions=_provisions(text[m.start:e], lex), negated=negated,
                                    evidence=Evidence(stripped, s + lead, s + lead + len(stripped))))
    return tuple(out)
