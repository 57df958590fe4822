"""Would a learned component help event extraction, and where? A leave-one-corpus-out sentence probe.

    python -m pactwatch.benchmarks.sentence_probe [--corpus NAME=GOLD:DIR ...] [--negatives DIR]
        [--outputs DIR] [--json]

Example (the five development corpora, ECB+ as general news; ~5 min on 2 busy cores)::

    nice -n 15 .venv/bin/python -m pactwatch.benchmarks.sentence_probe --outputs /tmp/probe
    nice -n 15 .venv/bin/python -m pactwatch.benchmarks.sentence_probe \\
        --corpus wh=tests/data/eval/wh.gold.jsonl:tests/data/wh \\
        --corpus styles=tests/data/eval/styles.gold.jsonl:tests/data/styles --json

What it does:

1. Reads every gold document of each corpus (the file whose name without extension is the gold ``doc``)
   and every article of ``--negatives`` (ECB+, general news) through the project's own ``read`` and
   ``clean`` stages, and parses them whole with the project's spaCy model.
2. Labels each sentence with the types of the gold events whose evidence it is (the sentence sharing
   most words with the gold evidence, Dice >= 0.5). Other sentences of the gold articles and all ECB+
   sentences are negatives. Only documents whose gold scores events are used.
3. Features are general: lemma unigrams and bigrams and dependency triples, with named entities, numbers
   and dates replaced by their kind (no state or person name is a feature), and counts of entity kinds.
4. One logistic regression per event type (L2, L-BFGS, deterministic), trained LEAVING ONE CORPUS OUT:
   for each corpus, on the other corpora and the ECB+ topics not assigned to it (ECB+ topics are dealt
   round-robin to the corpora, so every ECB+ article is held out exactly once).
5. Scores the corpus left out: sentence precision/recall per type at :data:`THRESHOLDS`; false flags (a
   sentence of a held-out ECB+ article, or of a gold article without events, flagged with any type) per
   article; and, against the CURRENT extraction (``pactwatch extract DIR --jsonl``, matched by the
   project's ``score.py``), the share of the gold events it misses whose evidence sentence the
   classifier flags with the right type (a learned trigger/type stage could add them), and the share of
   its false events (extras) and of its right events the classifier would reject (a learned filter).
   The operating threshold is the lowest of :data:`THRESHOLDS` whose pooled false flags stay under
   ``--max-false`` per article on both ECB+ and the event-less gold articles.
6. For context: the share of the gold events the extraction finds whose sentence is flagged (is the
   classifier blind to the same events?), where the misses stand (an event of the same type in their
   sentence with other parties, of another type, or none: a trigger not found), a sentence precision that
   counts a flag right when its article has a gold event of that type (the gold names one evidence per
   event, restatements count as false flags otherwise), and how well the classifier, the extraction's own
   confidence and their mean rank right events above extras (AUC).

The figures are deterministic (same inputs and outputs, same figures).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np  # spaCy's own dependency
from scipy import sparse  # datasketch's dependency
from scipy.optimize import minimize

from .fit_confidence import ROOT, _extra_line, extract, load_scorer

DATA = ROOT / "tests" / "data"
EVAL = DATA / "eval"
TYPES = ("alliance", "agreement", "cooperation", "conflict", "deployment", "exercise", "meeting", "request",
         "threat")
THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9)
DEFAULT_CORPORA = (
    f"wikinews={EVAL / 'wikinews.gold.jsonl'}:{DATA / 'wikinews'}",
    f"wh={EVAL / 'wh.gold.jsonl'}:{DATA / 'wh'}",
    f"styles={EVAL / 'styles.gold.jsonl'}:{DATA / 'styles'}",
    f"styles2={EVAL / 'styles2.gold.jsonl'}:{DATA / 'styles2'}",
    f"seeds={EVAL / 'seeds.gold.jsonl'}:{ROOT.parent / 'shared' / 'corpus' / 'seeds'}",
)
NEGATIVE = "negatives"  # the corpus name of the general news (no gold events)
PLACEHOLDER = {"GPE": "<GPE>", "NORP": "<NORP>", "ORG": "<ORG>", "PERSON": "<PERSON>", "LOC": "<LOC>",
               "FAC": "<FAC>", "DATE": "<DATE>", "TIME": "<DATE>", "CARDINAL": "<NUM>", "MONEY": "<NUM>",
               "PERCENT": "<NUM>", "QUANTITY": "<NUM>", "ORDINAL": "<ORD>"}
MIN_COUNT = 2  # a feature must occur in this many training sentences
L2 = 10.0
BALANCE = 0.5  # positives weigh half the negatives' count over theirs (see Probe)
MAX_WEIGHT = 50.0


@dataclass(frozen=True)
class Corpus:
    name: str
    gold: Path
    dir: Path


@dataclass
class Sentence:
    corpus: str
    doc: str
    group: str  # the unit held out together: the corpus, or the ECB+ topic for the negatives
    text: str
    features: list[str]
    labels: set[str] = field(default_factory=set)
    eventless: bool = False  # of a gold article without events, or of the general news


def parse_corpus(spec: str) -> Corpus:
    """``NAME=GOLD:DIR`` -> Corpus."""
    name, sep, rest = spec.partition("=")
    gold, sep2, folder = rest.partition(":")
    if not sep or not sep2 or not name:
        raise argparse.ArgumentTypeError(f"--corpus {spec!r}: expected NAME=GOLD:DIR")
    return Corpus(name, Path(gold), Path(folder))


# --------------------------------------------------------------------------- sentences and features


def read_texts(folder: Path, names: set[str] | None = None) -> dict[str, str]:
    """The clean text of every article of ``folder`` (by file name without extension), as the pipeline sees
    it; only ``names`` when given."""
    from ..clean import clean
    from ..model import RawDocument
    from ..read import read_inputs
    from ..settings import Settings

    settings = Settings()
    out = {}
    for raw in read_inputs([str(folder)], settings):
        if not isinstance(raw, RawDocument) or (names is not None and raw.name not in names):
            continue
        cleaned = clean(raw, settings)
        if hasattr(cleaned, "text"):
            out[raw.name] = cleaned.text
    return dict(sorted(out.items()))


def _rep(tok) -> str:
    if tok.ent_type_ in PLACEHOLDER:
        return PLACEHOLDER[tok.ent_type_]
    if tok.like_num:
        return "<NUM>"
    return tok.lemma_.lower()


def features(sent) -> list[str]:
    """General features of a parsed spaCy sentence: lemma 1- and 2-grams (an entity is one token, its kind),
    dependency triples and entity kind counts; no name is ever a feature."""
    words: list[str] = []
    for tok in sent:
        if tok.is_punct or tok.is_space:
            continue
        rep = _rep(tok)
        if rep.startswith("<") and words and words[-1] == rep and tok.ent_iob_ == "I":
            continue
        words.append(rep)
    feats = {f"w:{w}" for w in words}
    feats |= {f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    for tok in sent:
        if tok.is_punct or tok.is_space or tok.head is tok or tok.dep_ == "punct":
            continue
        feats.add(f"d:{_rep(tok.head)}>{tok.dep_}>{_rep(tok)}")
    kinds = Counter(ent.label_ for ent in sent.ents)
    for kind, n in kinds.items():
        feats.add(f"ne:{kind}")
        if n > 1:
            feats.add(f"ne2:{kind}")
    return sorted(feats)


def sentences_of(texts: dict[str, str], corpus: str, group_of) -> list[Sentence]:
    """Every sentence of ``texts`` with its features: each line (a line break always ends a sentence) parsed
    by the whole spaCy pipeline, the parser finding the sentences."""
    from ..nlp import PARAGRAPHS, load

    nlp = load()
    lines = [(name, line) for name, text in texts.items() for line in text.split("\n") if line.strip()]
    out = []
    with nlp.select_pipes(disable=[p for p in ("senter", PARAGRAPHS) if p in nlp.pipe_names]):
        for (name, _), doc in zip(lines, nlp.pipe((line for _, line in lines), batch_size=64), strict=True):
            for sent in doc.sents:
                text = sent.text.strip()
                if len(_words(text)) >= 3:
                    out.append(Sentence(corpus, name, group_of(name), text, features(sent)))
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", (text or "").lower())


def best_sentence(evidence: str, candidates: list[Sentence]) -> Sentence | None:
    """The sentence sharing most words with ``evidence`` (Dice over word sets, at least 0.5), first on ties."""
    ev = set(_words(evidence))
    best, best_score = None, 0.5
    for s in candidates:
        sw = set(_words(s.text))
        score = 2 * len(ev & sw) / (len(ev) + len(sw)) if ev or sw else 0.0
        if score > best_score or (best is None and score >= best_score):
            best, best_score = s, score
    return best


def event_docs(gold: dict[str, dict]) -> dict[str, dict]:
    """The gold documents whose events are annotated (all of them, possibly none)."""
    return {d: g for d, g in gold.items()
            if "entities" in g and "events" in (g.get("scope") or ("events",))}


def label(sentences: list[Sentence], gold: dict[str, dict]) -> int:
    """Labels the sentences with their gold events' types; returns how many gold events found no sentence."""
    by_doc = defaultdict(list)
    for s in sentences:
        by_doc[s.doc].append(s)
    lost = 0
    for doc, g in gold.items():
        events = g.get("events") or []
        for s in by_doc.get(doc, []):
            s.eventless = not events
        for ev in events:
            hit = best_sentence(ev.get("evidence") or "", by_doc.get(doc, []))
            if hit is None:
                lost += 1
            else:
                hit.labels.add(ev["type"])
    return lost


# --------------------------------------------------------------------------- the model


def matrix(rows: list[list[str]], vocab: dict[str, int]) -> sparse.csr_matrix:
    indptr, indices = [0], []
    for feats in rows:
        cols = sorted({vocab[f] for f in feats if f in vocab})
        indices.extend(cols)
        indptr.append(len(indices))
    data = np.ones(len(indices))
    return sparse.csr_matrix((data, np.array(indices, dtype=np.int64), np.array(indptr)),
                             shape=(len(rows), len(vocab) + 1))


class Probe:
    """One L2 logistic regression per event type over :func:`features`, fitted jointly (L-BFGS from zero:
    deterministic). A type's positives weigh ``balance`` times their share's inverse, capped at
    :data:`MAX_WEIGHT`, so that a rare type is not drowned by the negatives; the sentences of articles with
    events that are no gold evidence weigh ``soft`` (the gold names one sentence per event, others may
    restate it)."""

    def __init__(self, l2: float = L2, min_count: int = MIN_COUNT, balance: float = BALANCE, soft: float = 1.0
                 ) -> None:
        self.l2, self.min_count, self.balance, self.soft = l2, min_count, balance, soft
        self.vocab: dict[str, int] = {}
        self.weights = np.zeros((0, len(TYPES)))

    def fit(self, train: list[Sentence]) -> Probe:
        counts = Counter(f for s in train for f in s.features)
        self.vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= self.min_count))}
        x = self._x([s.features for s in train])
        y = np.array([[t in s.labels for t in TYPES] for s in train], dtype=float)
        pos = np.maximum(y.sum(axis=0), 1.0)
        weight = np.where(y > 0, np.minimum(MAX_WEIGHT, self.balance * (len(train) - pos) / pos), 1.0)
        # a sentence of an article with gold events that is no gold evidence may still tell one of them
        unsure = np.array([not s.labels and not s.eventless for s in train])
        weight[unsure] *= self.soft
        reg = np.full((x.shape[1], 1), self.l2)
        reg[-1] = 0.0  # the bias
        shape = (x.shape[1], len(TYPES))

        def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
            w = flat.reshape(shape)
            z = np.asarray(x @ w)
            p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
            value = float(np.sum(weight * (np.logaddexp(0, z) - y * z)) + 0.5 * np.sum(reg * w * w))
            return value, (np.asarray(x.T @ (weight * (p - y))) + reg * w).ravel()

        res = minimize(loss, np.zeros(shape).ravel(), jac=True, method="L-BFGS-B", options={"maxiter": 200})
        self.weights = res.x.reshape(shape)
        return self

    def _x(self, rows: list[list[str]]) -> sparse.csr_matrix:
        x = matrix(rows, self.vocab)
        bias = sparse.csr_matrix((np.ones(len(rows)), (np.arange(len(rows)), np.full(len(rows), len(self.vocab)))),
                                 shape=x.shape)
        return (x + bias).tocsr()

    def scores(self, rows: list[list[str]]) -> np.ndarray:
        """(sentences x types) probabilities."""
        if not rows:
            return np.zeros((0, len(TYPES)))
        z = np.asarray(self._x(rows) @ self.weights)
        return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


# --------------------------------------------------------------------------- folds and the extraction


def folds(sentences: list[Sentence], names: list[str]) -> list[tuple[str, list[int], list[int]]]:
    """(corpus left out, training indexes, test indexes): the test holds that corpus and the negatives'
    groups dealt to it; the training everything else."""
    if len(names) < 2:
        raise SystemExit("leaving one corpus out needs two corpora at least")
    groups = sorted({s.group for s in sentences if s.corpus == NEGATIVE})
    dealt = {g: names[i % len(names)] for i, g in enumerate(groups)}
    out = []
    for name in names:
        held = [i for i, s in enumerate(sentences)
                if s.corpus == name or (s.corpus == NEGATIVE and dealt[s.group] == name)]
        held_set = set(held)
        out.append((name, [i for i in range(len(sentences)) if i not in held_set], held))
    return out


def _missed_line(doc: str, g: dict) -> str:
    """How ``score.py --verbose`` names a missed gold event (kept in step with score_events)."""
    return f"{doc} event missed: {g['type']}/{g['status']} {g['actors']}->{g['targets']}: {str(g.get('evidence'))[:80]}"


def system_events(scorer, gold: dict[str, dict], system: dict[str, dict]) -> dict[str, list[tuple[str, dict]]]:
    """``{"missed": [(doc, gold event)], "found": [(doc, gold event)], "extra": [(doc, system event)],
    "right": [(doc, system event)]}`` by the scorer's own matching."""
    out: dict[str, list[tuple[str, dict]]] = {"missed": [], "found": [], "extra": [], "right": []}
    for doc, g in gold.items():
        s = system.get(doc, {"doc": doc})
        verbose = Counter(scorer.score({doc: g}, {doc: s})[1])
        for events, line_of, listed, other in ((g.get("events"), _missed_line, "missed", "found"),
                                               (s.get("events"), _extra_line, "extra", "right")):
            for ev in events or []:
                line = line_of(doc, ev)
                named = verbose[line] > 0
                verbose[line] -= named
                out[listed if named else other].append((doc, ev))
    return out


def system_output(corpus: Corpus | Path, name: str, outputs: Path) -> Path:
    """``outputs/NAME.jsonl``: the current extraction of the corpus (extracted unless already there)."""
    path = outputs / f"{name}.jsonl"
    if not path.exists():
        extract(corpus.dir if isinstance(corpus, Corpus) else corpus, path)
    return path


# --------------------------------------------------------------------------- figures


def _ratio(a: float, b: float) -> float:
    return round(a / b, 3) if b else 0.0


def average_precision(scores: np.ndarray, gold: np.ndarray) -> float:
    """The mean precision at each positive when sentences are ranked by score (threshold-free; ties in order)."""
    if not gold.any():
        return 0.0
    ranked = gold[np.argsort(-scores, kind="stable")]
    precision = np.cumsum(ranked) / np.arange(1, len(ranked) + 1)
    return round(float((precision * ranked).sum() / ranked.sum()), 3)


def auc(low: list[float | None], high: list[float | None]) -> float:
    """The chance that an item of ``high`` scores above one of ``low`` (ties half; not found scores 0)."""
    a = np.array([x or 0.0 for x in low])
    b = np.array([x or 0.0 for x in high])
    if not len(a) or not len(b):
        return 0.0
    return round(float(((b[:, None] > a[None, :]).sum() + 0.5 * (b[:, None] == a[None, :]).sum()) / (len(a) * len(b))), 3)


def sentence_figures(scores: np.ndarray, test: list[Sentence]) -> dict[str, dict[str, dict[str, float]]]:
    """Sentence precision/recall per type (and any type, micro) at every threshold, and each type's average
    precision (``"ap"``)."""
    out: dict[str, dict[str, dict[str, float]]] = {"ap": {}}
    for k, t in enumerate(TYPES):
        gold = np.array([t in s.labels for s in test], dtype=bool)
        if gold.any():
            out["ap"][t] = {"ap": average_precision(scores[:, k], gold), "n": int(gold.sum())}
    if test:
        out["ap"]["all"] = {"ap": average_precision(scores.max(axis=1), np.array([bool(s.labels) for s in test])),
                            "n": sum(bool(s.labels) for s in test)}
    doc_types: dict[str, set[str]] = defaultdict(set)
    for s in test:
        doc_types[s.doc] |= s.labels
    for th in THRESHOLDS:
        per: dict[str, dict[str, float]] = {}
        tp_all = fp_all = fn_all = lenient_all = 0
        for k, t in enumerate(TYPES):
            gold = np.array([t in s.labels for s in test], dtype=bool)
            in_doc = np.array([t in doc_types[s.doc] for s in test], dtype=bool)
            flag = scores[:, k] >= th if len(test) else np.zeros(0, dtype=bool)
            tp, fp, fn = int((gold & flag).sum()), int((~gold & flag).sum()), int((gold & ~flag).sum())
            lenient = int((in_doc & flag).sum())
            tp_all, fp_all, fn_all, lenient_all = tp_all + tp, fp_all + fp, fn_all + fn, lenient_all + lenient
            if tp + fn:
                per[t] = {"p": _ratio(tp, tp + fp), "r": _ratio(tp, tp + fn), "n": tp + fn,
                          "p_doc": _ratio(lenient, tp + fp)}
        per["all"] = {"p": _ratio(tp_all, tp_all + fp_all), "r": _ratio(tp_all, tp_all + fn_all), "n": tp_all + fn_all,
                      "p_doc": _ratio(lenient_all, tp_all + fp_all)}
        out[str(th)] = per
    return out


def false_flags(scores: np.ndarray, test: list[Sentence], negative: bool) -> dict[str, float]:
    """Flags (sentence x type) per article at every threshold, on the held-out general news (``negative``)
    or on the event-less gold articles."""
    idx = [i for i, s in enumerate(test) if s.eventless and (s.corpus == NEGATIVE) == negative]
    docs = len({test[i].doc for i in idx})
    return {"articles": docs, **{str(th): _ratio(float((scores[idx] >= th).sum()) if idx else 0.0, docs)
                                 for th in THRESHOLDS}}


def _scored(doc: str, text: str, by_doc: dict[str, list[int]], test: list[Sentence], scores: np.ndarray,
            kind: str) -> float | None:
    """The probability of ``kind`` of the sentence of ``doc`` that best matches ``text`` (None: no match)."""
    idx = by_doc.get(doc, [])
    hit = best_sentence(text, [test[i] for i in idx])
    if hit is None:
        return None
    i = next(i for i in idx if test[i] is hit)
    return float(scores[i, TYPES.index(kind)]) if kind in TYPES else 0.0


def event_figures(events: dict[str, list[tuple[str, dict]]], test: list[Sentence], scores: np.ndarray,
                  corpus: str) -> dict[str, list[float | None]]:
    """The classifier's probability of the right type at each missed, extra and right event's sentence."""
    by_doc = defaultdict(list)
    for i, s in enumerate(test):
        if s.corpus == corpus:
            by_doc[s.doc].append(i)
    return {k: [_scored(doc, ev.get("evidence") or "", by_doc, test, scores, ev.get("type", "")) for doc, ev in v]
            for k, v in events.items()}


def _miss_kind(doc: str, gold_event: dict, system: dict[str, dict]) -> str:
    """Where the extraction stands on a gold event it misses: an event of the same type in its sentence (the
    parties differ), of another type there, or nothing in that sentence (the trigger was not found)."""
    evidence = gold_event.get("evidence") or ""
    ev_words = set(_words(evidence))
    types = set()
    for ev in system.get(doc, {}).get("events") or []:
        words = set(_words(ev.get("evidence") or ""))
        if ev_words and 2 * len(ev_words & words) / (len(ev_words) + len(words)) >= 0.5:
            types.add(ev.get("type"))
    if gold_event["type"] in types:
        return "same type, other parties"
    return "other type" if types else "no event"


def share_at(probs: list[float | None], th: float, above: bool) -> float:
    """Share of ``probs`` at or above ``th`` (``above``) or below it (a sentence not found counts as below)."""
    if not probs:
        return 0.0
    hits = sum(1 for p in probs if (p is not None and p >= th) == above)
    return round(hits / len(probs), 3)


def operating_threshold(flags: list[dict[str, dict[str, float]]], max_false: float) -> float:
    """The lowest threshold whose pooled false flags per article stay under ``max_false`` on both the general
    news and the event-less gold articles."""
    for th in THRESHOLDS:
        ok = True
        for key in ("ecb", "eventless"):
            arts = sum(f[key]["articles"] for f in flags)
            n = sum(f[key][str(th)] * f[key]["articles"] for f in flags)
            ok = ok and (not arts or n / arts <= max_false)
        if ok:
            return th
    return THRESHOLDS[-1]


@dataclass
class Material:
    """What the probe reads: the labelled sentences, the gold and the current extraction of every corpus."""

    corpora: list[str]
    sentences: list[Sentence]
    golds: dict[str, dict[str, dict]]
    systems: dict[str, dict[str, dict]]  # the extraction by corpus (NEGATIVE: of the general news)
    lost: dict[str, int]


def gather(corpora: list[Corpus], negatives: Path | None, outputs: Path, negative_limit: int | None = None
           ) -> Material:
    """Reads, parses and labels every corpus, and extracts it with the current system (see :func:`system_output`)."""
    scorer = load_scorer(EVAL)
    sentences: list[Sentence] = []
    golds, lost, systems = {}, {}, {}
    for c in corpora:
        gold = event_docs(scorer.load(str(c.gold)))
        golds[c.name] = gold
        sents = sentences_of(read_texts(c.dir, set(gold)), c.name, lambda _d, n=c.name: n)
        lost[c.name] = label(sents, gold)
        sentences += sents
        systems[c.name] = scorer.load(str(system_output(c, c.name, outputs)))
    systems[NEGATIVE] = {}
    if negatives is not None:
        texts = read_texts(negatives)
        if negative_limit is not None:
            texts = dict(list(texts.items())[:negative_limit])
        neg = sentences_of(texts, NEGATIVE, lambda d: d.split("_")[0])
        for s in neg:
            s.eventless = True
        sentences += neg
        systems[NEGATIVE] = {d: r for d, r in scorer.load(str(system_output(negatives, NEGATIVE, outputs))).items()
                             if d in texts}
    return Material([c.name for c in corpora], sentences, golds, systems, lost)


def evaluate(m: Material, max_false: float = 0.1, soft: float = 1.0) -> dict:
    """Leaves each corpus out in turn; returns the figures (see the module docstring)."""
    scorer = load_scorer(EVAL)
    result: dict = {"corpora": {}, "thresholds": list(THRESHOLDS), "max_false": max_false, "soft": soft}
    probs: dict[str, dict[str, list]] = {}  # per corpus: probabilities, confidences, where the misses stand
    flags = []
    for name, train_idx, test_idx in folds(m.sentences, m.corpora):
        train, test = [m.sentences[i] for i in train_idx], [m.sentences[i] for i in test_idx]
        scores = Probe(soft=soft).fit(train).scores([s.features for s in test])
        events = system_events(scorer, m.golds[name], m.systems[name])
        probs[name] = event_figures(events, test, scores, name)
        for key in ("extra", "right"):  # the extraction's own confidence, to compare with
            probs[name][f"confidence_{key}"] = [float(ev.get("confidence") or 0.0) for _, ev in events[key]]
        probs[name]["missed_where"] = [_miss_kind(doc, ev, m.systems[name]) for doc, ev in events["missed"]]
        neg_docs = sorted({s.doc for s in test if s.corpus == NEGATIVE})
        neg_events = [(d, ev) for d in neg_docs for ev in m.systems[NEGATIVE].get(d, {}).get("events") or []]
        probs[name]["ecb_events"] = event_figures({"x": neg_events}, test, scores, NEGATIVE)["x"]
        flag = {"ecb": false_flags(scores, test, True), "eventless": false_flags(scores, test, False)}
        flags.append(flag)
        mine = [i for i, s in enumerate(test) if s.corpus == name]
        result["corpora"][name] = {
            "documents": len(m.golds[name]), "sentences": len(mine), "train_sentences": len(train),
            "gold_events": sum(len(g.get("events") or []) for g in m.golds[name].values()),
            "evidence_not_found": m.lost[name],
            "sentences_by_type": sentence_figures(scores[mine], [test[i] for i in mine]),
            "false_flags_per_article": flag,
        }
    th = operating_threshold(flags, max_false)
    result["operating_threshold"] = th
    pooled: dict[str, list] = defaultdict(list)
    for name, per in probs.items():
        result["corpora"][name]["events"] = _event_summary(per, th)
        for k, v in per.items():
            pooled[k] += v
    result["pooled"] = _event_summary(pooled, th)
    return result


def _mean(probs: list[float | None], confidences: list[float]) -> list[float | None]:
    return [((p or 0.0) + c) / 2 for p, c in zip(probs, confidences, strict=True)]


def _event_summary(per: dict[str, list], th: float) -> dict:
    return {
        "missed": len(per["missed"]),
        "missed_flagged": {str(t): share_at(per["missed"], t, True) for t in THRESHOLDS},
        "found": len(per["found"]),
        "found_flagged": {str(t): share_at(per["found"], t, True) for t in THRESHOLDS},
        "extra": len(per["extra"]),
        "extra_rejected": {str(t): share_at(per["extra"], t, False) for t in THRESHOLDS},
        "right": len(per["right"]),
        "right_rejected": {str(t): share_at(per["right"], t, False) for t in THRESHOLDS},
        "ecb_events": len(per["ecb_events"]),
        "ecb_events_rejected": {str(t): share_at(per["ecb_events"], t, False) for t in THRESHOLDS},
        "auc_right_over_extra": auc(per["extra"], per["right"]),
        "auc_confidence_right_over_extra": auc(per["confidence_extra"], per["confidence_right"]),
        "auc_mean_right_over_extra": auc(_mean(per["extra"], per["confidence_extra"]),
                                         _mean(per["right"], per["confidence_right"])),
        "missed_where": dict(sorted(Counter(per["missed_where"]).items())),
        "at_operating": {"missed_flagged": share_at(per["missed"], th, True),
                         "extra_rejected": share_at(per["extra"], th, False),
                         "right_rejected": share_at(per["right"], th, False),
                         "ecb_events_rejected": share_at(per["ecb_events"], th, False)},
    }


def report(result: dict) -> str:
    """The figures as text."""
    ths = result["thresholds"]
    head = "  ".join(f"{t:>9}" for t in ths)
    lines = [f"operating threshold {result['operating_threshold']} (lowest with <= {result['max_false']} "
             "false flags/article on held-out ECB+ and on event-less gold articles)"]
    for name, c in result["corpora"].items():
        lines.append(f"\n== {name} (left out): {c['documents']} documents, {c['sentences']} sentences, "
                     f"{c['gold_events']} gold events ({c['evidence_not_found']} evidence not found), "
                     f"trained on {c['train_sentences']} sentences")
        lines.append(f"  sentence P/R at {'':8}{head}     AP")
        for t in (*TYPES, "all"):
            cells = [c["sentences_by_type"][str(th)].get(t) for th in ths]
            if cells[0] is None:
                continue
            lines.append(f"  {t:12} n={cells[0]['n']:<4}   " + "  ".join(f"{x['p']:.2f}/{x['r']:.2f}" for x in cells)
                         + f"  {c['sentences_by_type']['ap'][t]['ap']:.2f}")
        cells = [c["sentences_by_type"][str(th)]["all"] for th in ths]
        lines.append(f"  {'P, type in doc':21}" + "  ".join(f"{x['p_doc']:9.2f}" for x in cells)
                     + "  (a flag counts right when the article has a gold event of its type)")
        for key, label_ in (("ecb", "ECB+ flags/article"), ("eventless", "no-event gold flags/art.")):
            f = c["false_flags_per_article"][key]
            lines.append(f"  {label_:25} " + "  ".join(f"{f[str(th)]:9.2f}" for th in ths) + f"  ({f['articles']} articles)")
        lines += _event_lines(c["events"], ths)
    lines.append("\n== pooled over the corpora left out")
    lines += _event_lines(result["pooled"], ths)
    return "\n".join(lines)


def _event_lines(e: dict, ths: list[float]) -> list[str]:
    out = []
    for key, n, label_ in (("missed_flagged", "missed", "system misses flagged"),
                           ("found_flagged", "found", "system finds flagged"),
                           ("extra_rejected", "extra", "system extras rejected"),
                           ("right_rejected", "right", "system rights rejected"),
                           ("ecb_events_rejected", "ecb_events", "ECB+ system events rej.")):
        out.append(f"  {label_:25} " + "  ".join(f"{e[key][str(th)]:9.2f}" for th in ths) + f"  (of {e[n]})")
    out.append(f"  right events score above extras (AUC): classifier {e['auc_right_over_extra']:.2f}, "
               f"the extraction's confidence {e['auc_confidence_right_over_extra']:.2f}, their mean "
               f"{e['auc_mean_right_over_extra']:.2f}")
    out.append("  the misses' sentences: " + ", ".join(f"{k} {v}" for k, v in e["missed_where"].items()))
    a = e["at_operating"]
    out.append(f"  at the operating threshold: misses flagged {a['missed_flagged']:.2f}, extras rejected "
               f"{a['extra_rejected']:.2f}, right events rejected {a['right_rejected']:.2f}, ECB+ events rejected "
               f"{a['ecb_events_rejected']:.2f}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="append", type=parse_corpus, metavar="NAME=GOLD:DIR",
                    help="a corpus left out in turn (repeat; default: the five development corpora)")
    ap.add_argument("--negatives", type=Path, default=DATA / "ecbplus",
                    help="general news without events (negatives; ECB+ by default)")
    ap.add_argument("--negative-limit", type=int, help="use only the first N general news articles")
    ap.add_argument("--outputs", type=Path, help="where the extractions go (<name>.jsonl; reused when there)")
    ap.add_argument("--max-false", type=float, default=0.1, help="false flags per article the operating point allows")
    ap.add_argument("--soft", type=float, default=1.0,
                    help="weight of the non-evidence sentences of articles with events, as negatives")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)
    corpora = args.corpus or [parse_corpus(s) for s in DEFAULT_CORPORA]
    with tempfile.TemporaryDirectory() as tmp:
        outputs = args.outputs or Path(tmp)
        outputs.mkdir(parents=True, exist_ok=True)
        result = evaluate(gather(corpora, args.negatives, outputs, args.negative_limit), args.max_false, args.soft)
    print(json.dumps(result) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
