"""A lesson being written in the editor: a `LessonDraft` holds what a lesson file holds,
records a step as the changes since the previous step from what the window shows, and
writes the file in exactly the built-in lessons' format (`lessons`), checked by the same
loader before anything is written.

A draft's steps are cumulative as a lesson's are: a step stores only what differs from
the step before it (run A's changed keys, the list of runs B..D when it changed, the
panel and the race surface when they changed), so playing the saved lesson back builds
exactly the runs the window showed when each step was added.
"""

from __future__ import annotations

import filecmp
import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .dataset_names import DATASETS, is_path
from .files import write_atomic
from .languages import LANGUAGES
from .lesson_files import LessonError, parse_lesson
from .lesson_types import Changes, Lesson, Question, Step, Texts
from .runs import build_runs, changes_from

MAX_NAME = 60
"""Characters in a lesson's file name (its stem)."""


@dataclass
class QuestionDraft:
    """Predict, then reveal: the question, 2 to 4 answers, the index of the right one and
    the sentence that says why (optional)."""

    texts: Texts = field(default_factory=dict)
    answers: list[Texts] = field(default_factory=lambda: [{}, {}])
    correct: int = 0
    explanation: Texts = field(default_factory=dict)  # why, shown after the reveal

    @classmethod
    def of(cls, question: Question) -> QuestionDraft:
        answers = [dict(answer) for answer in question.answers]
        return cls(
            dict(question.texts), answers, question.correct, dict(question.explanation or {})
        )

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": _clean(self.texts),
            "answers": [_clean(answer) for answer in self.answers],
            "correct": self.correct,
        }
        if _clean(self.explanation):
            data["explanation"] = _clean(self.explanation)
        return data


@dataclass
class StepDraft:
    """One step: its text and what it changes from the step before (None: unchanged)."""

    texts: Texts = field(default_factory=dict)
    changes: Changes = field(default_factory=dict)
    runs: list[Changes] | None = None
    view: str | None = None
    surface: str | None = None
    question: QuestionDraft | None = None

    @classmethod
    def of(cls, step: Step) -> StepDraft:
        return cls(
            texts=dict(step.texts),
            changes=dict(step.changes),
            runs=None if step.runs is None else [dict(run) for run in step.runs],
            view=step.view,
            surface=step.surface,
            question=None if step.question is None else QuestionDraft.of(step.question),
        )

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": _clean(self.texts)}
        if self.changes:
            data["config"] = dict(self.changes)
        if self.runs is not None:
            data["runs"] = [dict(run) for run in self.runs]
        if self.view is not None:
            data["view"] = self.view
        if self.surface is not None:
            data["surface"] = self.surface
        if self.question is not None:
            data["question"] = self.question.to_data()
        return data


@dataclass
class Shown:
    """What the window shows, as a step records it: every run's configuration (run A
    first), the panel in front and the optimizer race's surface."""

    configs: tuple[Config, ...]
    view: str | None = None
    surface: str | None = None


@dataclass
class LessonDraft:
    """A lesson file's contents, editable: run A's changes from the defaults, runs B..D as
    changes from run A, the first page's view and surface, hidden and locked controls,
    and the steps."""

    name: str = "my_lesson"
    topic: str | None = None
    titles: Texts = field(default_factory=dict)
    texts: Texts = field(default_factory=dict)
    changes: Changes = field(default_factory=dict)
    runs: list[Changes] = field(default_factory=list)
    view: str | None = None
    surface: str | None = None
    hidden: list[str] = field(default_factory=list)
    locked: list[str] = field(default_factory=list)
    steps: list[StepDraft] = field(default_factory=list)

    @classmethod
    def of(cls, lesson: Lesson, name: str | None = None) -> LessonDraft:
        """A draft of `lesson` (a built-in one is edited as a copy under another name)."""
        return cls(
            name=name or lesson.name,
            topic=lesson.topic,
            titles=dict(lesson.titles),
            texts=dict(lesson.texts),
            changes=dict(lesson.changes),
            runs=[dict(run) for run in lesson.runs],
            view=lesson.view,
            surface=lesson.surface,
            hidden=list(lesson.hidden),
            locked=list(lesson.locked),
            steps=[StepDraft.of(step) for step in lesson.steps],
        )

    @classmethod
    def from_shown(cls, shown: Shown, name: str = "my_lesson") -> LessonDraft:
        """A new lesson whose first page shows what the window shows."""
        draft = cls(name=name)
        draft.set_start(shown)
        return draft

    def set_start(self, shown: Shown) -> None:
        """The lesson's own runs, view and surface (its first page) from what is shown."""
        run_a = shown.configs[0]
        self.changes = changes_from(Config(), run_a)
        self.runs = [changes_from(run_a, config) for config in shown.configs[1:]]
        self.view, self.surface = shown.view, shown.surface

    def shown_at(self, index: int) -> Shown:
        """What step `index` (0-based; -1: the lesson's own page before any step) shows,
        computed by the same rules the loader's `Lesson` plays a file with."""
        lesson = self._lesson_for_playback()
        if index < 0 or not lesson.steps:
            configs = _own_configs(lesson)
            return Shown(configs, lesson.view, lesson.surface)
        return Shown(lesson.configs(index), lesson.view_at(index), lesson.surface_at(index))

    def add_step(self, texts: Texts, shown: Shown, at: int | None = None) -> StepDraft:
        """A step recording `shown` as the changes since the step before it (inserted at
        `at`, default the end); the steps after it keep what they showed."""
        at = len(self.steps) if at is None else at
        kept = [self.shown_at(i) for i in range(len(self.steps))]
        step = StepDraft(texts=dict(texts))
        self.steps.insert(at, step)
        self._rebase([*kept[:at], shown, *kept[at:]])
        return step

    def replace_step(self, index: int, shown: Shown) -> None:
        """Step `index` records `shown` instead (its text and question are kept)."""
        kept = [self.shown_at(i) for i in range(len(self.steps))]
        kept[index] = shown
        self._rebase(kept)

    def remove_step(self, index: int) -> None:
        """Remove step `index`; the others keep what they showed."""
        kept = [self.shown_at(i) for i in range(len(self.steps))]
        del self.steps[index], kept[index]
        self._rebase(kept)

    def move_step(self, index: int, to: int) -> None:
        """Move step `index` to position `to`; every step keeps what it showed."""
        kept = [self.shown_at(i) for i in range(len(self.steps))]
        self.steps.insert(to, self.steps.pop(index))
        kept.insert(to, kept.pop(index))
        self._rebase(kept)

    def _rebase(self, shown: Sequence[Shown]) -> None:
        """Each step's changes recomputed against the step before it, so step i shows
        shown[i] (texts and questions stay with their steps)."""
        before = self.shown_at(-1)
        for step, target in zip(self.steps, shown, strict=True):
            again = _difference(before, target, step.texts)
            step.changes, step.runs = again.changes, again.runs
            step.view, step.surface = again.view, again.surface
            before = target

    def to_data(self) -> dict[str, Any]:
        """The lesson file's JSON object, in the built-in lessons' key order."""
        data: dict[str, Any] = {}
        if self.topic is not None:
            data["topic"] = self.topic
        data["title"] = _clean(self.titles)
        data["text"] = _clean(self.texts)
        if self.changes:
            data["config"] = dict(self.changes)
        if self.runs:
            data["runs"] = [dict(run) for run in self.runs]
        if self.view is not None:
            data["view"] = self.view
        if self.surface is not None:
            data["surface"] = self.surface
        if self.hidden:
            data["hide"] = list(self.hidden)
        if self.locked:
            data["lock"] = list(self.locked)
        if self.steps:
            data["steps"] = [step.to_data() for step in self.steps]
        return data

    def lesson(self) -> Lesson:
        """The lesson this draft saves, checked by the loader (LessonError names the
        problem, as for a file)."""
        check_name(self.name)
        try:
            return parse_lesson(json.loads(json.dumps(self.to_data())), self.name)
        except ValueError as error:  # the loader's _Invalid and ConfigError
            raise LessonError(f"lesson {self.name!r}: {error}") from None

    def _lesson_for_playback(self) -> Lesson:
        """The draft as a Lesson for its runs, views and surfaces only (a lesson being
        written may have no texts yet)."""
        placeholder = {"en": "-"}
        steps = tuple(
            Step(
                placeholder,
                step.changes,
                runs=None if step.runs is None else tuple(step.runs),
                view=step.view,
                surface=step.surface,
            )
            for step in self.steps
        )
        return Lesson(
            name=self.name,
            topic=self.topic,
            titles=placeholder,
            texts=placeholder,
            changes=self.changes,
            runs=tuple(self.runs),
            view=self.view,
            surface=self.surface,
            steps=steps,
        )

    def save(self, folder: str | Path) -> Path:
        """Write `folder/NAME.json` atomically, after the loader accepted the lesson, with
        every dataset file the lesson names copied beside it first (the lesson and its
        data travel as one folder). Returns the lesson file's path; raises LessonError,
        having written no lesson, when the lesson or the folder is not usable."""
        self.lesson()
        folder = Path(folder)
        data = self.to_data()
        path = folder / f"{self.name}.json"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for source, target in _bring_datasets(data, folder):
                _copy_dataset(source, target)
            write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        except OSError as error:
            raise LessonError(
                f"cannot write the lesson to {str(folder)!r}: {error.strerror or error}"
            ) from None
        return path


def check_name(name: str) -> None:
    """A lesson's name is its file's stem: letters, digits, '_' and '-' only."""
    if not name or len(name) > MAX_NAME or not all(c.isalnum() or c in "_-" for c in name):
        raise LessonError(f"lesson name {name!r}: use 1 to {MAX_NAME} letters, digits, '_' or '-'")


def _clean(texts: Texts) -> Texts:
    """The texts in LANGUAGES order, without empty ones."""
    return {lang: texts[lang].strip() for lang in LANGUAGES if texts.get(lang, "").strip()}


def _own_configs(lesson: Lesson) -> tuple[Config, ...]:
    return build_runs(Config.from_mapping(lesson.changes), lesson.runs)


def _difference(before: Shown, after: Shown, texts: Texts) -> StepDraft:
    """A step that takes the window from `before` to `after`."""
    run_a = after.configs[0]
    runs = [changes_from(run_a, config) for config in after.configs[1:]]
    old_runs = [changes_from(before.configs[0], config) for config in before.configs[1:]]
    return StepDraft(
        texts=texts,
        changes=changes_from(before.configs[0], run_a),
        runs=None if runs == old_runs else runs,
        view=None if after.view == before.view else after.view,
        surface=None if after.surface == before.surface else after.surface,
    )


def _copy_dataset(source: Path, target: Path) -> None:
    """Copy a dataset file beside the lesson, unless the same file is there already; a
    different file of that name is never overwritten."""
    if target.exists():
        if filecmp.cmp(source, target, shallow=False):
            return
        raise LessonError(
            f"{str(target)!r} exists and is another file; rename the dataset to save the lesson"
        )
    shutil.copyfile(source, target)


def _bring_datasets(data: dict[str, Any], folder: Path) -> list[tuple[Path, Path]]:
    """Rewrite every dataset file path in `data` to a name beside the lesson; the
    (source, copy) pairs to copy after the lesson is written."""
    copies: list[tuple[Path, Path]] = []

    def local(changes: dict[str, Any]) -> None:
        dataset = changes.get("dataset")
        if not isinstance(dataset, str) or dataset in DATASETS or not is_path(dataset):
            return
        source = Path(dataset).expanduser()
        if not source.is_absolute():
            return  # already beside the lesson
        target = folder / source.name
        changes["dataset"] = source.name
        if source.resolve() != target.resolve():
            copies.append((source, target))

    for part in [data, *data.get("steps", [])]:
        if "config" in part:
            local(part["config"])
        for run in part.get("runs", []):
            local(run)
    return copies
