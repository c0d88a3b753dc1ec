"""The training process's side, without Qt: sessions, lockstep A/B, the command loop."""

from __future__ import annotations

import multiprocessing as mp
import threading
import time

import numpy as np
import pytest

from visualizer.core import process
from visualizer.core.config import Config
from visualizer.core.session import EXTRAS, Session, structural_change

SMALL = Config(dataset="blobs", samples=200, depth=3, width=8, batch_size=16, seed=5)


def run(session: Session, steps: int) -> None:
    for _ in range(steps):
        session.step(record=False)


def test_same_configuration_on_both_sides_gives_identical_curves():
    session = Session(SMALL, SMALL)
    run(session, 40)
    frame = session.frame()
    for column in ("train_loss", "train_accuracy", "test_loss", "test_accuracy"):
        np.testing.assert_array_equal(frame.a.history[column], frame.b.history[column])


def test_sides_share_data_and_batches_but_differ_where_configured():
    session = Session(SMALL, SMALL.replace(lr=0.2))
    run(session, 30)
    a, b = session.sides
    np.testing.assert_array_equal(a.trainer.x_train, b.trainer.x_train)
    np.testing.assert_array_equal(a.trainer._order, b.trainer._order)
    assert not np.array_equal(a.trainer.history.arrays()["train_loss"],
                              b.trainer.history.arrays()["train_loss"])  # fmt: skip


def test_per_step_keys_apply_without_a_rebuild_and_structural_keys_rebuild():
    session = Session(SMALL)
    run(session, 5)
    run_id = session.sides[0].run_id
    session.configure(SMALL.replace(lr=0.5, momentum=0.5, batch_size=8))
    assert session.sides[0].run_id == run_id
    assert session.sides[0].trainer.optimizer.lr == 0.5
    assert session.step_count == 5
    session.configure(SMALL.replace(depth=4))
    assert session.sides[0].run_id != run_id
    assert session.step_count == 0
    assert structural_change(SMALL, SMALL.replace(init_scale=2.0))
    assert not structural_change(SMALL, SMALL.replace(weight_decay=0.1, grad_clip=1.0))


def test_reset_rebuilds_identically():
    session = Session(SMALL)
    run(session, 12)
    first = session.frame().a.history["train_loss"]
    session.reset()
    run(session, 12)
    np.testing.assert_array_equal(session.frame().a.history["train_loss"], first)


def test_frames_carry_extras_only_when_asked():
    session = Session(Config(dataset="spiral", depth=2, width=8))
    session.step(record=True)
    plain = session.frame().a
    assert plain.decision is None and plain.weights is None and plain.activation_history is None
    session.extras = EXTRAS
    rich = session.frame().a
    assert rich.decision.classes.shape == (64, 64)
    assert len(rich.weights) == 3
    layers, frames, bins = rich.activation_history.shape
    assert (layers, bins) == (2, 30) and frames == 2
    assert rich.activation_history_edges.shape == (2, 31)


def test_changing_bins_mid_run_restarts_the_histories():
    session = Session(SMALL)
    session.extras = EXTRAS
    session.step(record=True)
    session.configure(SMALL.replace(bins=12))
    session.step(record=True)
    snapshot = session.frame().a
    assert snapshot.activation_history.shape[2] == 12
    assert snapshot.gradient_history.shape == (3, 1, 12)


def test_advance_respects_the_steps_per_second_cap():
    session = Session(SMALL)
    session.steps_cap = 20.0
    session.play()
    start = time.monotonic()
    done = 0
    while time.monotonic() - start < 0.5:
        done += session.advance(time.monotonic() + 1 / 30)
    assert 5 <= done <= 14


def test_running_stops_when_every_side_diverged():
    session = Session(SMALL.replace(lr=1e4, init_scale=5.0))
    session.play()
    session.advance(time.monotonic() + 2.0)
    assert session.all_diverged
    assert not session.running
    assert session.frame().a.diverged


def test_report_json_has_the_run_contract():
    session = Session(SMALL)
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
    thread = threading.Thread(target=process.serve, args=(commands_out, messages_in, SMALL))
    thread.start()
    yield commands_in, messages_out
    commands_in.send(("quit",))
    thread.join(10)
    assert not thread.is_alive()


def receive(messages, kind, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if messages.poll(0.1):
            got_kind, payload = messages.recv()
            if got_kind == kind:
                return payload
    raise AssertionError(f"no {kind} message")


def test_serve_sends_a_first_frame_then_obeys_commands(served):
    commands, messages = served
    assert receive(messages, "frame").a.step == 0
    commands.send(("step",))
    assert receive(messages, "frame").a.step == 1
    commands.send(("play",))
    frame = receive(messages, "frame")
    while frame.a.step < 10:
        frame = receive(messages, "frame")
    commands.send(("pause",))
    commands.send(("reset",))
    frame = receive(messages, "frame")
    while frame.a.step != 0:
        frame = receive(messages, "frame")
    assert not frame.running


def test_serve_reports_bad_configurations_and_keeps_going(served, tmp_path):
    commands, messages = served
    receive(messages, "frame")
    commands.send(("configure", SMALL.replace(dataset=str(tmp_path / "missing.csv")), None))
    assert "missing.csv" in receive(messages, "error")
    commands.send(("report", 0))
    assert '"status": "ok"' in receive(messages, "report")
