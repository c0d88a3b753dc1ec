"""My lessons: the teacher's own lesson folder, its order, and the command line taking
them by name (the folder is under the tests' scratch XDG_DATA_HOME)."""

import json

import pytest

from visualizer.app import main
from visualizer.core import lessons
from visualizer.core.config import Config
from visualizer.core.lesson_draft import LessonDraft, Shown
from visualizer.core.my_lessons import MyLessons
from visualizer.ui.settings import my_lessons


def saved(folder, name, title):
    draft = LessonDraft.from_shown(Shown((Config(depth=3, width=8, samples=200),)), name)
    draft.titles = draft.texts = {"ko": title}
    path = draft.save(folder)
    MyLessons(folder).added(name)
    return path


def test_lessons_keep_the_order_the_teacher_sets(tmp_path):
    mine = MyLessons(tmp_path / "lessons")
    assert mine.names() == []
    for name in ("zeta", "alpha", "mid"):
        saved(mine.folder, name, name)
    assert mine.names() == ["zeta", "alpha", "mid"]
    mine.set_order(["mid", "zeta", "alpha"])
    assert mine.names() == ["mid", "zeta", "alpha"]
    (mine.folder / "dropped.json").write_text((mine.folder / "mid.json").read_text("utf-8"))
    assert mine.names()[-1] == "dropped"  # a file put in the folder by hand comes last
    mine.remove("zeta")
    assert mine.names() == ["mid", "alpha", "dropped"]
    (mine.folder / "order.json").write_text("{broken")
    assert mine.names() == ["alpha", "dropped", "mid"]


def test_the_user_folder_is_the_platforms_data_location():
    folder = my_lessons().folder
    assert folder.parts[-2:] == ("visualizer", "lessons")
    assert str(folder).startswith(str(__import__("os").environ["XDG_DATA_HOME"]))


@pytest.fixture
def own_lesson():
    mine = my_lessons()
    path = saved(mine.folder, "my_class", "우리 반 수업")
    yield path
    mine.remove("my_class")


def test_presets_lists_my_lessons_marked_and_runs_take_them_by_name(own_lesson, capsys, tmp_path):
    assert main(["presets"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert (
        lines[-1].startswith("my_class") and "[mine]" in lines[-1] and "우리 반 수업" in lines[-1]
    )
    assert len(lines) == len(lessons.names()) + 1
    out = tmp_path / "run.json"
    assert main(["run", "--preset", "my_class", "--steps", "3", "--json", str(out)]) == 0
    assert json.loads(out.read_text())["config"]["depth"] == 3
    assert (
        main(["export", "--preset", "my_class", "--steps", "2", "--out", str(tmp_path / "a.png")])
        == 0
    )


def test_an_unknown_name_lists_my_lessons_too(own_lesson, capsys):
    assert main(["run", "--preset", "nosuch", "--steps", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "your lessons: my_class" in err
