"""The reading of one trigger that the parties stage fills in, step by step (issue 11, point 1): the parsed
sentence and the trigger, the names in reach, and what each step has found so far: the subject and who says it
(:mod:`.subjects`), the candidate sides, places and hosts (:mod:`.candidates`), who does the act when the subject
does not (:mod:`.doer`); :func:`.parties._participants` runs the steps and assigns actors and targets."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .context import DocContext
from .lexicon import Lexicon


@dataclass
class Reading:
    """One trigger's participants as the steps of the parties stage find them (a working record inside the stage,
    never passed on: the stage returns actors, targets and a place).

    Positions are document character offsets; ``offset`` is the sentence's; tokens are the sentence's parse."""

    sent_doc: Any  # the parsed sentence
    offset: int
    i: int  # the trigger's token index
    ctx: DocContext
    lex: Lexicon
    speaker: str | None
    asserter: str | None
    rivals: tuple[int, ...]  # the other triggers of the sentence
    etype: str
    text: str  # the sentence's text
    tok_i: Any  # the trigger token
    trig: Any  # the head of the trigger's phrase
    trig_pos: int
    named: list  # the mentions in reach (the sentence, or the quotation the trigger is in)
    mentions: list  # those that are not only a qualifier
    person_spans: list[tuple[int, str]]
    party_spans: list[tuple[int, int]]  # sentence offsets of the names of states and organisations
    # step 1, the subject (:mod:`.subjects`)
    subj_ent: str | None = None
    subj_span: tuple[int, int] | None = None
    subj_tok: Any = None  # the subject token found
    subj_none: bool = False  # the subject is an actor that is no party ("Syrian rebels")
    sayer_span: tuple[int, int] | None = None  # the subject of a verb of saying above the trigger
    group: list[str] = field(default_factory=list)
    office: bool = False  # a titled person whose state the text leaves unsaid
    own_agent: Any = None  # the token naming the trigger noun's own doer
    co_agents: list[str] = field(default_factory=list)  # the names coordinated with the own doer
    commentator: bool = False  # the subject of a verb of saying above someone else's act asserts it
    accuser: bool = False  # the subject of "accused X of doing it" asserts it; X does it
    framed: list = field(default_factory=list)  # the subjects of a clause a war only dates
    victims: list[str] = field(default_factory=list)
    sub_clause: Any = None  # a subordinate clause the trigger's subject heads
    backer: bool = False  # the subject backs a war, no side of it
    scope: frozenset[int] | None = None  # the tokens an attributive trigger may take its sides from
    # step 2, the candidates (:mod:`.candidates`)
    actors: list[str] = field(default_factory=list)
    others: list[tuple[int, str]] = field(default_factory=list)  # candidate sides: (position, party)
    places: list[tuple[int, int, int, str]] = field(default_factory=list)  # (parse distance, country?, position, id)
    hosts: set[str] = field(default_factory=set)  # states named "in X": whom the act is done to or in
    held_in: set[str] = field(default_factory=set)  # the state a drill or a summit is held in
    capital_of: dict[str, str] = field(default_factory=dict)  # the state of a capital the trigger happens in
    destinations: set[str] = field(default_factory=set)  # where a war's doers went to fight it
    bloc_of_members: set[str] = field(default_factory=set)  # blocs that only say what the named members are

    def party_at(self, t) -> bool:
        """Whether token ``t`` is in a state's or an organisation's name."""
        return any(a <= t.idx < b for a, b in self.party_spans)

    def above_sub(self, t) -> bool:
        """Whether token ``t`` is a word of the clause above a subordinate one the trigger heads."""
        return self.sub_clause is not None and not (t.i == self.sub_clause.i or self.sub_clause.is_ancestor(t))
