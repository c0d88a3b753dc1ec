"""The headless command line: presets, run, the JSON contract, precedence and user errors."""

import json
import subprocess
import sys

import pytest
from helpers import strict_json

from visualizer.app import main
from visualizer.core import lessons
from visualizer.core.config import KEYS

SMALL = ["depth=2", "width=8"]
HISTORY_KEYS = ("step", "train_loss", "train_accuracy", "test_loss", "test_accuracy")


def run_json(capsys, *args):
    """`visualizer run ... --json -` in-process: (exit code, parsed report)."""
    code = main(["run", *args, "--json", "-"])
    out = capsys.readouterr().out
    assert code == 0
    return strict_json(out)


def is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def assert_user_error(capsys, argv, *fragments):
    """Exit code 2, one line on stderr naming what was wrong, no traceback."""
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.endswith("\n")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def test_presets_lists_every_lesson_by_topic_with_its_runs_and_steps(capsys):
    assert main(["presets"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == lessons.names()
    topics = [line.split()[1] for line in lines]
    assert topics == sorted(topics, key=lessons.TOPICS.index)  # grouped in course order
    for line in lines:
        lesson = lessons.get(line.split()[0])
        assert lesson.title("en") in line
        assert (f"[{lesson.run_count} runs]" in line) == (lesson.run_count > 1)
        assert (f"[{len(lesson.steps)} steps]" in line) == bool(lesson.steps)


def test_run_takes_a_lesson_file_and_trains_run_a_at_its_first_step(capsys, tmp_path):
    lesson = {
        "title": {"en": "Mine"},
        "text": {"en": "Two runs. Two steps."},
        "config": {"dataset": "moons", "depth": 2, "width": 8},
        "runs": [{"lr": 0.5}],
        "steps": [{"text": {"en": "One."}, "config": {"width": 6}}, {"text": {"en": "Two."}}],
    }
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(lesson))
    report = run_json(capsys, "--preset", str(path), "--steps", "2", "--set", "bins=7")
    config = report["config"]
    assert (config["dataset"], config["width"], config["lr"], config["bins"]) == (
        "moons",
        6,
        0.01,
        7,
    )
    assert report["steps_run"] == 2


def test_a_malformed_lesson_file_is_a_one_line_error(capsys, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"title": {"en": "x"}, "text": {"en": "y"}, "runs": [{"lr": -1}]}')
    for argv in (["run", "--steps", "0", "--preset", str(path)], ["--preset", str(path)]):
        assert_user_error(capsys, argv, "broken.json", "run B: lr: -1.0 is out of range")


def test_run_steps_0_follows_the_json_contract(capsys):
    report = run_json(capsys, "--steps", "0", "--set", "depth=3", "samples=200", "bins=12")
    config = report["config"]
    assert set(KEYS) <= set(config)
    assert config["depth"] == 3 and config["bins"] == 12 and config["dataset"] == "spiral"
    assert report["status"] == "ok"
    assert report["steps"] == 0
    assert is_number(report["timing"]["seconds"])
    assert is_number(report["timing"]["steps_per_second"])

    history = report["history"]
    lengths = {len(history[key]) for key in HISTORY_KEYS}
    assert lengths == {1}
    assert history["step"] == [0]

    layers = report["layers"]
    assert [layer["name"] for layer in layers] == ["hidden1", "hidden2", "hidden3"]
    assert [(lay["fan_in"], lay["fan_out"]) for lay in layers] == [(2, 100), (100, 100), (100, 100)]
    probe_values = 160 * 100  # 200 samples, 20 % held out: 160 probe rows x 100 units
    for layer in layers:
        assert is_number(layer["weights"]["mean"]) and is_number(layer["weights"]["std"])
        act = layer["activations"]
        for key in ("mean", "std", "dead_fraction", "saturated_fraction"):
            assert is_number(act[key]), key
        assert 0 <= act["dead_fraction"] <= 1 and 0 <= act["saturated_fraction"] <= 1
        edges, counts = act["hist"]["edges"], act["hist"]["counts"]
        assert len(edges) == 13 and len(counts) == 12
        assert all(is_number(e) for e in edges) and edges == sorted(edges)
        assert all(isinstance(c, int) for c in counts)
        assert sum(counts) == probe_values
        grads = layer["gradients"]
        assert is_number(grads["weight_grad_norm"]) and is_number(grads["activation_grad_std"])


def test_run_history_columns_have_equal_length(capsys):
    report = run_json(capsys, "--steps", "7", "--set", *SMALL)
    assert report["steps"] == 7
    history = report["history"]
    assert {len(history[key]) for key in HISTORY_KEYS} == {8}
    assert history["step"] == list(range(8))
    assert report["timing"]["steps_per_second"] > 0


def test_set_takes_several_pairs_and_may_be_repeated(capsys):
    report = run_json(
        capsys, "--steps", "0", "--set", "depth=2", "width=8", "--set", "bins=10", "--set", "seed=3"
    )
    config = report["config"]
    assert (config["depth"], config["width"], config["bins"], config["seed"]) == (2, 8, 10, 3)
    assert len(report["layers"]) == 2


def test_precedence_defaults_preset_config_file_set(capsys, tmp_path):
    config_file = tmp_path / "cfg.json"
    config_file.write_text(json.dumps({"depth": 2, "width": 8, "bins": 10}))
    report = run_json(
        capsys,
        *("--preset", "relu_xavier", "--config", str(config_file), "--steps", "0"),
        *("--set", "depth=3"),
    )
    config = report["config"]
    assert config["init"] == "glorot_normal"  # preset over default
    assert config["dataset"] == "gaussian"  # preset over default
    assert config["width"] == 8  # config file over preset
    assert config["bins"] == 10  # config file over default
    assert config["depth"] == 3  # --set over config file
    assert config["optimizer"] == "sgd"  # default
    assert len(report["layers"]) == 3


def test_json_path_writes_the_report_file(capsys, tmp_path):
    target = tmp_path / "report.json"
    assert main(["run", "--steps", "2", "--set", *SMALL, "--json", str(target)]) == 0
    assert "ok" in capsys.readouterr().out  # the summary line goes to stdout
    report = strict_json(target.read_text())
    assert report["status"] == "ok" and report["steps"] == 2


def test_run_in_a_real_subprocess():
    result = subprocess.run(
        [sys.executable, "-m", "visualizer", "run", "--steps", "3", "--set", *SMALL, "--json", "-"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = strict_json(result.stdout)
    assert report["status"] == "ok" and len(report["layers"]) == 2
    assert report["history"]["step"] == [0, 1, 2, 3]


def test_a_user_error_in_a_real_subprocess_is_one_line_exit_2():
    result = subprocess.run(
        [sys.executable, "-m", "visualizer", "run", "--steps", "0", "--set", "depth=0"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "depth" in result.stderr and "1..50" in result.stderr


def test_unknown_key_error(capsys):
    assert_user_error(capsys, ["run", "--steps", "0", "--set", "depht=3"], "depht", "depth")


def test_out_of_range_error(capsys):
    assert_user_error(capsys, ["run", "--steps", "0", "--set", "depth=0"], "depth", "1..50")


def test_non_number_error(capsys):
    assert_user_error(capsys, ["run", "--steps", "0", "--set", "lr=abc"], "lr", "abc")


def test_malformed_json_config_error(capsys, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json")
    assert_user_error(capsys, ["run", "--steps", "0", "--config", str(path)], "bad.json")


def test_missing_config_file_error(capsys, tmp_path):
    path = tmp_path / "missing.json"
    assert_user_error(capsys, ["run", "--steps", "0", "--config", str(path)], "missing.json")


def test_unknown_preset_error(capsys):
    assert_user_error(capsys, ["run", "--steps", "0", "--preset", "nope"], "nope", "relu_he")


def test_unknown_dataset_error(capsys):
    assert_user_error(capsys, ["run", "--steps", "0", "--set", "dataset=nope"], "nope", "spiral")


def test_missing_steps_error(capsys):
    assert_user_error(capsys, ["run", "--set", *SMALL], "--steps")


def test_negative_steps_error(capsys):
    assert_user_error(capsys, ["run", "--steps", "-1"], "--steps")


def test_json_into_a_missing_folder_error(capsys, tmp_path):
    target = tmp_path / "nowhere" / "report.json"
    argv = ["run", "--steps", "0", "--set", *SMALL, "--json", str(target)]
    assert_user_error(capsys, argv, "nowhere")
    assert not target.exists()


def test_json_onto_a_folder_error(capsys, tmp_path):
    argv = ["run", "--steps", "0", "--set", *SMALL, "--json", str(tmp_path)]
    assert_user_error(capsys, argv, "--json")


def test_missing_dataset_file_error(capsys, tmp_path):
    path = tmp_path / "missing.csv"
    assert_user_error(capsys, ["run", "--steps", "0", "--set", f"dataset={path}"], "missing.csv")


def test_test_fraction_leaving_no_training_samples_error(capsys):
    argv = ["run", "--steps", "0", "--set", "samples=10", "test_fraction=0.95"]
    assert_user_error(capsys, argv, "test_fraction")


def test_negative_seed_runs_or_is_a_one_line_error(capsys):
    code = main(["run", "--steps", "0", "--set", *SMALL, "seed=-1"])
    assert code in (0, 2)
    assert "Traceback" not in capsys.readouterr().err


def test_a_failed_run_leaves_an_existing_json_file_intact(capsys, tmp_path):
    target = tmp_path / "report.json"
    target.write_text('{"old": true}')
    assert main(["run", "--steps", "0", "--set", "lr=abc", "--json", str(target)]) == 2
    assert target.read_text() == '{"old": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary left


def test_a_diverging_run_reports_diverged_with_strict_json(capsys):
    pairs = ["lr=1000", "activation=relu", "dataset=digits", "init_scale=3"]
    report = run_json(capsys, "--steps", "30", "--set", *pairs)
    assert report["status"] == "diverged"
    assert report["steps"] == 30
    history = report["history"]
    assert len({len(history[key]) for key in HISTORY_KEYS}) == 1
    assert history["step"][-1] < 30  # stopped early


def test_window_without_a_display_is_a_one_line_error(capsys, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 2
    assert "no display" in capsys.readouterr().err


def test_window_with_an_unknown_preset_is_a_one_line_error(capsys):
    assert main(["--preset", "nope"]) == 2
    assert "unknown lesson 'nope'" in capsys.readouterr().err


def test_the_json_report_has_the_whole_runs_timeline(capsys):

    assert main(["run", "--set", *SMALL, "--steps", "12", "--json", "-"]) == 0
    report = strict_json(capsys.readouterr().out)
    timeline = report["timeline"]
    assert timeline["steps"] == list(range(13))  # step 0 (the probe) and every step
    layer = timeline["layers"][0]
    assert layer["name"] == "hidden1"
    bins = timeline["bins"]
    for kind in ("activations", "gradients_log10"):
        assert len(layer[kind]["counts"]) == 13 == len(layer[kind]["range"])
        assert all(len(counts) == bins for counts in layer[kind]["counts"])
    assert layer["gradients_log10"]["range"][5] == [-12.0, 2.0]


@pytest.mark.slow
def test_four_run_reports_show_the_dlfs_orderings(capsys):
    """The JSON report of the four-run presets (`runs`, run A first) on real runs."""

    assert main(["run", "--preset", "optimizers_dlfs", "--steps", "100", "--json", "-"]) == 0
    report = strict_json(capsys.readouterr().out)
    assert [r["config"]["optimizer"] for r in report["runs"]] == [
        "sgd",
        "momentum",
        "adagrad",
        "adam",
    ]
    assert report["config"] == report["runs"][0]["config"]  # run A stays at the top level
    final = [r["history"]["train_loss"][-1] for r in report["runs"]]
    assert final[0] == max(final) > 1.0  # SGD is the slowest
    assert main(["run", "--preset", "init_compare_digits", "--steps", "300", "--json", "-"]) == 0
    runs = strict_json(capsys.readouterr().out)["runs"]
    losses = [r["history"]["train_loss"][-1] for r in runs]  # std 0.01, Xavier, He
    assert losses[0] > losses[1] > losses[2]
