"""One settings path: defaults, then the config file, then the environment, then the flags.

Every layer overrides the one before, ``db`` included (a ``db = ...`` line in the config file
chooses the store a command opens), and the story and duplicate thresholds and windows are
settings the indexes take.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pactwatch.cli import cli
from pactwatch.errors import ConfigError
from pactwatch.settings import Settings, load_settings
from pactwatch.stories import new_indexes


def _write(tmp_path, text: str):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("name, file_value, env_var, env_value, flag_value", [
    ("db", "from-file.db", "PACTWATCH_DB", "from-env.db", "from-flag.db"),
    ("n_process", 3, "PACTWATCH_N_PROCESS", "4", 5),
    ("story_threshold", 0.3, "PACTWATCH_STORY_THRESHOLD", "0.35", 0.4),
    ("story_window_days", 100, "PACTWATCH_STORY_WINDOW_DAYS", "110", 120),
    ("duplicate_threshold", 0.85, "PACTWATCH_DUPLICATE_THRESHOLD", "0.9", 0.95),
    ("duplicate_window_days", 30, "PACTWATCH_DUPLICATE_WINDOW_DAYS", "40", 50),
    ("query_limit", 10, "PACTWATCH_QUERY_LIMIT", "20", 30),
])
def test_each_layer_overrides_the_one_before(tmp_path, name, file_value, env_var, env_value, flag_value):
    default = getattr(Settings(), name)
    assert default != file_value
    config = _write(tmp_path, f"{name} = {json.dumps(file_value)}\n")
    assert getattr(load_settings(env={}), name) == default
    from_file = load_settings(env={"PACTWATCH_CONFIG": config})
    assert getattr(from_file, name) == file_value
    from_env = load_settings(env={"PACTWATCH_CONFIG": config, env_var: env_value})
    assert getattr(from_env, name) == type(default if default is not None else "")(env_value)
    assert getattr(from_env.with_(**{name: flag_value}), name) == flag_value
    assert getattr(from_env.with_(**{name: None}), name) == getattr(from_env, name)  # a flag not given


def test_indexes_take_their_thresholds_and_windows_from_the_settings():
    s = Settings().with_(story_threshold=0.4, story_window_days=90, duplicate_threshold=0.9,
                         duplicate_window_days=20)
    stories, dups = new_indexes(s)
    assert (stories.threshold, stories.window_days) == (0.4, 90)
    assert (dups.threshold, dups.window_days) == (0.9, 20)
    default_stories, default_dups = new_indexes(Settings())
    assert (default_stories.threshold, default_stories.window_days) == (0.25, 142)  # the figures before
    assert (default_dups.threshold, default_dups.window_days) == (0.8, 150)


@pytest.mark.parametrize("text", ["story_threshold = 1.5\n", "duplicate_window_days = 0\n", "colour = 'red'\n"])
def test_bad_values_are_config_errors_naming_them(tmp_path, text):
    with pytest.raises(ConfigError, match=text.split(" ")[0]):
        load_settings(env={"PACTWATCH_CONFIG": _write(tmp_path, text)})


def test_a_db_line_in_the_config_file_chooses_the_store(tmp_path, monkeypatch):
    """``db = ...`` in the file is the store commands open; PACTWATCH_DB beats it; --db beats both."""
    file_db, env_db, flag_db = tmp_path / "file.db", tmp_path / "env.db", tmp_path / "flag.db"
    monkeypatch.setenv("PACTWATCH_CONFIG", _write(tmp_path, f"db = {json.dumps(str(file_db))}\n"))
    monkeypatch.delenv("PACTWATCH_DB", raising=False)
    runner = CliRunner()

    def upgrade(*args: str) -> None:
        res = runner.invoke(cli, ["db", "upgrade", *args], catch_exceptions=False)
        assert res.exit_code == 0, res.output

    upgrade()
    assert file_db.is_file() and not env_db.exists()
    monkeypatch.setenv("PACTWATCH_DB", str(env_db))
    upgrade()
    assert env_db.is_file() and not flag_db.exists()
    upgrade("--db", str(flag_db))
    assert flag_db.is_file()
    # a query command reads the same store: the file's, with nothing else given
    monkeypatch.delenv("PACTWATCH_DB")
    res = runner.invoke(cli, ["db", "info", "--json"], catch_exceptions=False)
    assert res.exit_code == 0 and json.loads(res.output)["documents"] == 0
    file_db.unlink()
    res = runner.invoke(cli, ["db", "info"])
    assert res.exit_code == 2 and str(file_db) in res.output  # the missing store named is the file's


def test_the_query_limit_setting_bounds_the_query_commands(tmp_path, monkeypatch, seed_articles):
    from pactwatch.store import open_store

    db = tmp_path / "q.db"
    store = open_store(str(db))
    store.add_articles(seed_articles, store.start_run("test", "test", {}))
    total = len(store.events(limit=None))
    assert total > 3
    monkeypatch.delenv("PACTWATCH_DB", raising=False)
    monkeypatch.setenv("PACTWATCH_CONFIG", _write(tmp_path, f"db = {json.dumps(str(db))}\nquery_limit = 3\n"))
    runner = CliRunner()

    def events(*args: str) -> int:
        res = runner.invoke(cli, ["events", "--json", *args], catch_exceptions=False)
        assert res.exit_code == 0, res.output
        return len(res.stdout.splitlines())  # the "showing N of M" note is on stderr

    assert events() == 3
    monkeypatch.setenv("PACTWATCH_QUERY_LIMIT", "2")
    assert events() == 2
    assert events("--limit", str(total)) == total
