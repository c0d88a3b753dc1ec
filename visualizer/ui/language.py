"""Switching the interface language at run time: Qt translates strings when widgets are
built, so a new window built under the new translator takes over from the old one. The
panels (most of a window's building time) move to the new window and retranslate."""

from __future__ import annotations

from ..core.window_model import DEFAULT_POINTS
from . import i18n, settings


def switch(window, lang: str):
    """A successor of `window` (whose model changed to `lang`) with its training process,
    geometry, tabs, panel in front, theme, text size, lesson and any process error;
    `window` itself closes. Returns the successor, now on screen."""
    i18n.install(lang)
    current = window.area.current()
    model = window.model
    successor = type(window)(
        model.configs,
        link=window.link,
        lang=lang,
        views=window.area.release(),
    )
    successor.restoreGeometry(window.saveGeometry())
    successor.restoreState(window.saveState())
    if model.lesson is not None:  # the lesson where it is, runs unchanged
        successor.model.open_lesson(model.lesson, model.step, apply=False)
        successor.model.restore_answer(model.picked, model.revealed)
    successor.file_menu.take_over(window.file_menu)
    successor.area.set_current(current)
    if model.view is not None:
        successor.model.show_view(model.view)
    if model.font_points != DEFAULT_POINTS:
        successor.model.set_font_points(model.font_points)
    if window.process_stopped:
        successor.show_process_stopped(window.process_exit_code)
    settings.save_value("language", lang)
    window.hand_over()
    successor.show()
    return successor
