"""What the window shows, without Qt (docs/DESIGN.md, "Worker and UI"): the runs and
their configurations, the lesson with its step and the class's answer, the panel in
front, the timeline position, the language, the theme, the text size, the latest frame,
and the messages the window's parts have for the user.

Every change goes through a method that validates it (a bad value raises `ConfigError`
or `ValueError` and changes nothing) and then announces it through one of the model's
`Event`s. The window's parts (control dock, lesson view, menus, exports, scrubber) call
these methods and listen to the events; none of them reads another part's widgets or
holds the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .config import Config
from .events import Event
from .languages import LANGUAGES
from .lesson_types import Lesson, Question
from .protocol import Frame
from .runs import MAX_RUNS, check_run_count, differing_from_a
from .views import VIEWS

THEME_NAMES = ("light", "dark")  # light: high contrast, for projectors
DEFAULT_POINTS = 10  # the text size, in points (presenter mode makes it larger)
MIN_POINTS, MAX_POINTS = 7, 28
STATUS_SECONDS = 5.0  # how long a status message of something done stays


class WindowModel:
    """The state of one window. Events:

    - `runs_changed(configs, by_lesson)`: new configurations, run A first (`by_lesson`:
      a lesson step set them, and training pauses for the class to look);
    - `lesson_changed(reached)`: the lesson, its step, the answer picked or revealed
      (`reached`: a step was reached, or the lesson opened or closed; False: only the
      answer changed);
    - `view_changed(name)`: the panel to bring to the front;
    - `seek_changed(step)`: the timeline position asked for (None: the live end);
    - `language_changed(lang)`;
    - `lesson_opened(lesson)`: a lesson opened to teach (training pauses, old messages go);
    - `theme_changed(name)`, `font_changed(points)`: the window's colours and text size;
    - `error_reported(text)`: something went wrong (the window's banner shows it);
    - `status_reported(text, seconds)`: what is under way or done (the status bar; empty
      text clears it; `seconds` None: until replaced).
    """

    def __init__(self, configs: Sequence[Config], lang: str = "en", theme: str = "light") -> None:
        check_run_count(len(configs))
        self._check_language(lang)
        self._check_theme(theme)
        self.configs: tuple[Config, ...] = tuple(configs)
        self.lang = lang
        self.theme = theme
        self.font_points = DEFAULT_POINTS
        self.frame: Frame | None = None  # the newest frame from the training process
        self.lesson: Lesson | None = None
        self.step = 0
        self.picked: int | None = None
        self.revealed = False
        self.view: str | None = None
        self.seek_step: int | None = None
        self.runs_changed = Event()
        self.lesson_changed = Event()
        self.view_changed = Event()
        self.seek_changed = Event()
        self.language_changed = Event()
        self.lesson_opened = Event()
        self.theme_changed = Event()
        self.font_changed = Event()
        self.error_reported = Event()
        self.status_reported = Event()

    # runs -------------------------------------------------------------------------------
    def set_configs(self, configs: Sequence[Config], by_lesson: bool = False) -> None:
        """Use these runs (1 to MAX_RUNS, run A first)."""
        check_run_count(len(configs))
        self.configs = tuple(configs)
        self.runs_changed.emit(self.configs, by_lesson)

    def load_runs(self, configs: Sequence[Config]) -> None:
        """Runs from a file (or put back after a preview): the lesson ends, its hidden and
        locked controls show again."""
        check_run_count(len(configs))
        self.close_lesson()
        self.set_configs(configs)

    def set_value(self, run: int, key: str, value: Any) -> Config:
        """Set one key of run `run` (0 = run A); raises ConfigError for a value the
        configuration refuses. Returns the run's new configuration."""
        config = self.configs[run].replace(**{key: value})
        self.set_config(run, config)
        return config

    def set_config(self, run: int, config: Config) -> None:
        """Replace run `run`'s configuration."""
        configs = list(self.configs)
        configs[run] = config
        self.set_configs(configs)

    def add_run(self, copy_of: int = 0) -> bool:
        """A new last run, a copy of run `copy_of`; False when there are MAX_RUNS already."""
        if not self.can_add_run:
            return False
        self.set_configs([*self.configs, self.configs[copy_of]])
        return True

    def remove_run(self, run: int) -> bool:
        """Drop run `run` (never run A); later runs move up a letter."""
        if not 0 < run < len(self.configs):
            return False
        self.set_configs([c for index, c in enumerate(self.configs) if index != run])
        return True

    @property
    def can_add_run(self) -> bool:
        return len(self.configs) < MAX_RUNS

    def differing(self) -> list[set[str]]:
        """Per run, the keys that differ from run A (run A: those differing in any run)."""
        return differing_from_a(self.configs)

    # lesson -----------------------------------------------------------------------------
    def open_lesson(self, lesson: Lesson, step: int = 0, apply: bool = True) -> None:
        """Show `lesson` at `step` (0-based). `apply`: set the runs to the step's
        configurations (training pauses: `lesson_opened`); without it the window shows them
        already (start-up, export, a language switch)."""
        lesson.configs(step)  # an IndexError for a step the lesson does not have
        if apply:
            self.lesson_opened.emit(lesson)
        self.lesson = lesson
        self._reach(lesson, step, apply)

    def close_lesson(self) -> None:
        """End the lesson (a configuration was loaded): every control shows again."""
        self.lesson, self.step, self.picked, self.revealed = None, 0, None, False
        self.lesson_changed.emit(True)

    def go(self, step: int) -> None:
        """Reach `step` of the lesson: its runs, its panel, its question unanswered."""
        if self.lesson is not None:
            self.lesson.configs(step)
            self._reach(self.lesson, step, apply=True)

    def next(self) -> None:
        """Reveal a covered answer, else go to the next step."""
        if self.covered:
            self.reveal()
        elif self.lesson is not None and self.step + 1 < self.lesson.step_count:
            self.go(self.step + 1)

    def back(self) -> None:
        if self.lesson is not None and self.step > 0:
            self.go(self.step - 1)

    def pick(self, index: int) -> None:
        """The class's answer (0-based), until it is revealed."""
        question = self.question
        if self.covered and question is not None and 0 <= index < len(question.answers):
            self.picked = index
            self.lesson_changed.emit(False)

    def reveal(self) -> None:
        if self.covered:
            self.revealed = True
            self.lesson_changed.emit(False)

    def restore_answer(self, picked: int | None, revealed: bool) -> None:
        """The answer state another window had (a language switch)."""
        self.picked, self.revealed = picked, revealed
        self.lesson_changed.emit(False)

    @property
    def question(self) -> Question | None:
        """The current step's question, if it has one."""
        if self.lesson is None or not self.lesson.steps:
            return None
        return self.lesson.steps[self.step].question

    @property
    def covered(self) -> bool:
        """Whether a question waits for its answer (the panels are covered, training
        paused, Play and Step off)."""
        return self.question is not None and not self.revealed

    @property
    def can_go_next(self) -> bool:
        count = self.lesson.step_count if self.lesson is not None else 0
        return self.covered or self.step + 1 < count

    @property
    def hidden(self) -> tuple[str, ...]:
        """The keys the lesson hides in every run's controls."""
        return self.lesson.hidden if self.lesson is not None else ()

    @property
    def locked(self) -> tuple[str, ...]:
        """The keys the lesson shows read-only."""
        return self.lesson.locked if self.lesson is not None else ()

    @property
    def race_surface(self) -> str:
        """The optimizer race's surface at this step: the lesson's, else the valley."""
        surface = self.lesson.surface_at(self.step) if self.lesson is not None else None
        return surface or "valley"

    def _reach(self, lesson: Lesson, step: int, apply: bool) -> None:
        self.step, self.picked, self.revealed = step, None, False
        configs = lesson.configs(step)
        if apply and configs != self.configs:
            self.set_configs(configs, by_lesson=True)
        self.lesson_changed.emit(True)
        view = lesson.view_at(step)
        if view is not None:
            self.show_view(view)

    # view, timeline, language, theme, text size -----------------------------------------
    def show_view(self, name: str) -> None:
        """Bring the panel `name` (a view name) to the front; the panel area also reports
        the tabs the user brings to the front here, so `view` is always the latest. A view
        already in front is not announced again."""
        if name not in VIEWS:
            raise ValueError(f"unknown view {name!r}; allowed: {', '.join(VIEWS)}")
        if name != self.view:
            self.view = name
            self.view_changed.emit(name)

    def seek(self, step: int | None) -> None:
        """Show the runs at `step` of the timeline (None: back to the live end)."""
        if step is not None and step < 0:
            raise ValueError(f"step {step}: the timeline starts at step 0")
        self.seek_step = step
        self.seek_changed.emit(step)

    def set_language(self, lang: str) -> None:
        self._check_language(lang)
        if lang != self.lang:
            self.lang = lang
            self.language_changed.emit(lang)

    def set_theme(self, name: str) -> None:
        """Colour the window `name` (light or dark); announced even when unchanged, so the
        window's parts take it again."""
        self._check_theme(name)
        self.theme = name
        self.theme_changed.emit(name)

    def set_font_points(self, points: int) -> None:
        """Every text of the window at `points`, held within MIN_POINTS..MAX_POINTS
        (Larger text at the largest size stays there)."""
        self.font_points = max(MIN_POINTS, min(MAX_POINTS, int(points)))
        self.font_changed.emit(self.font_points)

    # frames and messages ----------------------------------------------------------------
    def set_frame(self, frame: Frame | None) -> None:
        """The newest frame (None: none that still says anything). Not announced: the
        window redraws at the display's rate, and exports read it when they start."""
        self.frame = frame

    def report_error(self, text: str) -> None:
        """Tell the user something went wrong; nothing else changes."""
        self.error_reported.emit(text)

    def report_status(self, text: str, seconds: float | None = STATUS_SECONDS) -> None:
        """Tell the user what is under way (`seconds` None: until replaced) or done; empty
        text clears the message."""
        self.status_reported.emit(text, seconds)

    @staticmethod
    def _check_theme(name: str) -> None:
        if name not in THEME_NAMES:
            raise ValueError(f"unknown theme {name!r}; allowed: {', '.join(THEME_NAMES)}")

    @staticmethod
    def _check_language(lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; allowed: {', '.join(LANGUAGES)}")
