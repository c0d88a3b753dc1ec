"""The timeline slider through the real window: every panel shows the chosen step."""

from __future__ import annotations

import numpy as np
import pytest
from windows import SPAWN_TIMEOUT

from visualizer.core.config import Config
from visualizer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
SMALL = Config(dataset="blobs", samples=300, depth=3, width=16, batch_size=32, seed=3, lr=0.1)


@pytest.fixture
def trained(qtbot):
    win = MainWindow([SMALL, SMALL.replace(optimizer="adam", lr=0.01)])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.frame is not None, timeout=SPAWN_TIMEOUT)
    win.controller.set_speed(0)
    win.play_action.trigger()
    qtbot.waitUntil(lambda: win.frame.live_step >= 60, timeout=SPAWN_TIMEOUT)
    win.play_action.trigger()
    qtbot.waitUntil(lambda: not win.frame.running, timeout=SPAWN_TIMEOUT)
    yield win
    win.close()


def drawn(curve) -> np.ndarray:
    return np.asarray(curve.getData()[1])


def test_scrubbing_puts_every_panel_at_the_chosen_step(qtbot, trained):
    win = trained
    live = win.frame
    win.scrubber.seek(20)
    qtbot.waitUntil(lambda: win.frame.seeking and win._drawn is win.frame, timeout=SPAWN_TIMEOUT)
    frame = win.frame
    assert frame.step == 20 and frame.live_step == live.live_step
    assert [run.step for run in frame.runs] == [20, 20]
    assert "step 20 of" in win.scrubber.label.text() and win.scrubber.live_button.isEnabled()
    histograms = win.views["activations"]
    for position, stats in enumerate(frame.runs[1].layers):  # run B, overlaid
        counts = stats.activation_hist.counts
        np.testing.assert_allclose(histograms.curve(position, 1).y, counts / counts.sum())
    then, now = frame.runs[0].layers[0], live.runs[0].layers[0]
    assert not np.array_equal(then.activation_hist.counts, now.activation_hist.counts)
    assert win.views["curves"].seek_step() == 20
    win.show_view("layer_stats")
    qtbot.waitUntil(lambda: win.views["layer_stats"].isVisible())
    win.scrubber.seek(30)
    qtbot.waitUntil(lambda: win.frame.step == 30 and win._drawn is win.frame, timeout=SPAWN_TIMEOUT)
    stats_curve = win.views["layer_stats"].curve(0, "weight_grad_norm")
    expected = [s.weight_grad_norm for s in win.frame.runs[0].layers]
    np.testing.assert_allclose(drawn(stats_curve), np.log10(expected), rtol=1e-6)  # log axis
    win.show_view("timeline")
    qtbot.waitUntil(lambda: win.frame.runs[0].history_steps is not None, timeout=SPAWN_TIMEOUT)
    qtbot.waitUntil(lambda: win._drawn is win.frame)
    assert win.frame.runs[0].history_steps[-1] == live.live_step  # the whole run
    marker = win.views["timeline"]._shown[0][0].marker
    assert marker.isVisible() and marker.value() == 30


def test_live_and_play_return_to_the_newest_step(qtbot, trained):
    win = trained
    win.scrubber.seek(5)
    qtbot.waitUntil(lambda: win.frame.seeking, timeout=SPAWN_TIMEOUT)
    win.scrubber.live_button.click()
    qtbot.waitUntil(
        lambda: not win.frame.seeking and win._drawn is win.frame, timeout=SPAWN_TIMEOUT
    )
    assert win.frame.step == win.frame.live_step and win.views["curves"].seek_step() is None
    win.scrubber.seek(5)
    qtbot.waitUntil(lambda: win.frame.seeking, timeout=SPAWN_TIMEOUT)
    before = win.frame.live_step
    win.play_action.trigger()
    qtbot.waitUntil(
        lambda: not win.frame.seeking and win.frame.step > before, timeout=SPAWN_TIMEOUT
    )
