"""The one run configuration: a frozen dataclass validated on construction.

The same keys serve the GUI, presets, `--set KEY=VALUE`, and saved JSON files.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from . import activations, datasets, initializers, losses, optimizers
from .files import read_json
from .optimizers import HYPERPARAMETERS
from .preprocessing import PREPROCESSING, preprocess

BATCH_NORM_POSITIONS: tuple[str, ...] = ("before", "after")
"""Where batch norm sits in a hidden block: before the activation (Dense -> BN -> f, as
Ioffe and Szegedy) or after it (Dense -> f -> BN)."""


class ConfigError(ValueError):
    """A user's configuration mistake; the message is one line naming the key."""


@dataclass(frozen=True)
class _Keys:
    """Every key but the optimizers' hyperparameters, which `Config` adds from their specs
    (core.hyperparameters); methods are Config's."""

    depth: int = 5
    width: int = 100
    activation: str = "relu"
    activation_alpha: float | None = None
    init: str = "he_normal"
    init_scale: float = 1.0
    bias_init: float = 0.0
    batch_norm: bool = False
    batch_norm_position: str = "before"
    dropout: float = 0.0
    weight_decay: float = 0.0
    grad_clip: float = 0.0
    optimizer: str = "sgd"
    lr: float = 0.01
    batch_size: int = 128
    loss: str = "cross_entropy"
    dataset: str = "spiral"
    samples: int | None = None
    input_dim: int = 100
    noise: float | None = None
    test_fraction: float = 0.2
    preprocess: str = "none"
    seed: int = 0
    dtype: str = "float32"
    bins: int = 30

    def __post_init__(self) -> None:
        for f in fields(self):
            object.__setattr__(self, f.name, _coerce(f.name, getattr(self, f.name)))
        _validate(self)
        if self.activation_alpha is None:
            default = activations.get(self.activation).default_alpha
            object.__setattr__(self, "activation_alpha", default)
        if not datasets.is_path(self.dataset):
            if self.samples is None:
                object.__setattr__(self, "samples", datasets.default_samples(self.dataset))
            if self.noise is None:
                object.__setattr__(self, "noise", datasets.default_noise(self.dataset))

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> Config:
        """Build from a dict; unknown keys are an error that lists the valid ones."""
        unknown = sorted(set(values) - set(KEYS))
        if unknown:
            raise ConfigError(f"unknown key {unknown[0]!r}; valid keys: {', '.join(KEYS)}")
        return cls(**values)

    def replace(self, **changes: Any) -> Config:
        """A copy with `changes`; changing the activation or dataset re-derives their defaults."""
        values = self.to_dict()
        if "activation" in changes and "activation_alpha" not in changes:
            values["activation_alpha"] = None
        if "dataset" in changes:
            for derived in ("samples", "noise"):
                values[derived] = None
        values.update(changes)
        return Config.from_mapping(values)

    def load_data(self) -> datasets.Dataset:
        """The dataset these keys describe, its inputs preprocessed by the training
        statistics."""
        return preprocess(self.load_raw_data(), self.preprocess)

    def load_raw_data(self) -> datasets.Dataset:
        """The dataset these keys describe as generated or read, split by the seed."""
        return datasets.load_dataset(
            self.dataset,
            samples=self.samples,
            noise=self.noise,
            input_dim=self.input_dim,
            test_fraction=self.test_fraction,
            seed=self.seed,
        )

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)


Config = dataclasses.make_dataclass(
    "Config",
    [(spec.name, "float", dataclasses.field(default=spec.default)) for spec in HYPERPARAMETERS],
    bases=(_Keys,),
    frozen=True,
)
Config.__module__ = __name__  # pickled by name into the training process
Config.__doc__ = """One run's configuration: every key of _Keys plus one float per optimizer
hyperparameter (optimizers.HYPERPARAMETERS), validated on construction."""

KEYS: tuple[str, ...] = tuple(f.name for f in fields(Config))
FIELD_TYPES: dict[str, str] = {f.name: str(f.type) for f in fields(Config)}

# (low, high, inclusive high) numeric ranges; None = unbounded on that side
_RANGES: dict[str, tuple[float | None, float | None, str]] = {
    "depth": (1, 50, "1..50"),
    "activation_alpha": (None, None, "a finite number"),
    "width": (1, 2048, "1..2048"),
    "init_scale": (0, None, "> 0"),
    "bias_init": (-1, 1, "-1..1"),
    "dropout": (0, 1, "0 <= p < 1"),
    "weight_decay": (0, None, ">= 0"),
    "grad_clip": (0, None, ">= 0 (0 = off)"),
    "lr": (0, None, "> 0"),
    "batch_size": (1, None, ">= 1"),
    "samples": (10, None, ">= 10"),
    "input_dim": (1, 4096, "1..4096"),
    "noise": (0, None, ">= 0"),
    "test_fraction": (0, 1, "0 <= f < 1"),
    "bins": (5, 200, "5..200"),
    "seed": (0, 2**32 - 1, "0..4294967295"),
}
_STRICTLY_POSITIVE = {"init_scale", "lr"}
_BELOW_HIGH = {"dropout", "test_fraction"}


def _coerce(key: str, value: Any) -> Any:
    """Convert strings from the command line or JSON into the key's type; numbers beyond
    what a float holds are out of range."""
    kind = FIELD_TYPES[key]
    if value is None:
        if "None" in kind:
            return None
        raise ConfigError(f"{key}: a value is required")
    if kind == "str" and not str(value).strip():
        raise ConfigError(f"{key}: empty; a value is required")
    try:
        if kind.startswith("int"):
            return _to_int(value)
        if kind.startswith("float"):
            if isinstance(value, bool):
                raise ValueError
            return float(value)
        if kind == "bool":
            return _to_bool(value)
        return str(value)
    except OverflowError:
        allowed = _RANGES[key][2] if key in _RANGES else "a finite number"
        raise ConfigError(f"{key}: {_shown(value)} is out of range; allowed: {allowed}") from None
    except (TypeError, ValueError):
        wanted = {"int": "an integer", "float": "a number", "bool": "true or false"}
        raise ConfigError(
            f"{key}: {_shown(value)} is not {wanted.get(kind.split(' ')[0], 'valid')}"
        ) from None


def _shown(value: Any, limit: int = 40) -> str:
    """repr(value), shortened to `limit` characters (a 400-digit number stays one short line)."""
    if isinstance(value, int) and value.bit_length() > 3 * limit:
        return f"an integer of about {round(value.bit_length() * math.log10(2))} digits"
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 3]}..."


def _to_int(value: Any) -> int:
    """An int, a string of one, or a float (or string) with no fractional part; OverflowError
    beyond 64 bits or for an infinity, so no later float conversion can overflow."""
    if isinstance(value, bool):
        raise ValueError
    try:
        number = int(value) if isinstance(value, int | str) else None
    except ValueError:
        number = None
    if number is None:
        real = float(value)
        if math.isinf(real):
            raise OverflowError
        if not real.is_integer():
            raise ValueError
        number = int(real)
    if abs(number) >= 2**63:
        raise OverflowError
    return number


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"true", "1", "yes", "on"}:
        return True
    if text in {"false", "0", "no", "off"}:
        return False
    raise ValueError


def _validate(cfg: _Keys) -> None:
    for key, (low, high, allowed) in _RANGES.items():
        value = getattr(cfg, key)
        if value is None:
            continue
        too_low = low is not None and (value <= low if key in _STRICTLY_POSITIVE else value < low)
        too_high = high is not None and (value >= high if key in _BELOW_HIGH else value > high)
        if too_low or too_high or not math.isfinite(value):
            raise ConfigError(f"{key}: {value} is out of range; allowed: {allowed}")
    for spec in HYPERPARAMETERS:
        value = getattr(cfg, spec.name)
        if not spec.accepts(value):
            raise ConfigError(f"{spec.name}: {value} is out of range; allowed: {spec.allowed}")
    for key, registry in (
        ("activation", activations.ACTIVATIONS),
        ("init", initializers.INITIALIZERS),
        ("optimizer", optimizers.OPTIMIZERS),
        ("loss", losses.LOSSES),
    ):
        name = getattr(cfg, key)
        if name not in registry:
            raise ConfigError(f"{key}: unknown value {name!r}; allowed: {', '.join(registry)}")
        object.__setattr__(cfg, key, registry.canonical(name))
    if not datasets.is_path(cfg.dataset):
        if cfg.dataset not in datasets.DATASETS:
            raise ConfigError(
                f"dataset: unknown value {cfg.dataset!r}; allowed: "
                f"{', '.join(datasets.DATASETS)} or a path to a .csv/.npz file or MNIST folder"
            )
        object.__setattr__(cfg, "dataset", datasets.DATASETS.canonical(cfg.dataset))
    for key, allowed in (
        ("dtype", ("float32", "float64")),
        ("preprocess", PREPROCESSING),
        ("batch_norm_position", BATCH_NORM_POSITIONS),
    ):
        if getattr(cfg, key) not in allowed:
            value = getattr(cfg, key)
            raise ConfigError(f"{key}: unknown value {value!r}; allowed: {', '.join(allowed)}")
    alpha = cfg.activation_alpha
    if cfg.activation == "maxout" and alpha is not None and (alpha < 1 or alpha % 1):
        raise ConfigError(
            f"activation_alpha: {alpha} is not a piece count; maxout needs an integer k >= 1"
        )


def _report_configs(report: dict[str, Any]) -> dict[str, Any]:
    """A run report's configuration; with several runs, run A's keys plus "runs": what each
    further run changes (see core.runs)."""
    values = dict(report["config"])
    runs = report.get("runs")
    if isinstance(runs, list) and len(runs) > 1:
        configs = [r.get("config") if isinstance(r, dict) else None for r in runs[1:]]
        values["runs"] = [
            {k: v for k, v in c.items() if values.get(k) != v} if isinstance(c, dict) else c
            for c in configs
        ]
    return values


def parse_assignments(pairs: list[str], flag: str = "--set") -> dict[str, str]:
    """['depth=10', 'activation=tanh'] -> {'depth': '10', ...}; errors name the bad pair."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ConfigError(f"{flag} expects KEY=VALUE, got {pair!r}")
        if key not in KEYS:
            raise ConfigError(f"unknown key {key!r}; valid keys: {', '.join(KEYS)}")
        values[key] = value.strip()
    return values


def load_json(path: str | Path) -> dict[str, Any]:
    """Read a saved configuration file: a JSON object of config keys, with optional "runs"
    (see core.runs), or a run report's JSON."""
    path = Path(path)
    data = read_json(path, f"config file {str(path)!r}", ConfigError)
    if isinstance(data, dict) and isinstance(data.get("config"), dict):
        data = _report_configs(data)
    if not isinstance(data, dict):
        raise ConfigError(f"config file {str(path)!r} must hold a JSON object of config keys")
    return data
