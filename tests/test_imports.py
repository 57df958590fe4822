"""No work at import time: ``import pactwatch.cli`` (what ``pactwatch --help`` pays) loads no
heavy library and takes under 0.3 s; data files and stop words are read on first use."""
from __future__ import annotations

import resource
import subprocess
import sys

HEAVY = ("spacy", "sqlalchemy", "pyarrow", "networkx", "fastapi", "ray", "rich", "trafilatura", "datasketch",
         "wordfreq", "thinc", "torch")


def _run(code: str, *flags: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *flags, "-c", code], capture_output=True, text=True, check=True)


def test_importing_the_cli_loads_no_heavy_library():
    out = _run(f"import sys, pactwatch.cli; print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    assert out.stdout.strip() == ""


def _cpu_seconds(code: str) -> float:
    """CPU time (user + system) of a Python process running ``code``: steadier than the wall
    clock on a shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    _run(code)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def test_importing_the_cli_takes_under_0_3_s():
    """What ``import pactwatch.cli`` adds to a bare interpreter's start, the fastest of five runs."""
    bare = min(_cpu_seconds("pass") for _ in range(5))
    cli = min(_cpu_seconds("import pactwatch.cli") for _ in range(5))
    assert cli - bare < 0.3, f"import pactwatch.cli took {cli - bare:.2f} s of CPU"


def test_the_story_module_reads_no_stop_words_at_import():
    out = _run("import sys, pactwatch.stories; print('spacy' in sys.modules)")
    assert out.stdout.strip() == "False"


def test_the_pipeline_hashes_its_sources_on_first_use_not_at_import():
    """The pipeline version digests the package's code: importing the module must not pay for it,
    and ``from pactwatch.pipeline import PIPELINE_VERSION`` still gives the same value as the function."""
    out = _run("import pactwatch.pipeline as p\n"
               "print(p.pipeline_version.cache_info().currsize)\n"
               "from pactwatch.pipeline import PIPELINE_VERSION\n"
               "print(PIPELINE_VERSION == p.pipeline_version(), p.pipeline_version.cache_info().currsize)")
    first, second = out.stdout.split("\n")[:2]
    assert first == "0"
    assert second == "True 1"
