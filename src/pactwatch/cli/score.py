"""``pactwatch score``: the project's scorer (``tests/data/eval/score.py``) on extraction output.

The scorer is a standard-library script kept beside its gold files in the source tree
(see ``tests/data/eval/GUIDE.md``); this command finds it from the installed package
(a checkout installed with ``pip install -e``) or takes ``--scorer PATH``.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

SCORER = Path("tests") / "data" / "eval" / "score.py"


def find_scorer() -> Path | None:
    """The scorer of the checkout the package runs from (None when installed without the source tree)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / SCORER).is_file():
            return parent / SCORER
    return None


@click.command("score", context_settings={"ignore_unknown_options": True})
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("system", type=click.Path(exists=True, dir_okay=False))
@click.option("--scorer", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help=f"The scorer script (default: {SCORER} of the checkout pactwatch runs from).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--verbose", is_flag=True, help="List every miss and false hit.")
@click.option("--check", multiple=True, metavar="FIGURE=BOUND",
              help="Exit 1 when a figure is below its bound (events.f1=0.5); repeat for more.")
def score_cmd(gold: str, system: str, scorer: Path | None, as_json: bool, verbose: bool, check: tuple[str, ...]) -> None:
    """Score extraction output (JSON Lines, `pactwatch extract --json`) against gold annotations.

    Prints precision, recall and F1 for entities, relations, events, quotes and stories,
    and the accuracy of dates, statuses, participants and speakers. The gold files of the
    bundled corpus and two test sets are in tests/data/eval/ (*.gold.jsonl).

    \b
    Example:
      pactwatch extract corpus/seeds --json > facts.jsonl
      pactwatch score tests/data/eval/seeds.gold.jsonl facts.jsonl
      pactwatch score tests/data/eval/seeds.gold.jsonl facts.jsonl --json --check events.f1=0.8
    """
    script = scorer or find_scorer()
    if script is None:
        raise click.UsageError(f"the scorer {SCORER} ships with the source tree, not the installed package; "
                               "run from a checkout (pip install -e .) or give --scorer PATH")
    import importlib.util

    spec = importlib.util.spec_from_file_location("pactwatch_eval_score", script)
    if spec is None or spec.loader is None:
        raise click.UsageError(f"--scorer {script} is not a Python file")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    argv = [gold, system, *(["--json"] if as_json else []), *(["--verbose"] if verbose else [])]
    if check:
        argv += ["--check", *check]
    code = module.main(argv)
    if code:
        sys.exit(code)


COMMANDS = [score_cmd]
