"""The hyper-parameter search without Qt: sampling (core.search), short trainings and the
child's JSON lines (core.search_run), and `visualizer search`."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import numpy as np
import pytest

from visualizer.app import main
from visualizer.core import search
from visualizer.core.config import Config, ConfigError
from visualizer.core.preprocessing import prepared_data
from visualizer.core.search import Box, Spec, Trial, best, grid_shape, points, refined
from visualizer.core.search_run import score, searchable, serve
from visualizer.core.search_run import search as run_search
from visualizer.core.trainer import Trainer

TINY = {"dataset": "blobs", "samples": 200, "depth": 1, "width": 8, "batch_size": 32}


def test_the_search_values_import_no_engine_and_no_qt():
    code = (
        "import sys, visualizer.core.search; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', "
        "'visualizer.core.trainer'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("budget", "shape"),
    [(1, (1, 1)), (2, (2, 1)), (4, (2, 2)), (9, (3, 3)), (10, (3, 3)), (12, (4, 3))],
)
def test_a_grid_is_the_largest_near_square_within_the_budget(budget, shape):
    assert grid_shape(budget) == shape
    assert len(points(Spec("grid", budget))) == shape[0] * shape[1] <= budget


def test_grid_points_sit_at_cell_centres_and_random_ones_anywhere_in_the_box():
    box = Box((-3.0, 1.0), (-6.0, -3.0))
    grid = points(Spec("grid", 9, box=box))
    assert sorted(set(np.round(grid[:, 0], 6))) == pytest.approx([-7 / 3, -1.0, 1 / 3])
    assert sorted(set(np.round(grid[:, 1], 6))) == pytest.approx([-5.5, -4.5, -3.5])
    chosen = points(Spec("random", 50, box=box, seed=3))
    assert len(np.unique(chosen[:, 0])) == 50
    assert np.all((chosen[:, 0] >= -3) & (chosen[:, 0] <= 1))
    assert np.all((chosen[:, 1] >= -6) & (chosen[:, 1] <= -3))
    again = points(Spec("random", 50, box=box, seed=3))
    np.testing.assert_array_equal(chosen, again)  # a seed gives the same points
    assert not np.array_equal(chosen, points(Spec("random", 50, box=box, seed=4)))
    assert not np.array_equal(chosen, points(Spec("random", 50, box=box, seed=3, round=2)))


def test_refining_halves_the_box_around_the_best_trial():
    spec = Spec("random", 4, box=Box((-3.0, 1.0), (-6.0, -3.0)))
    nan = float("nan")
    trials = [
        Trial(1, 0, -2.0, -5.0, 0.5, 1.0, False),
        Trial(1, 1, 0.0, -4.0, 0.9, 0.3, False),
        Trial(1, 2, 0.5, -3.5, nan, nan, True),
    ]
    assert best(trials) is trials[1]
    fine = refined(spec, trials)
    assert fine.round == 2 and (fine.method, fine.budget, fine.steps) == ("random", 4, 100)
    assert fine.box == Box((-1.0, 1.0), (-4.75, -3.25))
    assert refined(spec, trials[2:]).box == spec.box  # every training diverged
    assert best(trials[2:]) is None


def test_bad_search_settings_are_one_line_errors():
    with pytest.raises(ConfigError, match="search method"):
        Spec("bayes")
    with pytest.raises(ConfigError, match=r"budget: 0 is out of range; allowed: 1\.\.400"):
        Spec(budget=0)
    with pytest.raises(ConfigError, match="steps"):
        Spec(steps=True)
    with pytest.raises(ConfigError, match="lr range"):
        Box((1.0, -1.0))
    with pytest.raises(ConfigError, match="decay range"):
        Box(decay=(-20.0, -1.0))
    with pytest.raises(ConfigError, match="regression set"):
        searchable(Config(dataset="sine", loss="mse"))
    with pytest.raises(ConfigError, match="test_fraction"):
        searchable(Config(**TINY, test_fraction=0.0))


def test_trials_and_specs_travel_as_json():
    trial = Trial(2, 3, -1.5, -4.0, float("nan"), float("nan"), True)
    text = json.dumps(trial.to_dict(), allow_nan=False)
    back = Trial.from_dict(json.loads(text))
    assert (back.round, back.index, back.diverged) == (2, 3, True) and np.isnan(back.accuracy)
    assert json.loads(text)["lr"] == pytest.approx(10**-1.5)
    spec = Spec("grid", 6, 40, Box((-2.0, 0.0), (-5.0, -4.0)), seed=7, round=2)
    assert Spec.from_dict(json.loads(json.dumps(spec.to_dict()))) == spec


def test_quiet_training_is_the_same_training_without_records():
    config = Config(**TINY, lr=0.3)
    loud, quiet = Trainer(config), Trainer(config, quiet=True)
    loud.start()
    for _ in range(20):
        loud.step()
        quiet.step()
    for a, b in zip(loud.network.params(), quiet.network.params(), strict=True):
        np.testing.assert_array_equal(a, b)
    assert len(loud.timeline.records) > 10 and len(quiet.timeline.records) == 0


def test_a_search_scores_each_point_on_the_held_out_split():
    config = Config(**TINY)
    spec = Spec("grid", 4, 30, Box((-2.0, 0.0), (-6.0, -4.0)))
    heard = []
    trials = run_search(config, spec, heard.append)
    assert heard == trials and [t.index for t in trials] == [0, 1, 2, 3]
    for trial, (log_lr, log_decay) in zip(trials, points(spec), strict=True):
        assert (trial.log_lr, trial.log_decay) == (log_lr, log_decay)
        trainer = Trainer(config.replace(lr=10**log_lr, weight_decay=10**log_decay))
        for _ in range(30):
            trainer.step()
        loss, accuracy = trainer.evaluate(trainer.x_test, trainer.y_test)
        assert (trial.accuracy, trial.loss) == pytest.approx((accuracy, loss))
    diverged = score(Config(**TINY), prepared_data(Config(**TINY)), 6.0, -6.0, 30)
    assert np.isnan(diverged).all()


def test_the_child_answers_in_json_lines():
    request = {"config": Config(**TINY).to_dict(), "spec": Spec("random", 3, 10).to_dict()}
    out = io.StringIO()
    assert serve(json.dumps(request), out) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [list(line) for line in lines] == [["trial"]] * 3 + [["done"]]
    assert lines[-1]["done"] == 3
    for bad, message in (
        ("{", "malformed request"),
        (json.dumps({**request, "spec": {**request["spec"], "budget": 0}}), "budget"),
        (json.dumps({**request, "config": {"dataset": "sine", "loss": "mse"}}), "regression"),
    ):
        out = io.StringIO()
        assert serve(bad, out) == 2
        assert message in json.loads(out.getvalue())["error"]


# visualizer search -------------------------------------------------------------------------
def test_the_command_line_search_writes_a_report(tmp_path, capsys):
    out = tmp_path / "search.json"
    sets = [f"{key}={value}" for key, value in TINY.items()]
    arguments = ["--steps", "20", "--method", "grid", "--budget", "4", "--rounds", "2"]
    code = main(["search", "--set", *sets, *arguments, "--json", str(out)])
    assert code == 0
    report = json.loads(out.read_text())
    assert [entry["round"] for entry in report["rounds"]] == [1, 2]
    first, second = report["rounds"]
    assert first["learning_rates"] == 2 and len(first["trials"]) == 4
    assert first["box"] == {
        "log10_lr": list(search.LR_RANGE),
        "log10_decay": list(search.DECAY_RANGE),
    }
    width = second["box"]["log10_lr"][1] - second["box"]["log10_lr"][0]
    assert width == pytest.approx((search.LR_RANGE[1] - search.LR_RANGE[0]) / 2)
    accuracies = [t["accuracy"] for e in report["rounds"] for t in e["trials"] if t["accuracy"]]
    assert report["best"]["accuracy"] == max(accuracies)
    assert report["config"]["depth"] == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("round 1 (grid, 4 trainings, 2 learning rates): best")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--steps", "0"], "search steps: 0 is out of range"),
        (["--steps", "5", "--budget", "0"], "search budget"),
        (["--steps", "5", "--rounds", "0"], "--rounds"),
        (["--steps", "5", "--lr-range", "1", "-1"], "lr range"),
        (["--steps", "5", "--set", "dataset=sine", "loss=mse"], "regression"),
        (["--steps", "5", "--run", "lr=1"], "unrecognized arguments"),
        (["--steps", "5", "--json", "/nonexistent/x.json"], "does not exist"),
    ],
)
def test_command_line_mistakes_are_one_line_and_exit_2(arguments, message, capsys):
    assert main(["search", "--set", "dataset=blobs", "samples=100", *arguments]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
