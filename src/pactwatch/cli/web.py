"""``pactwatch serve`` (the HTTP API and web UI) and ``pactwatch bench-api`` (its latency)."""
from __future__ import annotations

import json
import socket

import click

from .bench import size_notice
from .common import db_option, echo_err, quiet_of, settings_from


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Other hosts than this machine need the API token even to read.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token-env", default="PACTWATCH_API_TOKEN", show_default=True,
              help="Environment variable holding the write token (uploads, reviews); unset: writes are off.")
@click.pass_context
def serve(ctx: click.Context, db: str | None, host: str, port: int, token_env: str) -> None:
    """Serve the web UI and the JSON API over the store.

    Pages: overview, events (the CLI's filters as URL parameters), network, actors,
    agreements, stories, articles with every fact highlighted, search. API under /api,
    documented at /api/docs. Reads are open on localhost; uploads and reviews need the
    token from the environment (PACTWATCH_API_TOKEN by default).

    \b
    Example:
      pactwatch serve
      PACTWATCH_API_TOKEN=$(openssl rand -hex 16) pactwatch serve --db pw.db --port 8080
    """
    quiet = quiet_of(ctx)
    serve_store(db, host, port, settings_from(ctx), token_env, quiet)


def check_port(host: str, port: int) -> None:
    """A usage error now, not a server error later, when ``host:port`` cannot be listened on."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as s:
        try:
            s.bind((host, port))
        except OSError as exc:
            raise click.UsageError(f"cannot serve on {host}:{port}: {exc.strerror or exc}; give another --port "
                                   "(or stop what listens there)") from None


def serve_store(db: str | None, host: str, port: int, settings, token_env: str = "PACTWATCH_API_TOKEN",
                quiet: bool = False) -> None:
    """Serve the web UI and API over the store at ``db`` until interrupted (Ctrl-C: a normal
    return), printing the URL on stderr."""
    import os

    import uvicorn

    from ..store import database_url
    from ..web import WebSettings, create_app

    check_port(host, port)
    web = WebSettings.load(settings, token=os.environ.get(token_env) or None)
    app = create_app(db, web)
    echo_err(f"store: {database_url(db or web.settings.db)}", quiet)
    echo_err(f"writes (uploads, reviews): {'on, with the token from $' + token_env if web.token else 'off'}", quiet)
    click.echo(f"pactwatch is serving on http://{host if ':' not in host else f'[{host}]'}:{port}/ "
               "(Ctrl-C stops it)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning" if quiet else "info")
    except KeyboardInterrupt:  # uvicorn shut down on Ctrl-C and raised it again: a normal end
        echo_err("pactwatch stopped serving", quiet)


API_BENCH_DEFAULT = 5_000  # about a minute


def api_bench_notice(events: int, stores: int = 1, repeat: int = 30) -> str:
    """What ``bench-api`` says before it starts. Filling took 127 s per 100,000 events on SQLite
    and the queries about a minute at 30 requests each (Nov 2026)."""
    seconds = stores * (events / 1000 * 1.3 + 60 * repeat / 30)
    return size_notice(events, "synthetic events a store", seconds, "--events", API_BENCH_DEFAULT)


@click.command("bench-api")
@click.option("--db", "dbs", multiple=True, metavar="URL",
              help="Store URL(s) to fill (default: a temporary SQLite file); give a postgresql:// URL for PostgreSQL.")
@click.option("--events", type=click.IntRange(100), default=API_BENCH_DEFAULT, show_default=True,
              help="Synthetic events per store (the default takes about a minute; the README's figures are "
                   "for --events 100000, about 4 minutes a store).")
@click.option("--repeat", type=click.IntRange(3), default=30, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.pass_context
def bench_api(ctx: click.Context, dbs: tuple[str, ...], events: int, repeat: int, as_json: bool) -> None:
    """API latency (p50/p95) over HTTP on a synthetic store: lists, filters, search, network.

    Fills each store with synthetic articles carrying EVENTS events, serves it with
    uvicorn on a free localhost port, and times real HTTP requests.

    \b
    Example:
      pactwatch bench-api
      pactwatch bench-api --events 100000 --db sqlite:///tmp/b.db --db postgresql://postgres@127.0.0.1:5432/bench
    """
    from ..benchmarks.api_bench import run

    if not quiet_of(ctx):
        click.echo(api_bench_notice(events, max(1, len(dbs)), repeat), err=True)

    out = run(list(dbs), events, repeat)
    if as_json:
        click.echo(json.dumps(out))


COMMANDS = [serve, bench_api]
