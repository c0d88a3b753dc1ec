"""`visualizer export --preset LESSON --lesson-step K`: the lesson's step K (1-based) with its
runs, text and question, as the README's screenshot of a stepped lesson shows it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from visualizer import app
from visualizer import export_command as export
from visualizer.core import lessons
from visualizer.core.config import Config
from visualizer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
LESSON = "seed_experiment"  # step 4 asks a question


def test_export_renders_the_step_with_its_question_covering_the_panels(
    tmp_path, capsys, monkeypatch
):
    seen = {}
    render = export._window_bytes

    def looking(window, out, size):
        seen["configs"] = window.controls.configs()
        seen["step"] = window.model.step
        seen["covered"] = window.lesson.cover.isVisible()
        seen["label"] = window.lesson.panel.step_label.text()
        return render(window, out, size)

    monkeypatch.setattr(export, "_window_bytes", looking)
    out = tmp_path / "question.png"
    argv = [
        "export",
        "--preset",
        LESSON,
        "--lesson-step",
        "4",
        "--steps",
        "0",
        "--out",
        str(out),
        "--size",
        "1280x720",
    ]
    assert app.main(argv) == 0
    assert seen == {
        "configs": lessons.get(LESSON).configs(3),
        "step": 3,
        "covered": True,
        "label": "Step 4 of 6",
    }
    assert QImage(str(out)).size().width() == 1280
    assert app.main([*argv[:4], "3", *argv[5:]]) == 0  # no question at step 3
    assert seen["step"] == 2 and not seen["covered"]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--lesson-step", "2"], "--lesson-step: needs --preset"),
        (["--preset", LESSON, "--lesson-step", "0"], "allowed: 1..6"),
        (["--preset", LESSON, "--lesson-step", "7"], "--lesson-step: 7 is out of range"),
        (["--preset", "relu_he", "--lesson-step", "2"], "allowed: 1..1"),
    ],
)
def test_a_bad_step_is_one_line_and_writes_nothing(tmp_path, capsys, argv, words):
    out = tmp_path / "slide.png"
    assert app.main(["export", "--steps", "0", "--out", str(out), *argv]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    assert not out.exists()


def test_the_runs_of_a_step_start_from_that_step():
    argv = [
        "export",
        "--preset",
        LESSON,
        "--lesson-step",
        "4",
        "--steps",
        "0",
        "--out",
        "x.png",
        "--set",
        "seed=3",
    ]
    args = app.build_parser().parse_args(argv)
    runs = app.resolve_runs(args, app.lesson_step(args.preset, args.lesson_step))
    assert runs == (lessons.get(LESSON).configs(3)[0].replace(seed=3),)


def test_apply_view_opens_the_lesson_at_a_step_over_the_windows_runs(qtbot):
    mine = Config(dataset="blobs", samples=200, depth=2, width=8)
    win = MainWindow([mine], live=False)
    qtbot.addWidget(win)
    win.show()
    win.apply_view("light", LESSON, step=3)
    assert win.controls.configs() == (mine,)  # --set and --run changes are kept
    assert win.model.step == 3 and win.lesson.cover.isVisible()
    assert not win.controls.panel_a.bindings["dataset"].widget.isEnabled()
