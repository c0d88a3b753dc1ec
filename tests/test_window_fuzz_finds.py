"""What the window fuzz (tools/fuzz_window.py) found, each pinned by a small test."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from visualizer.core.config import Config, ConfigError
from visualizer.export_command import trained_frame

pytestmark = pytest.mark.gui
SMALL = Config(dataset="blobs", samples=200, depth=2, width=8, batch_size=16)


@pytest.fixture
def window(make_window):
    return make_window([SMALL], live=False)


def test_runs_in_columns_with_different_depths(window):
    """Run B is deeper: run A's column has no plot for B's extra layers (the fuzz saw
    'Cannot set range [-inf, inf]' from the histogram panel)."""
    runs = [SMALL, SMALL.replace(depth=4)]
    frame, points = trained_frame(runs, 2)
    window.show_run_data(points)
    window.show_frame(frame)
    panel = window.views["activations"]
    panel.set_columns(True)
    assert panel.in_columns()
    titles = [cell.title for cell in panel.layer_plots()]
    assert "A · Layer 3" in titles and "B · Layer 3" in titles
    empty = titles.index("A · Layer 3")  # run A has two layers: nothing drawn there
    assert not panel.curve(empty, 0).visible
    assert panel.curve(titles.index("B · Layer 3"), 1).visible
    assert panel.layer_plots()[empty].x_range == (0, 1)  # a finite range, not [inf, -inf]


@pytest.mark.parametrize("alpha", [float("inf"), float("-inf"), float("nan"), "1e309"])
def test_an_alpha_that_is_no_finite_number_is_refused(window, alpha):
    """An infinite alpha reached the training process, whose NumPy warned on stderr
    ('invalid value encountered in multiply'): the configuration refuses it, and the
    Alpha field shows the run's alpha again."""
    with pytest.raises(ConfigError, match="activation_alpha"):
        SMALL.replace(activation="leaky_relu", activation_alpha=alpha)
    panel = window.controls.panel_a
    panel.apply_value("activation", "leaky_relu")
    panel.apply_value("activation_alpha", float(alpha))
    assert panel.config.activation_alpha == 0.01
    assert panel.bindings["activation_alpha"].widget.text() == "0.01"
    assert "activation_alpha" in panel.error_label.text()


def test_heat_maps_in_evaluation_mode_before_its_statistics_arrive(window):
    """Evaluation mode draws nothing until the training process sends those statistics;
    with the heat map on, run B's empty heat map raised 'zero-size array to reduction
    operation minimum' on every redraw."""
    frame, points = trained_frame([SMALL, SMALL.replace(lr=0.1)], 2)
    run_a, run_b = frame.runs
    waiting = replace(frame, runs=(run_a, replace(run_b, eval_layers=None)))  # B's not here
    window.show_run_data(points)
    window.show_frame(waiting)
    panel = window.views["activations"]
    panel.eval_box.setChecked(True)
    panel.set_heatmap(True)
    assert panel.heatmap_matrix(0).shape[0] == 2
    assert panel.heatmap_matrix(1).size == 0
    window.show_frame(frame)
    assert panel.heatmap_matrix(1).shape[0] == 2  # run B's two layers, once they are there


def test_the_theory_of_an_exploding_init_warns_nothing(tmp_path):
    """The variances predicted for init scale 1e11 at depth 20 overflow: their means made
    NumPy warn 'overflow encountered in reduce' on stderr, in the window's training
    process and in 'visualizer run' (found by the window fuzz)."""
    settings = ["dataset=blobs", "samples=200", "depth=20", "width=8", "init_scale=1e11"]
    done = subprocess.run(
        [sys.executable, "-m", "visualizer", "run", "--set", *settings, "--steps", "0"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
