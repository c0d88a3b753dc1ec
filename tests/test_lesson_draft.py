"""The editor's Qt-free lesson draft: steps recorded as changes, saved in the built-ins'
format through the loader, played back as they were shown."""

import json

import numpy as np
import pytest

from visualizer.core import lessons
from visualizer.core.config import Config
from visualizer.core.lesson_draft import LessonDraft, QuestionDraft, Shown
from visualizer.core.lesson_files import LessonError

EN = {"en": "text"}


def shown(*configs, view="curves", surface="valley"):
    """What a window shows: it always has a panel in front and a race surface."""
    return Shown(tuple(configs), view, surface)


def sigmoid_draft():
    base = Config(activation="sigmoid", depth=4)
    draft = LessonDraft.from_shown(shown(base, base.replace(init="glorot_normal")), "sigmoid")
    draft.titles, draft.texts = {"en": "Sigmoid"}, {"ko": "시그모이드"}
    draft.add_step({"en": "one"}, shown(base, view="activations"))
    draft.add_step({"en": "two"}, shown(base.replace(lr=0.5), view="activations"))
    three = base.replace(lr=0.5, activation="tanh")
    draft.add_step(
        {"en": "three"}, shown(three, three.replace(depth=8), view="activations", surface="hill")
    )
    return draft


def test_a_step_stores_only_what_changed_since_the_step_before():
    data = sigmoid_draft().to_data()
    assert data["config"] == {"activation": "sigmoid", "depth": 4}
    assert data["runs"] == [{"init": "glorot_normal"}]
    one, two, three = data["steps"]
    assert one == {"text": {"en": "one"}, "runs": [], "view": "activations"}
    assert two == {"text": {"en": "two"}, "config": {"lr": 0.5}}
    assert three["config"] == {"activation": "tanh"} and three["runs"] == [{"depth": 8}]
    assert three["surface"] == "hill" and "view" not in three


def test_the_saved_lesson_plays_back_what_each_step_showed(tmp_path):
    draft = sigmoid_draft()
    expected = [draft.shown_at(i) for i in range(3)]
    lesson = lessons.load_lesson(draft.save(tmp_path))
    assert lesson.name == "sigmoid" and lesson.text("en") == "시그모이드"
    for index, want in enumerate(expected):
        assert lesson.configs(index) == want.configs
        assert lesson.view_at(index) == want.view and lesson.surface_at(index) == want.surface
    assert LessonDraft.of(lesson).to_data() == draft.to_data()


def test_moving_or_removing_a_step_keeps_what_every_other_step_shows():
    draft = sigmoid_draft()
    before = {draft.steps[i].texts["en"]: draft.shown_at(i) for i in range(3)}
    draft.move_step(2, 0)
    assert [s.texts["en"] for s in draft.steps] == ["three", "one", "two"]
    for index, step in enumerate(draft.steps):
        assert draft.shown_at(index) == before[step.texts["en"]]
    draft.remove_step(1)
    assert [draft.shown_at(i) for i in range(2)] == [before["three"], before["two"]]
    draft.lesson()  # still a valid lesson


def test_a_built_in_lesson_edited_as_a_copy_leaves_the_built_in_unchanged(tmp_path):
    original = (lessons.folder() / "seed_experiment.json").read_bytes()
    draft = LessonDraft.of(lessons.get("seed_experiment"), name="my_seeds")
    draft.titles["en"] = "My seed experiment"
    draft.remove_step(0)
    copy = lessons.load_lesson(draft.save(tmp_path))
    assert copy.title("en") == "My seed experiment"
    assert len(copy.steps) == len(lessons.get("seed_experiment").steps) - 1
    assert (lessons.folder() / "seed_experiment.json").read_bytes() == original


def test_the_file_has_the_built_in_lessons_format():
    built_in = json.loads((lessons.folder() / "seed_experiment.json").read_text("utf-8"))
    draft = LessonDraft.of(lessons.get("seed_experiment"))
    assert draft.to_data() == built_in


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: setattr(d, "titles", {}), "title: no text"),
        (lambda d: setattr(d, "name", "../evil"), "lesson name '../evil'"),
        (lambda d: setattr(d.steps[0], "question", QuestionDraft(EN, [EN], 0)), "1 answers"),
        (lambda d: setattr(d.steps[1], "question", QuestionDraft(EN, [EN, EN], 2)), "correct: 2"),
        (lambda d: d.steps[1].changes.update(lr=-1), "step 2: config: lr: -1.0 is out of range"),
        (lambda d: d.hidden.append("lr") or d.locked.append("lr"), "both hidden and locked"),
    ],
)
def test_malformed_edits_are_refused_and_nothing_is_written(tmp_path, change, message):
    draft = sigmoid_draft()
    change(draft)
    with pytest.raises(LessonError, match=message.replace("(", r"\(")):
        draft.save(tmp_path / "lessons")
    assert not (tmp_path / "lessons").exists()


def test_a_folder_that_cannot_be_written_is_a_one_line_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(LessonError, match="cannot write the lesson to") as error:
        sigmoid_draft().save(blocker / "lessons")
    assert "\n" not in str(error.value)


def test_a_dataset_file_travels_beside_the_lesson(tmp_path):
    points = tmp_path / "data" / "points.csv"
    points.parent.mkdir()
    rows = np.column_stack([np.random.default_rng(0).normal(size=(40, 2)), np.arange(40) % 2])
    np.savetxt(points, rows, delimiter=",", header="x1,x2,label", comments="")
    draft = LessonDraft.from_shown(shown(Config(dataset=str(points))), "own_data")
    draft.titles = draft.texts = {"ko": "내 데이터"}
    saved = draft.save(tmp_path / "share")
    assert json.loads(saved.read_text("utf-8"))["config"]["dataset"] == "points.csv"
    assert (tmp_path / "share" / "points.csv").read_bytes() == points.read_bytes()
    moved = tmp_path / "moved"
    (tmp_path / "share").rename(moved)
    assert lessons.load_lesson(moved / "own_data.json").configs(0)[0].dataset == str(
        moved / "points.csv"
    )
