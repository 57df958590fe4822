"""Long work is visible: inputs are counted when they can be, and progress says N of M and the time left."""
from __future__ import annotations

import time

from pactwatch.cli.progress import Progress, count_inputs


def test_counting_inputs(tmp_path, seeds_dir):
    assert count_inputs([str(seeds_dir)]) == 5
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("left out", encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 3 + 1
    assert count_inputs([str(tmp_path / "b.txt"), str(seeds_dir)]) == 6
    assert count_inputs([str(tmp_path / "missing")]) == 0
    assert count_inputs(["-"]) is None
    (tmp_path / "c.warc.gz").write_bytes(b"")
    assert count_inputs([str(tmp_path)]) is None  # WARC records are only known by reading them
    assert count_inputs([str(tmp_path / "a.jsonl")], limit_bytes=10) is None


def test_progress_lines_give_the_total_and_the_time_left(capsys):
    with Progress("ingesting", total=10, every=0) as p:
        time.sleep(0.05)
        p.advance(4)
    err = capsys.readouterr().err
    assert err.startswith("ingesting: 4 of 10 documents (") and "left)" in err
    with Progress("ingesting", every=0) as p:
        p.advance(3)
    assert capsys.readouterr().err.startswith("ingesting: 3 documents (")


def test_quiet_progress_says_nothing(capsys):
    with Progress("ingesting", quiet=True, total=3, every=0) as p:
        p.advance()
    assert capsys.readouterr().err == ""
