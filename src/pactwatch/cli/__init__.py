"""The ``pactwatch`` command line: thin over the library.

Data goes to stdout, logs and progress to stderr. Exit 0 on success, 1 when some
inputs were refused, 2 on usage errors. Each job is a subcommand defined in a
module of this package (``extract``, ``store``, ``crossdoc`` ...), each module listing its
click commands in ``COMMANDS``; :data:`COMMAND_MODULES` below registers them, every one
imported here (a missing module is an import error, never skipped).

The command modules import the store, the pipeline and the web app inside their commands,
so that ``pactwatch --help`` starts in well under 0.3 s (docs/ARCHITECTURE.md, "Imports").
"""
from __future__ import annotations

import logging
import sys

import click

from .. import __version__
from ..errors import PactwatchError
from . import analysis, bench, crossdoc, export, extract, scale, score, store, web

# The modules whose ``COMMANDS`` are pactwatch's subcommands, in help order.
COMMAND_MODULES = (extract, bench, store, analysis, export, crossdoc, web, scale, score)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="pactwatch")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """pactwatch: turn news articles into evidence-linked facts about defense and security cooperation.

    \b
    Example:
      pactwatch extract corpus/seeds --json > facts.jsonl
      pactwatch ingest corpus/seeds && pactwatch events --type exercise
    """
    level = logging.WARNING - 10 * verbose if not quiet else logging.ERROR
    logging.basicConfig(level=max(level, logging.DEBUG), stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet
    ctx.obj["verbose"] = verbose


for _module in COMMAND_MODULES:
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    try:
        cli.main(prog_name="pactwatch", standalone_mode=True)
    except PactwatchError as exc:  # a bad setting, a missing or too new store: the user can act on it
        click.echo(f"pactwatch: error: {exc}", err=True)
        sys.exit(2)
    except Exception as exc:  # the program itself failed (README "Exit codes"): 3, never a refusal's 1
        logging.getLogger(__name__).debug("failure", exc_info=True)
        click.echo(f"pactwatch: failed: {type(exc).__name__}: {exc} (run with -vv for the traceback)", err=True)
        sys.exit(3)
