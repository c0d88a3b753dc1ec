"""The window fuzz's menu-level actions (tools/fuzz_window.py): exports to good and bad
targets, animation exports (then interrupted by whatever comes next: a language switch, a
closed window, a killed training process), configuration and data files, lessons and their
keys pressed with any control focused, view settings, theme, language, restoring the
defaults, killing the training process and closing the window for a new one. Each plans
(description, callable)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

from fuzz_inputs import export_targets
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QMessageBox

from visualizer.core import lessons
from visualizer.ui import exporting, presenter
from visualizer.ui.controls import dataset_choice

Plan = tuple[str, Callable[[], None]]
LESSON_KEYS = {
    "Page Down": Qt.Key.Key_PageDown,
    "Page Up": Qt.Key.Key_PageUp,
    "B": Qt.Key.Key_B,
    ".": Qt.Key.Key_Period,
    "1": Qt.Key.Key_1,
    "2": Qt.Key.Key_2,
    "3": Qt.Key.Key_3,
    "4": Qt.Key.Key_4,
}


class MenuActions:
    """Mixed into fuzz_actions.Actor: `self.window`, `self.rng`, `self.folder`,
    `self.configs`, `self.data`, `self.problems`, `self._panel()`, `self.wait_until()`,
    `self.open_window()` and `self.close()` are the actor's."""

    def covered_while_training(self) -> str:
        """Issue 17 (10): training must not run while a question covers the panels (the
        pause it sends is answered within a frame or two: 1 s is a failure)."""
        window = self.window
        if not (window.model.covered and window.running):
            self._covered_running_since = None
            return ""
        now = time.monotonic()
        if self._covered_running_since is None:
            self._covered_running_since = now
        if now - self._covered_running_since < 1.0:
            return ""
        self._covered_running_since = None
        return "training ran for 1 s while a question covered the panels"

    def exports_released(self) -> str:
        """Once every animation export has ended (cancelled, failed or written), none is
        left and no frame is held: "" or what is wrong (issue 17 item 3)."""
        from PIL import Image

        from visualizer.ui.animation_export import AnimationExport, exports_under_way

        window = self.window
        if not self.wait_until(lambda: not exports_under_way(window), 300):
            return "an animation export never ended"
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        def frames_held() -> int:
            gc.collect()
            return sum(isinstance(thing, Image.Image) for thing in gc.get_objects())

        if not self.wait_until(lambda: frames_held() == 0, 30):  # an encoding stopping
            return f"{frames_held()} animation frames held after every export ended"
        left = len(window.findChildren(AnimationExport))
        return f"{left} ended animation exports still alive" if left else ""

    def _export(self) -> Plan:
        menu, rng = self.window.file_menu, self.rng
        what = rng.choice(["window", "panel", "csv", "run", "config"])
        suffix = {
            "window": rng.choice([".png", ".svg", ".pdf", ".bmp", ""]),
            "panel": rng.choice([".png", ".svg", ".jpg"]),
            "csv": ".csv",
            "run": ".json",
            "config": ".json",
        }[what]
        target, path = export_targets(self.folder / "exports", suffix, rng)
        if what == "window":
            scale = rng.choice([1.0, 2.0])
            return f"window x{scale:g} to {target}", lambda: menu.write_window(path, scale)
        if what == "panel":
            name = rng.choice(list(self.window.views))
            panel = self.window.views[name]
            return f"panel {name} to {target}", lambda: menu.write_panel(panel, path)
        if what == "csv":
            return f"metrics csv to {target}", lambda: self._write_csv(path)
        if what == "run":
            return f"run json to {target}", lambda: menu.write_run(path)
        return f"configuration to {target}", lambda: menu.write_config(path)

    def _write_csv(self, path: Path) -> None:
        if self.window.frame is not None:  # File > Export metrics does nothing before
            self.window.file_menu.write_text(exporting.metrics_csv(self.window.frame), path)

    def _load_config(self) -> Plan:
        path = self.rng.choice(self.configs)
        return f"load {path.name}", lambda: self.window.file_menu.read_config(path)

    def _data_file(self) -> Plan:
        run, panel = self._panel()
        path = self.rng.choice(self.data)
        return f"{run} data {path.name}", lambda: panel.apply_value(
            "dataset", dataset_choice(str(path))
        )

    def _lesson_step(self) -> Plan:
        lesson, rng = self.window.model, self.rng
        choice = rng.choice(["next", "back", "pick", "reveal"])
        if choice == "pick":
            index = rng.randrange(4)
            return f"pick answer {index}", lambda: lesson.pick(index)
        return choice, getattr(lesson, choice)

    def _scrub(self) -> Plan:
        scrubber, rng = self.window.scrubber, self.rng
        choice = rng.choice(["seek", "nudge", "live"])
        if choice == "seek":
            step = rng.randint(0, max(scrubber.slider.maximum(), 1))
            return f"seek step {step}", lambda: scrubber.seek(step)
        if choice == "nudge":
            direction = rng.choice([-1, 1])
            return f"nudge {direction:+d}", lambda: scrubber.nudge(direction)
        return "Live", scrubber.go_live

    def _stamp(self) -> Plan:
        return "File > Stamp configuration on images", self.window.file_menu.stamp_action.trigger

    def _animation(self) -> Plan:
        frames = self.rng.randint(2, 40)
        path = self.folder / "exports" / f"animation{self.rng.randint(0, 3)}.gif"
        path.parent.mkdir(parents=True, exist_ok=True)

        def start() -> None:
            self.window.file_menu.write_animation(path, frames)

        return f"{frames} frames to {path.name}", start

    def _lesson_key(self) -> Plan:
        """A lesson key pressed where a random control (or nothing) has the focus; with a
        lesson open, Page Up and Down must move its step and change no control."""
        name = self.rng.choice(list(LESSON_KEYS))
        kinds = (QAbstractSpinBox, QComboBox, QLineEdit)
        focusable = [
            w
            for kind in kinds
            for w in self.window.controls.findChildren(kind)
            if w.isVisible() and w.isEnabled()
        ]
        widget = self.rng.choice(focusable) if focusable else None

        def press() -> None:
            window = self.window
            window.activateWindow()  # keys come to the active window, as from a remote
            if widget is not None:
                widget.setFocus()
            model, before = window.model, window.model.configs
            step, opened = model.step, model.lesson is not None
            focus = window.focusWidget() or window
            QTest.keyClick(focus, LESSON_KEYS[name])
            if focus is widget:  # a key the field took is typed: Enter commits it
                QTest.keyClick(widget, Qt.Key.Key_Return)
                widget.clearFocus()
            paging = LESSON_KEYS[name] in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
            if opened and paging:
                expected = before if model.step == step else model.lesson.configs(model.step)
                if window.model.configs != expected:
                    steps = f"step {step + 1} -> {model.step + 1}"
                    self.problems.append(f"{name} changed a control (focus {where}, {steps})")

        where = type(widget).__name__ if widget is not None else "none"
        return f"{name} with the focus in {where}", press

    def _reopen(self) -> Plan:
        """File > Quit, or the window closed, and the app started again: closing ends the
        training process and any export (nothing half-written stays)."""

        def reopen() -> None:
            problem = self.close()
            if problem:
                self.problems.append(problem)
            self.open_window()

        return "close the window and open a new one", reopen

    def _lesson(self) -> Plan:
        name = self.rng.choice(lessons.names())
        return name, self.window.menus.preset_actions[name].trigger

    def _font(self) -> Plan:
        delta = self.rng.choice([-2, 2])
        return f"text {delta:+d}", lambda: self.window.set_font_size(
            self.window.font_points + delta
        )

    def _fullscreen(self) -> Plan:
        return "toggle", lambda: presenter.toggle_fullscreen(self.window)

    def _dock(self) -> Plan:
        dock = self.rng.choice([self.window.controls_dock, self.window.lesson_dock])
        return dock.objectName(), lambda: dock.setVisible(not dock.isVisible())

    def _shortcuts(self) -> Plan:
        def show_and_close() -> None:
            self.window.menus.show_shortcuts()
            for box in QApplication.topLevelWidgets():
                if isinstance(box, QMessageBox):
                    box.close()

        return "Help > Keyboard shortcuts", show_and_close

    def _theme(self) -> Plan:
        name = self.rng.choice(["light", "dark"])
        return name, lambda: self.window.set_theme(name)

    def _language(self) -> Plan:
        lang = "en" if self.window.lang == "ko" else "ko"

        def switch() -> None:
            self.window = self.window.set_language(lang)

        return lang, switch

    def _restore_defaults(self) -> Plan:
        return "File > Restore defaults", self.window.restore_defaults

    def _kill(self) -> Plan:
        def kill() -> None:
            child = self.window.controller._child
            if child is not None and child.is_alive():
                child.kill()

        return "the training process", kill
