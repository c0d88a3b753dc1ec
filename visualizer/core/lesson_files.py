"""Read a lesson file (format in `lessons`) into a `Lesson`, or fail with one line naming
the file and the problem, as configuration files do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .config import KEYS, Config, ConfigError
from .dataset_names import DATASETS, is_path
from .files import read_json
from .history import X_AXES
from .keys import RESTRICTABLE
from .languages import LANGUAGES
from .lesson_types import (
    TOPICS,
    Changes,
    Lesson,
    Question,
    Step,
    Texts,
)
from .race import SURFACES
from .registry import UnknownNameError
from .runs import RUN_NAMES, build_runs, check_run_count
from .views import VIEWS

MAX_BYTES = 1_000_000
"""A lesson is a few kilobytes; anything this large is not one."""
MAX_NESTING = 8
"""Objects and lists within each other: a lesson needs 6 (steps > step > question >
answers > answer > text)."""
LESSON_KEYS = (
    "topic",
    "title",
    "text",
    "config",
    "runs",
    "view",
    "surface",
    "x_axis",
    "hide",
    "lock",
    "steps",
)
STEP_KEYS = ("text", "config", "runs", "view", "surface", "x_axis", "question")
QUESTION_KEYS = ("text", "answers", "correct", "explanation")
QUESTION_REQUIRED = ("text", "answers", "correct")


class LessonError(ConfigError):
    """A mistake in a lesson file; the message is one line naming the file."""


class _Invalid(ValueError):
    """A problem found inside the file; `load_lesson` adds the file's name."""


def load_lesson(path: str | Path) -> Lesson:
    """The lesson in the JSON file `path`, named by the file's stem; a relative dataset
    path in it names a file beside the lesson (a teacher shares the folder)."""
    path = Path(path)
    where = f"lesson file {str(path)!r}"
    data = read_json(path, where, LessonError, MAX_BYTES)
    try:
        return parse_lesson(_anchored(data, path.parent.absolute()), path.stem)
    except _Invalid as error:
        raise LessonError(f"{where}: {error}") from None


def _anchored(data: Any, folder: Path) -> Any:
    """`data` with every relative dataset path in its configurations (the lesson's and its
    steps', run A's and the other runs') made relative to `folder`; the rest as it was."""

    def beside(dataset: Any) -> bool:
        """Whether `dataset` is a relative path (or a folder's name beside the lesson)."""
        if not isinstance(dataset, str) or not dataset.strip() or dataset in DATASETS:
            return False
        if Path(dataset).expanduser().is_absolute():
            return False
        return is_path(dataset) or (folder / dataset).exists()

    def changes(value: Any) -> Any:
        if isinstance(value, dict) and beside(value.get("dataset")):
            return {**value, "dataset": str(folder / value["dataset"])}
        return value

    def anchored(part: Any) -> Any:
        if not isinstance(part, dict):
            return part
        part = dict(part)
        if "config" in part:
            part["config"] = changes(part["config"])
        if isinstance(part.get("runs"), list):
            part["runs"] = [changes(run) for run in part["runs"]]
        return part

    data = anchored(data)
    if isinstance(data, dict) and isinstance(data.get("steps"), list):
        data["steps"] = [anchored(step) for step in data["steps"]]
    return data


def parse_lesson(data: Any, name: str) -> Lesson:
    """A `Lesson` from parsed JSON; raises `_Invalid` naming the part that is wrong."""
    if _nesting(data) > MAX_NESTING:
        raise _Invalid(f"nested too deeply (more than {MAX_NESTING} levels)")
    _expect(data, dict, "the file", "an object")
    _known_keys(data, LESSON_KEYS, "the lesson")
    for required in ("title", "text"):
        if required not in data:
            raise _Invalid(f"missing {required!r} (an object of texts: {{'en': ..., 'ko': ...}})")
    topic = data.get("topic")
    if topic is not None and topic not in TOPICS:
        raise _Invalid(f"topic: unknown topic {topic!r}; allowed: {', '.join(TOPICS)}")
    steps = _expect(data.get("steps", []), list, "steps", "a list of steps")
    lesson = Lesson(
        name=name,
        topic=topic,
        titles=_texts(data["title"], "title"),
        texts=_texts(data["text"], "text"),
        changes=_changes(data.get("config", {}), "config"),
        runs=_runs(data.get("runs", []), "runs"),
        view=_view(data.get("view"), "view"),
        surface=_surface(data.get("surface"), "surface"),
        x_axis=_x_axis(data.get("x_axis"), "x_axis"),
        hidden=_keys(data.get("hide", []), "hide"),
        locked=_keys(data.get("lock", []), "lock"),
        steps=tuple(_step(step, f"step {number}") for number, step in enumerate(steps, 1)),
    )
    both = sorted(set(lesson.hidden) & set(lesson.locked))
    if both:
        raise _Invalid(f"{both[0]!r} is both hidden and locked; choose one")
    _check_configs(lesson)
    return lesson


def _nesting(value: Any) -> int:
    """Levels of objects and lists (a text or number is 0)."""
    if isinstance(value, dict):
        return 1 + max(map(_nesting, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_nesting, value), default=0)
    return 0


_JSON_TYPES = {
    dict: "an object",
    list: "a list",
    str: "a text",
    bool: "true or false",
    int: "a number",
    float: "a number",
    type(None): "null",
}


def _expect(value: Any, kind: type, where: str, wanted: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Invalid(f"{where}: expected {wanted}, got {_JSON_TYPES.get(type(value), 'a value')}")
    return value


def _known_keys(data: dict | list, allowed: tuple[str, ...], where: str) -> None:
    unknown = [key for key in data if key not in allowed]
    if unknown:
        raise _Invalid(f"{where}: unknown key {unknown[0]!r}; valid keys: {', '.join(allowed)}")


def _texts(value: Any, where: str) -> Texts:
    """{'en': ..., 'ko': ...}: at least one language (a lesson written for one class's
    language is valid; the other interface shows that text), every text non-empty."""
    _expect(value, dict, where, "an object of texts by language ({'en': ..., 'ko': ...})")
    for lang, text in value.items():
        if lang not in LANGUAGES:
            raise _Invalid(f"{where}: unknown language {lang!r}; allowed: {', '.join(LANGUAGES)}")
        if not _expect(text, str, f"{where}.{lang}", "a text").strip():
            raise _Invalid(f"{where}.{lang}: the text is empty")
    if not value:
        raise _Invalid(f"{where}: no text; give it in at least one of {', '.join(LANGUAGES)}")
    return dict(value)


def _changes(value: Any, where: str) -> Changes:
    """Configuration keys and values; the values are checked when the runs are built."""
    _expect(value, dict, where, "an object of configuration keys")
    _known_keys(value, KEYS, where)
    return dict(value)


def _runs(value: Any, where: str) -> tuple[Changes, ...]:
    _expect(value, list, where, "a list of runs B, C, D (changes from run A)")
    try:
        check_run_count(len(value) + 1)
    except ConfigError as error:
        raise _Invalid(f"{where}: {error}") from None
    return tuple(
        _changes(run, f"{where}: run {RUN_NAMES[index]}") for index, run in enumerate(value, 1)
    )


def _view(value: Any, where: str) -> str | None:
    if value is not None and value not in VIEWS:
        raise _Invalid(f"{where}: unknown view {value!r}; allowed: {', '.join(VIEWS)}")
    return value


def _surface(value: Any, where: str) -> str | None:
    """A race surface's canonical name (None: not chosen)."""
    if value is None:
        return None
    _expect(value, str, where, "a surface name")
    try:
        return SURFACES.canonical(value)
    except UnknownNameError as error:
        raise _Invalid(f"{where}: {error}") from None


def _x_axis(value: Any, where: str) -> str | None:
    """A history column the curves are drawn against (None: not chosen)."""
    if value is not None and value not in X_AXES:
        raise _Invalid(f"{where}: unknown x axis {value!r}; allowed: {', '.join(X_AXES)}")
    return value


def _keys(value: Any, where: str) -> tuple[str, ...]:
    """Keys a lesson hides or locks: those the declarations let it (`Key.restrictable`)."""
    _expect(value, list, where, "a list of configuration keys")
    _known_keys(value, KEYS, where)
    for key in value:
        if key not in RESTRICTABLE:
            raise _Invalid(f"{where}: {key!r} is not a key a lesson may hide or lock")
    return tuple(dict.fromkeys(value))


def _step(value: Any, where: str) -> Step:
    _expect(value, dict, where, "an object")
    _known_keys(value, STEP_KEYS, where)
    if "text" not in value:
        raise _Invalid(f"{where}: missing 'text'")
    return Step(
        texts=_texts(value["text"], f"{where}: text"),
        changes=_changes(value.get("config", {}), f"{where}: config"),
        runs=_runs(value["runs"], f"{where}: runs") if "runs" in value else None,
        view=_view(value.get("view"), f"{where}: view"),
        surface=_surface(value.get("surface"), f"{where}: surface"),
        x_axis=_x_axis(value.get("x_axis"), f"{where}: x_axis"),
        question=_question(value["question"], f"{where}: question")
        if "question" in value
        else None,
    )


def _question(value: Any, where: str) -> Question:
    _expect(value, dict, where, "an object")
    _known_keys(value, QUESTION_KEYS, where)
    for required in QUESTION_REQUIRED:
        if required not in value:
            raise _Invalid(f"{where}: missing {required!r}")
    answers = _expect(value["answers"], list, f"{where}: answers", "a list of texts")
    if not 2 <= len(answers) <= 4:
        raise _Invalid(f"{where}: {len(answers)} answers; allowed: 2 to 4")
    correct = _expect(value["correct"], int, f"{where}: correct", "an answer's index (0 = first)")
    if not 0 <= correct < len(answers):
        raise _Invalid(
            f"{where}: correct: {correct} is out of range; allowed: 0..{len(answers) - 1}"
        )
    return Question(
        texts=_texts(value["text"], f"{where}: text"),
        answers=tuple(
            _texts(answer, f"{where}: answer {index}") for index, answer in enumerate(answers)
        ),
        correct=correct,
        explanation=_texts(value["explanation"], f"{where}: explanation")
        if "explanation" in value
        else None,
    )


def _check_configs(lesson: Lesson) -> None:
    """Build every run of every step (as `Lesson.configs` does), so a bad value fails now
    and names its place."""
    run_a = _built(None, lesson.changes, "config")
    runs = lesson.runs
    for number, step in enumerate(lesson.steps or (None,), 1):
        place = ""
        if step is not None:
            place = f"step {number}: "
            run_a = _built(run_a, step.changes, f"{place}config")
            runs = runs if step.runs is None else step.runs
        try:
            build_runs(run_a, runs)
        except ConfigError as error:
            raise _Invalid(f"{place}{error}") from None


def _built(base: Config | None, changes: Changes, where: str) -> Config:
    """`base` (else the defaults) with `changes`; an error is named by `where`."""
    try:
        return Config.from_mapping(changes) if base is None else base.replace(**changes)
    except ConfigError as error:
        raise _Invalid(f"{where}: {error}") from None
