"""The training process's side: trainers for side A (and B), driven by commands, producing
frames. Qt-free, so it can be tested directly and run in a spawned child process."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field

import numpy as np

from .config import Config
from .report import build_report, to_json
from .snapshot import DecisionMap, Frame, Snapshot
from .stats import LayerStats
from .trainer import STEP_KEYS, Trainer

HISTORY_FRAMES = 120  # histograms kept for the over-time views
DECISION_RESOLUTION = 64
DIAGRAM_LIMITS = (16, 8)  # width, depth up to which weights travel for the network diagram
EXTRAS = frozenset({"histories", "decision", "network"})


def structural_change(old: Config, new: Config) -> bool:
    """Whether going from `old` to `new` needs a new network (anything but per-step keys)."""
    keep = set(STEP_KEYS)
    return any(getattr(old, k) != getattr(new, k) for k in old.to_dict() if k not in keep)


@dataclass
class Side:
    """One trainer plus the short per-layer histogram history its over-time views show."""

    trainer: Trainer
    run_id: int
    act_history: deque = field(default_factory=lambda: deque(maxlen=HISTORY_FRAMES))
    grad_history: deque = field(default_factory=lambda: deque(maxlen=HISTORY_FRAMES))
    act_edges: np.ndarray | None = None

    def forget(self) -> None:
        self.act_history.clear()
        self.grad_history.clear()
        self.act_edges = None

    def histories(self) -> tuple[np.ndarray, np.ndarray] | None:
        """(activation, gradient) histories as (layers, frames, bins) arrays."""
        if not self.act_history:
            return None
        return np.stack(self.act_history, axis=1), np.stack(self.grad_history, axis=1)

    def remember(self, layers: list[LayerStats]) -> None:
        """Append this frame's histograms, re-binned onto edges fixed at the run's start."""
        if self.act_edges is None:
            self.act_edges = np.array([s.activation_hist.edges for s in layers])
        self.act_history.append(
            np.array(
                [_rebin(s.activation_hist, e) for s, e in zip(layers, self.act_edges, strict=True)]
            )
        )
        self.grad_history.append(np.array([_shares(s.grad_log_hist.counts) for s in layers]))


def _shares(counts: np.ndarray) -> np.ndarray:
    total = counts.sum()
    return (counts / total if total else counts.astype(float)).astype(np.float32)


def _rebin(hist, edges: np.ndarray) -> np.ndarray:
    """Move a histogram's counts onto `edges` by bin centre (values outside go to the ends)."""
    centres = (hist.edges[:-1] + hist.edges[1:]) / 2
    index = np.clip(np.searchsorted(edges, centres, side="right") - 1, 0, len(edges) - 2)
    return _shares(np.bincount(index, weights=hist.counts, minlength=len(edges) - 1))


class Session:
    """Commands in, frames out. `advance` runs steps; `frame` packages the latest state."""

    def __init__(self, config_a: Config, config_b: Config | None = None) -> None:
        self.running = False
        self.steps_cap = 0.0  # steps per second, 0 = as fast as possible
        self.extras: frozenset[str] = frozenset()
        self._run_counter = 0
        self.sides: list[Side] = []
        self._rate = 0.0
        self._rate_mark = (time.monotonic(), 0)
        self.train_seconds = 0.0  # time spent in steps since the last rebuild
        self.configure(config_a, config_b)

    # commands -------------------------------------------------------------------------
    def configure(self, config_a: Config, config_b: Config | None = None) -> None:
        """Apply new configurations: rebuild where structure changed, else apply per step."""
        wanted = [config_a] if config_b is None else [config_a, config_b]
        if len(wanted) != len(self.sides):
            self.sides = [self._build(c) for c in wanted]
            return
        for index, config in enumerate(wanted):
            side = self.sides[index]
            if structural_change(side.trainer.config, config):
                self.sides[index] = self._build(config)
            else:
                if config.bins != side.trainer.config.bins:
                    side.forget()  # histories of another bin count do not stack
                side.trainer.apply(config)

    def reset(self) -> None:
        self.sides = [self._build(side.trainer.config) for side in self.sides]

    def _build(self, config: Config) -> Side:
        self._run_counter += 1
        self.train_seconds = 0.0
        trainer = Trainer(config)
        trainer.record_now()
        side = Side(trainer, self._run_counter)
        side.remember(trainer.probe())
        return side

    # stepping -------------------------------------------------------------------------
    @property
    def step_count(self) -> int:
        return self.sides[0].trainer.step_count

    @property
    def all_diverged(self) -> bool:
        return all(side.trainer.diverged for side in self.sides)

    def step(self, record: bool) -> None:
        """One step on every side, in lockstep; stops running when every side diverged."""
        start = time.perf_counter()
        for side in self.sides:
            if not side.trainer.diverged:
                side.trainer.step(record=record)
                if record:
                    side.remember(side.trainer.last_stats)
        self.train_seconds += time.perf_counter() - start
        if self.all_diverged:
            self.running = False

    def advance(self, until: float) -> int:
        """Step while running until `time.monotonic()` reaches `until`, within the steps/s
        cap. The window's first step records statistics (cheap: taps of the minibatch);
        they are at most one frame old when sent. Returns the number of steps."""
        done = 0
        while self.running:
            now = time.monotonic()
            if self.steps_cap > 0:
                start, start_steps = self._rate_mark
                wait = (self.step_count + 1 - start_steps) / self.steps_cap - (now - start)
                if wait > 0:
                    if now + wait >= until:
                        break
                    time.sleep(wait)
            self.step(record=done == 0)
            done += 1
            if time.monotonic() >= until:
                break
        self._update_rate()
        return done

    def _update_rate(self) -> None:
        now = time.monotonic()
        start, start_steps = self._rate_mark
        if now - start >= 0.5:
            self._rate = (self.step_count - start_steps) / (now - start)
            self._rate_mark = (now, self.step_count)
        elif not self.running:
            self._rate = 0.0

    def refresh_stats(self) -> None:
        """Statistics of every side's network as it is now, from the fixed probe batch."""
        for side in self.sides:
            side.remember(side.trainer.probe())

    def play(self) -> None:
        self.running = not self.all_diverged
        self._rate_mark = (time.monotonic(), self.step_count)

    def report_json(self, side: int = 0) -> str:
        """The same JSON as `visualizer run`, for one side as it is now."""
        trainer = self.sides[side].trainer
        report = build_report(trainer, trainer.step_count, self.train_seconds)
        return to_json(report)

    # frames ---------------------------------------------------------------------------
    def frame(self) -> Frame:
        snaps = [self._snapshot(side) for side in self.sides]
        return Frame(
            a=snaps[0],
            b=snaps[1] if len(snaps) > 1 else None,
            running=self.running,
            steps_per_second=self._rate,
            extras=self.extras,
        )

    def _snapshot(self, side: Side) -> Snapshot:
        trainer = side.trainer
        extras = self.extras
        small = (
            trainer.config.width <= DIAGRAM_LIMITS[0]
            and trainer.config.depth <= (DIAGRAM_LIMITS[1])
        )
        dense = trainer.network.dense_layers()
        histories = side.histories() if "histories" in extras else None
        return Snapshot(
            run_id=side.run_id,
            step=trainer.step_count,
            epoch=trainer.epoch,
            status=trainer.status,
            diverged_at=trainer.diverged_at,
            config=trainer.config,
            layers=tuple(trainer.last_stats),
            history=trainer.history.arrays(),
            n_classes=trainer.dataset.n_classes,
            n_features=trainer.dataset.n_features,
            activation_history=histories[0] if histories else None,
            gradient_history=histories[1] if histories else None,
            activation_history_edges=side.act_edges if histories else None,
            decision=decision_map(trainer) if "decision" in extras else None,
            weights=tuple(d.W.copy() for d in dense) if "network" in extras and small else None,
            weight_grads=tuple(d.dW.copy() for d in dense)
            if "network" in extras and small
            else None,
        )


def decision_map(trainer: Trainer, resolution: int = DECISION_RESOLUTION) -> DecisionMap | None:
    """Predicted classes on a grid covering a 2D classification dataset (else None)."""
    data = trainer.dataset
    if data.n_features != 2 or not data.n_classes:
        return None
    points = np.concatenate([data.x_train, data.x_test]) if len(data.x_test) else data.x_train
    low, high = points.min(axis=0), points.max(axis=0)
    pad = 0.1 * (high - low) + 1e-6
    xs = np.linspace(low[0] - pad[0], high[0] + pad[0], resolution)
    ys = np.linspace(low[1] - pad[1], high[1] + pad[1], resolution)
    grid = np.stack(np.meshgrid(xs, ys), axis=-1).reshape(-1, 2)
    with np.errstate(all="ignore"):
        probabilities = trainer.predict(grid)
    classes = np.nan_to_num(probabilities).argmax(axis=1)
    confidence = np.nan_to_num(probabilities.max(axis=1))
    return DecisionMap(
        x_range=(float(xs[0]), float(xs[-1])),
        y_range=(float(ys[0]), float(ys[-1])),
        classes=classes.reshape(resolution, resolution),
        confidence=confidence.reshape(resolution, resolution).astype(np.float32),
    )
