"""Options and output helpers shared by the subcommands."""
from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import click

from ..errors import ConfigError, StoreMissingError
from ..settings import Settings, load_settings

log = logging.getLogger(__name__)

# Exit codes (README "Exit codes"): 0 done; 1 some inputs were refused (the rest was done);
# 2 usage: a bad flag or argument, a store that does not exist; 3 the program itself failed.
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_FAILED = 3


class ProgramFailed(click.ClickException):
    """pactwatch itself failed (a bug, a store or a system error): exit code 3."""

    exit_code = EXIT_FAILED


def guarded(fn: Callable) -> Callable:
    """Make a command exit with code 3 when the program fails, with the traceback in the log.

    Refusals are not failures (exit 1); click's usage errors keep exit 2; a missing store
    is a usage error too (exit 2, the message names the path).
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit, KeyboardInterrupt):
            raise
        except (ConfigError, StoreMissingError) as exc:
            raise click.UsageError(str(exc)) from exc
        except Exception as exc:
            log.debug("failure", exc_info=True)
            raise ProgramFailed(f"{type(exc).__name__}: {exc} (run with -vv for the traceback)") from exc

    return wrapper

db_option = click.option(
    "--db",
    default=None,
    metavar="PATH|URL",
    help="Store: a SQLite file path, sqlite:///PATH or postgresql://... (default: the settings' db: "
    "$PACTWATCH_DB, else `db = ...` in the config file, else ~/.local/share/pactwatch/pactwatch.db).",
)


def settings_from(ctx: click.Context | None = None, **flags: Any) -> Settings:
    """The settings of a command: defaults, the config file, the environment, then the flags it was
    given (``None`` for a flag not given). The one path every option takes, ``db`` included."""
    return load_settings().with_(**flags)


def _json_default(value: Any) -> Any:
    if isinstance(value, Mapping):  # a store row (pactwatch.store.rows): its JSON shape
        return dict(value)
    if isinstance(value, set | frozenset):
        return sorted(value)
    return str(value)


def to_json(value: Any) -> str:
    """``value`` (rows, dicts of rows, dates ...) as one line of JSON."""
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def quiet_of(ctx: click.Context | None) -> bool:
    """Whether ``pactwatch -q`` asked for no progress or summary on stderr."""
    return bool(ctx.obj.get("quiet", False)) if ctx is not None and ctx.obj else False


def echo_err(msg: str, quiet: bool = False) -> None:
    if not quiet:
        click.echo(msg, err=True)


def iter_progress(items: Iterable[Any], label: str, quiet: bool, total: int | None = None) -> Iterable[Any]:
    """Wrap ``items`` with a progress display on stderr (nothing when quiet or not a TTY)."""
    if quiet or not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task(label, total=total)
        for it in items:
            yield it
            progress.advance(task)
