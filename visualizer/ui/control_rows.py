"""The control panel's rows, built from the key declarations (`core.keys`): one labelled
widget per key, in its group, with its help as the tooltip. `fields.Binding.of` knows how
to read, write and watch every widget kind made here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from ..core import config, dataset_names
from ..core.keys import KEYS, Group, Key, Widget
from .fields import ComboRow, IntSlider, LogSlider, NumberField, WideSpin, combo, double_spin, spin
from .i18n import core_text

SPIN_LIMIT = 2**31 - 1
"""QSpinBox's top; an integer key that may go beyond it gets a WideSpin."""


@dataclass
class Row:
    key: Key
    label: str
    widget: QWidget
    tooltip: str


def shows_none(key: Key) -> bool:
    """Whether the key's widget can show None (an empty field, a spin box's special text)."""
    return key.optional and (key.widget is Widget.NUMBER or key.none_text is not None)


def tooltip(key: Key) -> str:
    """The key's help in the interface language, with its range when it has one."""
    text = core_text(key.help.en)
    bounded = key.type in (int, float) and (key.low is not None or key.high is not None)
    return f"{text} ({key.allowed})" if bounded else text


class ControlRows(QObject):
    """Builds the rows; `rows()` returns them per group, in declaration order."""

    def rows(self) -> dict[Group, list[Row]]:
        grouped: dict[Group, list[Row]] = {group: [] for group in Group}
        for key in KEYS:
            row = Row(key, core_text(key.label.en), self._widget(key), tooltip(key))
            grouped[key.group].append(row)
        return grouped

    def _widget(self, key: Key) -> QWidget:
        match key.widget:
            case Widget.SLIDER:
                return IntSlider(int(key.low), int(key.high))
            case Widget.LOG_SLIDER:
                return LogSlider(*key.scale)
            case Widget.NUMBER:
                return NumberField(optional=key.optional)
            case Widget.SPIN:
                return self._spin(key)
            case Widget.DECIMAL:
                top = key.high if key.high is not None else key.scale[1]
                if key.high_open:
                    top -= 10.0**-key.decimals
                return double_spin(key.low, top, key.step, key.decimals)
            case Widget.CHECK:
                return QCheckBox()
            case Widget.CHOICE:
                return combo(list(config.choices(key)), self._choice_tips(key))
            case Widget.DATASET:
                return self._dataset_row(key)
        raise ValueError(f"{key.name}: no widget {key.widget}")

    @staticmethod
    def _spin(key: Key) -> QWidget:
        """An integer spin box over the range (or its scale); one below the range shows
        None as the key's `none_text`."""
        low = int(key.low) - (1 if key.none_text is not None else 0)
        high = int(key.high if key.high is not None else key.scale[1])
        wide = key.high is None or key.high > SPIN_LIMIT
        box = WideSpin(low, high) if wide else spin(low, high)
        if key.none_text is not None:
            box.setSpecialValueText(core_text(key.none_text.en))
        return box

    @staticmethod
    def _choice_tips(key: Key) -> dict[str, str]:
        """Each entry's tooltip: a registry item's formula, else the declared help."""
        if isinstance(key.choices, str):
            registry = config.REGISTRIES[key.choices]
            return {name: registry.get(name).formula for name in registry.names()}
        return {name: core_text(text.en) for name, text in key.choice_help.items()}

    def _dataset_row(self, key: Key) -> ComboRow:
        """The dataset combo with an Open file… button beside it."""
        names = list(config.choices(key))
        button = QPushButton(self.tr("Open file…"))
        button.setToolTip(
            self.tr(
                "A .csv file (label in the last column), an .npz file (arrays x and y) "
                "or a folder of MNIST idx files"
            )
        )
        titles = {name: core_text(dataset_names.DATASETS.get(name).title) for name in names}
        return ComboRow(combo(names, titles), button)
