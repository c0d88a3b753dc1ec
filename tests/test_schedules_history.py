"""Learning-rate schedules, the history's epoch, samples and lr columns, outliers in the
training targets, binary cross-entropy with one output unit, and their keys on the command
line."""

from __future__ import annotations

import math

import numpy as np
import pytest
from helpers import strict_json

from visualizer.app import main
from visualizer.core import losses
from visualizer.core.config import Config, ConfigError
from visualizer.core.datasets import OUTLIER_SHIFT
from visualizer.core.history import COLUMNS
from visualizer.core.keys import NEXT_STEP_KEYS
from visualizer.core.preprocessing import prepared_data
from visualizer.core.report import train
from visualizer.core.schedules import SCHEDULES, scheduled_lr
from visualizer.core.trainer import Trainer

SMALL = Config(dataset="moons", samples=100, depth=2, width=8, batch_size=16)


def test_each_schedule_follows_its_formula():
    assert SCHEDULES == ("none", "step", "cosine")
    assert [scheduled_lr(0.5, "none", 0.1, 10, t) for t in (0, 99)] == [0.5, 0.5]
    # step: lr d^floor(t / T)
    steps = [scheduled_lr(0.5, "step", 0.1, 10, t) for t in (0, 9, 10, 19, 20)]
    np.testing.assert_allclose(steps, [0.5, 0.5, 0.05, 0.05, 0.005])
    # cosine: lr (d + (1 - d)(1 + cos(pi min(t, T) / T)) / 2): lr, the middle, d lr, and held
    cosine = [scheduled_lr(0.5, "cosine", 0.1, 10, t) for t in (0, 5, 10, 50)]
    np.testing.assert_allclose(cosine, [0.5, 0.5 * (0.1 + 0.9 / 2), 0.05, 0.05])
    assert scheduled_lr(1.0, "cosine", 0.0 + 1e-9, 4, 1) == pytest.approx(
        (1 + math.cos(math.pi / 4)) / 2
    )
    with pytest.raises(ValueError, match="allowed: none, step, cosine"):
        scheduled_lr(0.5, "linear", 0.1, 10, 0)


def test_the_trainer_steps_with_the_scheduled_rate_and_records_it():
    trainer, _ = train(SMALL.replace(lr=0.2, lr_schedule="step", lr_decay=0.5, lr_period=3), 7)
    history = trainer.history.arrays()
    assert list(history["step"]) == list(range(8))
    # the rate of the latest update: updates 1-3 at 0.2, 4-6 at 0.1, 7 at 0.05
    np.testing.assert_allclose(history["lr"], [0.2, 0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.05])
    assert trainer.optimizer.lr == 0.05


def test_the_history_counts_samples_and_epochs():
    trainer, _ = train(SMALL, 12)  # 80 training samples, batches of 16: 5 steps an epoch
    history = trainer.history.arrays()
    assert len(trainer.x_train) == 80 and COLUMNS[-3:] == ("epoch", "samples", "lr")
    np.testing.assert_array_equal(history["samples"], 16 * history["step"])
    np.testing.assert_allclose(history["epoch"], history["step"] / 5)
    assert np.all(history["lr"] == SMALL.lr)
    report = trainer.history.to_json()
    assert list(report) == list(COLUMNS)
    assert report["samples"][-1] == 192 and isinstance(report["samples"][-1], int)
    assert report["epoch"][-1] == pytest.approx(2.4)


def test_an_epoch_is_a_pass_of_whole_batches_counted_when_it_ends():
    """100 training samples in batches of 32: a pass is 3 batches (the rest waits for the
    next shuffle), the epoch column moves a third at each and the whole epochs count a
    pass at the step that ends it, as the curves' epoch axis shows it."""
    config = SMALL.replace(samples=125, batch_size=32)
    trainer = Trainer(config, quiet=True)
    assert len(trainer.x_train) == 100
    epochs = []
    for _ in range(7):
        trainer.step()
        epochs.append((trainer.epoch, trainer.passes()))
    assert [whole for whole, _ in epochs] == [0, 0, 1, 1, 1, 2, 2]
    np.testing.assert_allclose([passes for _, passes in epochs], np.arange(1, 8) / 3)
    trainer.apply(config.replace(batch_size=40))  # 32 + 40 taken: no room for another 40
    trainer.step()
    assert (trainer.epoch, trainer.passes()) == (3, 3.0)
    trainer.step()  # a pass is now 2 batches
    assert (trainer.epoch, trainer.passes()) == (3, 3.5)


def test_the_run_json_history_has_the_new_columns(capsys):
    code = main(
        [
            "run",
            "--steps",
            "4",
            "--set",
            "dataset=moons",
            "samples=100",
            "depth=2",
            "width=8",
            "batch_size=16",
            "lr_schedule=cosine",
            "lr_period=4",
            "--json",
            "-",
        ]
    )
    assert code == 0
    history = strict_json(capsys.readouterr().out)["history"]
    assert history["samples"] == [0, 16, 32, 48, 64]
    assert history["epoch"] == pytest.approx([0, 0.2, 0.4, 0.6, 0.8])
    assert history["lr"][0] == history["lr"][1] == 0.01 and history["lr"][-1] < 0.01


@pytest.mark.parametrize(
    ("pair", "fragment"),
    [
        ("lr_schedule=linear", "lr_schedule: unknown value 'linear'; allowed: none, step, cosine"),
        ("lr_decay=0", "lr_decay: 0.0 is out of range; allowed: 0 < lr_decay <= 1"),
        ("lr_decay=1.5", "lr_decay: 1.5 is out of range"),
        ("lr_period=0", "lr_period: 0 is out of range; allowed: 1..10000000"),
        ("bias_correction=maybe", "bias_correction: 'maybe' is not true or false"),
        ("outliers=0.6", "outliers: 0.6 is out of range; allowed: 0 <= outliers <= 0.5"),
    ],
)
def test_a_bad_new_key_is_a_one_line_error(capsys, pair, fragment):
    assert main(["run", "--steps", "1", "--set", pair]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and fragment in err


def test_outliers_move_a_share_of_the_training_targets_only():
    clean = prepared_data(Config(dataset="sine"))
    data = prepared_data(Config(dataset="sine", outliers=0.1))
    moved = data.y_train[:, 0] - clean.y_train[:, 0]
    assert np.sum(np.isclose(moved, OUTLIER_SHIFT)) == round(0.1 * len(moved)) == 32
    assert np.sum(moved == 0) == len(moved) - 32
    np.testing.assert_array_equal(data.y_test, clean.y_test)  # the test set stays clean
    again = prepared_data(Config(dataset="sine", outliers=0.1))
    np.testing.assert_array_equal(again.y_train, data.y_train)  # a seed reproduces them
    labels = prepared_data(Config(dataset="moons", outliers=0.1))  # class labels are left alone
    np.testing.assert_array_equal(labels.y_train, prepared_data(Config(dataset="moons")).y_train)


def test_binary_cross_entropy_gives_two_classes_one_output_unit():
    assert losses.get("binary_cross_entropy").output_units(2, 2) == 1
    assert losses.get("binary_cross_entropy").output_units(4, 4) == 4
    assert losses.get("cross_entropy").output_units(2, 2) == 2
    trainer = Trainer(SMALL.replace(loss="binary_cross_entropy"))
    assert trainer.network.dense_layers()[-1].W.shape == (8, 1)
    outputs = np.array([[2.0], [-1.0], [0.5]])
    loss = trainer.loss
    np.testing.assert_array_equal(loss.classes(outputs), [1, 0, 1])
    probabilities = loss.predict(outputs)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0)
    np.testing.assert_allclose(probabilities[:, 1], 1 / (1 + np.exp(-outputs[:, 0])))
    # accuracy is the share of z > 0 that is class 1
    with np.errstate(all="ignore"):
        logits = trainer.network.forward(trainer.x_test, "eval")
    want = np.mean((logits[:, 0] > 0) == trainer.y_test)
    assert trainer.evaluate(trainer.x_test, trainer.y_test)[1] == pytest.approx(want)


def test_one_unit_binary_cross_entropy_gradient_matches_finite_differences():
    loss = losses.create("binary_cross_entropy")
    outputs = np.array([[0.3], [-1.2], [2.0], [0.1]])
    labels = np.array([1, 0, 0, 1])
    loss.forward(outputs, labels)
    analytic = loss.backward()
    eps, numeric = 1e-6, np.zeros_like(outputs)
    for row in range(len(outputs)):
        plus, minus = outputs.copy(), outputs.copy()
        plus[row] += eps
        minus[row] -= eps
        numeric[row] = (loss.forward(plus, labels) - loss.forward(minus, labels)) / (2 * eps)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-6, atol=1e-10)


def test_bias_correction_reaches_adam_and_rebuilds_the_run():
    assert "bias_correction" not in NEXT_STEP_KEYS and "lr_schedule" in NEXT_STEP_KEYS
    assert (
        Trainer(SMALL.replace(optimizer="adam", bias_correction=False)).optimizer.bias_correction
        is False
    )
    with pytest.raises(ConfigError):
        SMALL.replace(lr_decay=-1)


def test_the_new_keys_defaults_are_the_design_tables():
    defaults = Config()
    assert (defaults.lr_schedule, defaults.lr_decay, defaults.lr_period) == ("none", 0.1, 100)
    assert defaults.bias_correction is True and defaults.outliers == 0.0
    assert Trainer(SMALL).optimizer.lr == SMALL.lr  # no schedule: the configured rate
