"""The real window driven with qtbot: a real training process, real frames, real panels."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from windows import SPAWN_TIMEOUT

from visualizer.core.config import Config
from visualizer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
SMALL = Config(dataset="blobs", samples=300, depth=3, width=16, batch_size=32, seed=3)


@pytest.fixture
def window(make_window):
    return make_window([SMALL])


def wait_for(qtbot, win, predicate, timeout=SPAWN_TIMEOUT):
    qtbot.waitUntil(lambda: win.frame is not None and predicate(win.frame), timeout=timeout)
    return win.frame


def test_first_frame_fills_one_histogram_per_layer(window):
    assert window.frame.runs[0].step == 0
    assert window.views["activations"].layer_count() == 3
    assert window.status_label.text().startswith("step 0")


def test_depth_change_rebuilds_with_that_many_plots(qtbot, window):
    window.controls.panel_a.bindings["depth"].widget.spin.setValue(7)
    wait_for(qtbot, window, lambda f: f.runs[0].config.depth == 7)
    qtbot.waitUntil(lambda: window.views["activations"].layer_count() == 7)
    window.controls.panel_a.bindings["depth"].widget.spin.setValue(2)
    wait_for(qtbot, window, lambda f: f.runs[0].config.depth == 2)
    qtbot.waitUntil(lambda: window.views["activations"].layer_count() == 2)


def test_play_trains_and_pause_stops(qtbot, window):
    window.play_action.trigger()
    frame = wait_for(qtbot, window, lambda f: f.running and f.runs[0].step >= 20)
    assert len(frame.runs[0].history["step"]) > 1
    assert window.play_action.text() == "Pause"
    window.play_action.trigger()
    frame = wait_for(qtbot, window, lambda f: not f.running)
    stopped_at = frame.runs[0].step
    qtbot.wait(300)
    assert window.frame.runs[0].step == stopped_at


def test_step_advances_exactly_one_step(qtbot, window):
    window.step_action.trigger()
    wait_for(qtbot, window, lambda f: f.runs[0].step == 1)
    window.step_action.trigger()
    frame = wait_for(qtbot, window, lambda f: f.runs[0].step == 2)
    assert not frame.running


def run_steps(qtbot, window, steps):
    for expected in range(window.frame.runs[0].step + 1, window.frame.runs[0].step + steps + 1):
        window.step_action.trigger()
        wait_for(qtbot, window, lambda f, e=expected: f.runs[0].step == e)
    return window.frame.runs[0].history


def test_reset_returns_to_step_zero_with_identical_curves(qtbot, window):
    first = run_steps(qtbot, window, 8)
    window.reset_action.trigger()
    frame = wait_for(qtbot, window, lambda f: f.runs[0].step == 0)
    assert len(frame.runs[0].history["step"]) == 1
    second = run_steps(qtbot, window, 8)
    for column in ("train_loss", "test_loss", "test_accuracy"):
        np.testing.assert_array_equal(first[column], second[column])


def test_diverging_configuration_shows_the_banner_and_reset_recovers(qtbot, window):
    window.apply_configs([SMALL.replace(lr=1000.0, init_scale=3.0, init="he_normal")])
    wait_for(qtbot, window, lambda f: f.runs[0].config.lr == 1000.0)
    window.play_action.trigger()
    frame = wait_for(qtbot, window, lambda f: f.runs[0].diverged)
    qtbot.waitUntil(window.banner.isVisible)
    assert f"diverged at step {frame.runs[0].diverged_at}" in window.banner.text()
    assert "diverged" in window.status_label.text()
    window.apply_configs([SMALL])
    window.reset_action.trigger()
    wait_for(qtbot, window, lambda f: not f.runs[0].diverged and f.runs[0].step == 0)
    qtbot.waitUntil(lambda: not window.banner.isVisible())


def test_unreadable_dataset_shows_an_error_and_keeps_the_last_good_config(qtbot, window, tmp_path):
    broken = tmp_path / "broken.csv"
    broken.write_text("1,2,a\n3,4,b\n")
    window.controls.panel_a.apply_value("dataset", str(broken))
    qtbot.waitUntil(window.banner.isVisible, timeout=SPAWN_TIMEOUT)
    assert "broken.csv" in window.banner.text()
    assert window.controls.panel_a.config.dataset == "blobs"


def test_every_control_changes_its_key(qtbot, window):
    panel = window.controls.panel_a
    changed = []
    window.model.runs_changed.connect(lambda configs, _by_lesson: changed.append(configs[0]))
    new_values = {
        "width": 9,
        "activation": "tanh",
        "init": "glorot_uniform",
        "init_scale": 0.5,
        "batch_norm": True,
        "dropout": 0.25,
        "weight_decay": 0.001,
        "grad_clip": 2.0,
        "optimizer": "adam",
        "lr": 0.003,
        "batch_size": 16,
        "loss": "mse",
        "dataset": "moons",
        "samples": 200,
        "noise": 0.2,
        "test_fraction": 0.3,
        "seed": 7,
        "dtype": "float64",
        "bins": 40,
        "beta1": 0.8,
        "beta2": 0.99,
        "epsilon": 1e-6,
    }
    for key, value in new_values.items():
        binding = panel.bindings[key]
        before = len(changed)
        binding.set(value)  # as the user would leave the widget...
        panel._on_widget(key)  # ...and as its change signal reports it
        assert len(changed) > before, key
        assert getattr(changed[-1], key) == value, key
        assert getattr(panel.config, key) == value, key


def test_closing_stops_the_process_and_the_reader_thread(qtbot):
    win = MainWindow([SMALL])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.frame is not None, timeout=SPAWN_TIMEOUT)
    child = win.controller._child
    reader_thread = win.controller._reader_thread
    win.close()
    assert not child.is_alive()
    assert not reader_thread.is_alive()
    assert win.controller._child is None
    assert not [t for t in threading.enumerate() if "visualizer" in t.name]


def test_samples_show_all_for_a_file_and_the_default_for_built_in_data(window, tmp_path):
    panel = window.controls.panel_a
    data = tmp_path / "points.csv"
    data.write_text("".join(f"{i},{i % 7},{i % 2}\n" for i in range(40)))
    panel.apply_value("dataset", str(data))
    assert panel.config.samples is None
    assert panel.bindings["samples"].widget.text() == "all"
    panel.apply_value("dataset", "moons")
    assert panel.bindings["samples"].widget.value() == 400


def test_choosing_an_mnist_idx_file_selects_its_folder():
    from visualizer.ui.controls import dataset_choice

    assert dataset_choice("/data/mnist/t10k-images-idx3-ubyte.gz") == "/data/mnist"
    assert dataset_choice("/data/mnist/train-labels-idx1-ubyte") == "/data/mnist"
    assert dataset_choice("/data/points.csv") == "/data/points.csv"


MNIST = Path(__file__).resolve().parents[2] / "shared" / "data" / "mnist"


@pytest.mark.skipif(not MNIST.is_dir(), reason=f"no MNIST files at {MNIST}")
def test_the_window_trains_on_the_real_mnist_folder(qtbot, window):
    window.controls.panel_a.apply_value("dataset", str(MNIST))
    frame = wait_for(qtbot, window, lambda f: f.runs[0].n_features == 784)
    assert frame.runs[0].n_classes == 10
    assert window.controls.panel_a.bindings["samples"].widget.text() == "all"
    window.step_action.trigger()
    wait_for(qtbot, window, lambda f: f.runs[0].step == 1)
