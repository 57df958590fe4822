"""Index snapshots are data, never code: what a store keeps of the story and duplicate indexes
is read back without unpickling, checked, and a damaged or hostile one means a full replay."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import pickle
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pactwatch import snapshot
from pactwatch.dedup import DuplicateIndex
from pactwatch.errors import SnapshotError
from pactwatch.stories import StoryIndex, features_from_text

WORDS = ("army navy minister treaty border summit drill port river city council election storm "
         "market vote court bridge harbour pilot rocket union talks").split()


def _articles(n: int, seed: int = 7):
    """Synthetic articles: a few recurring stories, some syndicated copies, dated over months."""
    rng = random.Random(seed)
    topics = [rng.sample(WORDS, 8) + [f"Name{t}", f"Place{t}"] for t in range(6)]
    start = dt.date(2024, 1, 1)
    made = []
    for i in range(n):
        t = rng.randrange(len(topics))
        if made and rng.random() < 0.15:
            _, text, day = rng.choice(made)
            text = "Reuters - " + text
        else:
            day = start + dt.timedelta(days=rng.randrange(200))
            text = "\n".join(" ".join(rng.choice(topics[t]) for _ in range(12)) + "." for _ in range(6))
        made.append((f"doc{i}", text, day))
    return made


def _feed(index: StoryIndex, dups: DuplicateIndex, articles) -> list[tuple[str | None, str]]:
    out = []
    for doc_id, text, day in articles:
        orig = dups.add(doc_id, text, day)
        feats = features_from_text(doc_id, text, published=day)
        out.append((orig, index.add(dataclasses.replace(feats, duplicate_of=orig))))
    return out


def _roundtrip(index: StoryIndex, dups: DuplicateIndex) -> tuple[StoryIndex, DuplicateIndex]:
    state = snapshot.decode(snapshot.encode({"stories": index.to_state(), "duplicates": dups.to_state()}))
    return StoryIndex.from_state(state["stories"]), DuplicateIndex.from_state(state["duplicates"])


def test_a_restored_index_goes_on_exactly_as_the_original():
    """Same state after the round trip, and the same stories and duplicates for the articles after it."""
    arts = _articles(160)
    index, dups = StoryIndex(), DuplicateIndex()
    _feed(index, dups, arts[:100])
    index2, dups2 = _roundtrip(index, dups)
    assert index2.to_state() == index.to_state() and dups2.to_state() == dups.to_state()
    later = _feed(index, dups, arts[100:])
    assert _feed(index2, dups2, arts[100:]) == later
    assert any(orig is not None for orig, _ in later), "the sample must hold copies found through the LSH"


def test_an_empty_index_round_trips():
    index, dups = _roundtrip(StoryIndex(), DuplicateIndex())
    assert len(index) == 0 and len(dups) == 0


@pytest.mark.parametrize("damage, message", [
    (lambda b: b[:-5], "checksum"),
    (lambda b: b[:40] + bytes([b[40] ^ 0xFF]) + b[41:], "checksum"),
    (lambda b: b[:6] + b"\x09" + b[7:], "format 9"),
    (lambda b: b"", "not a pactwatch snapshot"),
    (lambda b: pickle.dumps({"stories": {}}), "not a pactwatch snapshot"),
])
def test_damaged_or_foreign_bytes_are_refused_with_the_reason(damage, message):
    good = snapshot.encode({"stories": StoryIndex().to_state()})
    with pytest.raises(SnapshotError, match=message):
        snapshot.decode(damage(good))


def test_a_well_formed_snapshot_of_the_wrong_shape_is_refused():
    with pytest.raises(SnapshotError, match="not a story index"):
        StoryIndex.from_state({"threshold": 0.3, "story_ids": ["s"], "docs": ["a"], "doc_story": [5]})
    with pytest.raises(SnapshotError, match="not a duplicate index"):
        DuplicateIndex.from_state({"threshold": 0.8, "window_days": 1, "ids": ["a"], "order": [0],
                                   "sigs": b"\x00" * 12})


def test_a_payload_whose_map_key_is_a_map_is_refused():
    """Found by the fuzz test below: msgpack raises TypeError on an unhashable map key."""
    payload = b"\x81\x80\x00"  # {{}: 0}
    blob = snapshot.MAGIC + bytes([snapshot.FORMAT]) + hashlib.sha256(payload).digest() + payload
    with pytest.raises(SnapshotError, match="unreadable"):
        snapshot.decode(blob)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_raise_anything_but_a_snapshot_error(data):
    for blob in (data, snapshot.MAGIC + bytes([snapshot.FORMAT]) + hashlib.sha256(data).digest() + data):
        try:
            state = snapshot.decode(blob)
            StoryIndex.from_state(state.get("stories", state))
        except SnapshotError:
            pass


class _Payload:
    """Unpickling this creates a file: what a hostile store row would do to a pickle reader."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


def test_a_pickle_payload_in_the_store_runs_nothing_and_means_a_replay(store, seeds_dir, tmp_path, caplog):
    from pactwatch.ingest import ingest
    from pactwatch.settings import Settings

    seeds = sorted(seeds_dir.iterdir())
    ingest([str(p) for p in seeds[:3]], store, Settings(n_process=1))
    _, last, version = store.load_index_snapshot()
    marker = tmp_path / "pwned"
    evil = pickle.dumps(("pactwatch-story-indexes/2", _Payload(str(marker)), None))
    for payload in (evil, snapshot.MAGIC + bytes([snapshot.FORMAT]) + hashlib.sha256(evil).digest() + evil):
        store.save_index_snapshot(payload, last, version)
        with caplog.at_level("INFO", logger="pactwatch.ingest"):
            ingest([str(seeds[3])], store, Settings(n_process=1))
        assert not marker.exists()
        assert "story index snapshot unreadable" in caplog.text
        assert "0 documents from the snapshot" in caplog.text
        caplog.clear()
    # the run that replayed saved a good snapshot again
    assert snapshot.decode(store.load_index_snapshot()[0])["tag"] == "pactwatch-story-indexes/2"
