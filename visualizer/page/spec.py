"""What a page records: a lesson's texts and, per lesson step, its runs and question, as a
JSON-ready mapping (the window hands it to the child process that writes the page)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..core.config import Config
from ..core.languages import LANGUAGES
from ..core.lesson_types import Lesson, Question, Texts
from ..core.runs import runs_from_mapping, runs_to_mapping

UNTITLED = {"en": "Recorded runs", "ko": "기록된 실행"}
"""The title of a page of runs that are not a lesson."""


def explanation_texts(question: Question) -> Texts | None:
    """The question's optional explanation {"en", "ko"} shown after the reveal: read from
    an `explanations` mapping, an `explanation` mapping or an `explanation(lang)` method,
    whichever the lesson format has (None when it has none)."""
    value = getattr(question, "explanations", None) or getattr(question, "explanation", None)
    if callable(value):
        texts = {lang: value(lang) for lang in LANGUAGES}
        return {lang: text for lang, text in texts.items() if text} or None
    return dict(value) if isinstance(value, dict) and any(value.values()) else None


def question_spec(question: Question | None) -> dict[str, Any] | None:
    if question is None:
        return None
    return {
        "text": dict(question.texts),
        "answers": [dict(answer) for answer in question.answers],
        "correct": question.correct,
        "explanation": explanation_texts(question),
    }


def lesson_spec(lesson: Lesson, step_runs: Sequence[Sequence[Config]] | None = None) -> dict:
    """`lesson` with, per step, its runs: `step_runs[k]` when given (e.g. with --set
    applied), else the lesson's own `configs(k)`."""
    steps = []
    for index in range(lesson.step_count):
        step = lesson.steps[index] if lesson.steps else None
        configs = step_runs[index] if step_runs is not None else lesson.configs(index)
        steps.append(
            {
                "text": dict(step.texts) if step else None,
                "view": lesson.view_at(index),
                "x_axis": lesson.x_axis_at(index),
                "question": question_spec(step.question if step else None),
                "runs": runs_to_mapping(configs),
            }
        )
    return {
        "name": lesson.name,
        "topic": lesson.topic,
        "title": dict(lesson.titles),
        "text": dict(lesson.texts),
        "steps": steps,
    }


def runs_spec(configs: Sequence[Config]) -> dict:
    """A page of runs that are not a lesson: one step, no text."""
    step = {
        "text": None,
        "view": None,
        "x_axis": "step",
        "question": None,
        "runs": runs_to_mapping(configs),
    }
    return {"name": "runs", "topic": None, "title": UNTITLED, "text": None, "steps": [step]}


def step_configs(spec: dict) -> list[tuple[Config, ...]]:
    """Each step's runs as configurations (a bad one is a ConfigError naming its key)."""
    return [runs_from_mapping(step["runs"]) for step in spec["steps"]]
