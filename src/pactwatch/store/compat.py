"""TRANSITIONAL: the store methods that callers outside this layer's owners still use and that
now live in the layers above it. Each delegates upwards (the only imports from above the
store, listed in ``tests/test_layers.py`` as the exceptions still allowed); remove each one
as soon as its last caller uses the layer above directly:

* ``iter_contracts``: :func:`pactwatch.contract.stored_contracts` (caller: ``tests/test_ingest.py``);
* ``story_features``: :meth:`Store.story_parts` with :func:`pactwatch.stories.features_of_parts`
  (caller: ``ingest.py``).
"""
from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any


def _above(module: str) -> Any:
    return importlib.import_module(f"pactwatch.{module}")


class LegacyMixin:
    def iter_contracts(self) -> Iterator[dict[str, Any]]:
        return _above("contract").stored_contracts(self)

    def story_features(self, after: int = 0, upto: int | None = None) -> Iterator[tuple[int, Any, str | None]]:
        features_of_parts = _above("stories").features_of_parts
        for parts in self.story_parts(after, upto):  # type: ignore[attr-defined]
            yield parts.key, features_of_parts(parts), parts.story
