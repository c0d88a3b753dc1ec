"""The window model (core.window_model) alone, without Qt: runs, a lesson stepped through
with its question, the panel in front, the timeline position, the language, the theme,
the text size, the latest frame and the messages, each validated and announced."""

from __future__ import annotations

import pytest

from visualizer.core import lessons
from visualizer.core.config import Config, ConfigError
from visualizer.core.runs import MAX_RUNS
from visualizer.core.session import Session
from visualizer.core.window_model import (
    DEFAULT_POINTS,
    MAX_POINTS,
    MIN_POINTS,
    STATUS_SECONDS,
    WindowModel,
)

SMALL = Config(dataset="blobs", samples=200, depth=2, width=8)


EVENTS = (
    "runs_changed",
    "lesson_changed",
    "view_changed",
    "seek_changed",
    "language_changed",
    "lesson_opened",
    "theme_changed",
    "font_changed",
    "error_reported",
    "status_reported",
)


class Recorder:
    """Every event of a model, in order, as (name, args)."""

    def __init__(self, model: WindowModel) -> None:
        self.seen: list[tuple] = []
        for name in EVENTS:
            getattr(model, name).connect(lambda *args, n=name: self.seen.append((n, *args)))

    def names(self) -> list[str]:
        return [event[0] for event in self.seen]


@pytest.fixture
def model():
    return WindowModel([SMALL])


def test_runs_are_added_changed_and_removed_and_each_change_is_announced(model):
    events = Recorder(model)
    assert model.set_value(0, "lr", 0.5).lr == 0.5
    assert model.add_run(copy_of=0)
    model.set_value(1, "activation", "tanh")
    assert [c.activation for c in model.configs] == ["relu", "tanh"]
    assert model.differing() == [{"activation"}, {"activation"}]
    while model.add_run():
        pass
    assert len(model.configs) == MAX_RUNS and not model.can_add_run
    assert not model.remove_run(0)  # run A stays
    assert model.remove_run(1)
    assert [c.activation for c in model.configs] == ["relu", "relu", "relu"]
    assert events.names() == ["runs_changed"] * 6  # set, add, set, add, add, remove
    assert all(by_lesson is False for _, _, by_lesson in events.seen)


def test_a_refused_value_changes_nothing_and_announces_nothing(model):
    events = Recorder(model)
    with pytest.raises(ConfigError, match=r"depth: 0 is out of range; allowed: 1\.\.50"):
        model.set_value(0, "depth", 0)
    with pytest.raises(ConfigError, match="at most 4"):
        model.set_configs([SMALL] * 5)
    assert model.configs == (SMALL,) and events.seen == []


def test_a_lesson_is_applied_stepped_answered_and_closed():
    model = WindowModel([SMALL])
    events = Recorder(model)
    lesson = lessons.get("seed_experiment")
    model.open_lesson(lesson)
    assert model.configs == lesson.configs(0)
    assert events.seen[0] == ("lesson_opened", lesson)  # training pauses first
    assert events.seen[1] == ("runs_changed", lesson.configs(0), True)
    assert ("view_changed", lesson.view_at(0)) in events.seen
    assert (model.hidden, model.locked) == (lesson.hidden, lesson.locked)
    asked = next(i for i, step in enumerate(lesson.steps) if step.question is not None)
    while model.step < asked:
        model.next()
    assert model.configs == lesson.configs(asked) and model.covered
    model.pick(1)
    model.next()  # reveals first
    assert (model.step, model.picked, model.revealed, model.covered) == (asked, 1, True, False)
    model.next()
    assert model.step == asked + 1 and model.picked is None
    model.back()
    assert model.covered  # reaching a step clears its answer
    model.close_lesson()
    assert model.lesson is None and (model.hidden, model.locked) == ((), ())
    assert model.configs == lesson.configs(asked)  # a closed lesson leaves the runs


def test_a_lesson_opened_without_applying_keeps_the_runs(model):
    lesson = lessons.get("seed_experiment")
    events = Recorder(model)
    model.open_lesson(lesson, 2, apply=False)
    assert model.configs == (SMALL,) and model.step == 2
    assert "runs_changed" not in events.names() and "lesson_opened" not in events.names()
    with pytest.raises(IndexError):
        model.open_lesson(lesson, lesson.step_count)


def test_the_view_the_timeline_and_the_language_are_validated(model):
    events = Recorder(model)
    model.show_view("curves")
    model.seek(12)
    model.seek(None)
    model.set_language("ko")
    model.set_language("ko")  # no change, no event
    assert events.seen == [
        ("view_changed", "curves"),
        ("seek_changed", 12),
        ("seek_changed", None),
        ("language_changed", "ko"),
    ]
    for bad in (
        lambda: model.show_view("nope"),
        lambda: model.seek(-1),
        lambda: model.set_language("fr"),
    ):
        with pytest.raises(ValueError):
            bad()
    assert (model.view, model.seek_step, model.lang) == ("curves", None, "ko")


def test_loaded_runs_end_the_lesson(model):
    model.open_lesson(lessons.get("seed_experiment"))
    events = Recorder(model)
    model.load_runs([SMALL, SMALL.replace(lr=0.5)])
    assert model.lesson is None and model.configs == (SMALL, SMALL.replace(lr=0.5))
    assert events.names() == ["lesson_changed", "runs_changed"]
    with pytest.raises(ConfigError):
        model.load_runs([])
    assert model.configs == (SMALL, SMALL.replace(lr=0.5))


def test_a_view_in_front_is_not_announced_again(model):
    """The panel area reports the user's tab clicks to `show_view`; the view the model
    just brought to the front comes back that way and must not go round again."""
    events = Recorder(model)
    model.show_view("curves")
    model.show_view("curves")
    model.show_view("race")
    assert events.seen == [("view_changed", "curves"), ("view_changed", "race")]


def test_theme_and_text_size_are_validated_and_announced(model):
    events = Recorder(model)
    assert (model.theme, model.font_points) == ("light", DEFAULT_POINTS)
    model.set_theme("dark")
    model.set_theme("dark")  # taken again by every part (the window applies it anew)
    model.set_font_points(DEFAULT_POINTS + 4)
    model.set_font_points(MAX_POINTS + 10)
    model.set_font_points(0)
    assert events.seen == [
        ("theme_changed", "dark"),
        ("theme_changed", "dark"),
        ("font_changed", DEFAULT_POINTS + 4),
        ("font_changed", MAX_POINTS),
        ("font_changed", MIN_POINTS),
    ]
    with pytest.raises(ValueError, match="unknown theme 'sepia'; allowed: light, dark"):
        model.set_theme("sepia")
    with pytest.raises(ValueError, match="unknown theme"):
        WindowModel([SMALL], theme="sepia")
    assert (model.theme, model.font_points) == ("dark", MIN_POINTS)


def test_messages_and_the_latest_frame(model):
    events = Recorder(model)
    model.report_error("Export failed: disk full")
    model.report_status("Saved x.png")
    model.report_status("Writing x.png…", None)
    model.report_status("", None)
    assert events.seen == [
        ("error_reported", "Export failed: disk full"),
        ("status_reported", "Saved x.png", STATUS_SECONDS),
        ("status_reported", "Writing x.png…", None),
        ("status_reported", "", None),
    ]
    frame = Session([SMALL]).frame()
    model.set_frame(frame)
    assert model.frame is frame and len(events.seen) == 4  # frames are not announced
    model.set_frame(None)
    assert model.frame is None
