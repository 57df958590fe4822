"""TRANSITIONAL, now empty: the store methods that had moved up a layer (``iter_contracts``,
now :func:`pactwatch.contract.stored_contracts`; ``story_features``, now :meth:`Store.story_parts`
with :func:`pactwatch.stories.features_of_parts`) have no callers left and are gone. The mixin
stays only until ``store/core.py`` stops naming it; then this module goes too.
"""
from __future__ import annotations


class LegacyMixin:
    """No methods left (see the module's docstring)."""
