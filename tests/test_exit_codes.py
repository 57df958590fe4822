"""Exit codes as the README documents them, for whatever command: 2 for what the user can fix
(a bad setting, a missing store), 3 when the program itself failed, never a traceback's 1."""
from __future__ import annotations

import subprocess
import sys

DRIVER = """
import sys, click
from pactwatch import cli
from pactwatch.errors import ConfigError

@click.command("boom")
@click.argument("kind")
def boom(kind):
    if kind == "bug":
        raise RuntimeError("a bug")
    raise ConfigError("n_process must be at least 1, got 0")

cli.cli.add_command(boom)
sys.argv = ["pactwatch", "boom", sys.argv[1]]
cli.main()
"""


def _run(kind: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", DRIVER, kind], capture_output=True, text=True, timeout=120)


def test_an_unexpected_error_is_a_failure_of_the_program_with_one_line():
    res = _run("bug")
    assert res.returncode == 3
    assert "pactwatch: failed: RuntimeError: a bug" in res.stderr and "Traceback" not in res.stderr


def test_an_error_the_user_can_fix_is_exit_2():
    res = _run("config")
    assert res.returncode == 2 and "n_process must be at least 1" in res.stderr
