"""The window fuzz's actions (tools/fuzz_window.py): each plans one random thing a user
can do, as (description, callable). File dialogs never open: the window's methods that
take a path are called with generated paths.

Values that size the network or the data stay small (MAX_* below), so a fuzz never asks
the shared machine for gigabytes; everything else takes any value, typed garbage too."""

from __future__ import annotations

import gc
import random
from collections.abc import Callable
from pathlib import Path

from fuzz_inputs import SMALL, config_files, data_files, typed_text
from fuzz_menus import MenuActions
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from visualizer.core.config import Config
from visualizer.core.runs import RUN_NAMES
from visualizer.ui.fields import ComboRow, IntSlider, LogSlider, NumberField, parse_number

MAX_UNITS, MAX_WEIGHTS = 4096, 2**22  # depth * width, depth * width**2
MAX_SAMPLES, MAX_BATCH, MAX_INPUT = 4000, 4096, 512
SIZES = ("depth", "width", "samples", "batch_size", "input_dim")
WEIGHTS = {
    "control": 30,
    "type": 16,
    "transport": 10,
    "tabs": 8,
    "panel_option": 8,
    "wait": 5,
    "runs": 5,
    "export": 6,
    "load_config": 4,
    "data_file": 3,
    "lesson": 4,
    "font": 1,
    "fullscreen": 1,
    "dock": 1,
    "shortcuts": 1,
    "theme": 2,
    "language": 1,
    "restore_defaults": 0.5,
    "kill": 0.5,
    "stamp": 0.5,
    "lesson_step": 3,
    "scrub": 3,
    "animation": 2,
    "lesson_key": 3,
    "reopen": 0.3,
}
Plan = tuple[str, Callable[[], None]]


class Actor(MenuActions):
    def __init__(self, rng: random.Random, folder: Path) -> None:
        self.rng, self.folder = rng, folder
        self.configs = config_files(folder / "configs")
        self.data = data_files(folder / "data")
        self.window = None
        self.problems: list[str] = []  # broken promises the actions saw (lesson keys, closing)
        self._covered_running_since: float | None = None

    # running --------------------------------------------------------------------------
    def open_window(self) -> None:
        from visualizer.ui.main_window import MainWindow

        self.window = MainWindow([Config(**SMALL)])
        self.window.show()
        self.wait_until(lambda: self.window.frame is not None, 60)

    def pause(self, ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(self, predicate, seconds: float) -> bool:
        for _ in range(int(seconds * 20)):
            if predicate():
                return True
            self.pause(50)
        return predicate()

    def choose(self) -> tuple[str, str, Callable[[], None]]:
        """(kind, description, do it)."""
        kinds = list(WEIGHTS)
        kind = self.rng.choices(kinds, weights=[WEIGHTS[k] for k in kinds])[0]
        description, act = getattr(self, f"_{kind}")()
        return kind, f"{kind}: {description}", act

    def check_still_trains(self) -> str:
        """After the fuzz: the window still trains a small network step by step; "" or
        what went wrong."""
        window = self.window
        window.controller.pause()
        window.apply_configs([Config(**SMALL)])
        window.reset()
        if not self.wait_until(lambda: window.controller.alive, 60):
            return "the training process did not restart"
        at_start = lambda: window.frame and window.frame.runs[0].step == 0  # noqa: E731
        if not self.wait_until(lambda: at_start() and not window.frame.running, 60):
            return "Reset no longer returns to step 0"
        window.step_action.trigger()
        if not self.wait_until(lambda: window.frame.runs[0].step == 1, 60):
            return "Step no longer trains"
        return ""

    def close(self) -> str:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox):
                box.close()
        controller = self.window.controller
        self.window.close()
        left = controller._child is not None
        self.window.deleteLater()  # deleted now, while the application still runs
        self.window = None
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return "closing left the training process" if left else ""

    def field_mismatches(self) -> list[str]:
        """Controls that do not show the value their run's configuration holds (issue 8
        item 3): each as 'run key shows X, the run uses Y'."""
        found = []
        for run, panel in zip(RUN_NAMES, self.window.controls.panels, strict=False):
            for key, binding in panel.bindings.items():
                widget = binding.widget
                if not widget.isVisibleTo(panel):  # a hidden row shows nothing
                    continue
                used, shown = getattr(panel.config, key), binding.get()
                if isinstance(widget, LogSlider | NumberField):
                    text = (widget.field if isinstance(widget, LogSlider) else widget).text()
                    number = parse_number(text)
                    shown = None if text == "" else text if number is None else number
                if not (shown == used or (shown != shown and used != used)):  # NaN is NaN
                    found.append(f"{run} {key} shows {shown!r}, the run uses {used!r}")
        return found

    # helpers ----------------------------------------------------------------------------
    def _panel(self):
        dock = self.window.controls
        index = self.rng.randrange(len(dock.panels))
        dock.tabs.setCurrentIndex(index)
        return RUN_NAMES[index], dock.panels[index]

    def _size_value(self, key: str, config: Config) -> int:
        rng = self.rng
        if key == "depth":
            return rng.randint(
                1, max(1, min(50, MAX_UNITS // config.width, MAX_WEIGHTS // config.width**2))
            )
        if key == "width":
            high = min(2048, MAX_UNITS // config.depth, int((MAX_WEIGHTS / config.depth) ** 0.5))
            return rng.randint(1, max(1, high))
        high = {"samples": MAX_SAMPLES, "batch_size": MAX_BATCH, "input_dim": MAX_INPUT}[key]
        return rng.randint(1, high)

    # actions ----------------------------------------------------------------------------
    def _control(self) -> Plan:
        run, panel = self._panel()
        keys = [k for k, b in panel.bindings.items() if _usable(b.widget, panel)]
        if not keys:  # a lesson locked or hid every control
            return f"{run} no control to change", lambda: None
        key = self.rng.choice(keys)
        widget = panel.bindings[key].widget
        rng = self.rng
        if key in SIZES:
            value = self._size_value(key, panel.config)
            box = widget.spin if isinstance(widget, IntSlider) else widget
            return f"{run} {key} = {value}", lambda: box.setValue(value)
        if isinstance(widget, LogSlider):
            position = rng.randint(0, 1000)
            return f"{run} {key} slider {position}", lambda: widget.slider.setValue(position)
        if isinstance(widget, ComboRow | QComboBox):
            box = widget.combo if isinstance(widget, ComboRow) else widget
            index = rng.randrange(box.count())
            return f"{run} {key} = {box.itemData(index)}", lambda: box.setCurrentIndex(index)
        if isinstance(widget, QCheckBox):
            return f"{run} {key} toggled", widget.click
        if isinstance(widget, QAbstractSpinBox):
            value = rng.uniform(widget.minimum(), widget.maximum())
            value = round(value) if isinstance(widget, QSpinBox) else value
            return f"{run} {key} = {value}", lambda: widget.setValue(value)
        text = typed_text(rng, False)
        return f"{run} {key} typed {text!r}", lambda: _type_into(widget, text)

    def _type(self) -> Plan:
        run, panel = self._panel()
        typable = {}
        for key, binding in panel.bindings.items():
            widget = binding.widget
            if not _usable(widget, panel):
                continue
            if isinstance(widget, IntSlider):
                typable[key] = widget.spin.lineEdit()
            elif isinstance(widget, LogSlider):
                typable[key] = widget.field
            elif isinstance(widget, NumberField):
                typable[key] = widget
            elif isinstance(widget, QAbstractSpinBox):
                typable[key] = widget.lineEdit()
        if not typable:
            return f"{run} no field to type into", lambda: None
        key = self.rng.choice(sorted(typable))
        text = typed_text(self.rng, key in SIZES)
        return f"{run} {key} typed {text!r}", lambda: _type_into(typable[key], text)

    def _transport(self) -> Plan:
        window = self.window
        choice = self.rng.choice(["play", "step", "reset", "speed", "space key", "s key"])
        if choice == "speed":
            box = window.transport.speed_box
            index = self.rng.randrange(box.count())
            return f"speed {box.itemText(index)}", lambda: box.setCurrentIndex(index)
        if choice.endswith("key"):
            key = Qt.Key.Key_Space if choice == "space key" else Qt.Key.Key_S
            return choice, lambda: (window.activateWindow(), QTest.keyClick(window, key))
        action = {
            "play": window.play_action,
            "step": window.step_action,
            "reset": window.reset_action,
        }[choice]
        return choice, action.trigger

    def _tabs(self) -> Plan:
        window, rng = self.window, self.rng
        if rng.random() < 0.2:  # View > Bring to front
            name = rng.choice(list(window.views))
            return f"bring {name} to front", lambda: window.show_view(name)
        tabs = rng.choice([window.area.tabs, window.area.side_tabs, window.controls.tabs])
        index = rng.randrange(tabs.count())
        return f"tab {tabs.tabText(index)!r}", lambda: tabs.setCurrentIndex(index)

    def _panel_option(self) -> Plan:
        widgets = []
        for panel in self.window.panels():
            if panel.isVisible():
                kinds = (QCheckBox, QComboBox, QAbstractSpinBox, QPushButton)
                widgets += [
                    w
                    for kind in kinds
                    for w in panel.findChildren(kind)
                    if w.isVisibleTo(panel) and w.isEnabled()
                ]
        if not widgets:
            return "no panel option on screen", lambda: None
        widget = self.rng.choice(widgets)
        name = f"{type(widget.window()).__name__}/{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QComboBox):
            index = self.rng.randrange(max(widget.count(), 1))
            return f"{name} -> {index}", lambda: widget.setCurrentIndex(index)
        if isinstance(widget, QAbstractSpinBox):
            value = self.rng.randint(int(widget.minimum()), int(widget.maximum()))
            return f"{name} -> {value}", lambda: widget.setValue(value)
        return f"{name} clicked {widget.text()!r}", widget.click

    def _wait(self) -> Plan:
        ms = self.rng.randint(200, 1000)
        return f"{ms} ms", lambda: self.pause(ms)

    def _runs(self) -> Plan:
        dock = self.window.controls
        if self.rng.random() < 0.5 and dock.add_button.isEnabled():
            return "+ Add run", dock.add_button.click
        index = self.rng.randrange(dock.tabs.count())
        return f"close run tab {index}", lambda: dock.tabs.tabCloseRequested.emit(index)


def _usable(widget, panel) -> bool:
    """On screen and not locked (a lesson locks some controls): a user can change it."""
    return widget.isVisibleTo(panel) and widget.isEnabled()


def _type_into(field: QLineEdit, text: str) -> None:
    """Replace the field's text by typing `text`, then Enter and leave the field."""
    field.setFocus()
    field.selectAll()
    field.del_()
    if text.isascii():
        QTest.keyClicks(field, text)
    else:  # QTest types ASCII only; other scripts arrive as an input method commits them
        field.insert(text)
    QTest.keyClick(field, Qt.Key.Key_Return)
    field.clearFocus()
