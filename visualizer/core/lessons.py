"""Lessons: the course's built-in lessons and a teacher's own lesson files.

A lesson is one JSON file (the built-in ones are `resources/lessons/NAME.json`, listed in
course order by `resources/lessons/course.json`; a lesson's name is its file's stem):

    {"topic": "initialization",                  optional; one of TOPICS
     "title": {"en": "...", "ko": "..."},        required; one language or both
     "text":  {"en": "...", "ko": "..."},        required: the explanation
     "config": {"init": "normal", ...},          run A: its changes from the defaults
     "runs": [{"init": "he_normal"}, ...],       runs B, C, D: changes from run A (0 to 3)
     "view": "layer_stats",                      panel brought to the front (one of VIEWS)
     "surface": "hill",                          the optimizer race's surface (race.SURFACES)
     "x_axis": "epoch",                          the curves' x axis: step, epoch or samples
     "hide": ["optimizer"], "lock": ["dataset"], controls hidden / shown read-only
     "steps": [                                  optional: what a class works through
        {"text": {"en": "..."},                  required in a step
         "config": {"activation": "tanh"},       changes to run A when the step is reached
         "runs": [{...}],                        replaces the list of runs B..D
         "view": "activations", "surface": "valley", "x_axis": "step",
         "question": {"text": {"en": "..."},     predict, then reveal
                      "answers": [{"en": "..."}, {"en": "..."}],   2 to 4
                      "correct": 1,              index of the right answer, 0 = first
                      "explanation": {"en": "..."}}}]}   optional: why, after the reveal

Runs B..D are run A with their own changes, so a step's changes to run A reach every run.
Steps are cumulative: at step k (0-based) run A is the defaults with the lesson's `config`
and then the `config` of steps 1..k+1 in order; the run list, the view, the surface and the
x axis are the last ones given by those steps, else the lesson's own. Going back or forward
is therefore deterministic, and opening a lesson shows step 1. A lesson without steps is one page.

A relative dataset path (`"dataset": "data/points.csv"`) names a file beside the lesson.
A file is checked as a configuration file is: an unknown key, a value of the wrong type,
a bad configuration key or value in any run of any step, more than four runs, a question
without 2 to 4 answers or with `correct` out of range, a text in no language, malformed
JSON and an unreadable, too large or too deeply nested file each give `LessonError`, one
line naming the file and the problem.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from .config import ConfigError
from .languages import LANGUAGES
from .lesson_files import LessonError, load_lesson
from .lesson_types import TOPICS, Lesson, Question, Step, in_language
from .my_lessons import MyLessons
from .registry import Registry, UnknownNameError
from .resources import resource_path
from .runs import MAX_RUNS
from .views import VIEWS

__all__ = [
    "LANGUAGES",
    "MAX_RUNS",
    "TOPICS",
    "TOPIC_TITLES",
    "VIEWS",
    "Lesson",
    "LessonError",
    "Question",
    "Step",
    "get",
    "load_lesson",
    "names",
    "resolve",
    "topic_title",
]

TOPIC_TITLES: dict[str, dict[str, str]] = {
    "basics": {
        "en": "Basics: loss, learning rate, batch size",
        "ko": "기초: 손실, 학습률, 배치 크기",
    },
    "activations": {"en": "Activation functions", "ko": "활성화 함수"},
    "initialization": {"en": "Weight initialization", "ko": "가중치 초기화"},
    "normalization": {"en": "Batch normalization", "ko": "배치 정규화"},
    "optimization": {"en": "Optimizers", "ko": "옵티마이저"},
    "regularization": {"en": "Overfitting and regularization", "ko": "과대적합과 규제"},
}


def topic_title(topic: str, lang: str = "en") -> str:
    return in_language(TOPIC_TITLES[topic], lang)


def folder() -> Path:
    """Where the built-in lesson files live."""
    return resource_path("lessons")


def course() -> list[str]:
    """The built-in lessons' names as `course.json` lists them."""
    return json.loads((folder() / "course.json").read_text(encoding="utf-8"))


@cache
def registry() -> Registry[Lesson]:
    """Every built-in lesson, by topic in TOPICS order, then in the course file's order."""
    loaded = [load_lesson(folder() / f"{name}.json") for name in course()]
    ranked = sorted(loaded, key=lambda lesson: TOPICS.index(lesson.topic or TOPICS[-1]))
    lessons: Registry[Lesson] = Registry("lesson")
    for lesson in ranked:
        lessons.add(lesson.name, lesson)
    return lessons


def get(name: str) -> Lesson:
    """The built-in lesson called `name`; the error lists valid names."""
    try:
        return registry().get(name)
    except UnknownNameError as error:
        raise ConfigError(f"{error} (or a lesson file ending in .json)") from None


def names() -> list[str]:
    """The built-in lessons' names in course order."""
    return registry().names()


def resolve(name_or_path: str | Path, mine: MyLessons | None = None) -> Lesson:
    """A built-in lesson by name, one of the teacher's own lessons (`mine`) by name, or a
    lesson file by its path (ending in .json)."""
    if str(name_or_path).lower().endswith(".json"):
        return load_lesson(name_or_path)
    name = str(name_or_path)
    if mine is not None and name not in registry().names() and name in mine:
        return mine.get(name)
    try:
        return get(name)
    except ConfigError as error:
        own = mine.names() if mine is not None else []
        if own:
            raise ConfigError(f"{error}; your lessons: {', '.join(own)}") from None
        raise
