"""The weight path (core.weight_path, the session's PATH extra, the Weight path view) and
the network diagram's signed gradient colours."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from visualizer.core import weight_path
from visualizer.core.config import Config
from visualizer.core.protocol import Extra
from visualizer.core.session import Session
from visualizer.core.trainer import Trainer
from visualizer.core.weight_path import NEGATIVE, OPPOSITE, POSITIVE, STILL, UnitPath

SMALL = {"dataset": "spiral", "samples": 200, "depth": 2, "width": 4, "batch_size": 1}


def traced(trainer: Trainer) -> np.ndarray:
    return trainer.network.dense_layers()[weight_path.LAYER].W[weight_path.INPUTS, 0]


def test_the_path_follows_two_weights_of_one_unit_and_the_gradients_each_step_used():
    trainer = Trainer(Config(**SMALL, activation="tanh", dtype="float64"))
    start = traced(trainer).copy()
    history = [start]
    grads = []
    for _ in range(5):
        trainer.step()
        history.append(traced(trainer).copy())
        dense = trainer.network.dense_layers()[weight_path.LAYER]
        grads.append(dense.dW[weight_path.INPUTS, 0].copy())
    path = trainer.path.path()
    np.testing.assert_array_equal(path.steps, np.arange(6))
    np.testing.assert_allclose(path.weights, np.array(history))
    assert np.isnan(path.grads[0]).all()
    np.testing.assert_allclose(path.grads[1:], np.array(grads))
    # plain SGD: each move is -lr times the gradient
    np.testing.assert_allclose(np.diff(path.weights, axis=0), -0.01 * path.grads[1:])
    assert len(trainer.path.path(until=2).steps) == 3


def test_only_the_last_steps_are_kept():
    trainer = Trainer(Config(**SMALL))
    for _ in range(weight_path.KEPT_STEPS + 20):
        trainer.step()
    path = trainer.path.path()
    assert len(path.steps) == weight_path.KEPT_STEPS
    assert path.steps[0] == 21 and path.steps[-1] == weight_path.KEPT_STEPS + 20
    assert np.all(np.diff(path.steps) == 1)
    np.testing.assert_allclose(path.weights[-1], traced(trainer))
    assert len(trainer.path.path(until=5).steps) == 0  # before the kept window


def test_a_single_unit_in_layer_one_has_no_path():
    trainer = Trainer(Config(**{**SMALL, "width": 1}))
    trainer.step()
    assert trainer.path.path() is None


def test_kinds_come_from_the_signs_of_the_two_gradients():
    grads = np.array(
        [[np.nan, np.nan], [1.0, 2.0], [-1.0, -0.5], [1.0, -1.0], [0.0, 3.0], [0.0, 0.0]]
    )
    path = UnitPath(np.arange(6), np.zeros((6, 2)), grads)
    np.testing.assert_array_equal(path.kinds(), [POSITIVE, NEGATIVE, OPPOSITE, POSITIVE, STILL])
    assert path.opposite_share() == pytest.approx(1 / 5)
    assert np.isnan(UnitPath(np.arange(1), np.zeros((1, 2)), grads[:1]).opposite_share())


@pytest.mark.parametrize(("activation", "opposite"), [("sigmoid", False), ("tanh", True)])
def test_positive_inputs_never_step_into_the_opposite_quadrants(activation, opposite):
    trainer = Trainer(Config(**SMALL, activation=activation, lr=0.5))
    for _ in range(100):
        trainer.step()
    assert (trainer.path.path().opposite_share() > 0) == opposite


def test_frames_carry_the_path_only_when_asked_and_as_of_a_seek():
    session = Session([Config(**SMALL)])
    for _ in range(6):
        session.step(record=True)
    assert session.frame().runs[0].weight_path is None
    session.extras = frozenset({Extra.PATH})
    live = session.frame().runs[0].weight_path
    assert list(live.steps) == list(range(7))
    session.seek(3)
    shown = session.frame().runs[0]
    assert shown.weight_path.steps[-1] == shown.step <= 3


# the Weight path view ---------------------------------------------------------------------
def path_frame(**changes):
    runs = [Config(**SMALL, activation="sigmoid", lr=0.5), Config(**SMALL, activation="tanh")]
    session = Session([run.replace(**changes) for run in runs])
    session.extras = frozenset({Extra.PATH, Extra.NETWORK})
    for _ in range(40):
        session.step(record=True)
    return session.frame()


def test_the_view_draws_each_step_in_the_colour_of_its_kind(qtbot):
    from visualizer.ui.panels.weight_path import WeightPathPanel

    view = WeightPathPanel()
    qtbot.addWidget(view)
    assert view.extras == frozenset({Extra.PATH})
    frame = path_frame()
    view.show_frame(frame)
    assert view.side_count() == 2
    for side, snap in enumerate(frame.runs):
        kinds = snap.weight_path.kinds()
        for kind in (POSITIVE, NEGATIVE, OPPOSITE):
            assert view.segment_count(side, kind) == int(np.sum(kinds == kind))
        assert view.opposite_share(side) == snap.weight_path.opposite_share()
    assert view.segment_count(0, OPPOSITE) == 0 < view.segment_count(1, OPPOSITE)
    assert "0%" in view._plots[0].plot.titleLabel.text


def test_the_view_explains_what_it_cannot_draw(qtbot):
    from visualizer.ui.panels.weight_path import WeightPathPanel

    view = WeightPathPanel()
    qtbot.addWidget(view)
    frame = path_frame(width=1)
    view.show_frame(frame)
    assert "single unit" in view.message(0)
    nothing = dataclasses.replace(frame.runs[0], config=Config(**SMALL), weight_path=None)
    view.show_frame(dataclasses.replace(frame, runs=(nothing,)))
    assert "Waiting" in view.message(0)
    early = dataclasses.replace(
        nothing, weight_path=UnitPath(np.zeros(0, int), np.zeros((0, 2)), np.zeros((0, 2)))
    )
    view.show_frame(dataclasses.replace(frame, runs=(early,)))
    assert str(weight_path.KEPT_STEPS) in view.message(0)
    diverged = dataclasses.replace(
        early, weight_path=UnitPath(np.arange(3), np.full((3, 2), np.nan), np.ones((3, 2)))
    )
    view.show_frame(dataclasses.replace(frame, runs=(diverged,)))
    view.grab()
    assert view.message(0) == "" and view.segment_count(0, POSITIVE) == 0


# the network diagram's signs ---------------------------------------------------------------
def test_the_diagram_colours_gradients_by_sign_and_rings_the_traced_unit(qtbot):
    from visualizer.ui.panels.network_diagram import NetworkDiagramPanel
    from visualizer.ui.theme import current

    view = NetworkDiagramPanel()
    qtbot.addWidget(view)
    view.set_mode("gradients")
    frame = path_frame()
    view.show_frame(frame)
    values = view.link_values(0)
    colors = view.link_colors(0)
    positive, negative = set(colors[values > 0]), set(colors[values < 0])
    assert positive and negative and not positive & negative
    assert "blue" in view.key_label.text() and current().signs[0] in view.key_label.text()
    # sigmoid inputs, one sample: every unit after layer 1 gets links of one colour
    first = frame.runs[0].weight_grads[0].size  # the links out of the two inputs
    later = frame.runs[0].weight_grads[1]
    into_layer_2 = colors[first : first + later.size].reshape(later.shape)  # (input, unit)
    assert all(len(set(column)) == 1 for column in into_layer_2.T)
    assert len(view._plots[0].rings.data) == 3
