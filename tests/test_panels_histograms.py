"""The per-layer histograms. Fed real frames from a Session (no training process, no
window): what each panel draws must be exactly what the frame says."""

from __future__ import annotations

import numpy as np
import pytest
from panel_frames import GAUSSIAN, SMALL, data, make_frame, shares

from visualizer.core.layer_stats import GRAD_LOG_RANGE
from visualizer.ui.drawing.plotting import short_number
from visualizer.ui.drawing.small_multiples import padded
from visualizer.ui.panels.curves import CurvesPanel
from visualizer.ui.panels.histograms import PAGE_SIZE, HistogramPanel
from visualizer.ui.theme import current

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("kind", ["activations", "gradients", "weights"])
def test_one_plot_per_hidden_layer(panel_for, frame, kind):
    panel = panel_for(HistogramPanel, kind)
    panel.show_frame(frame)
    assert panel.layer_count() == 3
    assert panel.plot_count() == 3
    assert not panel.heatmap_active()
    assert panel.visible_layers() == range(3)


def test_unknown_kind_is_an_error():
    with pytest.raises(ValueError, match="biases"):
        HistogramPanel("biases")


@pytest.mark.parametrize(
    ("kind", "attribute"),
    [("activations", "activation_hist"), ("weights", "weight_hist")],
)
def test_histogram_curves_are_shares_on_the_frame_edges(panel_for, frame, kind, attribute):
    panel = panel_for(HistogramPanel, kind)
    panel.show_frame(frame)
    for position, stats in enumerate(frame.runs[0].layers):
        hist = getattr(stats, attribute)
        x, y = data(panel.curve(position))
        np.testing.assert_array_equal(x, hist.edges)
        np.testing.assert_allclose(y, shares(hist))
        assert y.sum() == pytest.approx(1.0)
        assert not panel.curve(position, run=1).visible


def test_gradient_panel_toggles_between_log10_and_linear(panel_for, frame):
    panel = panel_for(HistogramPanel, "gradients")
    panel.show_frame(frame)
    assert panel.log_box.isChecked()  # log10|g| by default: vanishing shows as a shift
    for position, stats in enumerate(frame.runs[0].layers):
        x, y = data(panel.curve(position))
        np.testing.assert_array_equal(x, stats.grad_log_hist.edges)
        np.testing.assert_allclose(y, shares(stats.grad_log_hist))
        assert panel.layer_plots()[position].x_range == padded(GRAD_LOG_RANGE)
    panel.log_box.setChecked(False)
    for position, stats in enumerate(frame.runs[0].layers):
        x, y = data(panel.curve(position))
        np.testing.assert_array_equal(x, stats.grad_hist.edges)
        np.testing.assert_allclose(y, shares(stats.grad_hist))
        low, high = panel.layer_plots()[position].x_range
        assert low <= stats.grad_hist.edges[0] and high >= stats.grad_hist.edges[-1]


def test_activation_panel_can_show_pre_activations(panel_for, frame):
    panel = panel_for(HistogramPanel, "activations")
    panel.show_frame(frame)
    panel.pre_box.setChecked(True)
    for position, stats in enumerate(frame.runs[0].layers):
        x, y = data(panel.curve(position))
        np.testing.assert_array_equal(x, stats.pre_activation_hist.edges)
        np.testing.assert_allclose(y, shares(stats.pre_activation_hist))
        caption = f"σ {short_number(stats.pre_activation_std)}"  # the spread of z
        assert panel.layer_plots()[position].captions[0][0] == caption


@pytest.mark.parametrize(("activation", "x_range"), [("sigmoid", (0, 1)), ("tanh", (-1, 1))])
def test_bounded_activations_have_their_fixed_range(panel_for, activation, x_range):
    frame = make_frame(GAUSSIAN.replace(activation=activation, init="glorot_normal"), seconds=0)
    panel = panel_for(HistogramPanel, "activations")
    panel.show_frame(frame)
    for plot in panel.layer_plots():  # padded, so a spike in an end bin stays visible
        assert plot.x_range == padded(x_range)


def test_share_y_gives_every_layer_the_same_scale(panel_for, frame):
    panel = panel_for(HistogramPanel, "weights")
    panel.show_frame(frame)
    for plot, stats in zip(panel.layer_plots(), frame.runs[0].layers, strict=True):
        assert plot.y_range[1] >= shares(stats.weight_hist).max()
    panel.share_y_box.setChecked(True)
    tops = {plot.y_range[1] for plot in panel.layer_plots()}
    assert len(tops) == 1
    assert tops.pop() >= max(shares(s.weight_hist).max() for s in frame.runs[0].layers)


def test_depth_change_gives_that_many_plots(panel_for):
    panel = panel_for(HistogramPanel, "activations")
    for depth in (3, 7, 2):
        panel.show_frame(make_frame(GAUSSIAN.replace(depth=depth), seconds=0))
        assert panel.layer_count() == depth
        assert panel.plot_count() == depth
        assert len(panel.layer_plots()) == depth


def test_deep_network_gets_a_heat_map_with_one_row_per_layer(panel_for, deep_frame):
    panel = panel_for(HistogramPanel, "gradients")
    panel.show_frame(deep_frame)
    assert panel.heatmap_active() and panel.heatmap_box.isChecked()
    assert panel.plot_count() == 0
    matrix = panel.heatmap_matrix()
    expected = np.array([shares(s.grad_log_hist) for s in deep_frame.runs[0].layers])
    np.testing.assert_allclose(matrix, expected)  # log10 edges are shared: no re-binning
    assert tuple(panel.heatmap_plot().viewRange()[0]) == GRAD_LOG_RANGE


def test_heat_map_rebins_differing_edges_onto_one_axis(panel_for, deep_frame):
    panel = panel_for(HistogramPanel, "weights")
    panel.show_frame(deep_frame)
    matrix = panel.heatmap_matrix()
    assert matrix.shape[0] == 30
    np.testing.assert_allclose(matrix.sum(axis=1), 1.0)
    low, high = panel.heatmap_plot().viewRange()[0]
    assert low <= min(s.weight_hist.edges[0] for s in deep_frame.runs[0].layers)
    assert high >= max(s.weight_hist.edges[-1] for s in deep_frame.runs[0].layers)


def test_small_multiples_of_a_deep_network_come_in_pages(panel_for, deep_frame):
    panel = panel_for(HistogramPanel, "activations")
    panel.show_frame(deep_frame)
    panel.set_heatmap(False)
    assert not panel.heatmap_box.isChecked()
    assert panel.plot_count() == PAGE_SIZE
    assert panel.page_box.count() == 3 and panel.page_box.isVisible()
    panel.page_box.setCurrentIndex(2)
    assert panel.visible_layers() == range(24, 30)
    assert panel.plot_count() == 6
    assert panel.layer_plots()[0].title == "Layer 25"
    np.testing.assert_allclose(
        data(panel.curve(0))[1], shares(deep_frame.runs[0].layers[24].activation_hist)
    )
    panel.set_heatmap(None)  # back to automatic
    assert panel.heatmap_active() and panel.plot_count() == 0


def test_runs_in_columns_get_one_plot_per_layer_and_run(panel_for, ab_frame):
    panel = panel_for(HistogramPanel, "activations")
    panel.show_frame(ab_frame)
    assert panel.columns_box.isVisible() and panel.plot_count() == 3
    panel.set_columns(True)
    assert panel.plot_count() == 6  # 3 layers x 2 runs, run A in the left column
    for position in range(6):
        layer, run = divmod(position, 2)
        assert panel.curve(position, run).visible
        assert not panel.curve(position, 1 - run).visible
        hist = ab_frame.runs[run].layers[layer].activation_hist
        np.testing.assert_allclose(data(panel.curve(position, run))[1], shares(hist))
    panel.set_columns(False)
    assert panel.plot_count() == 3


def test_four_runs_overlay_in_four_colours_and_line_styles(panel_for):
    runs = [SMALL.replace(activation=name) for name in ("sigmoid", "tanh", "relu", "leaky_relu")]
    frame = make_frame(*runs, seconds=0)
    panel = panel_for(HistogramPanel, "activations")
    panel.show_frame(frame)
    pens = [panel.curve(0, run).pen for run in range(4)]
    assert len({p.color().name() for p in pens}) == 4
    assert len({p.style() for p in pens}) == 4
    curves = panel_for(CurvesPanel)
    curves.show_frame(frame)
    names = [label.text for _sample, label in curves.legend.items]
    assert names[:4] == [
        f"{run} · {name}"
        for run, name in zip("ABCD", ["sigmoid", "tanh", "relu", "leaky_relu"], strict=True)
    ]


def test_ab_frame_overlays_side_b(panel_for, ab_frame):
    panel = panel_for(HistogramPanel, "activations")
    panel.show_frame(ab_frame)
    assert panel.plot_count() == 3
    for position in range(3):
        for side, snapshot in enumerate((ab_frame.runs[0], ab_frame.runs[1])):
            curve = panel.curve(position, side)
            assert curve.visible
            hist = snapshot.layers[position].activation_hist
            np.testing.assert_allclose(data(curve)[1], shares(hist))
    panel.set_heatmap(True)
    assert panel.heatmap_matrix(1).shape[0] == 3
    assert panel.heatmap_plot(1).scene() is not None


def test_small_multiples_paint_every_run_in_its_colour(panel_for, ab_frame):
    panel = panel_for(HistogramPanel, "activations")
    panel.show_frame(ab_frame)
    image = panel.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    theme = current()
    assert theme.runs[0] in colours and theme.runs[1] in colours
