"""Evaluation-mode layer statistics (Extra.EVAL_STATS): batch norm's running averages in
place of the batch's statistics, computed by the training process a few times a second."""

from __future__ import annotations

import numpy as np

from visualizer.core import lessons
from visualizer.core.config import Config
from visualizer.core.protocol import Extra, Frame
from visualizer.core.session import Session

BN_LESSON = "batchnorm_train_eval"
SMALL = Config(
    dataset="blobs",
    samples=200,
    depth=3,
    width=8,
    batch_size=16,
    seed=5,
    batch_norm=True,
    dropout=0.3,
)


def stds(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    """Run A's activation std per layer: training pass, evaluation mode."""
    run = frame.runs[0]
    assert run.eval_layers is not None
    return (
        np.array([layer.activation_std for layer in run.layers]),
        np.array([layer.activation_std for layer in run.eval_layers]),
    )


def train_to(session: Session, step: int) -> None:
    while session.step_count < step:
        session.step(record=session.step_count == step - 1)


def test_running_averages_differ_early_and_agree_later():
    session = Session(lessons.get(BN_LESSON).configs())
    session.extras = frozenset({Extra.EVAL_STATS})
    batch, running = stds(session.frame())
    assert batch.min() > 0.4 and running.max() < 0.05  # 0.57 .. 0.59 against 0.025 .. 0
    train_to(session, 30)
    batch, running = stds(session.frame())
    assert (running < 0.3 * batch).all()  # 0.07 .. 0.14 against 0.61 .. 0.84
    train_to(session, 100)
    batch, running = stds(session.frame())
    np.testing.assert_allclose(running, batch, rtol=0.06)  # within 3 %


def test_without_the_extra_no_evaluation_statistics_are_sent():
    session = Session([SMALL])
    assert session.frame().runs[0].eval_layers is None
    session.extras = frozenset({Extra.EVAL_STATS})
    evaluated = session.frame().runs[0].eval_layers
    assert evaluated is not None and len(evaluated) == SMALL.depth


def test_evaluation_statistics_change_nothing_in_training():
    watched, plain = Session([SMALL]), Session([SMALL])
    watched.extras = frozenset({Extra.EVAL_STATS, Extra.NETWORK})
    plain.extras = frozenset({Extra.NETWORK})
    for _ in range(25):
        for session in (watched, plain):
            session.step(record=True)
        frames = watched.frame(), plain.frame()
        seen, unseen = (frame.runs[0] for frame in frames)
        for a, b in zip(seen.weight_grads, unseen.weight_grads, strict=True):
            np.testing.assert_array_equal(a, b)  # gradients put back after the eval pass
        assert [s.activation_std for s in seen.layers] == [s.activation_std for s in unseen.layers]
    for a, b in zip(seen.weights, unseen.weights, strict=True):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(seen.history["train_loss"], unseen.history["train_loss"])


def test_evaluation_statistics_are_computed_at_most_every_interval():
    trainer = Session([SMALL]).runs[0].trainer
    first = trainer.eval_stats(wait=0.0)
    assert trainer.eval_stats(wait=0.0) is first  # same step: kept
    trainer.step()
    assert trainer.eval_stats(wait=60.0) is first  # newer step, but too soon
    fresh = trainer.eval_stats(wait=0.0)
    assert fresh is not first
    assert trainer.eval_stats(wait=0.0) is fresh


def test_a_seek_shows_the_evaluation_statistics_of_the_state_kept_then():
    session = Session(lessons.get(BN_LESSON).configs())
    session.extras = frozenset({Extra.EVAL_STATS})
    train_to(session, 100)
    session.seek(0)
    _, running = stds(session.frame())
    assert running.max() < 0.05  # the running averages of step 0, not of step 100
    session.seek(None)
    batch, running = stds(session.frame())
    np.testing.assert_allclose(running, batch, rtol=0.06)
