"""Batch engines: the same pipeline run by something other than this process's workers.

* ``local``: :func:`pactwatch.pipeline.analyse` (watched worker processes on one machine).
* ``ray``: :mod:`pactwatch.engines.ray_engine` (Ray Data actors on a cluster, Parquet shards out).

Engines register by name in :data:`ENGINES` (module path, function); a module is imported
only when its engine is used, so the local engine never needs Ray.

The package's parts, by step:

* :mod:`~pactwatch.engines.plan`: inputs (paths, globs, object-store URLs) to shards of work.
* :mod:`~pactwatch.engines.codec`: an :class:`~pactwatch.model.Article` as plain data and back, losslessly.
* :mod:`~pactwatch.engines.parquet_io`: shards of records on disk (Parquet or JSON Lines) and back.
* :mod:`~pactwatch.engines.ray_engine`: the Ray Data run, its fault handling and its manifest.
* :mod:`~pactwatch.engines.load`: shards into a store, with stories and duplicates (the single writer).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable

ENGINES: dict[str, tuple[str, str]] = {
    "local": ("pactwatch.pipeline", "analyse"),
    "ray": ("pactwatch.engines.ray_engine", "run"),
}


def engine(name: str) -> Callable:
    """The entry point of engine ``name`` (imported on first use).

    Raises:
        KeyError: no engine of that name (the message lists the known ones).
    """
    if name not in ENGINES:
        raise KeyError(f"unknown engine {name!r}; known: {', '.join(sorted(ENGINES))}")
    module, attr = ENGINES[name]
    return getattr(importlib.import_module(module), attr)
