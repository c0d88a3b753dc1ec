"""The training process's side: up to four runs trained in lockstep, driven by commands,
producing frames. Qt-free, so it can be tested directly and run in a spawned child process.

Lockstep: every run draws its data split, initial weights and batch order from its own
seed, so runs with the same seed see the same data in the same order, and runs whose
network structure is the same start from the same weights (docs/DESIGN.md, "Runs")."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .config import Config
from .datasets import Dataset, raw_data
from .decision import decision_map, run_data
from .keys import DATA_KEYS, NAMES, NEXT_STEP_KEYS
from .memory import ensure_fits
from .pace import StepTimes
from .preprocessing import preprocess
from .protocol import DIAGRAM_LIMITS, HISTORY_COLUMNS, Extra, Frame, RunData, Snapshot, Status
from .report import build_report, combined_report
from .runs import check_run_count
from .theory import Prediction, predict
from .trainer import Trainer

EVAL_INTERVAL = 0.25  # s between evaluation-mode statistics while playing (a probe pass)


def structural_change(old: Config, new: Config) -> bool:
    """Whether going from `old` to `new` needs a new network (anything but per-step keys)."""
    return any(getattr(old, k) != getattr(new, k) for k in NAMES if k not in NEXT_STEP_KEYS)


@dataclass
class Run:
    """One trainer, numbered afresh whenever it is built (run_id), and what theory predicts
    for its network at initialization (computed once, at the build)."""

    trainer: Trainer
    run_id: int
    theory: Prediction


class Session:
    """Commands in, frames out. `advance` runs steps; `frame` packages the latest state;
    `take_run_data` hands out the data points of runs built since it was last called."""

    def __init__(self, runs: Sequence[Config], parts: int = 1) -> None:
        """`parts`: each run's minibatches are trained in that many parts at once
        (core.shards, core.threads)."""
        self.parts = parts
        self.running = False
        self.steps_cap = 0.0  # steps per second, 0 = as fast as possible
        self.extras: frozenset[Extra] = frozenset()
        self._run_counter = 0
        self.runs: list[Run] = []
        self._new_runs: list[tuple[Run, Dataset]] = []  # with their data as read
        self._rate = 0.0
        self._rate_mark = (time.monotonic(), 0)
        self.train_seconds = 0.0  # time spent in steps since the last rebuild
        self.times = StepTimes()  # for the frame pace (core/pace.py)
        self.view_step: int | None = None  # None: live; else the step shown (Seek)
        self.seek_tag = 0
        self.configure(runs)

    # commands -------------------------------------------------------------------------
    def configure(self, runs: Sequence[Config]) -> None:
        """Apply new configurations: rebuild where structure changed, else apply per step.
        Runs are matched by position; added runs are built, removed ones dropped."""
        check_run_count(len(runs))
        kept_runs = [  # each position's run when it stays, None when it is (re)built
            old if old is not None and not structural_change(old.trainer.config, config) else None
            for old, config in zip([*self.runs, *[None] * len(runs)], runs, strict=False)
        ]
        # what is built, all at once before building any (a kept run allocates nothing
        # new: a learning-rate change on a large run is never refused)
        ensure_fits([config for config, old in zip(runs, kept_runs, strict=True) if old is None])
        data: dict[tuple, Dataset] = {}
        kept: list[Run] = []
        for config, old in zip(runs, kept_runs, strict=True):
            if old is None:
                kept.append(self._build(config, data))
                continue
            rebinned = config.bins != old.trainer.config.bins
            old.trainer.apply(config)
            if rebinned:
                old.trainer.restart_timeline()
            kept.append(old)
        self.runs = kept

    def reset(self) -> None:
        data: dict[tuple, Dataset] = {}
        self.runs = [self._build(run.trainer.config, data) for run in self.runs]

    def _build(self, config: Config, data: dict[tuple, Dataset]) -> Run:
        """A new run; runs with the same data keys share one loaded dataset, and those
        that also preprocess it alike share the preprocessed one."""
        self._run_counter += 1
        self.train_seconds = 0.0
        raw_key = tuple(getattr(config, k) for k in DATA_KEYS)
        key = (*raw_key, config.preprocess)
        if key not in data:
            if raw_key not in data:
                data[raw_key] = raw_data(config)
            data[key] = preprocess(data[raw_key], config.preprocess)
        trainer = Trainer(config, data[key], parts=self.parts)
        trainer.start()
        prediction = predict(config, trainer.probe_x, trainer.probe_y, trainer.n_outputs)
        run = Run(trainer, self._run_counter, prediction)
        self._new_runs.append((run, data[raw_key]))
        return run

    # stepping -------------------------------------------------------------------------
    @property
    def step_count(self) -> int:
        return self.runs[0].trainer.step_count

    @property
    def all_diverged(self) -> bool:
        return all(run.trainer.diverged for run in self.runs)

    def step(self, record: bool) -> None:
        """One step of every run, in lockstep; stops running when every run diverged.
        A diverged run stays at its last step while the others go on."""
        self.view_step = None
        start, cpu = time.perf_counter(), time.process_time()
        for run in self.runs:
            if not run.trainer.diverged:
                run.trainer.step(record)
        self.train_seconds += time.perf_counter() - start
        self.times.add(time.process_time() - cpu, record)
        if self.all_diverged:
            self.running = False

    def advance(self, until: float) -> int:
        """Step while running, within the steps/s cap, until `StepTimes.enough` for the
        deadline `until` (time.monotonic()). The first step records statistics (taps of the
        minibatch): at most one frame old when sent. Returns the number of steps."""
        done = 0
        while self.running and not self.times.enough(done, time.monotonic(), until):
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
        """Statistics of every run's network as it is now, from the fixed probe batch."""
        for run in self.runs:
            run.trainer.probe()

    def seek(self, step: int | None, tag: int = 0) -> None:
        """Show the runs as recorded at `step` (pausing), or live again (None); frames
        carry `tag` from now on."""
        if step is not None:
            self.running = False
        self.view_step = step
        self.seek_tag = tag

    def play(self) -> None:
        self.view_step = None
        self.running = not self.all_diverged
        self._rate_mark = (time.monotonic(), self.step_count)

    def report_json(self) -> str:
        """The same JSON as `visualizer run`, for every run as it is now."""
        reports = [
            build_report(run.trainer, run.trainer.step_count, self.train_seconds, run.theory)
            for run in self.runs
        ]
        return combined_report(reports)

    # frames ---------------------------------------------------------------------------
    def frame(self) -> Frame:
        return Frame(
            runs=tuple(self._snapshot(run) for run in self.runs),
            running=self.running,
            steps_per_second=self._rate,
            extras=self.extras,
            live_step=self.step_count,
            seeking=self.view_step is not None,
            tag=self.seek_tag,
        )

    def take_run_data(self) -> list[RunData]:
        """Data points of the runs built since the last call that the decision view draws."""
        built, self._new_runs = self._new_runs, []
        live = {run.run_id for run in self.runs}
        return [
            data
            for run, raw in built
            if run.run_id in live
            and (data := run_data(run.trainer, run.run_id, raw.x_train)) is not None
        ]

    def _snapshot(self, run: Run) -> Snapshot:
        """Run `run` now, or as recorded at `view_step`: its statistics from the timeline,
        its decision map and weights from the network state kept at or before that step."""
        trainer, extras, timeline = run.trainer, self.extras, run.trainer.timeline
        seeking = self.view_step is not None
        record = timeline.records[timeline.index_at(self.view_step)] if seeking else None
        shown = record.step if record is not None else None
        small = (
            trainer.config.width <= DIAGRAM_LIMITS[0] and trainer.config.depth <= DIAGRAM_LIMITS[1]
        )
        dense = trainer.network.dense_layers()

        def drawn() -> tuple:
            decision = decision_map(trainer) if Extra.DECISION in extras else None
            network = Extra.NETWORK in extras and small
            weights = tuple(d.W.copy() for d in dense) if network else None
            grads = tuple(d.dW.copy() for d in dense) if network and not seeking else None
            wait = EVAL_INTERVAL if self.running else 0.0  # a step or a seek: at once
            evaluated = trainer.eval_stats(wait, seeking) if Extra.EVAL_STATS in extras else None
            return decision, weights, grads, evaluated

        decision, weights, grads, evaluated = as_of(trainer, shown, drawn) if seeking else drawn()
        histories = timeline.histories(HISTORY_COLUMNS) if Extra.HISTORIES in extras else None
        path = trainer.path.path(shown) if Extra.PATH in extras else None
        return Snapshot(
            run_id=run.run_id,
            step=shown if seeking else trainer.step_count,
            epoch=record.epoch if record is not None else trainer.epoch,
            status=Status(trainer.status),
            diverged_at=trainer.diverged_at,
            config=trainer.config,
            layers=record.layers(timeline.fixed) if record else tuple(trainer.last_stats),
            history=trainer.history.arrays(),
            n_classes=trainer.dataset.n_classes,
            n_features=trainer.dataset.n_features,
            history_steps=histories[0] if histories else None,
            activation_history=histories[1] if histories else None,
            gradient_history=histories[2] if histories else None,
            activation_history_edges=timeline.act_edges if histories else None,
            decision=decision,
            weights=weights,
            weight_grads=grads,
            eval_layers=evaluated,
            theory=run.theory,
            weight_path=path,
        )


def as_of(trainer: Trainer, step: int, compute: Callable[[], tuple]) -> tuple:
    """`compute()` with the network put back as kept at `step` or the last state before it
    (the network is restored afterwards); Nones when no state was kept."""
    found = trainer.states.at(step)
    if found is None:
        return (None, None, None, None)
    now = trainer.network.state()
    trainer.network.load_state(found[1])
    try:
        return compute()
    finally:
        trainer.network.load_state(now)
