"""Config: the docs/DESIGN.md key table, validation messages, parsing, aliases and JSON files."""

import dataclasses
import json

import pytest

from visualizer.core import dataset_names as datasets
from visualizer.core.config import KEYS, Config, ConfigError, load_json, parse_assignments

# The docs/DESIGN.md table: key -> default ("per dataset" keys are checked separately).
DESIGN_DEFAULTS = {
    "depth": 5,
    "width": 100,
    "activation": "relu",
    "activation_alpha": None,  # relu's own alpha: none
    "init": "he_normal",
    "init_scale": 1.0,
    "bias_init": 0.0,
    "batch_norm": False,
    "batch_norm_position": "before",
    "dropout": 0.0,
    "weight_decay": 0.0,
    "grad_clip": 0,
    "optimizer": "sgd",
    "lr": 0.01,
    "batch_size": 128,
    "loss": "cross_entropy",
    "dataset": "spiral",
    "input_dim": 100,
    "test_fraction": 0.2,
    "seed": 0,
    "dtype": "float32",
    "bins": 30,
}
PER_DATASET = ("samples", "noise")


def test_every_design_key_exists():
    assert set(DESIGN_DEFAULTS) | set(PER_DATASET) <= set(KEYS)


def test_defaults_match_the_design_table():
    cfg = Config()
    for key, default in DESIGN_DEFAULTS.items():
        assert getattr(cfg, key) == default, key


def test_samples_and_noise_are_resolved_per_dataset():
    for name in ("spiral", "digits", "gaussian"):
        cfg = Config(dataset=name)
        assert cfg.samples == datasets.default_samples(name)
        assert cfg.noise == datasets.default_noise(name)
    assert Config(dataset="moons", samples=50, noise=0.3).samples == 50


def test_config_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Config().depth = 3


def test_unknown_key_error_lists_the_valid_keys():
    with pytest.raises(ConfigError) as error:
        Config.from_mapping({"depht": 3})
    message = str(error.value)
    assert "depht" in message
    assert all(key in message for key in KEYS)


OUT_OF_RANGE = [
    ("depth", 0, "1..50"),
    ("depth", 51, "1..50"),
    ("width", 0, "1..2048"),
    ("width", 2049, "1..2048"),
    ("init_scale", 0, "> 0"),
    ("dropout", 1.0, "< 1"),
    ("lr", 0, "> 0"),
    ("lr", -1, "> 0"),
    ("bins", 4, "5..200"),
    ("bins", 201, "5..200"),
    ("test_fraction", 1, "< 1"),
    ("batch_size", 0, ">= 1"),
    ("samples", 5, ">= 10"),
    ("weight_decay", -0.1, ">= 0"),
    ("grad_clip", -1, ">= 0"),
    ("bias_init", 1.5, "-1 <= bias_init <= 1"),
    ("bias_init", -2, "-1 <= bias_init <= 1"),
]


@pytest.mark.parametrize(("key", "value", "allowed"), OUT_OF_RANGE)
def test_out_of_range_value_names_key_and_allowed_range(key, value, allowed):
    with pytest.raises(ConfigError) as error:
        Config(**{key: value})
    message = str(error.value)
    assert key in message
    assert allowed in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("key", "value"),
    [("depth", 1), ("depth", 50), ("width", 2048), ("bias_init", -1.0), ("bias_init", 1.0)],
)
def test_range_ends_are_allowed(key, value):
    assert getattr(Config(**{key: value}), key) == value


def test_a_non_number_string_is_an_error_naming_key_and_value():
    with pytest.raises(ConfigError, match=r"lr.*abc"):
        Config(lr="abc")
    with pytest.raises(ConfigError, match="depth"):
        Config(depth="2.5")


def test_numbers_from_strings_are_converted():
    cfg = Config(depth="3", lr="0.5", width="8.0")
    assert (cfg.depth, cfg.lr, cfg.width) == (3, 0.5, 8)
    assert isinstance(cfg.depth, int)


@pytest.mark.parametrize(
    ("text", "value"), [("true", True), ("false", False), ("1", True), ("0", False)]
)
def test_bool_strings_are_parsed(text, value):
    assert Config(batch_norm=text).batch_norm is value


def test_a_bad_bool_is_an_error():
    with pytest.raises(ConfigError, match="batch_norm"):
        Config(batch_norm="maybe")


@pytest.mark.parametrize(
    ("key", "alias", "canonical"),
    [
        ("init", "xavier_normal", "glorot_normal"),
        ("init", "xavier_uniform", "glorot_uniform"),
        ("activation", "silu", "swish"),
        ("activation", "Leaky-ReLU", "leaky_relu"),
    ],
)
def test_aliases_resolve_to_canonical_names(key, alias, canonical):
    assert getattr(Config(**{key: alias}), key) == canonical


@pytest.mark.parametrize("key", ["activation", "init", "optimizer", "loss", "dataset", "dtype"])
def test_unknown_names_are_errors_naming_the_key(key):
    with pytest.raises(ConfigError, match=key):
        Config(**{key: "nonsense"})


def test_activation_alpha_defaults_to_the_activation_own():
    assert Config(activation="leaky_relu").activation_alpha == 0.01
    assert Config(activation="prelu").activation_alpha == 0.25
    assert Config(activation="elu", activation_alpha=0.5).activation_alpha == 0.5


def test_replace_returns_a_new_validated_config():
    base = Config()
    changed = base.replace(depth=3, lr=0.5)
    assert (changed.depth, changed.lr) == (3, 0.5)
    assert base.depth == 5
    with pytest.raises(ConfigError, match="depth"):
        base.replace(depth=0)


def test_replace_rederives_activation_and_dataset_defaults():
    cfg = Config(activation="leaky_relu", dataset="moons", samples=50)
    assert cfg.replace(activation="prelu").activation_alpha == 0.25
    digits = cfg.replace(dataset="digits")
    assert digits.samples == datasets.default_samples("digits")
    assert digits.noise == datasets.default_noise("digits")


def test_to_dict_round_trips_through_from_mapping():
    cfg = Config(depth=3, activation="tanh", batch_norm=True, dataset="moons")
    assert Config.from_mapping(json.loads(cfg.to_json())) == cfg
    assert list(cfg.to_dict()) == list(KEYS)


def test_parse_assignments_splits_pairs_and_rejects_bad_ones():
    assert parse_assignments(["depth=3", "activation = tanh"]) == {
        "depth": "3",
        "activation": "tanh",
    }
    with pytest.raises(ConfigError, match="KEY=VALUE"):
        parse_assignments(["depth"])
    with pytest.raises(ConfigError, match="valid keys"):
        parse_assignments(["depht=3"])


def test_load_json_reads_an_object_or_a_run_report(tmp_path):
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps({"depth": 3}))
    report = tmp_path / "report.json"
    report.write_text(json.dumps({"config": {"depth": 4}, "status": "ok"}))
    assert load_json(plain) == {"depth": 3}
    assert load_json(report) == {"depth": 4}


def test_load_json_missing_file_names_the_path(tmp_path):
    path = tmp_path / "missing.json"
    with pytest.raises(ConfigError, match=r"missing\.json"):
        load_json(path)


def test_load_json_malformed_is_an_error(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{depth: 3")
    with pytest.raises(ConfigError, match="not valid JSON"):
        load_json(path)


@pytest.mark.parametrize("text", ["[1, 2]", "3", '"depth"'])
def test_load_json_non_object_is_an_error(tmp_path, text):
    path = tmp_path / "list.json"
    path.write_text(text)
    with pytest.raises(ConfigError, match="object"):
        load_json(path)


def test_batch_norm_position_is_before_or_after():
    assert Config(batch_norm_position="after").batch_norm_position == "after"
    with pytest.raises(
        ConfigError, match="batch_norm_position: unknown value 'inside'; allowed: before, after"
    ):
        Config(batch_norm_position="inside")
