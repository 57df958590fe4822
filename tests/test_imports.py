"""No work at import time: ``import pactwatch.cli`` (what ``pactwatch --help`` pays) loads no
heavy library and takes under 0.3 s; data files and stop words are read on first use."""
from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "sqlalchemy", "pyarrow", "networkx", "fastapi", "ray", "rich", "trafilatura", "datasketch",
         "wordfreq", "thinc", "torch")


def _run(code: str, *flags: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *flags, "-c", code], capture_output=True, text=True, check=True)


def test_importing_the_cli_loads_no_heavy_library():
    out = _run(f"import sys, pactwatch.cli; print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    assert out.stdout.strip() == ""


def test_importing_the_cli_takes_under_0_3_s():
    """The fastest of three runs (the machine is shared), as ``python -X importtime`` counts it."""
    best = min(int(_run("import pactwatch.cli", "-X", "importtime").stderr.strip().splitlines()[-1]
                   .split("|")[1]) for _ in range(3))
    assert best < 300_000, f"import pactwatch.cli took {best / 1e6:.2f} s"


def test_the_story_module_reads_no_stop_words_at_import():
    out = _run("import sys, pactwatch.stories; print('spacy' in sys.modules)")
    assert out.stdout.strip() == "False"
