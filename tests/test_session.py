"""The training process's side, without Qt: sessions, runs in lockstep, the command loop."""

from __future__ import annotations

import multiprocessing as mp
import threading
import time

import numpy as np
import pytest

from visualizer.core import process
from visualizer.core.config import Config
from visualizer.core.protocol import (
    Configure,
    Error,
    Extra,
    Frame,
    Pause,
    Play,
    Quit,
    Report,
    RequestReport,
    Reset,
    RunData,
    Step,
)
from visualizer.core.session import Session, structural_change

SMALL = Config(dataset="blobs", samples=200, depth=3, width=8, batch_size=16, seed=5)


def run(session: Session, steps: int) -> None:
    for _ in range(steps):
        session.step(record=False)


def test_identical_configurations_in_four_runs_give_identical_histories():
    session = Session([SMALL] * 4)
    run(session, 40)
    session.refresh_stats()
    frame = session.frame()
    first = frame.runs[0]
    for other in frame.runs[1:]:
        for column in ("train_loss", "train_accuracy", "test_loss", "test_accuracy"):
            np.testing.assert_array_equal(first.history[column], other.history[column])
        for mine, theirs in zip(first.layers, other.layers, strict=True):
            np.testing.assert_array_equal(
                mine.activation_hist.counts, theirs.activation_hist.counts
            )
            assert mine.weight_grad_norm == theirs.weight_grad_norm


def test_runs_share_data_batches_and_initial_weights_but_differ_where_configured():
    session = Session([SMALL, SMALL.replace(lr=0.2), SMALL.replace(optimizer="adam")])
    weights = [run.trainer.network.dense_layers()[0].W.copy() for run in session.runs]
    np.testing.assert_array_equal(weights[0], weights[1])
    np.testing.assert_array_equal(weights[0], weights[2])
    run(session, 30)
    a, b, c = session.runs
    assert a.trainer.dataset is b.trainer.dataset is c.trainer.dataset  # loaded once
    np.testing.assert_array_equal(a.trainer.x_train, b.trainer.x_train)
    np.testing.assert_array_equal(a.trainer._order, b.trainer._order)
    assert not np.array_equal(
        a.trainer.history.arrays()["train_loss"], b.trainer.history.arrays()["train_loss"]
    )


def test_per_step_keys_apply_without_a_rebuild_and_structural_keys_rebuild():
    session = Session([SMALL])
    run(session, 5)
    run_id = session.runs[0].run_id
    session.configure([SMALL.replace(lr=0.5, momentum=0.5, batch_size=8)])
    assert session.runs[0].run_id == run_id
    assert session.runs[0].trainer.optimizer.lr == 0.5
    assert session.step_count == 5
    session.configure([SMALL.replace(depth=4)])
    assert session.runs[0].run_id != run_id
    assert session.step_count == 0
    assert structural_change(SMALL, SMALL.replace(init_scale=2.0))
    assert not structural_change(SMALL, SMALL.replace(weight_decay=0.1, grad_clip=1.0))


def test_reset_rebuilds_identically():
    session = Session([SMALL])
    run(session, 12)
    first = session.frame().runs[0].history["train_loss"]
    session.reset()
    run(session, 12)
    np.testing.assert_array_equal(session.frame().runs[0].history["train_loss"], first)


def test_frames_carry_extras_only_when_asked():
    session = Session([Config(dataset="spiral", depth=2, width=8)])
    session.step(record=True)
    plain = session.frame().runs[0]
    assert plain.decision is None and plain.weights is None and plain.activation_history is None
    session.extras = frozenset(Extra)
    rich = session.frame().runs[0]
    assert rich.decision.classes.shape == (64, 64)
    assert len(rich.weights) == 3
    layers, frames, bins = rich.activation_history.shape
    assert (layers, bins) == (2, 30) and frames == 2  # steps 0 and 1
    assert rich.history_steps.tolist() == [0, 1]
    assert rich.activation_history_edges.shape == (2, 31)


def test_changing_bins_mid_run_restarts_the_histories():
    session = Session([SMALL])
    session.extras = frozenset(Extra)
    session.step(record=True)
    session.configure([SMALL.replace(bins=12)])
    session.step(record=True)
    snapshot = session.frame().runs[0]
    assert snapshot.activation_history.shape[2] == 12
    assert snapshot.gradient_history.shape == (3, 2, 12)
    assert snapshot.history_steps.tolist() == [1, 2]


def test_the_whole_run_is_recorded_and_seeking_shows_a_recorded_step():
    session = Session([SMALL, SMALL.replace(lr=0.5)])
    session.extras = frozenset({Extra.HISTORIES})
    run(session, 30)
    live = session.frame()
    assert live.live_step == 30 and not live.seeking
    assert live.runs[0].history_steps.tolist() == list(range(31))  # every step so far
    session.seek(12)
    frame = session.frame()
    assert frame.seeking and frame.live_step == 30
    for snapshot, record in zip(frame.runs, session.runs, strict=True):
        assert snapshot.step == 12
        expected = record.trainer.timeline.layers_at(12)
        np.testing.assert_array_equal(
            snapshot.layers[0].activation_hist.counts, expected[0].activation_hist.counts
        )
        assert snapshot.layers[1].weight_std == expected[1].weight_std
    assert frame.runs[0].layers[0].weight_std != live.runs[0].layers[0].weight_std
    session.play()
    assert not session.frame().seeking and session.frame().runs[0].step == 30


def test_a_scrubbed_step_draws_the_decision_map_and_weights_of_then():
    config = Config(dataset="spiral", samples=200, depth=2, width=8, lr=0.5, seed=4)
    session = Session([config])
    session.extras = frozenset({Extra.DECISION, Extra.NETWORK})
    early = session.frame().runs[0]
    run(session, 40)
    live = session.frame().runs[0]
    session.seek(0)
    then = session.frame().runs[0]
    np.testing.assert_array_equal(then.decision.classes, early.decision.classes)
    for w_then, w_early in zip(then.weights, early.weights, strict=True):
        np.testing.assert_array_equal(w_then, w_early)
    assert then.weight_grads is None  # gradients are not kept
    assert not np.array_equal(then.weights[0], live.weights[0])
    session.seek(None)
    np.testing.assert_array_equal(session.frame().runs[0].weights[0], live.weights[0])


def test_a_recorded_step_trains_exactly_as_an_unrecorded_one():
    recorded, plain = Session([SMALL]), Session([SMALL])
    run(recorded, 25)  # the timeline records every step so far
    plain.runs[0].trainer.timeline.stride = 10**9  # nothing due: no statistics taken
    run(plain, 25)
    np.testing.assert_array_equal(
        recorded.frame().runs[0].history["train_loss"], plain.frame().runs[0].history["train_loss"]
    )


def test_advance_respects_the_steps_per_second_cap():
    session = Session([SMALL])
    session.steps_cap = 20.0
    session.play()
    start = time.monotonic()
    done = 0
    while time.monotonic() - start < 0.5:
        done += session.advance(time.monotonic() + 1 / 30)
    assert 5 <= done <= 14


def test_running_stops_when_every_side_diverged():
    session = Session([SMALL.replace(lr=1e4, init_scale=5.0)])
    session.play()
    session.advance(time.monotonic() + 2.0)
    assert session.all_diverged
    assert not session.running
    assert session.frame().runs[0].diverged


def test_report_json_has_the_run_contract():
    session = Session([SMALL])
    run(session, 3)
    import json

    report = json.loads(session.report_json())
    assert report["steps"] == 3 and report["status"] == "ok"
    assert [layer["name"] for layer in report["layers"]] == ["hidden1", "hidden2", "hidden3"]


@pytest.fixture
def served():
    """`process.serve` in a thread, talking through real pipes."""
    commands_out, commands_in = mp.Pipe(duplex=False)
    messages_out, messages_in = mp.Pipe(duplex=False)
    thread = threading.Thread(target=process.serve, args=(commands_out, messages_in, (SMALL,)))
    thread.start()
    yield commands_in, messages_out
    commands_in.send(Quit())
    thread.join(10)
    assert not thread.is_alive()


def receive(messages, kind, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if messages.poll(0.1):
            message = messages.recv()
            if isinstance(message, kind):
                return message
    raise AssertionError(f"no {kind.__name__} message")


def test_serve_sends_a_first_frame_then_obeys_commands(served):
    commands, messages = served
    assert receive(messages, Frame).step == 0
    commands.send(Step())
    assert receive(messages, Frame).step == 1
    commands.send(Play())
    frame = receive(messages, Frame)
    while frame.step < 10:
        frame = receive(messages, Frame)
    commands.send(Pause())
    commands.send(Reset())
    frame = receive(messages, Frame)
    while frame.step != 0:
        frame = receive(messages, Frame)
    assert not frame.running


def test_serve_reports_bad_configurations_and_keeps_going(served, tmp_path):
    commands, messages = served
    receive(messages, Frame)
    commands.send(Configure((SMALL.replace(dataset=str(tmp_path / "missing.csv")),)))
    assert "missing.csv" in receive(messages, Error).message
    commands.send(RequestReport(7))
    report = receive(messages, Report)
    assert report.request_id == 7 and '"status": "ok"' in report.text


def test_serve_sends_data_points_once_per_built_run(served):
    commands, messages = served
    first = receive(messages, RunData)
    assert first.x_train.shape[1] == 2 and len(first.x_train) == len(first.y_train)
    frame = receive(messages, Frame)
    assert frame.runs[0].run_id == first.run_id
    commands.send(Configure((SMALL, SMALL.replace(lr=0.1))))
    added = receive(messages, RunData)
    assert added.run_id != first.run_id  # only the new run B was built
    np.testing.assert_array_equal(added.x_train, first.x_train)
    frame = receive(messages, Frame)
    assert [run.run_id for run in frame.runs] == [first.run_id, added.run_id]


def test_commands_are_frozen_dataclasses_and_configure_checks_the_run_count():
    with pytest.raises(ValueError, match="5 runs; at most 4"):
        Configure(tuple([SMALL] * 5))
    with pytest.raises(AttributeError):
        Step().x = 1  # type: ignore[attr-defined]


def test_report_of_several_runs_keeps_run_a_at_the_top_level():
    import json

    session = Session([SMALL, SMALL.replace(lr=0.5)])
    run(session, 3)
    report = json.loads(session.report_json())
    assert report["config"]["lr"] == SMALL.lr
    assert [r["config"]["lr"] for r in report["runs"]] == [SMALL.lr, 0.5]
    assert report["runs"][0]["history"] == report["history"]


def test_advance_times_plain_and_recorded_steps_for_the_frame_pace():
    session = Session([SMALL])
    session.play()
    session.advance(time.monotonic())  # past its deadline: still a recorded and a plain step
    assert session.step_count == 2
    assert session.times.plain > 0 and session.times.record_extra >= 0
    session.advance(time.monotonic())  # the plain step's time is known: one step
    assert session.step_count == 3


def test_refreshing_the_statistics_keeps_the_last_steps_gradients():
    """The network diagram's gradient mode shows the last minibatch's dW; statistics made
    afresh from the probe batch (an export, a bin change) must not replace them."""
    session = Session([SMALL])
    run(session, 5)
    dense = session.runs[0].trainer.network.dense_layers()
    before = [d.dW.copy() for d in dense]
    session.refresh_stats()
    for layer, kept in zip(dense, before, strict=True):
        np.testing.assert_array_equal(layer.dW, kept)
