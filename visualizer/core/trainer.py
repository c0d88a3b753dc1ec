"""The training loop: minibatch steps, test evaluation, divergence detection, statistics."""

from __future__ import annotations

import math
import time

import numpy as np

from . import losses, optimizers
from .config import Config, ConfigError
from .datasets import Dataset
from .history import History
from .layer_stats import LayerStats
from .memory import ensure_fits
from .network import Mode, Network, Taps
from .preprocessing import prepared_data
from .schedules import scheduled_lr
from .shards import Shards, splittable
from .sizes import EVAL_CHUNK, PROBE_SAMPLES, STEP_SAMPLES
from .stats import Sampler, taps_stats
from .timeline import States, Timeline
from .weight_path import WeightPath

WEIGHT_DRIFT = 0.05
"""How far (root mean square, in histogram bins) the weights may have moved since their
summary was made for it to be shown again on a recorded step (Trainer._kept_weights)."""
OPTIMIZER_KEYS = ("lr", *(key.name for key in optimizers.HYPERPARAMETERS))
"""The keys the optimizer reads as attributes on every step."""


class Trainer:
    """Owns one network, its data and optimizer; every random draw comes from `config.seed`."""

    def __init__(
        self, config: Config, dataset: Dataset | None = None, quiet: bool = False, parts: int = 1
    ):
        """`quiet`: keep no timeline records and no network states (a short training whose
        layer statistics nobody looks at, as the hyper-parameter search runs). `parts`:
        train each minibatch in that many parts at once when the network allows it
        (core.shards; one thread per part)."""
        ensure_fits([config])  # one line instead of a MemoryError part-way through
        self.config = config
        self.quiet = quiet
        data = dataset or prepared_data(config)
        self.dataset = data
        loss_cls = losses.get(config.loss)
        if data.is_regression and loss_cls.needs_labels:
            raise ConfigError(
                f"loss: {config.loss} needs class labels but dataset {data.name!r} is a "
                "regression set; allowed: mse, mae"
            )
        dtype = np.dtype(config.dtype)
        self.x_train = data.x_train.astype(dtype)
        self.y_train = data.y_train if data.n_classes else data.y_train.astype(dtype)
        self.x_test = data.x_test.astype(dtype)
        self.y_test = data.y_test if data.n_classes else data.y_test.astype(dtype)
        init_seq, batch_seq, noise_seq = np.random.SeedSequence(config.seed).spawn(3)
        self.n_outputs = loss_cls.output_units(data.n_outputs, data.n_classes)
        self.network = Network(
            config,
            data.n_features,
            self.n_outputs,
            np.random.default_rng(init_seq),
            np.random.default_rng(noise_seq),
        )
        self.loss = loss_cls()
        split = parts > 1 and splittable(self.network)
        self.shards = Shards(self.network, self.loss, parts) if split else None
        self.optimizer = optimizers.create(
            config.optimizer,
            config.lr,
            bias_correction=config.bias_correction,
            **self._hyper(config),
        )
        self._batch_rng = np.random.default_rng(batch_seq)
        self._order = np.arange(0)
        self._cursor = 0
        self.step_count = 0
        self.epoch = 0  # passes over the training data completed
        self._pass_counted = False  # the last batch ended a pass (counted in `epoch`)
        self.samples_seen = 0  # training samples the updates so far have used
        self.lr_used = self.scheduled_lr()  # the learning rate of the latest update
        self.status = "ok"
        self.diverged_at: int | None = None
        self.history = History(stride=self._record_stride())
        self.timeline = Timeline(config.depth)  # the whole run's layer statistics
        self.states = States(sum(a.nbytes for a in self.network.state_arrays()))
        self.path = WeightPath(self.network.dense_layers())  # two weights of one unit
        self.last_stats: list[LayerStats] = []
        self._evaluated: tuple[tuple, float, tuple[LayerStats, ...]] | None = None
        self.update_ratios = [float("nan")] * config.depth
        self._recording: Sampler | None = None  # its buffers serve every recorded step
        self._recorded_step = -1  # the step of last_stats
        self._drift = [0.0] * config.depth  # sum of ||ΔW||_F since the weights' summaries
        index = {id(p): i for i, p in enumerate(self.network.params())}
        self._hidden_weights = [index[id(d.W)] for d in self.network.dense_layers()[:-1]]
        """The indices in `params()` of the hidden layers' weights, in layer order: their
        update ratio ||W_after - W_before||_F / ||W_before||_F (1 in place of a zero norm)
        is ||Δw|| from the optimizer's own step over ||W_before||."""
        probe_size = min(len(self.x_train), PROBE_SAMPLES)
        self.probe_x = self.x_train[:probe_size]
        self.probe_y = self.y_train[:probe_size]

    def _record_stride(self) -> int:
        """Steps between history points: 1, unless the test set is large enough that
        evaluating it would cost more than a quarter of the training forward passes."""
        return max(1, math.ceil(len(self.x_test) / (4 * self.config.batch_size)))

    @staticmethod
    def _hyper(config: Config) -> dict[str, float]:
        return {key: getattr(config, key) for key in OPTIMIZER_KEYS if key != "lr"}

    def apply(self, config: Config) -> None:
        """Take the per-step keys (learning rate and its schedule, optimizer settings,
        decay, clipping, batch size, bins) from `config`; they apply on the next step."""
        for key in OPTIMIZER_KEYS:
            setattr(self.optimizer, key, getattr(config, key))
        self.config = config

    def scheduled_lr(self) -> float:
        """The learning rate of the next update: `lr` under `lr_schedule` (core.schedules)."""
        cfg = self.config
        return scheduled_lr(cfg.lr, cfg.lr_schedule, cfg.lr_decay, cfg.lr_period, self.step_count)

    @property
    def diverged(self) -> bool:
        return self.status == "diverged"

    def _next_batch(self) -> tuple[np.ndarray, np.ndarray]:
        """The next batch of a pass over the training data in a random order; a pass takes
        whole batches (the rest of the order waits for the next pass's shuffle), and the
        batch that ends a pass counts it in `epoch` at once."""
        size = self._batch_size()
        if self._cursor + size > len(self._order):
            if len(self._order) and not self._pass_counted:  # the batch size grew
                self.epoch += 1
            self._order = self._batch_rng.permutation(len(self.x_train))
            self._cursor = 0
        index = self._order[self._cursor : self._cursor + size]
        self._cursor += size
        self._pass_counted = self._cursor + size > len(self._order)
        self.epoch += self._pass_counted
        return self.x_train[index], self.y_train[index]

    def _batch_size(self) -> int:
        return min(self.config.batch_size, len(self.x_train))

    def passes(self) -> float:
        """Passes over the training data so far, in fractions: the completed ones (`epoch`)
        plus the share of the current pass's batches done."""
        if self._pass_counted or not len(self._order):
            return float(self.epoch)
        size = self._batch_size()
        whole_batches = len(self._order) - len(self._order) % size
        return self.epoch + min(self._cursor / whole_batches, 1.0)

    def start(self) -> None:
        """Step 0: a history point, the timeline's first record from the probe batch and
        the network's first kept state."""
        self.record_now()
        self.restart_timeline()
        self.states.add(0, self.network.state())

    def restart_timeline(self) -> None:
        """A new timeline from this step on (histograms of another bin count do not stack
        with the old ones), starting with the probe's statistics."""
        self.timeline = Timeline(self.config.depth)
        self.timeline.add(self.step_count, self.probe(), self.epoch)

    def step(self, record: bool = False) -> float:
        """One minibatch update; with `record`, refreshes `last_stats` from this step. A
        step the timeline is due to keep is recorded and kept (docs/DESIGN.md,
        "Timeline"), as is the network's state on the states' own schedule."""
        if self.diverged:
            return float("nan")
        due = not self.quiet and self.timeline.due(self.step_count + 1)
        with np.errstate(all="ignore"):  # overflow is expected on the way to divergence
            loss = self._step(record or due)
        if due:
            self.timeline.add(self.step_count, self.last_stats, self.epoch)
        if not self.quiet and self.states.due(self.step_count):
            self.states.add(self.step_count, self.network.state())
        return loss

    def _step(self, record: bool) -> float:
        x, y = self._next_batch()
        sampler = self._sampler(len(x)) if record else None
        shards = self.shards
        if shards is not None and len(x) >= shards.parts:
            bounds = shards.bounds(len(x))
            recorders = sampler.parts(bounds) if sampler is not None else [None] * len(bounds)
            loss, outputs = shards.train(x, y, recorders)
        else:
            outputs = self.network.forward(x, "train", sampler)
            loss = self.loss.forward(outputs, y)
            self.network.backward(self.loss.backward())
        accuracy = self._accuracy(outputs, y)
        params, grads = self.network.params(), self.network.grads()
        self._regularize(grads)
        weights = self._hidden_weights if record else []
        norms_before = {index: float(np.vdot(params[index], params[index])) for index in weights}
        self.lr_used = self.optimizer.lr = self.scheduled_lr()
        changes = self.optimizer.update(params, grads, weights) if np.isfinite(loss) else {}
        self.step_count += 1
        self.samples_seen += len(x)
        self.path.add(self.step_count)
        if not np.isfinite(loss) or not _all_finite(params):
            self.status = "diverged"
            self.diverged_at = self.step_count
        if record:
            self.update_ratios = [
                math.sqrt(changes.get(index, 0.0)) / (math.sqrt(norms_before[index]) or 1.0)
                for index in weights
            ]
            kept = self._kept_weights(params, weights, changes)
            self.last_stats = sampler.stats(self.config.bins, self.update_ratios, kept)
            self._recorded_step = self.step_count
        self.history.accumulate(loss, accuracy)
        if self.history.due(self.step_count) or self.diverged:
            self.history.record(self.position(), None, self.evaluate(self.x_test, self.y_test))
        return loss

    def _sampler(self, batch: int) -> Sampler:
        """The recorder of a step of `batch` samples (kept, with its buffers, while the
        batch size stays)."""
        if self._recording is None or self._recording.batch != batch:
            self._recording = Sampler(self.network.layers, batch, STEP_SAMPLES)
        return self._recording

    def _kept_weights(
        self, params: list[np.ndarray], weights: list[int], changes: dict[int, float]
    ) -> list[LayerStats] | None:
        """The last record's statistics when their weight summaries still hold, else None
        (summarize the weights anew). They hold while every step since was recorded and
        each layer's weights moved, by the triangle inequality over the steps' ||ΔW||_F,
        by at most WEIGHT_DRIFT of a histogram bin in root mean square: so little that the
        histogram, mean and std move far less than their sampling noise."""
        previous = self.last_stats
        consecutive = self._recorded_step == self.step_count - 1 and len(previous) == len(weights)
        self._drift = [
            drift + math.sqrt(changes.get(index, 0.0))
            for drift, index in zip(self._drift, weights, strict=True)
        ]
        if consecutive and all(
            len(stats.weight_hist.counts) == self.config.bins
            and drift / math.sqrt(params[index].size) <= WEIGHT_DRIFT * stats.weight_hist.bin_width
            for stats, drift, index in zip(previous, self._drift, weights, strict=True)
        ):
            return previous
        self._drift = [0.0] * len(weights)
        return None

    def position(self) -> tuple[float, float, float, float]:
        """(step, epoch, samples seen, learning rate) for a history point; the epoch is
        `passes`, the passes over the training data in fractions."""
        return (self.step_count, self.passes(), self.samples_seen, self.lr_used)

    def _regularize(self, grads: list[np.ndarray]) -> None:
        """L2 weight decay (g += lambda W on Dense weights), then global-norm clipping:
        g *= clip / max(clip, ||g||)."""
        cfg = self.config
        if cfg.weight_decay > 0:
            for dense in self.network.dense_layers():
                dense.dW += cfg.weight_decay * dense.W
        if cfg.grad_clip > 0:
            norm = float(np.sqrt(sum(float(np.vdot(g, g)) for g in grads)))
            if norm > cfg.grad_clip:
                for g in grads:
                    g *= cfg.grad_clip / norm

    def probe(self) -> list[LayerStats]:
        """Forward and backward on the fixed probe batch, no update: statistics of the
        network as it is now (batch statistics for batch norm, no dropout). After the
        first step the last minibatch's gradients are put back (the network diagram shows
        them); before it, the probe's are the only gradients there are and stay."""
        first = self.step_count == 0
        self.last_stats = self._probe_stats("probe", keep_grads=not first)
        self._recorded_step = -1  # the next recorded step summarizes the weights anew
        return self.last_stats

    def eval_probe(self) -> list[LayerStats]:
        """The same statistics in evaluation mode: batch norm's running averages in place of
        the batch's statistics, no dropout, rrelu's mean slope. The network's gradients are
        put back afterwards, and `last_stats` is left alone."""
        return self._probe_stats("eval", keep_grads=True)

    def eval_stats(self, wait: float, put_back: bool = False) -> tuple[LayerStats, ...]:
        """`eval_probe`'s statistics, computed afresh when the step or the bins changed,
        but at most every `wait` seconds (in between, the newest ones computed); always
        afresh and not kept when `put_back` (the network is as it was at an earlier step)."""
        if put_back:
            return tuple(self.eval_probe())
        kept, now = self._evaluated, time.monotonic()
        state = (self.step_count, self.config.bins)
        if kept is None or (kept[0] != state and now - kept[1] >= wait):
            self._evaluated = kept = (state, now, tuple(self.eval_probe()))
        return kept[2]

    def _probe_stats(self, mode: Mode, keep_grads: bool) -> list[LayerStats]:
        """Statistics of a pass over the probe batch in `mode`; `keep_grads`: the
        network's gradients are as they were before it afterwards."""
        if not keep_grads:
            return self._probe_pass(mode)
        saved = [grad.copy() for grad in self.network.grads()]
        try:
            return self._probe_pass(mode)
        finally:
            for grad, kept in zip(self.network.grads(), saved, strict=True):
                grad[...] = kept

    def _probe_pass(self, mode: Mode) -> list[LayerStats]:
        with np.errstate(all="ignore"):
            taps = Taps()
            outputs = self.network.forward(self.probe_x.copy(), mode, taps)
            self.loss.forward(outputs, self.probe_y)
            self.network.backward(self.loss.backward())
            return taps_stats(self.network.layers, taps, self.config.bins, self.update_ratios)

    def evaluate(self, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
        """(mean loss, accuracy) in evaluation mode; NaN for an empty set."""
        if len(x) == 0:
            return (float("nan"), float("nan"))
        total_loss = total_correct = 0.0
        with np.errstate(all="ignore"):
            for start in range(0, len(x), EVAL_CHUNK):
                xs, ys = x[start : start + EVAL_CHUNK], y[start : start + EVAL_CHUNK]
                outputs = self.network.forward(xs, "eval")
                total_loss += self.loss.forward(outputs, ys) * len(xs)
                total_correct += self._accuracy(outputs, ys) * len(xs)
        return (total_loss / len(x), total_correct / len(x))

    def record_now(self) -> None:
        """Add a history point for the current step: at step 0 the train metrics come from
        the probe batch, later from the minibatches since the previous point."""
        train = None
        if not self.history.pending:
            train = self.evaluate(self.probe_x, self.probe_y)
        self.history.record(self.position(), train, self.evaluate(self.x_test, self.y_test))

    def _accuracy(self, outputs: np.ndarray, y: np.ndarray) -> float:
        """Share of predicted classes (the loss's `classes`) equal to the labels; NaN for
        regression."""
        if not self.dataset.n_classes:
            return float("nan")
        return float(np.mean(self.loss.classes(outputs) == y))

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The loss's display prediction (class probabilities or values), evaluation mode."""
        return self.loss.predict(self.network.forward(x.astype(self.x_train.dtype), "eval"))


def _all_finite(arrays: list[np.ndarray]) -> bool:
    """Whether every array is all finite, by one BLAS dot product each (2-3x faster than
    a sum): a . a is finite iff every entry is, or float32 overflows beyond |a| ~ 1e19."""
    return all(np.isfinite(np.vdot(a, a)) for a in arrays)
