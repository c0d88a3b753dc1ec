"""The window's minimum layout fits a projector's 1280 x 720 screen in both languages."""

import pytest

from visualizer.core.config import Config
from visualizer.ui.main_window import MainWindow


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_panel_fits_the_minimum_layout(qtbot, lang):
    win = MainWindow(
        [Config(dataset="moons", samples=100, depth=2, width=8)], live=False, lang=lang
    )
    qtbot.addWidget(win)
    win.show()
    hint = win.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 600, (lang, hint)
