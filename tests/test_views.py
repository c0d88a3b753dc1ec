"""The lesson views: timeline, activation curve, decision map, network diagram and the
optimizer race panel, on real frames (core.race itself: tests/test_race.py)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from view_frames import POINTS, make_frame

from visualizer.core import activations
from visualizer.core import race as core_race
from visualizer.core.datasets import load_dataset
from visualizer.core.saturation import saturation_zones


# timeline ------------------------------------------------------------------------------
def test_timeline_images_are_the_histories(panel, spiral_frame):
    from visualizer.ui.panels.timeline import TimelinePanel

    view = panel(TimelinePanel)
    assert view.extras == frozenset({"histories"})
    view.show_frame(spiral_frame)
    history = spiral_frame.runs[0].activation_history
    assert history.shape[1] == 6  # the build's probe + 5 recorded steps
    assert view.layer_count() == 3 and list(view.shown_layers()) == [0, 1, 2]
    for position in range(3):
        shown = view.image_data(position)
        assert shown.shape == history[position].shape == (6, spiral_frame.runs[0].config.bins)
        np.testing.assert_allclose(shown, history[position])
        assert view.image_item(position).image.shape == shown.shape
    view.set_kind("gradients")
    np.testing.assert_allclose(view.image_data(1), spiral_frame.runs[0].gradient_history[1])
    assert view.side_count() == 1


def test_timeline_layer_picker_for_deep_nets(panel):
    from visualizer.ui.panels.timeline import MAX_SHOWN, TimelinePanel

    frame = make_frame({"histories"}, steps=2, depth=9, width=8)
    view = panel(TimelinePanel)
    view.show_frame(frame)
    assert view.layer_count() == 9
    assert len(view.shown_layers()) == MAX_SHOWN
    view.first_box.setValue(4)
    assert list(view.shown_layers()) == [3, 4, 5, 6, 7, 8]
    np.testing.assert_allclose(view.image_data(0), frame.runs[0].activation_history[3])
    assert view.first_box.maximum() == 9 - MAX_SHOWN + 1


def test_timeline_compares_sides_and_waits_without_histories(panel):
    from visualizer.ui.panels.timeline import TimelinePanel

    frame = make_frame({"histories"}, steps=2, b={"activation": "tanh", "depth": 2})
    view = panel(TimelinePanel)
    view.show_frame(frame)
    assert view.side_count() == 2
    np.testing.assert_allclose(view.image_data(1, side=1), frame.runs[1].activation_history[1])
    view.show_frame(make_frame(set(), steps=1))
    assert "Waiting" in view.message()


# activation curve ------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["sigmoid", "relu"])
def test_activation_curve_is_the_registry_function(panel, name):
    from visualizer.ui.panels.activation_curve import ActivationCurvePanel

    frame = make_frame(set(), steps=2, activation=name)
    view = panel(ActivationCurvePanel)
    assert view.extras == frozenset()
    view.show_frame(frame)
    z, f, df = view.curve_data()
    act = activations.create(name)
    assert z[0] <= -6 and z[-1] >= 6
    np.testing.assert_allclose(f, act.function(z))
    np.testing.assert_allclose(df, act.derivative(z))
    edges, shown = view.histogram_data()
    last = frame.runs[0].layers[-1].pre_activation_hist  # default: the last hidden layer
    np.testing.assert_array_equal(edges, last.edges)
    np.testing.assert_allclose(shown, last.counts / last.counts.sum())
    assert act.formula in view.formula_text()
    zones = view.saturation_zones()
    if name == "relu":  # f' stays 1 for z > 0: ReLU never saturates, nothing is shaded
        assert len(zones) == 0 and np.isnan(view.saturated_share())
    else:  # sigmoid: |f'| < 10 % of its peak 0.25 beyond |z| = 3.637, to the plot's edges
        np.testing.assert_allclose(zones, [[z[0], -3.6369], [3.6369, z[-1]]], atol=1e-4)
        core = saturation_zones(name)  # the zones the statistic counts (tests/test_stats.py)
        np.testing.assert_array_equal(zones, np.clip(core, z[0], z[-1]))
        layer = frame.runs[0].layers[-1]
        assert view.saturated_share() == layer.saturated_fraction
        assert f"{100 * layer.saturated_fraction:.0f}%" in view.share_text()


def test_activation_curve_layer_picker_and_cache(panel, spiral_frame):
    from visualizer.ui.drawing import activation_plot
    from visualizer.ui.panels.activation_curve import ActivationCurvePanel

    view = panel(ActivationCurvePanel)
    view.show_frame(spiral_frame)
    assert view.layer_index() == 2
    view.layer_box.setValue(1)
    assert view.layer_index() == 0
    first = spiral_frame.runs[0].layers[0].pre_activation_hist
    np.testing.assert_array_equal(view.histogram_data()[0], first.edges)
    before = activation_plot.curve.cache_info().hits
    view.show_frame(spiral_frame)
    view.layer_box.setValue(2)
    assert activation_plot.curve.cache_info().hits > before


def test_activation_curve_maxout_and_two_sides(panel):
    from visualizer.ui.panels.activation_curve import ActivationCurvePanel

    frame = make_frame(set(), steps=1, activation="maxout", b={"activation": "tanh"})
    view = panel(ActivationCurvePanel)
    view.show_frame(frame)
    assert view.side_count() == 2
    assert view.curve_data(0)[0].size == 0  # maxout: no single curve
    assert "linear pieces" in view.formula_text()
    np.testing.assert_array_equal(
        view.histogram_data(0)[0], frame.runs[0].layers[-1].pre_activation_hist.edges
    )
    z, f, _ = view.curve_data(1)
    np.testing.assert_allclose(f, np.tanh(z))


# decision map ----------------------------------------------------------------------------
def test_decision_map_and_points_for_spiral(panel, spiral_frame):
    from visualizer.ui.panels.decision import LEVELS, DecisionPanel, table_index

    view = panel(DecisionPanel)
    assert view.extras == frozenset({"decision"})
    view.set_run_data(POINTS[id(spiral_frame)])
    view.show_frame(spiral_frame)
    decision = spiral_frame.runs[0].decision
    np.testing.assert_array_equal(view.class_image(), decision.classes)
    table = view.colors(3)
    rgba = view.rgba_image()
    assert rgba.shape == (*decision.classes.shape, 4)
    np.testing.assert_array_equal(rgba, table[table_index(decision, 3)])
    # each pixel's colour is its class's row of the table
    shown_class = np.zeros(decision.classes.shape, dtype=int)
    for k in range(3):
        rows = table[k * LEVELS : (k + 1) * LEVELS]
        match = (rgba[:, :, None, :] == rows[None, None]).all(axis=3).any(axis=2)
        shown_class[match] = k
    np.testing.assert_array_equal(shown_class, decision.classes)
    config = spiral_frame.runs[0].config
    data = load_dataset("spiral", samples=config.samples, noise=config.noise, seed=config.seed)
    assert view.point_counts() == (len(data.x_train), len(data.x_test)) == (160, 40)
    assert view.message() == ""


def test_decision_message_for_other_datasets_and_two_sides(panel):
    from visualizer.ui.panels.decision import DecisionPanel

    frame = make_frame(
        {"decision"}, steps=1, dataset="moons", b={"dataset": "gaussian", "input_dim": 4}
    )
    view = panel(DecisionPanel)
    view.set_run_data(POINTS[id(frame)])
    view.show_frame(frame)
    assert view.side_count() == 2
    assert view.message(0) == ""
    assert "2D dataset" in view.message(1) and "spiral" in view.message(1)
    np.testing.assert_array_equal(view.class_image(0), frame.runs[0].decision.classes)
    sine = make_frame({"decision"}, steps=1, dataset="sine", loss="mse")
    view.set_run_data(POINTS[id(sine)])
    view.show_frame(sine)  # a 1D regression: its fitted curve instead
    assert view.side_count() == 1 and view.message(0) == ""
    np.testing.assert_array_equal(view.fit_curve(0)[1], sine.runs[0].decision.y)


# network diagram -------------------------------------------------------------------------
def test_diagram_links_and_sign_colours(panel, spiral_frame):
    from visualizer.ui.panels.network_diagram import NetworkDiagramPanel

    view = panel(NetworkDiagramPanel)
    assert view.extras == frozenset({"network"})
    view.show_frame(spiral_frame)
    weights = spiral_frame.runs[0].weights
    assert view.link_count() == sum(w.size for w in weights) == 2 * 8 + 8 * 8 * 2 + 8 * 3
    assert view.node_count() == 2 + 8 * 3 + 3
    values = np.concatenate([w.reshape(-1) for w in weights])
    np.testing.assert_allclose(view.link_values(), values)
    colors = view.link_colors()
    positive, negative = set(colors[values > 0]), set(colors[values < 0])
    assert positive and negative and not positive & negative
    flipped = dataclasses.replace(spiral_frame.runs[0], weights=tuple(-w for w in weights))
    view.show_frame(dataclasses.replace(spiral_frame, runs=(flipped,)))
    assert set(view.link_colors()[values > 0]) <= negative
    assert set(view.link_colors()[values < 0]) <= positive
    view.set_mode("gradients")
    np.testing.assert_allclose(
        view.link_values(), np.concatenate([g.reshape(-1) for g in flipped.weight_grads])
    )
    assert view.link_count() == values.size


def test_diagram_caps_inputs_and_explains_big_nets(panel):
    from visualizer.ui.drawing.diagram_data import MAX_INPUTS
    from visualizer.ui.panels.network_diagram import NetworkDiagramPanel

    frame = make_frame(
        {"network"},
        steps=1,
        dataset="digits",
        depth=2,
        width=12,
        b={"dataset": "digits", "depth": 2, "width": 40},
    )
    view = panel(NetworkDiagramPanel)
    view.show_frame(frame)
    assert frame.runs[0].n_features == 64
    assert view.link_count(0) == MAX_INPUTS * 12 + 12 * 12 + 12 * 10
    assert view.link_count(1) == 0 and "width ≤ 16" in view.message(1)
    maxout = make_frame({"network"}, steps=1, activation="maxout", width=6, depth=2)
    view.show_frame(maxout)
    assert maxout.runs[0].weights[0].shape == (2, 12)  # k = 2 pieces per unit
    assert view.link_count() == 2 * 6 + 6 * 6 + 6 * 3


# optimizer race panel --------------------------------------------------------------------
def test_race_panel_draws_and_recomputes_off_the_gui_thread(panel, qtbot, spiral_frame):
    from visualizer.ui.panels.optimizer_race import OptimizerRacePanel

    view = panel(OptimizerRacePanel)
    assert view.extras == frozenset()
    qtbot.waitUntil(lambda: view.races_done() >= 1 and not view.busy())
    expected = core_race.race(core_race.BOOK_ORDER, 30)
    assert set(view.paths()) == set(core_race.BOOK_ORDER)
    for name, path in expected.items():
        np.testing.assert_allclose(view.paths()[name], path)
        x, y = view.curves[name].getData()
        np.testing.assert_allclose(np.column_stack([x, y]), path)
    view.show_frame(spiral_frame)  # frames change nothing
    done = view.races_done()
    view.lr_boxes["sgd"].setValue(0.3)
    qtbot.waitUntil(lambda: view.races_done() > done and not view.busy())
    np.testing.assert_allclose(
        view.paths()["sgd"], core_race.race(["sgd"], 30, {"sgd": 0.3})["sgd"]
    )
    view.checks["momentum"].setChecked(False)
    view.checks["rmsprop"].setChecked(True)
    view.steps_box.setValue(50)
    qtbot.waitUntil(lambda: not view.busy())
    assert set(view.paths()) == {"sgd", "adagrad", "rmsprop", "adam"}
    assert view.paths()["rmsprop"].shape == (51, 2)
    assert not view.curves["momentum"].isVisible()
    view.reset_rates()
    qtbot.waitUntil(lambda: not view.busy())
    assert view.learning_rates()["sgd"] == 0.95
