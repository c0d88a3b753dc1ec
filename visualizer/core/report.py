"""The run report: the JSON contract of `visualizer run` (see DESIGN.md)."""

from __future__ import annotations

import json
import math
import os
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .config import Config
from .trainer import Trainer


def train(
    config: Config,
    steps: int,
    trainer: Trainer | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[Trainer, float]:
    """Run `steps` updates (stopping early on divergence), calling `progress(steps done)`
    after each; returns the trainer and the seconds spent in the training loop alone."""
    trainer = trainer or Trainer(config)
    trainer.record_now()
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


def build_report(trainer: Trainer, steps: int, seconds: float) -> dict[str, Any]:
    """Every key of the contract, with layer statistics from the probe batch."""
    layers = trainer.probe()
    done = trainer.step_count
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
        "layers": [layer.to_json() for layer in layers],
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


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write to a temporary file beside `path`, then rename: an existing file is replaced
    only by a complete new one, and nothing partial is left behind on failure.

    The file gets the usual mode: 0666 less the umask when new (the kernel applies it, as
    for any created file), the old mode when it replaces one. A symlink's target is
    written and the link kept."""
    target = Path(os.path.realpath(path))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temp = _create_beside(target)
    try:
        with os.fdopen(handle, "wb") as stream:
            if target.exists():
                os.fchmod(stream.fileno(), stat.S_IMODE(target.stat().st_mode))
            stream.write(payload)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _create_beside(target: Path) -> tuple[int, Path]:
    """A new, uniquely named hidden file in `target`'s folder, opened for writing with mode
    0666 (less the umask)."""
    for _ in range(100):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {str(target)!r}")
