"""The optimization lessons' texts, checked on real runs."""

import numpy as np
import pytest
from claims import (
    column,
    config,
    every_run,
    fresh,
    question,
    quiet,
    recent,
    stat,
    trained,
    window,
)

from visualizer.core import lessons, race
from visualizer.core.report import train

SEEDS = (0, 1, 2)


@pytest.mark.parametrize("seed", SEEDS)
def test_optimizer_race_at_adams_rate_adam_falls_much_faster_than_sgd(seed):
    config_a, config_b = config("optimizer_race"), config("optimizer_race", "B")
    assert config_a.lr == config_b.lr == 0.001
    assert (config_a.optimizer, config_b.optimizer) == ("sgd", "adam")
    a = trained("optimizer_race", 100, seed=seed)
    b = trained("optimizer_race", 100, "B", seed=seed)
    assert recent(a, "train_loss") > 2.0  # 2.3: SGD at lr 0.001 has barely started
    assert recent(b, "train_loss") < 0.5  # 0.1 .. 0.25
    assert recent(b, "train_accuracy") > 0.85


@pytest.mark.parametrize("seed", SEEDS)
def test_exploding_gradients_grows_a_thousandfold_and_clipping_stops_only_the_nan(seed):
    asked = question("exploding_gradients")
    assert asked.answer_texts()[asked.correct].startswith("Still far from trained")
    trainer = fresh("exploding_gradients", seed=seed)
    stds = stat(trainer, "activation_std")  # 0.68 .. 900
    assert 300 < stds[-1] / stds[0] < 10_000  # 1300
    assert 1.3 < (stds[-1] / stds[0]) ** (1 / (len(stds) - 1)) < 1.7  # 1.46 per layer
    grads = stat(trainer, "activation_grad_std")  # 0.54 at layer 1, 2.6e-4 at layer 20
    assert 300 < grads[0] / grads[-1] < 10_000  # 2100
    a = trained("exploding_gradients", 50, seed=seed)
    assert a.status == "diverged" and a.diverged_at <= 3  # 2
    assert np.isnan(column(a, "train_loss")[-1])
    b = trained("exploding_gradients", 100, "B", seed=seed)
    loss = column(b, "train_loss")
    assert b.status == "ok" and np.all(np.isfinite(loss))  # never NaN
    assert 1000 < loss[0] < 10_000  # "a loss in the thousands": 3546
    assert recent(b, "train_loss", 10) > 10  # "still above 10": 12.3, 22.1, ..
    assert recent(b, "test_accuracy", 10) < 0.5  # "below 50 %": 0.24, .., 0.48


def test_optimizer_paths_sgd_zigzags_momentum_overshoots_adagrad_goes_straight_in():
    assert lessons.get("optimizer_paths").view == "race"
    paths = race.race(race.BOOK_ORDER, 30)  # the race view's default: the book's four, 30 steps
    sgd, momentum = paths["sgd"], paths["momentum"]
    flips = {name: int(np.sum(np.diff(np.sign(path[:, 1])) != 0)) for name, path in paths.items()}
    assert flips["sgd"] == 30  # from wall to wall at every step
    assert abs(sgd[-1, 0]) > 0.2  # while creeping along the floor: x = -0.35
    assert momentum[:, 0].max() > 0.5  # rolls on past the minimum at x = 0: 0.90
    assert flips["adagrad"] == 0  # not a single zigzag
    distances = {name: float(np.hypot(*path[-1])) for name, path in paths.items()}
    assert min(distances, key=distances.get) == "adagrad"  # 0.12 (sgd 0.36, adam 0.35)


def test_momentum_local_minimum_sgd_stops_in_the_hollow_momentum_rolls_over():
    lesson = lessons.get("momentum_local_minimum")
    assert (lesson.view_at(1), lesson.surface_at(1)) == ("race", "hill")
    hill = race.SURFACES.get("hill")
    xs = np.linspace(-6.0, -2.0, 4001)
    slope = np.diff(hill.value(xs, 0.0))
    hollow, top = xs[1:-1][np.sign(slope[:-1]) != np.sign(slope[1:])]  # -4.47, -3.41
    assert hollow == pytest.approx(-4.5, abs=0.05) and top == pytest.approx(-3.4, abs=0.05)
    assert hill.minimum[0] == pytest.approx(0.2, abs=0.05)
    ends = {
        name: path[-1] for name, path in race.race(race.CLASSIC_LRS, 30, surface="hill").items()
    }
    for name in ("sgd", "adagrad", "rmsprop"):  # stop in the hollow
        assert np.hypot(*(ends[name] - (hollow, 0.0))) < 0.1, name
    for name in ("momentum", "nesterov", "adam"):  # over the hill: 0.49, -1.35, -2.32
        assert ends[name][0] > top + 1.0, name
    assert np.hypot(*(ends["momentum"] - hill.minimum)) < 0.5  # 0.32, to the global minimum
    for lr in (0.1, 0.3, 0.5, 0.95, 1.5, 1.9):  # no rate takes SGD over the hill
        sgd = race.race(["sgd"], 200, {"sgd": lr}, surface="hill")["sgd"]
        assert sgd[:, 0].max() < top and abs(sgd[-1, 0] - hollow) < 0.05, lr
    assert pytest.approx(1.0) == 0.1 / (1 - 0.9)  # momentum's effective step: SGD's 0.95


def test_optimizers_dlfs_sgd_is_slowest_and_adagrad_leads_at_first():
    runs = every_run("optimizers_dlfs", 100)
    assert [(run.config.optimizer, run.config.lr) for run in runs] == [
        ("sgd", 0.01),
        ("momentum", 0.01),
        ("adagrad", 0.01),
        ("adam", 0.001),
    ]
    sgd, momentum, adagrad, adam = (window(run, "train_loss", 90, 100) for run in runs)
    assert sgd > 1.0  # 1.49
    assert max(momentum, adagrad, adam) < 0.35  # 0.21, 0.05, 0.09
    early = [window(run, "train_loss", 40, 60) for run in runs]  # 1.92, 0.44, 0.12, 0.28
    assert int(np.argmin(early)) == 2 and early[2] < 0.6 * min(early[1], early[3])


def test_optimizers_more_nesterov_leads_momentum_and_adagrad_slows_while_rmsprop_keeps_going():
    momentum, nesterov = every_run("optimizers_more", 100, step=0)
    assert (momentum.config.optimizer, nesterov.config.optimizer) == ("momentum", "nesterov")
    around_50 = [window(run, "train_loss", 40, 60) for run in (momentum, nesterov)]
    assert 0.7 < around_50[1] / around_50[0] < 0.92  # 0.82: nearly 20 % lower
    adagrad, rmsprop = (quiet(config) for config in lessons.get("optimizers_more").configs(1))
    assert (adagrad.config.optimizer, rmsprop.config.optimizer) == ("adagrad", "rmsprop")
    for run in (adagrad, rmsprop):
        train(run.config, 10, trainer=run)  # the last step measures the update ratios
        run.first_ratio = np.mean(run.update_ratios)
        train(run.config, 490, trainer=run)
    assert 0.7 < adagrad.first_ratio / rmsprop.first_ratio < 1.4  # same size: 1.8e-3, 2.0e-3
    assert np.mean(adagrad.update_ratios) < adagrad.first_ratio / 5  # tenfold smaller: 1.9e-4
    assert np.mean(rmsprop.update_ratios) > rmsprop.first_ratio / 3  # kept: 1.1e-3
    assert recent(rmsprop, "train_loss", 20) < recent(adagrad, "train_loss", 20) / 5  # .02, .18
