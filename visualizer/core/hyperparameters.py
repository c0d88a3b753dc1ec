"""One declaration per optimizer hyperparameter (docs/DESIGN.md, "Hyper-parameter specs"):
its configuration key, default, allowed range, control label and tooltip all come from
here. An optimizer lists the specs it reads (`Optimizer.hyperparameters`); the
configuration's keys are every registered optimizer's specs."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Hyperparameter:
    """A float key in low <= value < high (`high` None: unbounded; `positive`: low < value)."""

    name: str
    default: float
    low: float
    high: float | None
    label: str  # English; the window translates it (context "core")
    tooltip: str
    positive: bool = False

    @property
    def allowed(self) -> str:
        """The range as the error messages say it, e.g. '0 <= momentum < 1'."""
        low = f"{self.low:g} < {self.name}" if self.positive else f"{self.low:g} <= {self.name}"
        return low + (f" < {self.high:g}" if self.high is not None else "")

    def accepts(self, value: float) -> bool:
        above = value > self.low if self.positive else value >= self.low
        below = self.high is None or value < self.high
        return math.isfinite(value) and above and below


MOMENTUM = Hyperparameter(
    "momentum", 0.9, 0.0, 1.0, "Momentum",
    "μ in v = μ v - lr g: the share of the last step kept (0 = plain SGD)",
)  # fmt: skip
RHO = Hyperparameter(
    "rho", 0.9, 0.0, 1.0, "Decay rho",
    "ρ in h = ρ h + (1 - ρ) g²: how slowly the running average of g² forgets",
)  # fmt: skip
BETA1 = Hyperparameter(
    "beta1", 0.9, 0.0, 1.0, "Beta 1",
    "β1 in m = β1 m + (1 - β1) g: decay of the running mean of the gradient",
)  # fmt: skip
BETA2 = Hyperparameter(
    "beta2", 0.999, 0.0, 1.0, "Beta 2",
    "β2 in v = β2 v + (1 - β2) g²: decay of the running mean of g²",
)  # fmt: skip
EPSILON = Hyperparameter(
    "epsilon", 1e-8, 0.0, None, "Epsilon",
    "ε in g / (√h + ε): a small constant that avoids division by zero", positive=True,
)  # fmt: skip
