"""The window fuzz's menu-level actions (tools/fuzz_window.py): exports to good and bad
targets, configuration and data files, lessons, view settings, theme, language, restoring
the defaults and killing the training process. Each plans (description, callable)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fuzz_inputs import export_targets
from PySide6.QtWidgets import QApplication, QMessageBox

from visualizer.core import lessons
from visualizer.ui import exporting, presenter
from visualizer.ui.controls import dataset_choice

Plan = tuple[str, Callable[[], None]]


class MenuActions:
    """Mixed into fuzz_actions.Actor: `self.window`, `self.rng`, `self.folder`,
    `self.configs`, `self.data` and `self._panel()` are the actor's."""

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
