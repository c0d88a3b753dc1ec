"""The values a lesson file describes: `Lesson`, its `Step`s and their `Question`s.

The file format and its rules are documented in `lessons` (the module to import);
`lesson_files` reads and validates files into these values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .config import Config
from .runs import build_runs

TOPICS: tuple[str, ...] = (
    "basics",
    "activations",
    "initialization",
    "normalization",
    "optimization",
    "regularization",
)
"""Lesson topics in the order of a course."""

Texts = dict[str, str]
Changes = dict[str, Any]


def in_language(texts: Texts, lang: str) -> str:
    """The text in `lang`; without a translation the English one, else the one given
    (a lesson may be written in one language only)."""
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


@dataclass(frozen=True)
class Question:
    """Predict, then reveal: a question with 2 to 4 answers, `correct` indexes `answers`;
    `explanation` (optional) says why, shown after the reveal."""

    texts: Texts
    answers: tuple[Texts, ...]
    correct: int
    explanation: Texts | None = None

    def text(self, lang: str = "en") -> str:
        return in_language(self.texts, lang)

    def explanation_text(self, lang: str = "en") -> str | None:
        """Why the answer is right, in `lang` (else English); None when the file gives none."""
        return None if self.explanation is None else in_language(self.explanation, lang)

    def answer_texts(self, lang: str = "en") -> list[str]:
        return [in_language(answer, lang) for answer in self.answers]


@dataclass(frozen=True)
class Step:
    """One step of a lesson: its text, the changes it applies to run A (and so to every
    run), an optional replacement list of runs B..D, a panel to show, a question, the
    optimizer race's surface and the curves' x axis."""

    texts: Texts
    changes: Changes
    runs: tuple[Changes, ...] | None = None
    view: str | None = None
    question: Question | None = None
    surface: str | None = None
    x_axis: str | None = None

    def text(self, lang: str = "en") -> str:
        return in_language(self.texts, lang)


@dataclass(frozen=True)
class Lesson:
    """A named lesson: run A is the defaults with `changes`; run B, C, D are run A with
    each entry of `runs`; `steps` apply their changes cumulatively."""

    name: str
    topic: str | None
    titles: Texts
    texts: Texts
    changes: Changes
    runs: tuple[Changes, ...] = ()
    view: str | None = None
    hidden: tuple[str, ...] = ()
    locked: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()
    surface: str | None = None
    x_axis: str | None = None

    def title(self, lang: str = "en") -> str:
        return in_language(self.titles, lang)

    def text(self, lang: str = "en") -> str:
        return in_language(self.texts, lang)

    @property
    def step_count(self) -> int:
        """Steps a class goes through: 1 for a lesson without steps."""
        return max(1, len(self.steps))

    def _check(self, step: int) -> None:
        if not 0 <= step < self.step_count:
            raise IndexError(f"lesson {self.name!r} has no step {step} (0..{self.step_count - 1})")

    def _last(self, name: str, step: int) -> Any:
        """The last value of `name` given by steps 1..step+1 (not None), else the
        lesson's own: so going back shows what was shown there before."""
        self._check(step)
        value = getattr(self, name)
        for reached in self.steps[: step + 1]:
            if getattr(reached, name) is not None:
                value = getattr(reached, name)
        return value

    def run_changes(self, step: int = 0) -> tuple[Changes, ...]:
        """What runs B, C, D change from run A at `step`."""
        return self._last("runs", step)

    def view_at(self, step: int = 0) -> str | None:
        """The panel to show at `step`."""
        return self._last("view", step)

    def surface_at(self, step: int = 0) -> str | None:
        """The optimizer race's surface at `step` (None: the lesson does not choose one)."""
        return self._last("surface", step)

    def x_axis_at(self, step: int = 0) -> str | None:
        """What the curves are drawn against at `step` (None: the lesson does not choose)."""
        return self._last("x_axis", step)

    def configs(self, step: int = 0) -> tuple[Config, ...]:
        """Every run's configuration at `step` (0-based), run A first: the defaults with
        the lesson's changes, then those of steps 1..step+1 in order."""
        self._check(step)
        run_a = Config.from_mapping(self.changes)
        for reached in self.steps[: step + 1]:
            if reached.changes:
                run_a = run_a.replace(**reached.changes)
        return build_runs(run_a, self.run_changes(step))

    @property
    def run_count(self) -> int:
        """The most runs any step of the lesson compares."""
        return max(1 + len(self.run_changes(step)) for step in range(self.step_count))
