"""Throughput and memory of near-duplicate detection plus story clustering on a synthetic stream.

    python -m pactwatch.benchmarks.stories_bench [N]

Generates ``N`` articles (default 200,000): each story has its own rare names, places and
numbers over a shared vocabulary; about one article in ten is a syndicated copy of an
earlier one with a different header and footer. Prints one progress line per 10,000
articles (seconds and peak resident memory so far) to stderr and, last, one JSON object on stdout.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import resource
import sys
import time

from .. import snapshot
from ..dedup import DuplicateIndex
from ..stories import StoryIndex, features_from_text

STEP = 10_000
COMMON = [f"word{i}" for i in range(3000)]


def _story(rng: random.Random, n: int) -> dict:
    return {
        "names": [f"Name{n}x{k}" for k in range(3)],
        "place": f"Place{rng.randrange(5000)}",
        "words": rng.sample(COMMON, 30),
        "number": str(rng.randrange(100, 100_000)),
        "date": dt.date(2020, 1, 1) + dt.timedelta(days=n // 40),
    }


def _article(rng: random.Random, story: dict) -> str:
    sents = []
    for _ in range(rng.randint(6, 14)):
        words = rng.sample(story["words"], 6) + rng.sample(COMMON, 6)
        rng.shuffle(words)
        sents.append(f"{rng.choice(story['names'])} said in {story['place']} that " + " ".join(words)
                     + f" {story['number']}.")
    return "\n".join(sents)


def generate(n: int, seed: int = 7):
    """Yield ``(doc_id, text, published)`` for ``n`` synthetic articles."""
    rng = random.Random(seed)
    stories: list[dict] = []
    recent: list[tuple[str, str, dt.date]] = []
    for i in range(n):
        if recent and rng.random() < 0.1:
            _, text, day = rng.choice(recent)
            yield f"d{i}", f"By Wire Staff {i}\n{text}\nCopyright {rng.randrange(1000)} Newswire\n", day
            continue
        if not stories or rng.random() < 0.2:
            stories.append(_story(rng, len(stories)))
        story = stories[max(0, len(stories) - 1 - int(rng.expovariate(0.2)))]
        text = _article(rng, story)
        recent = (recent + [(f"d{i}", text, story["date"])])[-200:]
        yield f"d{i}", text, story["date"]


def _peak_mib() -> float:
    """Peak resident memory of this process so far (MiB; Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _restart_figures(n: int, index: StoryIndex, dups: DuplicateIndex) -> dict:
    """What the next ingest pays to continue: the snapshot a finished run saves (size, write
    and read time), and, without one, a replay of every article back into its story."""
    t = time.perf_counter()
    data = snapshot.encode({"stories": index.to_state(), "duplicates": dups.to_state()})
    dump_s = time.perf_counter() - t
    t = time.perf_counter()
    state = snapshot.decode(data)
    StoryIndex.from_state(state["stories"]), DuplicateIndex.from_state(state["duplicates"])
    load_s = time.perf_counter() - t
    stored = {doc_id: index.story_of(doc_id) for doc_id, _, _ in generate(n)}
    t = time.perf_counter()
    replay_dups, replay = DuplicateIndex(), StoryIndex()
    for doc_id, text, day in generate(n):
        orig = replay_dups.add(doc_id, text, day)
        feats = features_from_text(doc_id, text, published=day)
        replay.restore(feats if orig is None else type(feats)(doc_id, text, published=day, duplicate_of=orig),
                       stored[doc_id])
    replay_s = time.perf_counter() - t
    out = {"snapshot_mib": round(len(data) / 2**20, 1), "snapshot_dump_s": round(dump_s, 2),
           "snapshot_load_s": round(load_s, 2), "replay_s": round(replay_s, 2),
           "replay_per_10k_s": round(replay_s / n * STEP, 2)}
    print(f"restart: snapshot {out['snapshot_mib']} MiB (dump {dump_s:.1f} s, load {load_s:.1f} s); "
          f"full replay without it {replay_s:.1f} s", file=sys.stderr, flush=True)
    return out


def main(n: int = 200_000) -> dict:
    """Add ``n`` synthetic articles to a DuplicateIndex and a StoryIndex; return the figures."""
    dups, index = DuplicateIndex(), StoryIndex()
    start = last = time.perf_counter()
    found = 0
    steps = []
    for k, (doc_id, text, day) in enumerate(generate(n), 1):
        orig = dups.add(doc_id, text, day)
        found += orig is not None
        feats = features_from_text(doc_id, text, published=day)
        index.add(feats if orig is None else type(feats)(doc_id, text, published=day, duplicate_of=orig))
        if k % STEP == 0 or k == n:
            now = time.perf_counter()
            peak = _peak_mib()
            steps.append({"articles": k, "seconds": round(now - last, 2), "peak_mib": round(peak, 1)})
            print(f"{k:>8} articles  {now - last:7.2f} s for the last step  {now - start:8.1f} s total  "
                  f"peak {peak:8.1f} MiB  stories {len(index.stories()) + index.retired} "
                  f"({len(index.stories())} in memory)  duplicates {found}",
                  file=sys.stderr, flush=True)
            last = now
    total = time.perf_counter() - start
    result = {"articles": n, "seconds": round(total, 2), "per_10k_s": round(total / n * STEP, 2),
              "peak_mib": round(_peak_mib(), 1),
              "stories": len(index.stories()) + index.retired, "stories_in_memory": len(index.stories()),
              "duplicates": found, "steps": steps}
    result.update(_restart_figures(n, index, dups))
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
