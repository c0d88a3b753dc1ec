"""The activation histograms' evaluation mode through the real window, in the lesson that
needs it: batch norm's running averages lag the batch statistics early, agree later."""

from __future__ import annotations

import numpy as np
import pytest
from windows import SPAWN_TIMEOUT

from visualizer.core import lessons
from visualizer.core.protocol import Extra

pytestmark = pytest.mark.gui
LESSON = "batchnorm_train_eval"


def drawn(curve) -> np.ndarray:
    return np.asarray(curve.y)


def shares(histogram) -> np.ndarray:
    return histogram.counts / histogram.counts.sum()


def stds(layers) -> np.ndarray:
    return np.array([layer.activation_std for layer in layers])


@pytest.fixture
def window(make_window):
    win = make_window(lessons.get(LESSON).configs())
    win.apply_view("light", LESSON)
    win.model.reveal()  # its first step asks before it shows
    return win


def test_evaluation_mode_histograms_lag_early_and_agree_later(qtbot, window):
    panel = window.views["activations"]
    assert panel.eval_box.isVisible() and window.views["gradients"].eval_box.isHidden()
    assert Extra.EVAL_STATS not in window.controller._extras
    assert window.frame.runs[0].eval_layers is None
    panel.eval_box.setChecked(True)
    assert Extra.EVAL_STATS in window.controller._extras  # asked for as soon as toggled
    qtbot.waitUntil(lambda: window.frame.runs[0].eval_layers is not None, timeout=SPAWN_TIMEOUT)
    qtbot.waitUntil(lambda: window._drawn is window.frame, timeout=SPAWN_TIMEOUT)
    run = window.frame.runs[0]
    for position, stats in enumerate(run.eval_layers):  # the eval-mode histograms drawn
        np.testing.assert_allclose(drawn(panel.curve(position)), shares(stats.activation_hist))
    batch, running = stds(run.layers), stds(run.eval_layers)
    assert batch.min() > 0.4 and running.max() < 0.05  # step 0: 0.57 .. 0.59 against < 0.03
    window.controller.set_speed(0)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.frame.runs[0].step >= 100, timeout=SPAWN_TIMEOUT)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: not window.frame.running, timeout=SPAWN_TIMEOUT)
    window.step_action.trigger()  # a step's frame: its own eval statistics, at once
    stepped = window.frame.runs[0].step + 1
    qtbot.waitUntil(lambda: window.frame.runs[0].step == stepped, timeout=SPAWN_TIMEOUT)
    qtbot.waitUntil(lambda: window._drawn is window.frame, timeout=SPAWN_TIMEOUT)
    run = window.frame.runs[0]
    np.testing.assert_allclose(stds(run.eval_layers), stds(run.layers), rtol=0.1)  # agree
    np.testing.assert_allclose(drawn(panel.curve(0)), shares(run.eval_layers[0].activation_hist))
    panel.eval_box.setChecked(False)
    assert Extra.EVAL_STATS not in window.controller._extras
    qtbot.waitUntil(lambda: window._drawn is window.frame, timeout=SPAWN_TIMEOUT)
    np.testing.assert_allclose(drawn(panel.curve(0)), shares(run.layers[0].activation_hist))
