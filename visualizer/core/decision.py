"""What the decision and input cloud views need from a 2D classification run: its data
points (sent once per built run, with the training points at each preprocessing stage)
and the predicted class on a grid over the data; from a 1D regression run (one input): its
points and the fitted curve of its first target."""

from __future__ import annotations

import numpy as np

from .preprocessing import stages
from .protocol import DecisionMap, FitCurve, RunData
from .sizes import DECISION_RESOLUTION
from .trainer import Trainer

DECISION_POINTS = 2000  # data points sent for the decision view, at most, per split
FIT_POINTS = 200  # points of a 1D regression's fitted curve


def is_fit(trainer: Trainer) -> bool:
    """Whether the run is a 1D regression (one input): a curve to fit (its first target)."""
    return trainer.dataset.is_regression and trainer.dataset.n_features == 1


def run_data(trainer: Trainer, run_id: int, raw_train: np.ndarray) -> RunData | None:
    """A 2D classification run's points (an even subsample of at most DECISION_POINTS per
    split) and the same training points of `raw_train` (its inputs before preprocessing)
    raw, centred, decorrelated and whitened; a 1D regression's points (x, first target),
    without stages; else None."""
    data = trainer.dataset
    fit = is_fit(trainer)
    if not fit and (data.n_features != 2 or not data.n_classes):
        return None

    def every(x: np.ndarray) -> int:
        return max(1, -(-len(x) // DECISION_POINTS))

    def thin(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        targets = y[:: every(x), 0].astype(np.float32) if fit else y[:: every(x)].astype(np.int64)
        return x[:: every(x)].astype(np.float32), targets

    x_train, y_train = thin(data.x_train, data.y_train)
    x_test, y_test = thin(data.x_test, data.y_test)
    if fit:
        return RunData(run_id, x_train, y_train, x_test, y_test)
    cloud = stages(raw_train, raw_train[:: every(raw_train)])
    return RunData(run_id, x_train, y_train, x_test, y_test, cloud)


def decision_map(
    trainer: Trainer, resolution: int = DECISION_RESOLUTION
) -> DecisionMap | FitCurve | None:
    """Predicted classes on a grid covering a 2D classification dataset, the fitted curve
    of a 1D regression (else None)."""
    data = trainer.dataset
    if is_fit(trainer):
        return fit_curve(trainer)
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


def fit_curve(trainer: Trainer) -> FitCurve:
    """A 1D regression's prediction on FIT_POINTS even points over its inputs' range."""
    data = trainer.dataset
    points = np.concatenate([data.x_train, data.x_test]) if len(data.x_test) else data.x_train
    xs = np.linspace(points.min(), points.max(), FIT_POINTS)
    with np.errstate(all="ignore"):
        ys = trainer.predict(xs[:, None])[:, 0]
    return FitCurve(xs.astype(np.float32), ys.astype(np.float32))
