"""Everything that travels between the window and the training process (docs/DESIGN.md,
"Protocol"): frozen dataclasses only, pickled through a pipe.

Commands (window -> process): Configure, Play, Pause, Step, Reset, SetSpeed, SetExtras,
Seek, RequestReport, Quit. Messages (process -> window): Frame (the newest one wins; older ones
may be dropped), RunData (once per built run, never dropped), Report, Error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from .config import Config
from .layer_stats import LayerStats
from .prediction import Prediction
from .runs import check_run_count
from .weight_path import UnitPath

HISTORY_COLUMNS = 240  # recorded steps sent for the over-time views, evenly over the run
DIAGRAM_LIMITS = (16, 8)  # width, depth up to which weights travel for the network diagram


class Status(StrEnum):
    OK = "ok"
    DIVERGED = "diverged"


class Extra(StrEnum):
    """What a frame carries only while a visible panel needs it."""

    HISTORIES = "histories"  # per-layer histograms over time
    DECISION = "decision"  # predicted classes on a grid (2D datasets)
    NETWORK = "network"  # every Dense W and dW (small nets)
    EVAL_STATS = "eval_stats"  # layer statistics in evaluation mode, a few times a second
    PATH = "path"  # two weights of one unit over the recent steps (core.weight_path)


# commands ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Configure:
    """Train these runs (1 to MAX_RUNS, run A first); unchanged structure keeps training."""

    runs: tuple[Config, ...]

    def __post_init__(self) -> None:
        check_run_count(len(self.runs))


@dataclass(frozen=True)
class Play:
    pass


@dataclass(frozen=True)
class Pause:
    pass


@dataclass(frozen=True)
class Step:
    """One training step of every run (pauses first)."""


@dataclass(frozen=True)
class Reset:
    """Rebuild every run from its seed."""


@dataclass(frozen=True)
class SetSpeed:
    steps_per_second: float  # 0 = as fast as possible


@dataclass(frozen=True)
class SetExtras:
    extras: frozenset[Extra]


@dataclass(frozen=True)
class Seek:
    """Show every run as it was at `step` (the recorded step at or before it), pausing;
    None returns to the live end. Frames echo `tag`, so a caller knows its answer."""

    step: int | None
    tag: int = 0


@dataclass(frozen=True)
class RequestReport:
    """Ask for the `visualizer run` JSON of every run as it is now."""

    request_id: int


@dataclass(frozen=True)
class Quit:
    pass


Command = (
    Configure | Play | Pause | Step | Reset | SetSpeed | SetExtras | Seek | RequestReport | Quit
)


# messages ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DecisionMap:
    """Predicted class (and its probability) on a grid over a 2D dataset's feature box."""

    x_range: tuple[float, float]
    y_range: tuple[float, float]
    classes: np.ndarray  # (resolution, resolution) int, row = y index
    confidence: np.ndarray  # (resolution, resolution) float32 in [0, 1]


@dataclass(frozen=True)
class FitCurve:
    """A 1D regression run's prediction on an even grid over its inputs' range."""

    x: np.ndarray  # (points,) float32
    y: np.ndarray  # (points,) float32


@dataclass(frozen=True)
class Snapshot:
    """One run's state at one step."""

    run_id: int  # changes whenever the network is rebuilt or reset
    step: int
    epoch: int
    status: Status
    diverged_at: int | None
    config: Config
    layers: tuple[LayerStats, ...]
    history: dict[str, np.ndarray]  # history.COLUMNS -> float64 arrays
    n_classes: int
    n_features: int
    history_steps: np.ndarray | None = None  # (columns,) recorded steps over the whole run
    activation_history: np.ndarray | None = None  # (layers, columns, bins) shares
    gradient_history: np.ndarray | None = None  # (layers, columns, bins) log10|g| shares
    activation_history_edges: np.ndarray | None = None  # (layers, bins + 1), fixed per run
    decision: DecisionMap | FitCurve | None = None  # a 2D classification's or a 1D fit
    weights: tuple[np.ndarray, ...] | None = None  # small nets only: every Dense W
    weight_grads: tuple[np.ndarray, ...] | None = None
    eval_layers: tuple[LayerStats, ...] | None = None  # the probe batch in evaluation mode
    theory: Prediction | None = None  # variances signal propagation predicts at init
    weight_path: UnitPath | None = None  # the traced unit's two weights, recent steps

    @property
    def diverged(self) -> bool:
        return self.status is Status.DIVERGED

    @property
    def last_loss(self) -> float:
        losses = self.history["train_loss"]
        return float(losses[-1]) if len(losses) else float("nan")


@dataclass(frozen=True)
class Frame:
    """Every run's snapshot in lockstep (run A first): the newest, or while seeking the
    one recorded at the chosen step."""

    runs: tuple[Snapshot, ...]
    running: bool = False
    steps_per_second: float = 0.0
    extras: frozenset[Extra] = field(default_factory=frozenset)
    live_step: int = 0  # the newest step trained (run A); runs[0].step is the one shown
    seeking: bool = False
    tag: int = 0  # the last Seek's tag

    @property
    def step(self) -> int:
        return self.runs[0].step

    @property
    def all_diverged(self) -> bool:
        return all(run.diverged for run in self.runs)


@dataclass(frozen=True)
class RunData:
    """A built run's data points (at most a few thousand): a 2D classification's or a 1D
    regression's, sent once per build so the decision and input cloud views never
    generate, read or transform data on the GUI thread."""

    run_id: int
    x_train: np.ndarray  # (n, 2) float32; a 1D regression's (n, 1)
    y_train: np.ndarray  # (n,) int labels; a 1D regression's float32 targets
    x_test: np.ndarray
    y_test: np.ndarray
    stages: tuple[np.ndarray, ...] = ()  # x_train as read, after each keys.INPUT_CLOUD_STAGES
    # (2D classification only)


@dataclass(frozen=True)
class Report:
    """The answer to RequestReport: the `visualizer run` JSON of every run."""

    request_id: int
    text: str


@dataclass(frozen=True)
class Error:
    """A one-line message for the banner; the process keeps its last good state."""

    message: str


@dataclass(frozen=True)
class ConfigsRead:
    """The runs a configuration file holds, read in a child process (`core.config_file`,
    which answers this or an `Error`)."""

    runs: tuple[Config, ...]


Message = Frame | RunData | Report | Error
