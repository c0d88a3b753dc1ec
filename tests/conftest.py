"""Test set-up: Qt offscreen, settings in a scratch folder, no window outliving its test."""

import functools
import gc
import os
import shutil
import tempfile

import pytest

from visualizer.core.threads import BLAS_ENV

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One BLAS thread, as the app's training process uses: small matrices gain nothing from
# two, and a second thread fights the spawned training processes for the two cores.
for _name in BLAS_ENV:
    os.environ.setdefault(_name, "1")
# QSettings on Linux lives under XDG_CONFIG_HOME: keep the user's own settings untouched.
CONFIG_HOME = tempfile.mkdtemp(prefix="visualizer-test-config-")
os.environ["XDG_CONFIG_HOME"] = CONFIG_HOME
# The teacher's own lessons (My lessons) live under XDG_DATA_HOME: the same, for them.
os.environ["XDG_DATA_HOME"] = os.path.join(CONFIG_HOME, "data")


def pytest_collection_finish(session):
    """Put everything alive once the tests are collected (modules, classes, Qt's and NumPy's
    bindings: never garbage) out of the collector's sight, so the collection after each
    test below scans only what was made since (about 45 ms less a test)."""
    gc.collect()
    gc.freeze()


def pytest_unconfigure(config):
    """Remove the scratch settings folder when the run ends: nothing left in the temp dir."""
    shutil.rmtree(CONFIG_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def close_top_level_widgets():
    """Close and delete every top-level widget a test leaves behind (as magicgui does)."""
    yield
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        if widget.parent() is None and not _owned_elsewhere(widget):
            widget.close()
            widget.deleteLater()
    app.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Collect the wrappers now, on the GUI thread: a collection triggered later in a
    # worker thread must not be the one that finalizes Qt widgets.
    gc.collect()


def _owned_elsewhere(widget) -> bool:
    """pyqtgraph's parentless menus, and the plain QWidgets inside them, belong to its plots:
    deleting them here crashes when those plots are deleted later."""
    from PySide6.QtWidgets import QMenu, QWidget

    return isinstance(widget, QMenu) or type(widget) is QWidget


@pytest.fixture
def still(qtbot):
    """A shown, active lesson window without a training process (tests/lesson_window.py)."""
    from lesson_window import opened

    yield from opened(qtbot, live=False)


@pytest.fixture
def live(qtbot):
    """A shown, active lesson window with its training process and first frame in."""
    from lesson_window import opened

    yield from opened(qtbot, live=True)


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium (tests/browser.py); skips, saying why, when it is missing."""
    from browser import launched

    yield from launched()


@pytest.fixture
def tab(browser):
    """A fresh browser tab at 1280 x 720 that notes its requests and console errors."""
    from browser import opened_tab

    yield from opened_tab(browser)


@pytest.fixture
def make_window(qtbot):
    """`make_window(configs, live=True, size=None, owned=True, **options)`: a shown main
    window (tests/windows.py); qtbot or the fixture above closes it after the test."""
    from windows import shown_window

    return functools.partial(shown_window, qtbot)


from panel_frames import ab_frame, deep_frame, diverged, frame, panel_for  # noqa: E402, F401
from view_frames import panel, spiral_frame  # noqa: E402, F401
