"""The run report: the JSON contract of `visualizer run` (docs/DESIGN.md, README)."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from typing import Any

from .config import Config
from .theory import Prediction, predict
from .trainer import Trainer


def train(
    config: Config,
    steps: int,
    trainer: Trainer | None = None,
    progress: Callable[[int], None] | None = None,
    parts: int = 1,
) -> tuple[Trainer, float]:
    """Run `steps` updates (stopping early on divergence), calling `progress(steps done)`
    after each; returns the trainer and the seconds spent in the training loop alone.
    `parts`: each minibatch trained in that many parts at once (core.shards)."""
    trainer = trainer or Trainer(config, parts=parts)
    trainer.start()
    start = time.perf_counter()
    for index in range(steps):
        trainer.step(record=index == steps - 1)  # the last step measures update ratios
        if progress is not None:
            progress(index + 1)
        if trainer.diverged:
            break
    seconds = time.perf_counter() - start
    if trainer.history.pending:
        trainer.record_now()
    return trainer, seconds


def build_report(
    trainer: Trainer, steps: int, seconds: float, prediction: Prediction | None = None
) -> dict[str, Any]:
    """Every key of the contract (README, "The JSON report"), with layer statistics from
    the probe batch and the run's timeline; `prediction`: the theory at initialization
    when it is already known (a session keeps each run's)."""
    layers = trainer.probe()
    done = trainer.step_count
    if prediction is None:
        prediction = predict(trainer.config, trainer.probe_x, trainer.probe_y, trainer.n_outputs)
    return {
        "config": trainer.config.to_dict(),
        "status": "diverged" if trainer.diverged else "ok",
        "steps": steps,
        "steps_run": done,
        "diverged_at": trainer.diverged_at,
        "epoch": trainer.epoch,
        "timing": {
            "seconds": seconds,
            "steps_per_second": done / seconds if seconds > 0 and done else 0.0,
        },
        "dataset": {
            "name": trainer.dataset.name,
            "train_samples": len(trainer.x_train),
            "test_samples": len(trainer.x_test),
            "features": trainer.dataset.n_features,
            "classes": trainer.dataset.n_classes,
        },
        "history": trainer.history.to_json(),
        "theory_at_init": theory_summary(prediction),
        "layers": [
            {**layer.to_json(), "theory_at_init": theory_of_layer(prediction, index)}
            for index, layer in enumerate(layers)
        ],
        "timeline": trainer.timeline.to_json(),
    }


def theory_summary(prediction: Prediction) -> dict[str, Any]:
    """The report's top-level "theory_at_init": {"applies": bool, "reason": code or null,
    "detail": sentence or null}. Each layer then carries "theory_at_init":
    {"pre_activation_var": q_l, "activation_grad_var": g_l} (nulls when the theory does
    not apply): what signal-propagation theory predicts for the freshly initialized network
    on the probe batch (see core/theory.py), whatever the number of steps run. At steps 0
    they compare with the measured pre_activations.std^2 and gradients.activation_grad_std^2.
    """
    return {
        "applies": prediction.applies,
        "reason": prediction.reason.value if prediction.reason is not None else None,
        "detail": prediction.explanation or None,
    }


def theory_of_layer(prediction: Prediction, index: int) -> dict[str, float | None]:
    """Hidden layer `index`'s (0-based) predicted variances, or nulls."""
    if not prediction.applies:
        return {"pre_activation_var": None, "activation_grad_var": None}
    return {
        "pre_activation_var": prediction.pre_activation_var[index],
        "activation_grad_var": prediction.activation_grad_var[index],
    }


def finite_only(value: Any) -> Any:
    """Replace NaN and infinities with None, so the JSON is standard."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: finite_only(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [finite_only(item) for item in value]
    return value


def to_json(report: dict[str, Any]) -> str:
    return json.dumps(finite_only(report), indent=1, allow_nan=False)


def combined_report(reports: list[dict[str, Any]]) -> str:
    """One run: its report. Several: run A's report at the top level (so single-run
    scripts keep working) plus `"runs"`: every run's report, run A first."""
    if len(reports) == 1:
        return to_json(reports[0])
    return to_json({**reports[0], "runs": reports})
