"""Helpers of the reliability tests: run the real CLI in a subprocess, optionally with a fault.

``run_cli`` runs ``python -c DRIVER args...``: the driver can make the analysis of chosen
documents fail the way real faults do (a worker process killed with SIGKILL, a bug that
raises, a hang that ignores signals), by the document's name, inside the worker
processes only, then runs pactwatch's own ``main``; at exit it prints its peak memory
(and its children's) on stderr as ``maxrss=<KiB> children=<KiB>``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ECB = ROOT / "tests" / "data" / "ecbplus"

DRIVER = r'''
import atexit, os, resource, signal, sys, time
from pactwatch import pipeline

def peak():
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    sys.stderr.write(f"maxrss={me} children={kids}\n")

if os.environ.get("PW_TEST_FAULTS"):
    original = pipeline.Analyser.survey  # a document's own stages after spaCy's pass (then the batch's parse)

    def survey(self, cleaned, meta, sdoc):
        name = cleaned.raw.name
        if os.environ.get("PACTWATCH_WORKER"):
            if name.startswith("poison-kill"):
                os.kill(os.getpid(), signal.SIGKILL)
            if name.startswith("poison-raise"):
                raise RuntimeError("a bug that shows on this document only")
            if name.startswith("poison-hang"):
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
                time.sleep(3600)
        return original(self, cleaned, meta, sdoc)

    pipeline.Analyser.survey = survey

atexit.register(peak)
from pactwatch.cli import main
sys.argv = ["pactwatch", *sys.argv[1:]]
main()
'''


def run_cli(*args: str, faults: bool = False, env: dict | None = None, stdin: bytes | None = None,
            timeout: int = 900) -> subprocess.CompletedProcess:
    full = {**os.environ, "PACTWATCH_N_PROCESS": "2", **(env or {})}
    full.pop("PACTWATCH_WORKER", None)
    if faults:
        full["PW_TEST_FAULTS"] = "1"
    return subprocess.run([sys.executable, "-c", DRIVER, *args], input=stdin, capture_output=True,
                          timeout=timeout, env=full)


def peak_kib(stderr: bytes) -> tuple[int, int]:
    line = [x for x in stderr.decode("utf-8", "replace").splitlines() if x.startswith("maxrss=")][-1]
    me, kids = line.split()
    return int(me.split("=")[1]), int(kids.split("=")[1])


def contracts(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


def good_articles(folder: Path, n: int = 20) -> list[str]:
    """Copy ``n`` short real news articles (ECB+) into ``folder``; returns their names."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for p in sorted(ECB.glob("*ecbplus.txt"))[:n]:
        shutil.copy(p, folder / p.name)
        names.append(p.stem)
    return names
