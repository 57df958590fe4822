"""One phase of ``pactwatch bench``, run in its own process so peak memory is its own.

    python -m pactwatch.benchmarks.extract_bench --phase bare|pactwatch --corpus DIR --articles N

Prints one JSON object: phase, articles, words, seconds, peak RSS of this process and of
its worker processes (MiB).
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import resource
import sys
import time
from collections.abc import Iterator

from ..model import RawDocument
from ..settings import load_settings


def corpus_stream(corpus: str, articles: int, settings) -> Iterator[RawDocument]:
    """The corpus's documents, cycled until ``articles`` were yielded; re-read each cycle (no corpus in memory)."""
    from ..read import read_inputs

    def one_pass() -> Iterator[RawDocument]:
        for d in read_inputs([corpus], settings):
            if isinstance(d, RawDocument):
                yield d

    n = 0
    for cycle in itertools.count():
        got = 0
        for d in one_pass():
            yield dataclasses.replace(d, doc_id=f"{d.doc_id}~{cycle}")
            n += 1
            got += 1
            if n >= articles:
                return
        if got == 0:
            return


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--phase", choices=["bare", "pactwatch"], required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--processes", type=int, default=None)
    args = ap.parse_args(argv)
    settings = load_settings().with_(n_process=args.processes)
    words = 0
    count = 0

    def counted() -> Iterator[RawDocument]:
        nonlocal words
        for d in corpus_stream(args.corpus, args.articles, settings):
            words += len(d.text.split())
            yield d

    t0 = time.perf_counter()
    if args.phase == "bare":
        from .. import nlp as nlp_mod

        nlp = nlp_mod.load(settings.model)
        for extra in ("senter", "pactwatch_paragraphs"):  # the bare pass is the model as shipped
            if extra in nlp.pipe_names:
                nlp.disable_pipe(extra)
        from ..pipeline import WARM_UP

        nlp(WARM_UP)  # lazy parts load before the clock starts, as pactwatch's preload does
        t0 = time.perf_counter()
        for _doc in nlp.pipe((d.text for d in counted()), n_process=settings.n_process, batch_size=settings.batch_size):
            count += 1
    else:
        from ..pipeline import analyse, preload

        preload(settings)  # the model loads before the clock starts, as for the bare pass
        t0 = time.perf_counter()
        for _item in analyse(counted(), settings):
            count += 1
    seconds = time.perf_counter() - t0
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    json.dump({"phase": args.phase, "articles": count, "words": words, "seconds": round(seconds, 3),
               "processes": settings.n_process, "peak_rss_mib": round(self_kb / 1024, 1),
               "peak_worker_rss_mib": round(kids_kb / 1024, 1)}, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
