"""The layer statistics by depth. Fed real frames from a Session (no training process, no
window): what each panel draws must be exactly what the frame says."""

from __future__ import annotations

import numpy as np
import pytest
from panel_frames import ATTRIBUTES, SMALL, data, make_frame

from visualizer.ui.panels.layer_stats import LayerStatsPanel

pytestmark = pytest.mark.gui


def test_layer_stats_plot_each_attribute_against_depth(panel_for, frame):
    panel = panel_for(LayerStatsPanel)
    panel.show_frame(frame)
    for attribute in ATTRIBUTES:
        x, y = data(panel.curve(0, attribute))
        np.testing.assert_array_equal(x, [1, 2, 3])
        np.testing.assert_array_equal(y, [getattr(s, attribute) for s in frame.runs[0].layers])
        assert not panel.curve(1, attribute).isVisible()
    for plot in panel.plots.values():
        assert tuple(plot.viewRange()[0]) == (0.5, 3.5)
    low, high = panel.plots["update"].viewRange()[1]
    assert low < -3 < high  # the healthy 1e-3 reference line is in view
    low, high = panel.plots["fraction"].viewRange()[1]
    assert low < 0 and high > 1


def test_layer_stats_overlay_side_b(panel_for, ab_frame):
    panel = panel_for(LayerStatsPanel)
    panel.show_frame(ab_frame)
    for attribute in ATTRIBUTES:
        y = data(panel.curve(1, attribute))[1]
        np.testing.assert_array_equal(y, [getattr(s, attribute) for s in ab_frame.runs[1].layers])
    assert panel.side_legend.scene() is not None


def test_layer_stats_follow_depth(panel_for, deep_frame, frame):
    panel = panel_for(LayerStatsPanel)
    panel.show_frame(deep_frame)
    assert len(data(panel.curve(0, "activation_std"))[0]) == 30
    assert tuple(panel.plots["gradient"].viewRange()[0]) == (0.5, 30.5)
    panel.show_frame(frame)
    assert len(data(panel.curve(0, "activation_std"))[0]) == 3


def test_the_side_legend_stays_under_the_plots_when_a_run_joins(panel_for, ab_frame, qtbot):
    """pyqtgraph's LegendItem.updateSize moves a refilled legend to (0, 0), over the first
    plot, and nothing put it back in its cell until the panel was resized."""
    panel = panel_for(LayerStatsPanel)
    panel.show_frame(ab_frame)
    qtbot.wait(50)
    three = make_frame(SMALL, SMALL.replace(lr=0.01), SMALL.replace(activation="tanh"))
    panel.show_frame(three)
    assert len(panel.side_legend.items) == 3
    legend = panel.side_legend.sceneBoundingRect()
    for plot in panel.plots.values():
        assert not legend.intersects(plot.sceneBoundingRect())
