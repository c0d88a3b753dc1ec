"""Hyper-parameter search over log10 learning rate x log10 L2 weight decay (notes 002,
"Hyperparameter optimization"; Bergstra and Bengio 2012): the values of a search, without
the training (`core.search_run` trains, in a child process for the window).

- `Spec`: the method (random or grid), the budget of N short trainings, their steps, the
  box of log10 values searched, the sampling seed and the round (1 coarse, 2 fine...).
- `points(spec)`: random search draws N points uniformly in the box; grid search puts
  k_lr x k_decay points (the largest grid with k_lr * k_decay <= N and k_lr - k_decay in
  {0, 1}) at the centres of equal cells. With N = 9, random tries 9 learning rates and
  grid 3: when only one parameter matters, random search tries more of its values.
- `Trial`: one training's result, scored by its validation accuracy (the held-out split).
- `refined(spec, trials)`: coarse-to-fine, the next round's box centred on the best trial,
  each side REFINE_SHRINK as long.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from .config import Config, ConfigError

METHODS: tuple[str, ...] = ("random", "grid")
LR_RANGE = (-3.0, 1.0)  # log10 of the learning rate: 0.001 to 10
DECAY_RANGE = (-6.0, -3.0)  # log10 of the L2 weight decay: 1e-6 to 1e-3
LR_LIMITS = (-8.0, 3.0)  # what a box may span
DECAY_LIMITS = (-10.0, 1.0)
DEFAULT_BUDGET = 9
BUDGET_RANGE = (1, 400)
DEFAULT_STEPS = 100
STEPS_RANGE = (1, 100_000)
REFINE_SHRINK = 0.5


@dataclass(frozen=True)
class Box:
    """log10 bounds of the learning rate and of the weight decay."""

    lr: tuple[float, float] = LR_RANGE
    decay: tuple[float, float] = DECAY_RANGE

    def __post_init__(self) -> None:
        for name, (low, high), limits in (
            ("lr", self.lr, LR_LIMITS),
            ("decay", self.decay, DECAY_LIMITS),
        ):
            if not (limits[0] <= low < high <= limits[1]):
                raise ConfigError(
                    f"search {name} range: log10 bounds {low:g}..{high:g} are not allowed; "
                    f"allowed: {limits[0]:g} <= low < high <= {limits[1]:g}"
                )
        object.__setattr__(self, "lr", (float(self.lr[0]), float(self.lr[1])))
        object.__setattr__(self, "decay", (float(self.decay[0]), float(self.decay[1])))

    def around(self, log_lr: float, log_decay: float, shrink: float) -> Box:
        """A box `shrink` times as wide on each side, centred on the point (within the
        limits)."""

        def side(centre: float, bounds: tuple[float, float], limits) -> tuple[float, float]:
            half = (bounds[1] - bounds[0]) * shrink / 2
            return max(limits[0], centre - half), min(limits[1], centre + half)

        return Box(side(log_lr, self.lr, LR_LIMITS), side(log_decay, self.decay, DECAY_LIMITS))


@dataclass(frozen=True)
class Spec:
    """One round of a search."""

    method: str = "random"
    budget: int = DEFAULT_BUDGET
    steps: int = DEFAULT_STEPS
    box: Box = dataclasses.field(default_factory=Box)
    seed: int = 0
    round: int = 1

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ConfigError(f"search method: {self.method!r}; allowed: {', '.join(METHODS)}")
        for name, value, (low, high) in (
            ("budget", self.budget, BUDGET_RANGE),
            ("steps", self.steps, STEPS_RANGE),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ConfigError(
                    f"search {name}: {value!r} is out of range; allowed: {low}..{high}"
                )

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> Spec:
        box = values.get("box", {})
        return cls(**{**values, "box": Box(tuple(box["lr"]), tuple(box["decay"]))})


def grid_shape(budget: int) -> tuple[int, int]:
    """(learning rates, weight decays) of the largest near-square grid within `budget`."""
    side = math.isqrt(budget)
    return (side + 1, side) if side * (side + 1) <= budget else (side, side)


def points(spec: Spec) -> np.ndarray:
    """(n, 2) log10 (learning rate, weight decay) of the round's trainings, in order."""
    (lr_low, lr_high), (decay_low, decay_high) = spec.box.lr, spec.box.decay
    if spec.method == "random":
        rng = np.random.default_rng([spec.seed, spec.round])
        unit = rng.random((spec.budget, 2))
    else:
        n_lr, n_decay = grid_shape(spec.budget)
        lr_cells = (np.arange(n_lr) + 0.5) / n_lr
        decay_cells = (np.arange(n_decay) + 0.5) / n_decay
        unit = np.array([(lr, decay) for decay in decay_cells for lr in lr_cells])
    return np.column_stack(
        [
            lr_low + unit[:, 0] * (lr_high - lr_low),
            decay_low + unit[:, 1] * (decay_high - decay_low),
        ]
    )


@dataclass(frozen=True)
class Trial:
    """One short training: its log10 learning rate and weight decay, and what it scored on
    the validation split after its steps (NaN when it diverged)."""

    round: int
    index: int
    log_lr: float
    log_decay: float
    accuracy: float
    loss: float
    diverged: bool

    def to_dict(self) -> dict[str, Any]:
        """The fields (NaN as null: JSON has no NaN), and the learning rate and weight
        decay themselves."""
        values = dataclasses.asdict(self)
        for key in ("accuracy", "loss"):
            values[key] = values[key] if math.isfinite(values[key]) else None
        return {**values, "lr": 10.0**self.log_lr, "weight_decay": 10.0**self.log_decay}

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> Trial:
        names = [field.name for field in dataclasses.fields(cls)]
        chosen = {name: values[name] for name in names}
        return cls(
            **{**chosen, "accuracy": _number(chosen["accuracy"]), "loss": _number(chosen["loss"])}
        )


def _number(value: float | None) -> float:
    return float("nan") if value is None else float(value)


def best(trials: list[Trial]) -> Trial | None:
    """The trial with the highest validation accuracy (ties: the lower loss); None when
    every one diverged."""
    scored = [trial for trial in trials if math.isfinite(trial.accuracy)]
    if not scored:
        return None
    return max(scored, key=lambda t: (t.accuracy, -t.loss if math.isfinite(t.loss) else -math.inf))


def refined(spec: Spec, trials: list[Trial]) -> Spec:
    """The next round: the same method, budget and steps in a box around the best trial
    (the same box when every trial diverged)."""
    top = best(trials)
    box = spec.box if top is None else spec.box.around(top.log_lr, top.log_decay, REFINE_SHRINK)
    return dataclasses.replace(spec, box=box, round=spec.round + 1)


def distinct(values: np.ndarray, decimals: int = 6) -> int:
    """How many different values (rounded): the learning rates a search tried."""
    return len(np.unique(np.round(np.asarray(values, dtype=float), decimals)))


Round = tuple[Spec, list[Trial]]


def report(config: Config, rounds: list[Round], seconds: float) -> dict[str, Any]:
    """The JSON report of `visualizer search`: run A's configuration, each round's box,
    trainings and best, and the best of all."""
    entries = []
    for spec, trials in rounds:
        top = best(trials)
        entries.append(
            {
                "round": spec.round,
                "method": spec.method,
                "budget": spec.budget,
                "steps": spec.steps,
                "box": {"log10_lr": list(spec.box.lr), "log10_decay": list(spec.box.decay)},
                "learning_rates": distinct([trial.log_lr for trial in trials]),
                "trials": [trial.to_dict() for trial in trials],
                "best": top.to_dict() if top is not None else None,
            }
        )
    overall = best([trial for _, trials in rounds for trial in trials])
    return {
        "config": config.to_dict(),
        "rounds": entries,
        "best": overall.to_dict() if overall is not None else None,
        "seconds": seconds,
    }


def summary(entry: dict[str, Any]) -> str:
    """One line about a round of the report."""
    head = (
        f"round {entry['round']} ({entry['method']}, {len(entry['trials'])} trainings, "
        f"{entry['learning_rates']} learning rates)"
    )
    top = entry["best"]
    if top is None:
        return f"{head}: every training diverged"
    return (
        f"{head}: best validation accuracy {top['accuracy']:.3f} at learning rate "
        f"{top['lr']:.3g}, weight decay {top['weight_decay']:.3g}"
    )
