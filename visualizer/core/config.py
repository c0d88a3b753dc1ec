"""The one run configuration: a frozen dataclass validated on construction from the key
declarations (`core.keys`).

The same keys serve the GUI, presets, `--set KEY=VALUE`, and saved JSON files.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import activations, dataset_names, initializers, losses, optimizers
from .files import read_json
from .keys import BY_NAME, NAMES, Key
from .keys import KEYS as KEYS_DECLARED
from .registry import Registry


class ConfigError(ValueError):
    """A user's configuration mistake; the message is one line naming the key."""


@dataclass(frozen=True)
class Config:
    """One run's configuration, validated on construction. Every field is declared in
    `core.keys` (type, default, range, control, help, when it applies); a test holds the
    fields and the declaration together."""

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
    optimizer: str = "sgd"
    lr: float = 0.01
    lr_schedule: str = "none"
    lr_decay: float = 0.1
    lr_period: int = 100
    momentum: float = 0.9
    rho: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    epsilon: float = 1e-8
    bias_correction: bool = True
    weight_decay: float = 0.0
    grad_clip: float = 0.0
    batch_size: int = 128
    loss: str = "cross_entropy"
    dataset: str = "spiral"
    samples: int | None = None
    input_dim: int = 100
    noise: float | None = None
    test_fraction: float = 0.2
    outliers: float = 0.0
    label_noise: float = 0.0
    preprocess: str = "none"
    seed: int = 0
    dtype: str = "float32"
    bins: int = 30

    def __post_init__(self) -> None:
        for name in NAMES:
            object.__setattr__(self, name, _checked(BY_NAME[name], getattr(self, name)))
        _check_together(self)
        if self.activation_alpha is None:
            default = activations.get(self.activation).default_alpha
            object.__setattr__(self, "activation_alpha", default)
        if not dataset_names.is_path(self.dataset):
            if self.samples is None:
                object.__setattr__(self, "samples", dataset_names.default_samples(self.dataset))
            if self.noise is None:
                object.__setattr__(self, "noise", dataset_names.default_noise(self.dataset))

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> Config:
        """Build from a dict; unknown keys are an error that lists the valid ones."""
        unknown = sorted(set(values) - set(KEYS))
        if unknown:
            raise ConfigError(f"unknown key {unknown[0]!r}; valid keys: {', '.join(KEYS)}")
        return cls(**values)

    def replace(self, **changes: Any) -> Config:
        """A copy with `changes`; changing a key others derive their defaults from (the
        activation, the dataset) derives them again unless `changes` gives them."""
        values = self.to_dict()
        for key in KEYS_DECLARED:
            if key.derived_from in changes and key.name not in changes:
                values[key.name] = None
        values.update(changes)
        return Config.from_mapping(values)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)


KEYS: tuple[str, ...] = NAMES
"""The key names in field order (declared in `core.keys`)."""
REGISTRIES: dict[str, Registry] = {
    "activations": activations.ACTIVATIONS,
    "initializers": initializers.INITIALIZERS,
    "optimizers": optimizers.OPTIMIZERS,
    "losses": losses.LOSSES,
    "datasets": dataset_names.DATASETS,
}
"""The registries a key's `choices` may name."""


def choices(key: Key) -> tuple[str, ...]:
    """The names `key` accepts (a registry's canonical names, or the declared ones)."""
    if isinstance(key.choices, str):
        return tuple(REGISTRIES[key.choices].names())
    return key.choices


def _checked(key: Key, value: Any) -> Any:
    """`value` converted to the key's type (strings from the command line or JSON too) and
    checked against its range or names; a registry's alias becomes its canonical name."""
    if value is None:
        if key.optional:
            return None
        raise ConfigError(f"{key.name}: a value is required")
    value = _coerce(key, value)
    if key.type in (int, float) and not key.accepts(value):
        raise ConfigError(f"{key.name}: {value} is out of range; allowed: {key.allowed}")
    if key.type is str and key.choices:
        return _named(key, value)
    return value


def _named(key: Key, value: str) -> str:
    if isinstance(key.choices, str):
        registry = REGISTRIES[key.choices]
        if key.name == "dataset" and dataset_names.is_path(value):
            return value
        if value in registry:
            return registry.canonical(value)
        also = " or a path to a .csv/.npz file or MNIST folder" if key.name == "dataset" else ""
        raise ConfigError(
            f"{key.name}: unknown value {value!r}; allowed: {', '.join(registry)}{also}"
        )
    if value not in key.choices:
        raise ConfigError(f"{key.name}: unknown value {value!r}; allowed: {', '.join(key.choices)}")
    return value


def _coerce(key: Key, value: Any) -> Any:
    """Convert strings from the command line or JSON into the key's type; numbers beyond
    what a float holds are out of range."""
    if key.type is str and not str(value).strip():
        raise ConfigError(f"{key.name}: empty; a value is required")
    try:
        if key.type is int:
            return _to_int(value)
        if key.type is float:
            if isinstance(value, bool):
                raise ValueError
            return float(value)
        if key.type is bool:
            return _to_bool(value)
        return str(value)
    except OverflowError:
        raise ConfigError(
            f"{key.name}: {_shown(value)} is out of range; allowed: {key.allowed}"
        ) from None
    except (TypeError, ValueError):
        wanted = {int: "an integer", float: "a number", bool: "true or false"}
        raise ConfigError(
            f"{key.name}: {_shown(value)} is not {wanted.get(key.type, 'valid')}"
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


def _check_together(cfg: Config) -> None:
    """What one key's declaration cannot say alone: maxout's alpha is its piece count."""
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
