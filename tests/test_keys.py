"""The key declarations (core.keys): Config, validation, the README table, the command
line and lesson files all follow them."""

from __future__ import annotations

import dataclasses
import sys
import typing
from pathlib import Path

import pytest

from visualizer.app import build_parser
from visualizer.core import keys
from visualizer.core.config import Config, ConfigError
from visualizer.core.languages import LANGUAGES
from visualizer.core.lesson_files import parse_lesson
from visualizer.core.session import structural_change

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import write_keys_table  # noqa: E402


def test_config_has_one_field_per_declared_key_with_its_type_and_default():
    hints = typing.get_type_hints(Config)
    fields = dataclasses.fields(Config)
    assert [f.name for f in fields] == [key.name for key in keys.KEYS]
    for field, key in zip(fields, keys.KEYS, strict=True):
        assert field.default == key.default, key.name
        wanted = key.type | None if key.optional else key.type
        assert hints[field.name] == wanted, key.name


@pytest.mark.parametrize("key", keys.KEYS, ids=lambda key: key.name)
def test_every_default_is_accepted_and_the_range_ends_are_enforced(key):
    if key.default is not None and key.type in (int, float):
        assert key.accepts(key.default)
    if key.low is not None:
        at_low = {key.name: key.low}
        if key.low_open:
            with pytest.raises(ConfigError, match=rf"{key.name}: .*allowed: "):
                Config(**at_low)
        else:
            assert getattr(Config(**at_low), key.name) == key.low
        with pytest.raises(ConfigError, match=key.allowed.replace(".", r"\.")):
            Config(**{key.name: key.low - 1})
    if key.high is not None:
        if key.high_open:
            with pytest.raises(ConfigError, match=rf"{key.name}: "):
                Config(**{key.name: key.high})
        else:
            assert getattr(Config(**{key.name: key.high}), key.name) == key.high


def test_the_declarations_hold_together():
    for key in keys.KEYS:
        assert (key.default is None) == key.optional, key
        assert key.derived_from is None or key.derived_from in keys.BY_NAME, key
        if key.widget is keys.Widget.LOG_SLIDER:
            assert key.log and key.scale is not None, key
        if key.type in (int, float) and key.widget is not keys.Widget.NUMBER:
            assert key.high is not None or key.scale is not None, key  # a widget needs a top
    assert keys.Text._fields == tuple(LANGUAGES)
    assert {group for key in keys.KEYS for group in [key.group]} == set(keys.Group)


def test_only_the_next_step_keys_keep_a_run_training():
    base = Config()
    changed = {"lr": 0.5, "momentum": 0.5, "weight_decay": 0.1, "bins": 40, "depth": 3}
    for name, value in changed.items():
        rebuilt = structural_change(base, base.replace(**{name: value}))
        assert rebuilt == (keys.BY_NAME[name].applies is keys.Applies.REBUILD), name
    assert "lr" in keys.NEXT_STEP_KEYS and "depth" not in keys.NEXT_STEP_KEYS


def test_changing_a_key_brings_back_the_defaults_derived_from_it():
    config = Config(dataset="moons", samples=50, noise=0.3, activation="leaky_relu")
    config = config.replace(activation_alpha=0.2).replace(dataset="spiral", activation="elu")
    assert config.samples == Config(dataset="spiral").samples
    assert config.activation_alpha == Config(activation="elu").activation_alpha


def test_the_readme_table_is_written_from_the_declarations():
    readme = write_keys_table.README.read_text(encoding="utf-8")
    assert write_keys_table.written(readme) == readme, "run tools/write_keys_table.py"
    for key in keys.KEYS:
        assert f"\n| {key.name} | " in readme


def test_the_set_help_names_every_key_with_its_range():
    run = build_parser()._subparsers._group_actions[0].choices["run"]
    text = " ".join(run.format_help().split())
    for key in keys.KEYS:
        assert f"{key.name} ({keys.default_text(key)}; {keys.allowed_text(key)})" in text


def test_a_lesson_may_hide_or_lock_only_the_keys_declared_so():
    lesson = {"title": {"en": "t"}, "text": {"en": "t"}}
    assert parse_lesson({**lesson, "lock": ["lr"]}, "x").locked == ("lr",)
    assert not keys.BY_NAME["bins"].restrictable
    with pytest.raises(ValueError, match="hide: 'bins' is not a key a lesson may hide or lock"):
        parse_lesson({**lesson, "hide": ["bins"]}, "x")
