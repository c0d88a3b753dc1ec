"""The lesson editor through the real window: a lesson made from what the window shows,
saved to My lessons, closed and opened again plays exactly the same; a built-in lesson is
edited as a copy; malformed edits are refused with a message and nothing written."""

from __future__ import annotations

import pytest
from lesson_window import SMALL
from PySide6.QtCore import Qt

from visualizer.core import lessons
from visualizer.core.config import KEYS
from visualizer.core.my_lessons import MyLessons
from visualizer.ui import settings


@pytest.fixture
def mine(tmp_path, monkeypatch):
    """My lessons in a folder of this test's own."""
    folder = MyLessons(tmp_path / "my lessons")
    monkeypatch.setattr(settings, "my_lessons", lambda: folder)
    return folder


def editing(win):
    return win.menus.editing


def test_a_lesson_made_in_the_editor_plays_the_same_after_save_and_reopen(still, mine):
    edit = editing(still)
    still.apply_configs([SMALL, SMALL.replace(init="he_normal")])
    still.show_view("curves")
    edit.new_action.trigger()
    editor = edit.editor
    editor.name.setText("klasse")
    editor.title.boxes["ko"].setText("우리 반 수업")
    editor.text.boxes["ko"].setPlainText("첫 페이지")
    still.apply_configs([SMALL.replace(depth=5), SMALL.replace(depth=5, init="he_normal")])
    still.show_view("activations")
    editor.add_button.click()
    editor.step_text.boxes["en"].setPlainText("Deeper now.")
    still.apply_configs([SMALL.replace(depth=5, lr=0.5)])
    editor.add_button.click()
    editor.step_text.boxes["ko"].setPlainText("학습률을 올리면?")
    editor.question.setChecked(True)
    editor.question.text.boxes["ko"].setText("손실은?")
    editor.question.count.setValue(3)
    for index, text in enumerate(["내려간다", "올라간다", "그대로"]):
        editor.question.answers[index].boxes["ko"].setText(text)
    editor.question.correct.setCurrentIndex(1)
    editor.question.explanation.boxes["ko"].setText("학습률이 너무 크면 발산합니다.")
    editor.pages.setCurrentIndex(2)
    editor.restrictions.item(KEYS.index("optimizer"), 0).setCheckState(Qt.CheckState.Checked)
    editor.restrictions.item(KEYS.index("dataset"), 1).setCheckState(Qt.CheckState.Checked)
    assert editor.save(), editor.message.text()
    made = editor.draft.lesson()
    editor.close()
    still.apply_configs([SMALL])  # the class moves on

    actions = [a for a in edit.mine_menu.actions() if a.text() == "우리 반 수업"]
    assert len(actions) == 1
    actions[0].trigger()
    played = still.model.lesson
    assert played is not None and played.name == "klasse"
    for step in range(played.step_count):
        assert played.configs(step) == made.configs(step)
        assert played.view_at(step) == made.view_at(step)
    assert played.configs(0) == (SMALL.replace(depth=5), SMALL.replace(depth=5, init="he_normal"))
    assert played.configs(1) == (SMALL.replace(depth=5, lr=0.5),)
    assert still.model.configs == played.configs(0)
    question = played.steps[1].question
    assert (
        question.answer_texts("en") == ["내려간다", "올라간다", "그대로"] and question.correct == 1
    )
    assert (played.hidden, played.locked) == (("optimizer",), ("dataset",))
    panel = still.controls.panel_a
    assert panel.bindings["optimizer"].widget.isHidden()
    assert not panel.bindings["dataset"].widget.isEnabled()
    still.model.next()
    assert still.model.covered and still.lesson.cover.isVisible()


def test_a_built_in_lesson_is_edited_as_a_copy(still, mine):
    original = (lessons.folder() / "seed_experiment.json").read_bytes()
    edit = editing(still)
    still.menus.lessons_menu.aboutToShow.emit()  # the teacher opens the Lessons menu
    assert not edit.edit_action.isEnabled()  # no lesson open
    still.load_preset("seed_experiment")
    still.menus.lessons_menu.aboutToShow.emit()
    edit.edit_action.trigger()
    editor = edit.editor
    assert editor.name.text() == "seed_experiment_copy"
    editor.title.boxes["en"].setText("Our seed experiment")
    editor.steps.setCurrentRow(0)
    editor.remove_button.click()
    assert editor.save(), editor.message.text()
    assert mine.names() == ["seed_experiment_copy"]
    copy = mine.get("seed_experiment_copy")
    assert copy.title("en") == "Our seed experiment"
    assert len(copy.steps) == len(lessons.get("seed_experiment").steps) - 1
    assert (lessons.folder() / "seed_experiment.json").read_bytes() == original
    editor.name.setText("seed_experiment")
    assert not editor.save() and "built-in lesson" in editor.message.text()


def test_malformed_edits_are_refused_with_a_message_and_nothing_written(still, mine, tmp_path):
    edit = editing(still)
    edit.new_action.trigger()
    editor = edit.editor
    editor.title.boxes["en"].setText("Half a question")
    editor.text.boxes["en"].setPlainText("text")
    editor.add_button.click()
    editor.step_text.boxes["en"].setPlainText("Guess.")
    editor.question.setChecked(True)
    editor.question.text.boxes["en"].setText("Which?")
    editor.question.answers[0].boxes["en"].setText("this one")  # the second left empty
    assert not editor.save()
    assert "answer 1: no text" in editor.message.text()
    assert not mine.folder.exists()
    editor.question.answers[1].boxes["en"].setText("that one")
    blocker = tmp_path / "a file"
    blocker.write_text("")
    editor.mine = MyLessons(blocker / "lessons")
    assert not editor.save() and "cannot write the lesson" in editor.message.text()


def test_preview_plays_the_lesson_and_returns_to_the_editor(still, mine, qtbot):
    edit = editing(still)
    still.apply_configs([SMALL])
    edit.new_action.trigger()
    editor = edit.editor
    editor.title.boxes["en"].setText("Preview me")
    editor.text.boxes["en"].setPlainText("text")
    still.apply_configs([SMALL.replace(width=16)])
    editor.add_button.click()
    editor.step_text.boxes["en"].setPlainText("Wider.")
    editor.question.setChecked(True)
    editor.question.text.boxes["en"].setText("Which?")
    for index in range(2):
        editor.question.answers[index].boxes["en"].setText(f"answer {index}")
    editor.preview_button.click()
    assert not editor.isVisible() and edit.back_button.isVisible()
    assert still.model.lesson.title("en") == "Preview me" and still.model.covered
    edit.back_button.click()
    assert editor.isVisible() and not edit.back_button.isVisible()
    assert still.model.lesson is None and still.model.configs == (SMALL.replace(width=16),)
