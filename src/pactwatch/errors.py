"""The one exception hierarchy of pactwatch.

    PactwatchError                 base: anything pactwatch raises on purpose
    ├── ConfigError                a setting or flag has a bad value
    ├── ModelMissingError          the spaCy model package is not installed
    ├── InputError                 an input cannot be read at all (missing path, unreadable dir)
    └── StoreError                 the database refused an operation
        ├── MigrationError         the store's schema is older/newer than this code
        ├── SnapshotError          a saved index snapshot is damaged, foreign or of another format
        ├── StoreMissingError      a command that only reads was given a store that does not exist
        ├── UnknownFact            a review names a fact that is not stored (also a LookupError)
        └── InvalidReview          a review's action or corrected values are not valid (also a ValueError)

Documents that a stage refuses are not exceptions: they come back as
:class:`pactwatch.model.Rejection` values so a batch can go on and count them.
Third-party errors are wrapped at the boundary with a message that says what
happened, the offending value, and what to do.
"""
from __future__ import annotations


class PactwatchError(Exception):
    """Base class for errors pactwatch raises on purpose."""


class ConfigError(PactwatchError):
    """A setting, environment variable or flag has a bad value."""


class ModelMissingError(PactwatchError):
    """The spaCy English model is not installed."""


class InputError(PactwatchError):
    """An input path cannot be read at all."""


class StoreError(PactwatchError):
    """The store refused an operation."""


class MigrationError(StoreError):
    """The store's schema version does not match this code."""


class SnapshotError(StoreError):
    """A saved index snapshot cannot be read back (damaged, foreign, another format)."""


class StoreMissingError(StoreError):
    """A command that only reads was given a store that does not exist."""


class UnknownFact(StoreError, LookupError):
    """A review names a fact that is not stored."""


class InvalidReview(StoreError, ValueError):
    """A review's action or corrected values are not valid."""
