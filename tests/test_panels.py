"""Every panel alike: themes, translation, a diverged frame. Fed real frames from a
Session (no training process, no window)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from panel_frames import ATTRIBUTES, data

from visualizer.core.config import Config
from visualizer.core.runs import run_labels
from visualizer.ui.panels.curves import CurvesPanel
from visualizer.ui.panels.histograms import HistogramPanel
from visualizer.ui.panels.layer_stats import LayerStatsPanel
from visualizer.ui.theme import DARK, LIGHT

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("cls", "args"),
    [(HistogramPanel, ("activations",)), (CurvesPanel, ()), (LayerStatsPanel, ())],
)
def test_apply_theme_recolours_the_background(qtbot, panel_for, frame, cls, args):
    panel = panel_for(cls, *args)
    panel.show_frame(frame)
    panel.apply_theme(DARK)
    assert panel.graphics.backgroundBrush().color().name() == DARK.background
    panel.show_frame(frame)  # redrawing keeps the theme it was given
    qtbot.wait(10)
    assert panel.graphics.backgroundBrush().color().name() == DARK.background
    panel.apply_theme(LIGHT)
    assert panel.graphics.backgroundBrush().color().name() == LIGHT.background


@pytest.mark.parametrize(
    ("cls", "args", "title"),
    [
        (HistogramPanel, ("gradients",), "Gradients"),
        (CurvesPanel, (), "Loss and accuracy"),
        (LayerStatsPanel, (), "Layer statistics"),
    ],
)
def test_retranslate_and_repaint(qtbot, panel_for, ab_frame, cls, args, title):
    panel = panel_for(cls, *args)
    panel.retranslate()  # before any frame
    panel.show_frame(ab_frame)
    panel.retranslate()
    assert panel.title == title
    image = panel.grab()  # paints every item
    assert not image.isNull()


@pytest.mark.parametrize(
    ("cls", "args"),
    [
        (HistogramPanel, ("activations",)),
        (HistogramPanel, ("gradients",)),
        (HistogramPanel, ("weights",)),
        (CurvesPanel, ()),
        (LayerStatsPanel, ()),
    ],
)
def test_a_diverged_frame_draws_without_errors(panel_for, diverged, cls, args):
    frame = diverged
    panel = panel_for(cls, *args)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        panel.show_frame(frame)
        assert not panel.grab().isNull()
        if isinstance(panel, HistogramPanel):
            panel.set_heatmap(True)
            assert not panel.grab().isNull()
    if isinstance(panel, LayerStatsPanel):  # inf (and 0 on log axes) become gaps: NaN
        for attribute in ATTRIBUTES:
            curve = panel.curve(0, attribute)
            if curve.isVisible():
                assert not np.isinf(data(curve)[1]).any()


def test_run_labels_name_alpha_only_where_it_tells_runs_apart():
    small = Config(dataset="blobs", depth=3, width=16, batch_size=32, seed=1)
    leaky = small.replace(activation="leaky_relu")
    runs = [small, leaky, leaky.replace(activation_alpha=0.2), small.replace(activation="elu")]
    assert run_labels(runs) == [
        "A · relu",  # relu has no alpha
        "B · leaky_relu, α=0.01",
        "C · leaky_relu, α=0.2",
        "D · elu, α=1",
    ]
    assert run_labels(runs[:2] + runs[3:]) == ["A · relu", "B · leaky_relu", "C · elu"]
