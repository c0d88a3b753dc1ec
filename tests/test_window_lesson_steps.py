"""Stepped lessons through the real window: Back and Next, predict then reveal, keys from a
presenter remote, the Lessons menu and the keyboard help, a language switch."""

from __future__ import annotations

import json

import pytest
from lesson_window import ASKS, SEED, SMALL, press
from PySide6.QtCore import Qt
from windows import SPAWN_TIMEOUT

from visualizer import app
from visualizer.core import lessons
from visualizer.ui import i18n
from visualizer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
QUESTION_WITHOUT_WHY = {"text": {"en": "And?"}, "answers": [{"en": "A"}, {"en": "B"}], "correct": 0}


def test_next_and_back_apply_each_steps_configurations_by_key_and_button(qtbot, still):
    lesson = lessons.get(SEED)
    still.menus.preset_actions[SEED].trigger()
    panel = still.lesson.panel
    assert still.controls.configs() == lesson.configs(0)
    assert panel.step_label.text() == "Step 1 of 6" and not panel.back_button.isEnabled()
    assert lesson.steps[0].text("en") in panel.plain_text()
    press(qtbot, still, Qt.Key.Key_PageDown)
    assert still.model.step == 1 and still.controls.configs() == lesson.configs(1)
    assert still.controls.configs()[0].init_scale == 0.01
    panel.next_button.click()
    assert still.controls.configs() == lesson.configs(2)
    assert panel.step_label.text() == "Step 3 of 6"
    press(qtbot, still, Qt.Key.Key_PageUp)
    assert still.controls.configs() == lesson.configs(1)  # cumulative: deterministic back
    panel.back_button.click()
    assert still.controls.configs() == lesson.configs(0) and still.model.step == 0
    press(qtbot, still, Qt.Key.Key_PageUp)  # nothing before step 1
    assert still.model.step == 0
    assert still.area.tabs.currentWidget() is still.views["activations"]


def test_a_lesson_step_brings_its_view_to_the_front(qtbot, still):
    still.load_preset("batchnorm_train_eval")
    assert still.area.tabs.currentWidget() is still.views["activations"]
    still.show_view("weights")
    still.model.go(1)
    assert still.area.tabs.currentWidget() is still.views["activations"]  # view_at(1)


def test_a_question_covers_the_panels_until_the_presenter_reveals(qtbot, still):
    still.load_preset(SEED)
    cover, lesson = still.lesson.cover, still.model
    assert not cover.isVisible()
    press(qtbot, still, *[Qt.Key.Key_PageDown] * ASKS)
    assert lesson.step == ASKS and cover.isVisible()
    assert cover.geometry() == still.area.tabs.parentWidget().geometry()  # over the panels
    assert "Which layer" in cover.question.question.text()
    assert not still.play_action.isEnabled() and not still.step_action.isEnabled()
    assert not still.lesson.panel.answer.isVisible()  # the answer stays hidden
    press(qtbot, still, Qt.Key.Key_1)
    assert lesson.picked == 0 and cover.question.marks == ["picked", "", "", ""]
    press(qtbot, still, Qt.Key.Key_2)  # the class changes its mind
    assert lesson.picked == 1 and cover.question.marks == ["", "picked", "", ""]
    press(qtbot, still, Qt.Key.Key_B)
    assert not cover.isVisible() and still.play_action.isEnabled()
    answer = still.lesson.panel.answer
    assert answer.isVisible() and answer.marks == ["", "incorrect", "correct", ""]
    assert answer.answers[2].text().startswith("✓") and answer.answers[1].text().startswith("✗")
    assert "Layer 3" in answer.result.text() and "Layer 5" in answer.result.text()
    press(qtbot, still, Qt.Key.Key_PageDown)  # on to the next step: no question there
    assert lesson.step == ASKS + 1 and not answer.isVisible() and not cover.isVisible()
    press(qtbot, still, Qt.Key.Key_PageUp)  # back: asked afresh
    assert cover.isVisible() and lesson.picked is None and not lesson.revealed


def test_page_down_reveals_first_and_a_right_pick_is_marked_correct(qtbot, still):
    still.load_preset(SEED)
    still.model.go(ASKS)
    cover = still.lesson.cover
    cover.question.answers[2].click()  # the class's pick, by mouse
    assert still.model.picked == 2
    press(qtbot, still, Qt.Key.Key_PageDown)  # a two-button remote: Next reveals first
    assert still.model.step == ASKS and still.model.revealed
    answer = still.lesson.panel.answer
    assert answer.marks == ["", "", "correct", ""] and answer.result.text().startswith("Correct")
    press(qtbot, still, Qt.Key.Key_PageDown)
    assert still.model.step == ASKS + 1


def test_period_also_reveals_and_with_no_pick_the_answer_alone_shows(qtbot, still):
    still.load_preset(SEED)
    still.model.go(ASKS)
    press(qtbot, still, Qt.Key.Key_Period)
    answer = still.lesson.panel.answer
    assert not still.lesson.cover.isVisible()
    assert answer.marks == ["", "", "correct", ""] and "No answer" in answer.result.text()
    press(qtbot, still, Qt.Key.Key_1)  # too late to pick
    assert still.model.picked is None


EXPLAINED = {
    "title": {"en": "Explained"},
    "text": {"en": "One question with its reason."},
    "config": {"dataset": "blobs", "samples": 200, "depth": 2, "width": 8},
    "steps": [
        {
            "text": {"en": "Predict."},
            "question": {
                "text": {"en": "Which?"},
                "answers": [{"en": "This"}, {"en": "That"}],
                "correct": 1,
                "explanation": {"en": "Because of that.", "ko": "그래서입니다."},
            },
        },
        {"text": {"en": "Asked without a reason."}, "question": QUESTION_WITHOUT_WHY},
    ],
}


def test_the_explanation_shows_only_after_the_reveal_in_the_windows_language(
    qtbot, still, tmp_path
):
    path = tmp_path / "explained.json"
    path.write_text(json.dumps(EXPLAINED), encoding="utf-8")
    assert still.file_menu.read_lesson(path)
    cover, panel = still.lesson.cover, still.lesson.panel
    assert cover.isVisible() and cover.question.explanation.isHidden()
    assert "Because of that." not in cover.question.explanation.text()
    press(qtbot, still, Qt.Key.Key_B)
    assert not panel.answer.explanation.isHidden()
    assert "Because of that." in panel.answer.explanation.text()
    assert "Why: Because of that." in panel.plain_text()
    question = still.model.lesson.steps[0].question
    panel.answer.show_question(question, "ko", 1, revealed=True)
    assert "그래서입니다." in panel.answer.explanation.text()
    press(qtbot, still, Qt.Key.Key_PageDown, Qt.Key.Key_B)  # the next question has none
    assert still.model.step == 1 and still.model.revealed
    assert panel.answer.explanation.isHidden() and "Why:" not in panel.plain_text()


def test_training_is_paused_and_cannot_play_while_covered(qtbot, live):
    live.controller.set_speed(0)
    live.play_action.trigger()
    qtbot.waitUntil(lambda: live.frame.running, timeout=SPAWN_TIMEOUT)
    live.load_preset("batchnorm_train_eval")  # its first step asks
    assert live.lesson.cover.isVisible()
    qtbot.waitUntil(
        lambda: not live.frame.running and live.frame.runs[0].config.dataset == "digits",
        timeout=SPAWN_TIMEOUT,
    )
    press(qtbot, live, Qt.Key.Key_Space, Qt.Key.Key_S)
    live.play_action.trigger()  # a disabled action does nothing
    qtbot.wait(300)
    assert not live.frame.running and live.frame.runs[0].step == 0
    press(qtbot, live, Qt.Key.Key_B)
    press(qtbot, live, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: live.frame.runs[0].step > 0, timeout=SPAWN_TIMEOUT)


def test_a_lesson_without_steps_shows_no_step_controls(qtbot, still):
    still.load_preset("relu_he")
    panel = still.lesson.panel
    assert panel.steps_area.isHidden()
    assert lessons.get("relu_he").title("en") in panel.plain_text()
    assert not still.lesson.next_action.isEnabled() and not still.lesson.back_action.isEnabled()
    press(qtbot, still, Qt.Key.Key_PageDown, Qt.Key.Key_B)
    assert still.model.step == 0 and not still.lesson.cover.isVisible()


def test_the_lessons_menu_groups_by_topic_in_course_order(still, capsys):
    menus = still.menus
    entries = [a for a in menus.lessons_menu.actions() if not a.isSeparator()]
    assert entries[:3] == [
        still.lesson.next_action,
        still.lesson.back_action,
        still.lesson.reveal_action,
    ]
    topic_entries, teacher_entries = entries[3:-3], entries[-3:]
    assert [a.text() for a in topic_entries] == [m.title() for m in menus.topic_menus.values()]
    editing = menus.editing
    assert teacher_entries == [
        editing.new_action,
        editing.edit_action,
        editing.mine_menu.menuAction(),
    ]
    assert list(menus.topic_menus) == list(lessons.TOPICS)
    in_menu = [a for menu in menus.topic_menus.values() for a in menu.actions()]
    assert in_menu == [menus.preset_actions[name] for name in lessons.names()]
    topics = [lessons.get(name).topic for name in lessons.names()]
    assert topics == sorted(topics, key=lessons.TOPICS.index)
    assert app.main(["presets"]) == 0
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == lessons.names()  # and no lesson of the teacher's own (none saved)


def test_keyboard_help_lists_the_lesson_keys(still):
    text = still.menus.shortcuts_text()
    for keys in ("Page Down", "Page Up", "B, .", "1 – 4"):
        assert f"{keys}\t" in text


def test_a_language_switch_keeps_the_step_the_pick_and_the_cover(qtbot):
    win = MainWindow([SMALL], live=False)  # the conftest closes whichever window is left
    win.load_preset(SEED)
    win.model.go(ASKS)
    win.model.pick(2)
    korean = win.set_language("ko")
    try:
        assert (korean.model.step, korean.model.picked) == (ASKS, 2)
        assert korean.model.covered and not korean.lesson.cover.isHidden()
        asked = lessons.get(SEED).steps[ASKS].question.text("ko")
        assert asked in korean.lesson.cover.question.question.text()
        assert "4단계" in korean.lesson.panel.step_label.text()
        assert not korean.controls.panel_a.bindings["dataset"].widget.isEnabled()
    finally:
        i18n.install("en")


def lightness_range(cover, label) -> tuple[int, int]:
    """The darkest and lightest pixel of `label` as drawn on the cover."""
    from PySide6.QtCore import QPoint, QRect

    image = cover.grab(QRect(label.mapTo(cover, QPoint(0, 0)), label.size())).toImage()
    values = {
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 2)
        for y in range(image.height())
    }
    return min(values), max(values)


def test_the_cover_follows_a_theme_change(qtbot, still):
    still.load_preset(SEED)
    still.model.go(ASKS)
    cover = still.lesson.cover
    qtbot.waitUntil(cover.isVisible)
    low, high = lightness_range(cover, cover.question.question)
    assert low < 60 and high > 240  # dark text on white
    still.set_theme("dark")
    low, high = lightness_range(cover, cover.question.question)
    assert high > 200 and low < 60  # light text on the dark cover
    _, high = lightness_range(cover, cover.question.answers[1])
    assert high > 200  # the unpicked answers' text too


def test_the_lesson_keys_reach_the_lesson_whatever_control_has_the_focus(qtbot, still):
    """Issue 17 (5): at the last step, with the focus in the Width box, Page Down went to
    the spin box (width 100 -> 90, the run rebuilt)."""
    still.menus.preset_actions[SEED].trigger()
    press(qtbot, still, *[Qt.Key.Key_PageDown] * 20)  # reveals the question on the way
    last = lessons.get(SEED).step_count - 1
    assert still.model.step == last
    width = still.controls.panel_a.bindings["width"].widget.spin
    width.setFocus()
    qtbot.waitUntil(lambda: still.focusWidget() is width)
    before = still.controls.configs()
    press(qtbot, still, Qt.Key.Key_PageDown)  # nothing after the last step
    assert still.model.step == last and still.controls.configs() == before
    press(qtbot, still, Qt.Key.Key_PageUp)
    assert still.model.step == last - 1
    assert still.controls.configs() == lessons.get(SEED).configs(last - 1)
    while still.model.step != ASKS:  # back to the step that asks, its question waiting
        press(qtbot, still, Qt.Key.Key_PageUp)
    width.setFocus()
    qtbot.waitUntil(lambda: still.focusWidget() is width)
    press(qtbot, still, Qt.Key.Key_2, Qt.Key.Key_B)
    assert still.model.picked == 1 and still.model.revealed
    assert still.controls.configs() == lessons.get(SEED).configs(ASKS)


def test_back_then_quick_keys_and_clicks_never_train_under_the_question(qtbot, live):
    """Issue 17 (10): in input_preprocessing, Back, then B, then an answer and Reveal
    clicked in quick succession once let training run under the question."""
    live.menus.preset_actions["input_preprocessing"].trigger()
    lesson, model = live.lesson, live.model
    press(qtbot, live, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown)  # reveal, then step 2
    assert model.step == 1 and not model.covered
    live.play_action.trigger()
    qtbot.waitUntil(lambda: live.running, timeout=SPAWN_TIMEOUT)
    press(qtbot, live, Qt.Key.Key_PageUp)  # back to the question: covered, paused
    assert model.covered and not live.play_action.isEnabled()
    qtbot.waitUntil(lambda: not live.frame.running, timeout=SPAWN_TIMEOUT)
    press(qtbot, live, Qt.Key.Key_B)
    lesson.cover.question.answers[0].click()  # revealed already: no pick
    lesson.cover.question.reveal_button.click()
    assert model.revealed and model.picked is None and not model.covered
    press(qtbot, live, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)  # and back under it
    assert model.covered
    qtbot.wait(1000)
    assert not live.frame.running and not live.running
