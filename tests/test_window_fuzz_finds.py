"""What the window fuzz (tools/fuzz_window.py) found, each pinned by a small test."""

from __future__ import annotations

import pytest

from visualizer.core.config import Config
from visualizer.ui.export import trained_frame
from visualizer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
SMALL = Config(dataset="blobs", samples=200, depth=2, width=8, batch_size=16)


@pytest.fixture
def window(qtbot):
    win = MainWindow([SMALL], live=False)
    qtbot.addWidget(win)
    win.show()
    return win


def test_runs_in_columns_with_different_depths(window):
    """Run B is deeper: run A's column has no plot for B's extra layers (the fuzz saw
    'Cannot set range [-inf, inf]' from the histogram panel)."""
    runs = [SMALL, SMALL.replace(depth=4)]
    frame, points = trained_frame(runs, 2)
    window.show_run_data(points)
    window.show_frame(frame)
    panel = window.views["activations"]
    panel.set_columns(True)
    assert panel.in_columns()
    titles = [plot.titleLabel.text for plot in panel.layer_plots()]
    assert "A · Layer 3" in titles and "B · Layer 3" in titles
    empty = titles.index("A · Layer 3")  # run A has two layers: nothing drawn there
    assert not panel.curve(empty, 0).isVisible()
    assert panel.curve(titles.index("B · Layer 3"), 1).isVisible()
