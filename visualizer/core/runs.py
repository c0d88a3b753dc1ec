"""Several runs in one configuration: run A's keys plus `"runs"`, the changes of runs B, C
and D from run A (docs/DESIGN.md, "Runs"). The same shape serves saved configuration
files, lessons and `--run KEY=VALUE` on the command line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .config import KEYS, Config, ConfigError
from .keys import KEYS as DECLARED

MAX_RUNS = 4
RUN_NAMES = ("A", "B", "C", "D")
"""The runs trained in lockstep, run A first."""


def check_run_count(count: int) -> None:
    """The one rule on how many runs there are: 1 to MAX_RUNS."""
    if not 1 <= count <= MAX_RUNS:
        raise ConfigError(
            f"{count} runs; at most {MAX_RUNS} (run A and up to three more), at least 1"
        )


def split_runs(values: Mapping[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(run A's keys, [changes of each further run]) from a mapping that may hold "runs"."""
    base = {key: value for key, value in values.items() if key != "runs"}
    changes = values.get("runs", [])
    if not isinstance(changes, list) or not all(isinstance(c, dict) for c in changes):
        raise ConfigError("runs: expected a list of objects of config keys (runs B, C, D)")
    return base, [dict(c) for c in changes]


def build_runs(base: Config, changes: Sequence[Mapping[str, Any]]) -> tuple[Config, ...]:
    """Run A = `base`; each further run = `base` with its changes. An error names the run."""
    check_run_count(len(changes) + 1)
    configs = [base]
    for index, change in enumerate(changes, start=1):
        try:
            configs.append(base.replace(**change) if change else base)
        except ConfigError as error:
            raise ConfigError(f"run {RUN_NAMES[index]}: {error}") from None
    return tuple(configs)


def runs_from_mapping(values: Mapping[str, Any]) -> tuple[Config, ...]:
    """Every run of a saved configuration (run A's keys plus optional "runs")."""
    base, changes = split_runs(values)
    return build_runs(Config.from_mapping(base), changes)


def changes_from(base: Config, config: Config) -> dict[str, Any]:
    """The keys whose value in `config` differs from `base`."""
    return {key: getattr(config, key) for key in KEYS if getattr(config, key) != getattr(base, key)}


def differing_from_a(configs: Sequence[Config]) -> list[set[str]]:
    """Per run, the keys whose value differs from run A's (for run A: those differing in
    any run)."""
    others = [set(changes_from(configs[0], config)) for config in configs[1:]]
    return [set().union(*others), *others]


def differing_keys(configs: Sequence[Config]) -> list[str]:
    """The keys whose value is not the same in every run, in declaration order; a key
    whose default follows another (`Key.derived_from`) is left out when that key differs
    too, unless it tells apart two runs that share that key's value (two leaky_relu runs
    with two alphas)."""
    differing = differing_from_a(configs)[0] if configs else set()
    return [
        key.name
        for key in DECLARED
        if key.name in differing
        and (key.derived_from not in differing or _separates(configs, key.name, key.derived_from))
    ]


def _separates(configs: Sequence[Config], key: str, follows: str) -> bool:
    """Whether `key` differs between two runs with the same value of `follows`."""
    values: dict[object, set] = {}
    for config in configs:
        values.setdefault(getattr(config, follows), set()).add(getattr(config, key))
    return any(len(group) > 1 for group in values.values())


def runs_to_mapping(configs: Sequence[Config]) -> dict[str, Any]:
    """Run A's every key, plus "runs" (what B, C, D change) when there is more than one."""
    first = configs[0]
    values = first.to_dict()
    if len(configs) > 1:
        values["runs"] = [changes_from(first, config) for config in configs[1:]]
    return values


LABEL_KEYS = 3  # differing keys named in a run's label, at most


SYMBOLS = {"activation_alpha": "α"}
"""Keys a label names by their symbol: legends are narrow."""


def _named(key: str, value) -> str:
    """A name (relu, he_normal, adam) says what it is; a number needs its key."""
    if isinstance(value, str):
        return value
    key = SYMBOLS.get(key, key)
    return f"{key}={value:g}" if isinstance(value, float) else f"{key}={value}"


def run_labels(configs: list[Config] | tuple[Config, ...]) -> list[str]:
    """'A', or with several runs 'A · normal, init_scale=0.01': each run's name and its
    values of the keys that differ between runs (none for a key the run does not use,
    such as relu's alpha)."""
    if len(configs) < 2:
        return [RUN_NAMES[0]] if configs else []
    keys = differing_keys(configs)[:LABEL_KEYS]
    labels = []
    for index, config in enumerate(configs):
        values = [(key, getattr(config, key)) for key in keys]
        named = ", ".join(_named(key, value) for key, value in values if value is not None)
        labels.append(RUN_NAMES[index] + (" · " + named if named else ""))
    return labels
