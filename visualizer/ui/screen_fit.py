"""The first window on the screen it opens on: within the screen's available area (a
classroom's 1280 x 720 projector or 1366 x 768 laptop as much as a 1920 x 1080 monitor),
and a remembered geometry put back on screen when the screen has changed since."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1600, 1000)  # the window's size where the screen has room for it
SHARE = 0.94  # of a smaller screen's available area: room for a title bar and a frame


def available_area(window: QWidget) -> QRect:
    """The available geometry (no task bar or panels) of the window's screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, area: QRect | None = None) -> None:
    """PREFERRED where it fits, else SHARE of the available area (never beyond it, nor
    below the window's minimum), centred in it."""
    area = area or available_area(window)
    width, height = PREFERRED.width(), PREFERRED.height()
    if width > area.width():
        width = int(area.width() * SHARE)
    if height > area.height():
        height = int(area.height() * SHARE)
    minimum = window.minimumSize()
    window.resize(max(width, minimum.width()), max(height, minimum.height()))
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())


def keep_on_screen(window: QWidget, area: QRect | None = None) -> None:
    """A restored geometry that no longer fits (a smaller screen, a screen that went away)
    fitted again; one that fits stays where it was."""
    area = area or available_area(window)
    if area.contains(window.frameGeometry()) or window.isMaximized() or window.isFullScreen():
        return
    fit_to_screen(window, area)
