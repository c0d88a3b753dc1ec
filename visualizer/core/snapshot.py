"""What the training process sends the window: small immutable frames, a few KB each."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .config import Config
from .stats import LayerStats


@dataclass(frozen=True)
class DecisionMap:
    """Predicted class (and its probability) on a grid over a 2D dataset's feature box."""

    x_range: tuple[float, float]
    y_range: tuple[float, float]
    classes: np.ndarray  # (resolution, resolution) int, row = y index
    confidence: np.ndarray  # (resolution, resolution) float32 in [0, 1]


@dataclass(frozen=True)
class Snapshot:
    """One trainer's state at one step."""

    run_id: int  # changes whenever the network is rebuilt or reset
    step: int
    epoch: int
    status: str  # "ok" or "diverged"
    diverged_at: int | None
    config: Config
    layers: tuple[LayerStats, ...]
    history: dict[str, np.ndarray]  # history.COLUMNS -> float64 arrays
    n_classes: int
    n_features: int
    activation_history: np.ndarray | None = None  # (layers, frames, bins) shares, newest last
    gradient_history: np.ndarray | None = None  # (layers, frames, bins) log10|g| shares
    activation_history_edges: np.ndarray | None = None  # (layers, bins + 1), fixed per run
    decision: DecisionMap | None = None
    weights: tuple[np.ndarray, ...] | None = None  # small nets only: every Dense W
    weight_grads: tuple[np.ndarray, ...] | None = None

    @property
    def diverged(self) -> bool:
        return self.status == "diverged"

    @property
    def last_loss(self) -> float:
        losses = self.history["train_loss"]
        return float(losses[-1]) if len(losses) else float("nan")


@dataclass(frozen=True)
class Frame:
    """What one message carries: side A, and side B when comparing."""

    a: Snapshot
    b: Snapshot | None = None
    running: bool = False
    steps_per_second: float = 0.0
    extras: frozenset[str] = field(default_factory=frozenset)

    @property
    def sides(self) -> list[Snapshot]:
        """[A] or [A, B]."""
        return [self.a] if self.b is None else [self.a, self.b]
