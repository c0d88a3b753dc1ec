"""Small input widgets that each edit one configuration value and say when it changed."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

SLIDER_STEPS = 1000


class IntSlider(QWidget):
    """A spin box and a slider over the same integer range, kept in sync."""

    value_changed = Signal(int)

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox()
        self.spin.setRange(low, high)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(low, high)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self.spin.valueChanged.connect(self._from_spin)
        self.slider.valueChanged.connect(self._from_slider)

    def _from_spin(self, value: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(value)
        self.slider.blockSignals(False)
        self.value_changed.emit(value)

    def _from_slider(self, value: int) -> None:
        self.spin.setValue(value)  # emits through _from_spin

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: int) -> None:
        for widget in (self.spin, self.slider):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)


class LogSlider(QWidget):
    """A logarithmic slider from `low` to `high` with an exact number field beside it. The
    field takes any number (the configuration judges it); text that is no number emits
    `rejected` and the field shows the value again."""

    value_changed = Signal(float)
    rejected = Signal(str)

    def __init__(self, low: float, high: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = math.log10(low), math.log10(high)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.field = QLineEdit()  # no validator: it would keep half-typed text ("1e", "-")
        self.field.setMaximumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.field)
        self._value = 10**self.low
        self.slider.valueChanged.connect(self._from_slider)
        self.field.editingFinished.connect(self._from_field)

    def _position(self, value: float) -> int:
        """The slider position of `value`: an end for values beyond the scale (or NaN)."""
        if not value > 0:
            return 0
        share = (math.log10(value) - self.low) / (self.high - self.low)
        return round(min(max(share, 0.0), 1.0) * SLIDER_STEPS)

    def _from_slider(self, position: int) -> None:
        exponent = self.low + (self.high - self.low) * position / SLIDER_STEPS
        self._set(float(f"{10**exponent:.3g}"), move_slider=False)
        self.value_changed.emit(self._value)

    def _from_field(self) -> None:
        text = self.field.text().strip()
        value = parse_number(text)
        if value is None:
            self.field.setText(_format(self._value))
            self.rejected.emit(text)
        elif value == self._value:
            self.field.setText(_format(value))
        else:
            self._set(value)
            self.value_changed.emit(self._value)

    def _set(self, value: float, move_slider: bool = True) -> None:
        self._value = value
        self.field.setText(_format(value))
        if move_slider:
            self.slider.blockSignals(True)
            self.slider.setValue(self._position(value))
            self.slider.blockSignals(False)

    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        self._set(value)


class NumberField(QLineEdit):
    """A plain number (float) field; empty text means None when `optional`. Text that is
    no number emits `rejected` and the field shows the value again."""

    value_changed = Signal(object)
    rejected = Signal(str)

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.editingFinished.connect(self._emit)
        self._value: float | None = None

    def _emit(self) -> None:
        text = self.text().strip()
        if not text and self.optional:
            value = None
        else:
            value = parse_number(text)
            if value is None:
                self.set_value(self._value)
                self.rejected.emit(text)
                return
        if value == self._value:
            self.set_value(value)  # the same number, written as the field writes it
        else:
            self._value = value
            self.value_changed.emit(value)

    def value(self) -> float | None:
        return self._value

    def set_value(self, value: float | None) -> None:
        self._value = value
        self.setText("" if value is None else _format(value))


def parse_number(text: str) -> float | None:
    """The number `text` spells (Python's float syntax, so 'inf' and 'nan' too: the
    configuration refuses those), or None."""
    try:
        return float(text)
    except ValueError:
        return None


def _format(value: float) -> str:
    """The shortest of 6 to 17 significant digits that reads back as exactly `value`."""
    for digits in range(6, 18):
        text = f"{value:.{digits}g}"
        if not math.isfinite(value) or float(text) == value:
            return text
    return repr(value)


def combo(names: list[str], tooltips: dict[str, str] | None = None) -> QComboBox:
    """A combo box of `names` (each item's data is its name), with optional tooltips."""
    box = QComboBox()
    for name in names:
        box.addItem(name, name)
        if tooltips and name in tooltips:
            box.setItemData(box.count() - 1, tooltips[name], Qt.ItemDataRole.ToolTipRole)
    return box


def set_combo(box: QComboBox, value: str) -> None:
    """Select `value`, adding it as an entry when it is not one (a file path)."""
    index = box.findData(value)
    if index < 0:
        box.addItem(value, value)
        index = box.count() - 1
    box.setCurrentIndex(index)


def spin(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box


class WideSpin(QDoubleSpinBox):
    """An integer spin box beyond QSpinBox's 32-bit range (a seed up to 2**32 - 1, a batch
    size or sample count past 2**31): a double spin box without decimals (exact up to
    2**53) whose value is an int."""

    def __init__(self, low: int, high: int) -> None:
        super().__init__()
        self.setDecimals(0)
        self.setRange(low, high)

    def value(self) -> int:
        return round(super().value())


def double_spin(low: float, high: float, step: float, decimals: int = 3) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    return box


MAX_DECIMALS = 12


def show_in_spin(box: QSpinBox | QDoubleSpinBox, value: float) -> None:
    """Set `value`, first widening the box's range and decimals when it could not show it
    (a loaded file may hold any value the configuration accepts): the box never shows a
    clamped or rounded value the run does not use."""
    if isinstance(box, QDoubleSpinBox) and not isinstance(box, WideSpin):
        decimals = box.decimals()
        while decimals < MAX_DECIMALS and round(value, decimals) != value:
            decimals += 1
        box.setDecimals(decimals)
    box.setRange(min(box.minimum(), value), max(box.maximum(), value))
    box.setValue(value)


class ComboRow(QWidget):
    """A combo box with a button beside it (the dataset and its Open file… button)."""

    def __init__(self, box: QComboBox, button: QWidget) -> None:
        super().__init__()
        self.combo, self.button = box, button
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 1)
        layout.addWidget(button)


@dataclass
class Binding:
    """How one key's widget is read, written and watched."""

    key: str
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    changed: Any  # the widget's signal
    label: QLabel | None = None
    rejected: Any = None  # a number field's signal for text that is no number

    @classmethod
    def of(cls, key: str, widget: QWidget, label: QLabel | None = None) -> Binding:
        """The binding for any widget kind the control panel uses. A spin box with a
        special value text shows None as its minimum."""
        if isinstance(widget, IntSlider | LogSlider | NumberField):
            access = (widget.value, widget.set_value, widget.value_changed)
        elif isinstance(widget, ComboRow | QComboBox):
            box = widget.combo if isinstance(widget, ComboRow) else widget
            access = (box.currentData, lambda v: set_combo(box, v), box.currentIndexChanged)
        elif isinstance(widget, QCheckBox):
            access = (widget.isChecked, widget.setChecked, widget.toggled)
        elif isinstance(widget, QSpinBox | QDoubleSpinBox) and widget.specialValueText():
            low = widget.minimum()
            access = (
                lambda: None if widget.value() == low else widget.value(),
                lambda v: show_in_spin(widget, low if v is None else v),
                widget.valueChanged,
            )
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            access = (widget.value, lambda v: show_in_spin(widget, v), widget.valueChanged)
        else:
            raise TypeError(f"no binding for {type(widget).__name__}")
        rejected = widget.rejected if isinstance(widget, LogSlider | NumberField) else None
        return cls(key, widget, *access, label, rejected)
