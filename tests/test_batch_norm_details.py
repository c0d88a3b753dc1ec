"""Batch norm's details: its learned gamma and beta in the layer statistics, the run JSON,
the timeline and the Batch norm panel; its position before or after the activation."""

from __future__ import annotations

import math

import numpy as np
import pytest

from visualizer.core.config import Config
from visualizer.core.report import build_report, train
from visualizer.core.session import Session

SMALL = {"dataset": "blobs", "depth": 3, "width": 8, "batch_size": 32, "lr": 0.1}


def test_layer_statistics_hold_gamma_and_beta_over_the_units():
    trainer = train(Config(**SMALL, batch_norm=True), 30)[0]
    trainer.probe()
    for layer, stats in zip(trainer.network.layers, trainer.last_stats, strict=True):
        assert stats.gamma_mean == pytest.approx(float(layer.norm.gamma.mean()))
        assert stats.gamma_std == pytest.approx(float(layer.norm.gamma.std()))
        assert stats.beta_mean == pytest.approx(float(layer.norm.beta.mean()))
        assert stats.beta_std == pytest.approx(float(layer.norm.beta.std()))
        assert stats.gamma_std > 0 and stats.beta_std > 0  # training moved them
    report = build_report(trainer, 30, 1.0)
    assert report["layers"][0]["batch_norm"] == {
        "gamma_mean": trainer.last_stats[0].gamma_mean,
        "gamma_std": trainer.last_stats[0].gamma_std,
        "beta_mean": trainer.last_stats[0].beta_mean,
        "beta_std": trainer.last_stats[0].beta_std,
    }
    plain = train(Config(**SMALL), 1)[0]
    assert math.isnan(plain.last_stats[0].gamma_mean)
    assert build_report(plain, 1, 1.0)["layers"][0]["batch_norm"] is None


def test_the_timeline_keeps_gamma_and_beta_for_an_earlier_step():
    session = Session([Config(**SMALL, batch_norm=True)])
    for _ in range(20):
        session.step(record=False)
    start = (
        session.runs[0].trainer.timeline.records[0].layers(session.runs[0].trainer.timeline.fixed)
    )
    assert start[0].gamma_mean == 1.0 and start[0].beta_mean == 0.0  # as initialized
    session.seek(20)
    moved = session.frame().runs[0].layers[0]
    assert moved.gamma_std > 0 and moved.beta_std > 0


@pytest.mark.gui
def test_the_panel_draws_each_batch_norm_runs_means_and_a_message_without(qtbot):
    from visualizer.ui.panels.batch_norm import BatchNormPanel

    base = Config(**SMALL, batch_norm=True)
    session = Session([base, base.replace(batch_norm=False), base.replace(lr=0.3)])
    for _ in range(10):
        session.step(record=True)
    frame = session.frame()
    panel = BatchNormPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    panel.show_frame(frame)
    assert panel.message() == ""
    for run in (0, 2):
        means = [layer.gamma_mean for layer in frame.runs[run].layers]
        np.testing.assert_allclose(panel.values(run, "gamma"), means)
        betas = [layer.beta_mean for layer in frame.runs[run].layers]
        np.testing.assert_allclose(panel.values(run, "beta"), betas)
    assert len(panel.values(1, "gamma")) == 0  # run B has no batch norm
    plain = Session([Config(**SMALL)])
    panel.show_frame(plain.frame())
    assert "batch normalization" in panel.message()


def test_the_command_line_refuses_a_bad_position_or_bias_in_one_line(capsys):
    from test_cli import assert_user_error

    assert_user_error(
        capsys,
        ["run", "--steps", "0", "--set", "batch_norm_position=inside"],
        "batch_norm_position",
        "before, after",
    )
    assert_user_error(
        capsys, ["run", "--steps", "0", "--set", "bias_init=2"], "bias_init", "-1 <= bias_init <= 1"
    )
