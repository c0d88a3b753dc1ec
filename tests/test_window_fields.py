"""Issue 8, item 3: every number control shows the value the run uses. Text the
configuration rejects (or that is no number) is refused with a visible message and the
control shows the run's value again."""

from __future__ import annotations

import json
import math

import pytest
from PySide6.QtCore import Qt
from windows import SPAWN_TIMEOUT

from visualizer.core import keys
from visualizer.core.config import Config
from visualizer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
SMALL = Config(dataset="blobs", samples=200, depth=2, width=8, batch_size=16, grad_clip=2.0)
TYPED = ("0", "", "1e309", "1e", "e5", "-", "99999999999", "nan", "-3", "abc", "0.0300")
FIELDS = ("lr", "init_scale", "grad_clip", "weight_decay", "activation_alpha", "epsilon")


@pytest.fixture
def window(make_window):
    """Run A uses leaky ReLU (an alpha field) and Adam (an epsilon field)."""
    return make_window([SMALL.replace(activation="leaky_relu", optimizer="adam")], live=False)


def line_edit(binding):
    return getattr(binding.widget, "field", binding.widget)


def shown(binding) -> float | None:
    text = line_edit(binding).text()
    return None if text == "" else float(text)


def same(a: float | None, b: float | None) -> bool:
    """Equal (a NaN equals a NaN)."""
    if a is None or b is None:
        return a is b
    return a == b or math.isclose(a, b, rel_tol=1e-12) or (math.isnan(a) and math.isnan(b))


def type_into(qtbot, field, text: str) -> None:
    """Select everything, type `text`, press Enter and leave the field, as a user would."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    field.clearFocus()


@pytest.mark.parametrize("key", FIELDS)
def test_typed_text_is_applied_or_refused_visibly(qtbot, window, key):
    panel = window.controls.panel_a
    binding = panel.bindings[key]
    field = line_edit(binding)
    for text in TYPED:
        before = getattr(panel.config, key)
        type_into(qtbot, field, text)
        used = getattr(panel.config, key)
        assert same(shown(binding), used), (key, text, field.text(), used)
        try:
            applied = same(float(text), used)
        except ValueError:  # no number; empty is the default alpha
            applied = key == "activation_alpha" and text == ""
        if not applied:
            assert used == before, (key, text)
            assert panel.error_label.text(), (key, text)
            assert "border" in binding.widget.styleSheet(), (key, text)
    panel.apply_value(key, getattr(panel.config, key))  # an accepted change clears the marks
    assert not panel.error_label.text()
    assert not binding.widget.styleSheet()


def test_zero_learning_rate_is_refused_and_the_run_keeps_its_own(qtbot):
    """The live case from the issue: the field said 0 while the process trained at 0.01."""
    win = MainWindow([SMALL])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.frame is not None, timeout=SPAWN_TIMEOUT)
    binding = win.controls.panel_a.bindings["lr"]
    type_into(qtbot, binding.widget.field, "0")
    assert binding.widget.field.text() == "0.01"
    assert "lr" in win.controls.panel_a.error_label.text()
    type_into(qtbot, binding.widget.field, "0.05")
    qtbot.waitUntil(lambda: win.frame.runs[0].config.lr == 0.05, timeout=SPAWN_TIMEOUT)
    assert binding.widget.field.text() == "0.05"
    assert binding.widget.slider.value() > 0
    win.close()


def test_a_value_the_engine_rejects_is_not_left_in_a_spin_box(window):
    """A spin box that kept a rejected value would show what the run does not use."""
    panel = window.controls.panel_a
    panel.bindings["test_fraction"].widget.setValue(0.5)
    assert panel.config.test_fraction == 0.5
    panel.apply_value("test_fraction", 1.5)  # out of range: refused
    assert panel.bindings["test_fraction"].widget.value() == 0.5
    assert "border" in panel.bindings["test_fraction"].widget.styleSheet()


WIDE = {
    "seed": 3_000_000_000,
    "batch_size": 250_000,
    "dropout": 0.975,
    "noise": 12.5,
    "test_fraction": 0.97,
    "beta2": 0.99999,
    "momentum": 0.123456,
    "samples": 20_000_000,
    "lr": 0.0123456789,
    "weight_decay": 1.25e-7,
}


def test_loaded_values_beyond_the_controls_ranges_are_shown_exactly(window, tmp_path):
    """A saved file may hold any value the configuration accepts; each control shows it."""
    path = tmp_path / "wide.json"
    path.write_text(json.dumps(SMALL.replace(**WIDE).to_dict()))
    assert window.file_menu.read_config(path)
    panel = window.controls.panel_a
    for key, value in WIDE.items():
        assert getattr(panel.config, key) == value
        binding = panel.bindings[key]
        assert binding.get() == value, key
        widget = line_edit(binding)
        text = widget.text().replace(",", "")
        assert float(text) == value, (key, text)


def test_every_control_is_built_from_its_key_declaration(window):
    """One range per key: a spin box or slider spans exactly what the configuration accepts
    (an open end stops one decimal short of it), a log slider spans the declared scale."""
    bindings = window.controls.panel_a.bindings
    assert list(bindings) == [key.name for key in keys.KEYS]
    for key in keys.KEYS:
        widget = bindings[key.name].widget
        box = getattr(widget, "spin", widget)
        if key.widget is keys.Widget.LOG_SLIDER:
            assert (10**widget.low, 10**widget.high) == pytest.approx(key.scale)
        elif key.widget in (keys.Widget.SLIDER, keys.Widget.SPIN) and key.high is not None:
            assert (box.minimum(), box.maximum()) == (key.low, key.high), key.name
        elif key.widget is keys.Widget.DECIMAL and key.high is not None:
            top = key.high - (10**-key.decimals if key.high_open else 0)
            assert box.maximum() == pytest.approx(top), key.name
            assert box.minimum() == key.low
        assert bindings[key.name].label.text() == key.label.en
    assert bindings["dropout"].widget.maximum() == pytest.approx(0.99)
