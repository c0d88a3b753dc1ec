"""Loss and accuracy curves with bounded memory: evenly thinned as a run grows."""

from __future__ import annotations

import math

import numpy as np

METRICS = ("train_loss", "train_accuracy", "test_loss", "test_accuracy")
POSITION = ("epoch", "samples", "lr")
"""Where a point lies besides its step: passes over the training data in fractions
(Trainer.passes), training samples used, and the learning rate of the latest update."""
COLUMNS = ("step", *METRICS, *POSITION)
COUNTS = ("step", "samples")  # whole numbers
X_AXES = ("step", "epoch", "samples")
"""The columns the curves may be drawn against (a lesson's `x_axis`)."""


class History:
    """Records every `stride`-th step (each point evaluates the test set); when
    `max_points` is exceeded every other point is dropped and the stride doubles, so
    memory stays flat over any run length.

    A recorded train value is the mean of the minibatch values since the previous point."""

    def __init__(self, max_points: int = 2000, stride: int = 1) -> None:
        self.max_points = max_points
        self.stride = stride
        self._rows: list[tuple[float, ...]] = []
        self._loss_sum = 0.0
        self._acc_sum = 0.0
        self._count = 0

    def accumulate(self, loss: float, accuracy: float) -> None:
        """Add one training minibatch's loss and accuracy."""
        self._loss_sum += loss
        self._acc_sum += accuracy
        self._count += 1

    @property
    def pending(self) -> bool:
        """Whether minibatch values were added since the last recorded point."""
        return self._count > 0

    def due(self, step: int) -> bool:
        """Whether `step` is a step to record (and so to evaluate the test set for)."""
        return step % self.stride == 0

    def record(
        self,
        position: tuple[float, float, float, float],
        train: tuple[float, float] | None,
        test: tuple[float, float],
    ) -> None:
        """Add a point at `position` (step and the POSITION columns); `train` overrides
        the accumulated minibatch means (e.g. at step 0)."""
        if train is None:
            count = max(self._count, 1)
            train = (self._loss_sum / count, self._acc_sum / count)
        step, *where = map(float, position)
        self._rows.append((step, *train, *test, *where))
        self._loss_sum = self._acc_sum = 0.0
        self._count = 0
        if len(self._rows) > self.max_points:
            self._rows = self._rows[::2]
            self.stride *= 2

    def __len__(self) -> int:
        return len(self._rows)

    def arrays(self) -> dict[str, np.ndarray]:
        """Each column as a float64 array (NaN where a value does not exist)."""
        table = np.array(self._rows, dtype=np.float64).reshape(-1, len(COLUMNS))
        return {name: table[:, i].copy() for i, name in enumerate(COLUMNS)}

    def to_json(self) -> dict[str, list]:
        """Columns as lists; steps and samples as ints, NaN as null."""
        arrays = self.arrays()
        out: dict[str, list] = {name: [int(v) for v in arrays[name]] for name in COUNTS}
        for name in COLUMNS:
            if name not in COUNTS:
                out[name] = [None if math.isnan(v) else float(v) for v in arrays[name]]
        return {name: out[name] for name in COLUMNS}
