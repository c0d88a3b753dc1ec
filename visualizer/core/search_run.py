"""Running a hyper-parameter search (`core.search`): each point one short training with the
engine, from the same seed (the same data, initial weights and batches), scored on the
held-out split.

`python -m visualizer.core.search_run` is the window's child process: it reads one JSON
request {"config": {...}, "spec": {...}} on stdin and prints one JSON line per finished
training, {"trial": {...}}, then {"done": count}, or {"error": message}. The window reads
the lines as they come (progress) and cancels by ending the process, so a search never
runs on the GUI thread nor holds its interpreter lock (docs/DESIGN.md, "Worker and UI").
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable

import numpy as np

from .config import Config, ConfigError
from .datafiles import DatasetError
from .datasets import Dataset
from .preprocessing import prepared_data
from .priority import yield_to_the_window
from .search import Spec, Trial, points
from .trainer import Trainer


def searchable(config: Config) -> Dataset:
    """The configuration's data, checked: a search scores validation accuracy, so it
    needs classes and a held-out split."""
    data = prepared_data(config)
    if not data.n_classes:
        raise ConfigError(
            f"search: dataset {data.name!r} is a regression set; the search scores validation "
            "accuracy, which needs class labels"
        )
    if len(data.x_test) == 0:
        raise ConfigError(
            "search: test_fraction is 0; the search scores each training on the held-out "
            "split, allowed: 0 < test_fraction < 1"
        )
    return data


def score(
    config: Config, data: Dataset, log_lr: float, log_decay: float, steps: int
) -> tuple[float, float]:
    """(validation accuracy, loss) of one short training at learning rate 10^log_lr and
    weight decay 10^log_decay; NaNs when it diverged."""
    trainer = Trainer(config.replace(lr=10.0**log_lr, weight_decay=10.0**log_decay), data, True)
    for _ in range(steps):
        trainer.step()
        if trainer.diverged:
            return float("nan"), float("nan")
    loss, accuracy = trainer.evaluate(trainer.x_test, trainer.y_test)
    return (accuracy, loss) if math.isfinite(loss) else (float("nan"), float("nan"))


def search(
    config: Config,
    spec: Spec,
    on_trial: Callable[[Trial], None] | None = None,
    data: Dataset | None = None,
) -> list[Trial]:
    """Every point of `spec`, trained in order; `on_trial` hears of each as it ends."""
    data = data or searchable(config)
    trials = []
    with np.errstate(all="ignore"):
        for index, (log_lr, log_decay) in enumerate(points(spec)):
            accuracy, loss = score(config, data, log_lr, log_decay, spec.steps)
            trial = Trial(
                round=spec.round,
                index=index,
                log_lr=float(log_lr),
                log_decay=float(log_decay),
                accuracy=accuracy,
                loss=loss,
                diverged=not math.isfinite(loss),
            )
            trials.append(trial)
            if on_trial is not None:
                on_trial(trial)
    return trials


def serve(text: str, out=sys.stdout) -> int:
    """Answer one request (the child process's whole life); 0, or 2 for a bad request."""

    def say(message: dict) -> None:
        out.write(json.dumps(message) + "\n")
        out.flush()

    try:
        request = json.loads(text)
        config = Config.from_mapping(request["config"])
        spec = Spec.from_dict(request["spec"])
        trials = search(config, spec, lambda trial: say({"trial": trial.to_dict()}))
    except (ConfigError, DatasetError) as error:
        say({"error": str(error)})
        return 2
    except (ValueError, KeyError, TypeError) as error:
        say({"error": f"search: malformed request ({error})"})
        return 2
    except MemoryError:
        say({"error": "search: out of memory"})
        return 2
    say({"done": len(trials)})
    return 0


def main() -> int:
    yield_to_the_window()
    return serve(sys.stdin.read())


if __name__ == "__main__":
    sys.exit(main())
