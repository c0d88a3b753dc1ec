"""The input cloud view: a 2D run's training points raw, centred, decorrelated and
whitened, as the training process sends them (the GUI thread transforms nothing)."""

from __future__ import annotations

import numpy as np
import pytest

from visualizer.core.config import Config
from visualizer.core.keys import INPUT_CLOUD_STAGES as STAGES
from visualizer.core.session import Session
from visualizer.ui.panels.input_cloud import InputCloudPanel

pytestmark = pytest.mark.gui
SMALL = {"dataset": "tilted", "depth": 1, "width": 4}


def shown(qtbot, *configs: Config) -> InputCloudPanel:
    session = Session(list(configs))
    panel = InputCloudPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 360)
    panel.show()
    panel.set_run_data({data.run_id: data for data in session.take_run_data()})
    panel.show_frame(session.frame())
    return panel


def test_the_four_pictures_are_the_sent_stages_with_the_runs_named_on_theirs(qtbot):
    base = Config(**SMALL)
    panel = shown(qtbot, base, base.replace(preprocess="whiten"), base.replace(preprocess="pca"))
    assert panel.message() == ""
    raw, centred, rotated, whitened = (panel.points(stage) for stage in range(len(STAGES)))
    assert raw.mean(axis=0) == pytest.approx([1.5, 1.0], abs=0.1)  # off the origin
    np.testing.assert_allclose(centred.mean(axis=0), 0.0, atol=1e-5)
    cov = np.cov(rotated.T, bias=True)
    assert abs(cov[0, 1]) < 1e-4 * cov[0, 0] and cov[0, 0] > 20 * cov[1, 1]
    np.testing.assert_allclose(np.cov(whitened.T, bias=True), np.eye(2), atol=1e-3)
    assert panel.titles() == ["Raw · A", "Centred", "Decorrelated (PCA) · C", "Whitened · B"]


def test_runs_on_other_data_are_not_named_and_non_2d_data_gets_a_message(qtbot):
    base = Config(**SMALL)
    panel = shown(qtbot, base, base.replace(seed=1, preprocess="center"))
    assert panel.titles()[1] == "Centred"  # B reads other points: not this cloud's
    digits = shown(qtbot, Config(dataset="digits", depth=1, width=4))
    assert "2D dataset" in digits.message()
