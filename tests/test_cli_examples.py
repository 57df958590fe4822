"""Every command's ``--help`` example runs as written (a shell, the installed ``pactwatch``), on a
store holding the bundled corpus, in a scratch folder where ``corpus/`` and ``tests/`` are the
project's. Examples that need what a test cannot have (a PostgreSQL URL, S3, a Ray cluster, a
server that runs until stopped, a benchmark of minutes, a file of the user's) are listed with
the reason, and stay few."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import known_store as K
import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

def _examples() -> list[tuple[str, str]]:
    cli = K.the_cli()
    out = []

    def walk(group, prefix=()):
        for name, cmd in sorted(group.commands.items()):
            path = " ".join((*prefix, name))
            text = (cmd.help or "").split("Example:", 1)
            for line in (text[1] if len(text) > 1 else "").splitlines():
                line = line.split("  #", 1)[0].strip()
                if line and not line.startswith("\b"):
                    out.append((path, line))
            if isinstance(cmd, click.Group):
                walk(cmd, (*prefix, name))

    walk(cli)
    return out


EXAMPLES = _examples()


def test_few_examples_are_left_out():
    left_out = [(cmd, line, K.why_not(line)) for cmd, line in EXAMPLES if K.why_not(line)]
    assert len(left_out) <= len(EXAMPLES) // 3, left_out
    assert len(EXAMPLES) - len(left_out) >= 30


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, seeds_dir):
    """A store with the bundled corpus, made by the real ``pactwatch ingest``."""
    base = tmp_path_factory.mktemp("examples")
    db = base / "seeded.db"
    p = subprocess.run([str(BIN / "pactwatch"), "ingest", str(seeds_dir), "--db", str(db), "-j", "1"],
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    return db


# examples known to fail, with why; strict: a fixed one fails here until it leaves this list
KNOWN_BROKEN: dict[str, str] = {}


def _param(command: str):
    marks = []
    if command in KNOWN_BROKEN:
        marks.append(pytest.mark.xfail(reason=KNOWN_BROKEN[command], strict=True))
    return pytest.param(command, marks=marks, id=command)


COMMANDS = [_param(c) for c in sorted({c for c, _ in EXAMPLES})]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_examples_run(command, seeded, tmp_path):
    """A command's examples run one after the other in one folder (an example may read what the
    one before wrote: ``extract ... > facts.jsonl``, then the scorer on ``facts.jsonl``)."""
    for name in ("corpus", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    db = tmp_path / "pactwatch.db"
    shutil.copy(seeded, db)
    env = {**os.environ, "PACTWATCH_DB": str(db), "PATH": f"{BIN}:{os.environ['PATH']}", "PACTWATCH_N_PROCESS": "1"}
    for cmd, line in EXAMPLES:
        if cmd != command or K.why_not(line):
            continue
        line = line.replace("--db my.db", f"--db {db}").replace("--db pactwatch.db", f"--db {db}")
        p = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=tmp_path, env=env, capture_output=True,
                           text=True, timeout=600)
        assert p.returncode == 0, f"`{line}` (from `pactwatch {command} --help`) exited {p.returncode}:\n" \
                                  f"{p.stderr[-2000:]}"
        assert "Traceback" not in p.stderr, p.stderr
