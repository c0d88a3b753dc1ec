"""Learning-rate schedules (CS231n, "annealing the learning rate"): the rate of update
t + 1, with t updates done, from the configured rate lr, a factor d (`lr_decay`) and a
period T (`lr_period`, in updates):

    none:    lr_t = lr
    step:    lr_t = lr · d^floor(t / T)                       (times d every T updates)
    cosine:  lr_t = lr · (d + (1 - d) (1 + cos(π min(t, T) / T)) / 2)
             (half a cosine from lr down to d · lr over T updates, then d · lr)
"""

from __future__ import annotations

import math

SCHEDULES: tuple[str, ...] = ("none", "step", "cosine")
"""What `lr_schedule` accepts, in the order the controls list it."""


def scheduled_lr(lr: float, schedule: str, decay: float, period: int, t: int) -> float:
    """The learning rate of update t + 1 (t >= 0 updates done)."""
    if schedule == "none":
        return lr
    if schedule == "step":
        return lr * decay ** (t // period)
    if schedule == "cosine":
        return lr * (decay + (1 - decay) * (1 + math.cos(math.pi * min(t, period) / period)) / 2)
    raise ValueError(f"unknown schedule {schedule!r}; allowed: {', '.join(SCHEDULES)}")
