"""Issue 17, the classroom's screen: the first window within the screen's available area, a
remembered geometry put back on a smaller screen, the lesson dock as tall as its text, and
presenter mode's larger text fitting a 1280 x 720 projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from visualizer.core import lessons
from visualizer.core.config import Config
from visualizer.core.window_model import DEFAULT_POINTS
from visualizer.ui import i18n, presenter
from visualizer.ui.main_window import MainWindow
from visualizer.ui.screen_fit import fit_to_screen, keep_on_screen

pytestmark = pytest.mark.gui
SCREENS = {
    "1280x720": QRect(0, 0, 1280, 720),
    "1366x768": QRect(0, 0, 1366, 768),
    "1920x1080 less a task bar": QRect(0, 0, 1920, 1040),
}


@pytest.fixture
def window(qtbot):
    win = MainWindow([Config()], live=False)
    qtbot.addWidget(win)
    win.model.open_lesson(lessons.get("seed_experiment"), apply=False)
    win.show()
    yield win
    presenter.apply_font_size(win, DEFAULT_POINTS)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_first_window_fits_the_available_area(window, screen):
    """It was always 1600 x 1000: larger than the most common classroom screens."""
    area = SCREENS[screen]
    fit_to_screen(window, area)
    assert area.contains(window.frameGeometry())
    if area.width() >= 1600 and area.height() >= 1000:
        assert window.size().toTuple() == (1600, 1000)
    else:  # a sensible share: most of the screen
        assert window.width() >= 0.9 * area.width() and window.height() >= 0.9 * area.height()


def test_a_remembered_geometry_too_large_for_this_screen_is_fitted_again(window):
    window.setGeometry(0, 0, 1600, 1000)  # saved on a larger screen
    keep_on_screen(window, SCREENS["1366x768"])
    assert SCREENS["1366x768"].contains(window.frameGeometry())
    window.setGeometry(100, 80, 1000, 640)  # fits: stays where it was
    keep_on_screen(window, SCREENS["1366x768"])
    assert window.geometry() == QRect(100, 80, 1000, 640)


def fitted(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.lesson._fit_timer.isActive())
    qtbot.wait(50)


def test_the_lesson_dock_takes_the_height_its_text_needs(qtbot, window):
    """It kept about a fifth of the window (210 px) for two lines."""
    window.resize(1240, 684)
    fitted(qtbot, window)
    panel = window.lesson.panel
    title = window.lesson_dock.height() - panel.height()
    assert window.lesson_dock.height() <= panel.needed_height() + title + 8
    assert panel.text.verticalScrollBar().maximum() == 0  # all of it shows
    assert window.lesson_dock.height() < 210


def test_presenter_text_fits_a_1280_by_720_screen(qtbot, window):
    """At 18 pt the window's minimum was 1353 x 747 (the activations' option row and the
    optimizer race's column) and the question ran off the cover."""
    window.set_font_size(18)
    assert window.minimumSizeHint().width() <= 1240 and window.minimumSizeHint().height() <= 684
    window.resize(1240, 684)
    for _ in range(3):  # step 4 asks a question
        window.model.next()
    fitted(qtbot, window)
    cover = window.lesson.cover
    assert cover.isVisible()
    assert cover._needed_height(cover.hint.isVisibleTo(cover)) <= cover.height()
    assert window.lesson_dock.height() <= 0.25 * window.height() + 1


@pytest.fixture
def korean():
    """A window in Korean; not handed to qtbot: the language switch deletes the English
    one it replaces, and the conftest closes whichever window is left."""
    yield MainWindow([Config()], live=False).set_language("ko")
    i18n.install("en")


def korean_lesson(korean: MainWindow, name: str, width: int, height: int) -> MainWindow:
    korean.model.open_lesson(lessons.get(name), apply=False)
    korean.resize(width, height)
    korean.show()
    return korean


def test_the_covers_reminder_lies_below_the_question_in_korean_at_1280_by_720(qtbot, korean):
    """batch_size's first question in Korean: the layout gave the wrapped reminder of the
    keys one line and set it under the Reveal button."""
    window = korean_lesson(korean, "batch_size", 1240, 684)
    fitted(qtbot, window)
    cover = window.lesson.cover
    question, hint = cover.question, cover.hint
    assert cover.isVisible() and hint.isVisible()
    assert hint.heightForWidth(hint.width()) > hint.fontMetrics().height()  # it wraps
    assert hint.height() >= hint.heightForWidth(hint.width())
    assert question.height() >= question.layout().totalHeightForWidth(question.width())
    assert hint.geometry().top() >= question.geometry().bottom()
    assert hint.geometry().bottom() <= cover.height()


def test_the_optimizer_race_fits_its_plot_on_a_1280_by_720_screen_in_korean(qtbot, korean):
    """The one-line title held the plot wider than its tab (its right part cut off, with
    the legend's), and the legend over the plot hid the paths."""
    race = korean_lesson(korean, "optimizer_paths", 1202, 675).views["race"]
    qtbot.waitUntil(lambda: race.races_done() >= 1 and not race.busy())
    qtbot.wait(50)
    assert race.isVisible() and "<br>" in race.plot.titleLabel.text  # the start below
    assert race.plot.width() <= race.graphics.width()
    legend = race.legend.sceneBoundingRect()
    assert legend.right() <= race.graphics.width()
    assert not legend.intersects(race.plot.vb.sceneBoundingRect())
    assert "최솟값까지" in race.legend.items[0][1].text
