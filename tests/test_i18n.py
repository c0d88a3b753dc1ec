"""Korean and English: every UI string translated, and the language switching at run time."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import update_translations  # noqa: E402

from visualizer.core.config import Config  # noqa: E402
from visualizer.ui import i18n  # noqa: E402
from visualizer.ui.main_window import MainWindow  # noqa: E402

pytestmark = pytest.mark.gui


def test_every_ui_string_has_a_korean_translation(tmp_path):
    ts_file = tmp_path / "check.ts"
    update_translations.collect(ts_file)
    sources = set(update_translations.source_texts(ts_file))
    translations = json.loads((update_translations.FOLDER / "ko.json").read_text("utf-8"))
    translations |= update_translations.declared_korean()
    assert len(sources) > 150
    assert sorted(sources - set(translations)) == []
    assert all(text.strip() for text in translations.values())


def test_the_key_declarations_carry_their_own_korean():
    """A key's label and help are translated where they are declared (core.keys), not
    again in ko.json, unless a window string outside the control rows uses the same text."""
    declared = update_translations.declared_korean()
    translations = json.loads((update_translations.FOLDER / "ko.json").read_text("utf-8"))
    assert all(korean.strip() for korean in declared.values())
    for english in set(declared) & set(translations):
        assert translations[english] == declared[english], english


def test_every_translatable_string_has_a_class_context(tmp_path):
    """tr() through an alias loses its context and would never be translated at run time."""
    ts_file = tmp_path / "check.ts"
    update_translations.collect(ts_file)
    root = update_translations.ET.parse(ts_file).getroot()
    assert all((context.findtext("name") or "").strip() for context in root.iter("context"))


def test_the_committed_translation_file_is_current(tmp_path):
    ts_file = tmp_path / "check.ts"
    update_translations.collect(ts_file)
    fresh = sorted(update_translations.source_texts(ts_file))
    committed = sorted(
        update_translations.source_texts(update_translations.FOLDER / "visualizer_ko.ts")
    )
    assert fresh == committed, "run tools/update_translations.py"


@pytest.fixture
def window():
    """Not handed to qtbot: a language switch deletes the window it replaces, and the
    conftest closes whichever window is left."""
    yield MainWindow([Config(dataset="blobs", samples=200, depth=2, width=8)], live=False)
    i18n.install("en")


def test_switching_to_korean_changes_visible_strings_and_back(qtbot, window):
    assert window.play_action.text() == "Play"
    korean = window.set_language("ko")
    assert korean.play_action.text() == "재생"
    assert korean.tabs.tabText(0) == "활성화값"
    assert korean.controls.panel_a.bindings["lr"].label.text() == "학습률"
    assert "수업(&L)" in [action.text() for action in korean.menuBar().actions()]
    english = korean.set_language("en")
    assert english.play_action.text() == "Play"


def test_language_switch_keeps_the_configuration(qtbot, window):
    window.controls.panel_a.apply_value("depth", 4)
    korean = window.set_language("ko")
    assert korean.controls.configs()[0].depth == 4
    assert korean.lang == "ko"


def test_preset_texts_follow_the_language(qtbot, window):
    window.load_preset("relu_he")
    korean = window.set_language("ko")
    assert "He 초기화" in korean.lesson.panel.plain_text()


def test_a_language_switch_hands_the_panels_over_with_their_state(qtbot, window):
    panel = window.views["activations"]
    panel.set_heatmap(True)
    korean = window.set_language("ko")
    assert korean.views["activations"] is panel and panel.heatmap_active()
    assert panel.title == "활성화값" and korean.tabs.tabText(0) == "활성화값"
    assert window.views == {}  # the old window keeps none of them
