"""Every command has --help with an example (like sqlite-utils' test_docs.py)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from pactwatch.cli import cli


def all_commands(group, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        yield (*prefix, name), cmd
        if hasattr(cmd, "commands"):
            yield from all_commands(cmd, (*prefix, name))


@pytest.mark.parametrize("path", [p for p, _ in all_commands(cli)], ids=lambda p: " ".join(p))
def test_every_command_has_help_with_an_example(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"`pactwatch {' '.join(path)} --help` has no example"


def test_the_core_commands_exist():
    names = set(cli.commands)
    assert {"extract", "bench"} <= names
