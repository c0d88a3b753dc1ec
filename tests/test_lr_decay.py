"""The learning-rate decay key (core.keys.LR_DECAY): lr_t = lr · lr_decay^(t / 1000),
declared once, validated by Config, taken by a running training on its next step."""

from __future__ import annotations

import pytest

from visualizer.core.config import Config, ConfigError
from visualizer.core.keys import BY_NAME, NEXT_STEP_KEYS
from visualizer.core.session import structural_change
from visualizer.core.trainer import Trainer

TINY = Config(dataset="blobs", samples=100, depth=1, width=4, batch_size=16)


def test_the_default_keeps_the_learning_rate_constant():
    trainer = Trainer(TINY.replace(lr=0.05))
    for _ in range(20):
        trainer.step()
    assert Config().lr_decay == 1.0 and trainer.optimizer.lr == 0.05


def test_each_step_uses_lr_times_decay_to_the_steps_over_1000():
    trainer = Trainer(TINY.replace(lr=0.1, lr_decay=0.5))
    assert trainer.learning_rate() == 0.1
    for _ in range(500):
        trainer.step()
    assert trainer.optimizer.lr == pytest.approx(0.1 * 0.5 ** (499 / 1000))  # step 500's
    assert trainer.learning_rate() == pytest.approx(0.1 * 0.5**0.5)  # the next step's


@pytest.mark.parametrize("value", [0, -0.5, 1.5, float("nan")])
def test_a_decay_outside_0_to_1_is_refused_naming_the_range(value):
    with pytest.raises(ConfigError, match=r"lr_decay: .* allowed: 0 < lr_decay <= 1"):
        Config(lr_decay=value)


def test_a_running_training_takes_a_new_decay_on_its_next_step():
    assert "lr_decay" in NEXT_STEP_KEYS
    assert not structural_change(TINY, TINY.replace(lr_decay=0.9))
    trainer = Trainer(TINY)
    trainer.step()
    trainer.apply(TINY.replace(lr_decay=0.25))
    assert trainer.learning_rate() == pytest.approx(TINY.lr * 0.25 ** (1 / 1000))
    assert BY_NAME["lr_decay"].help.ko  # the control's Korean help is declared with it
