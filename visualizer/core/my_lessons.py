"""A teacher's own lessons: the lesson files in the user's lesson folder (the window's
Lessons > My lessons, `visualizer presets`, `--preset NAME`), in the order the teacher
sets, kept in the folder's `order.json` (names; lessons missing from it follow by name).

The folder is the platform's data location (found by the caller: the UI asks Qt's
QStandardPaths); each lesson is `NAME.json` with its dataset files beside it.
"""

from __future__ import annotations

import json
from pathlib import Path

from .files import write_atomic
from .lesson_files import LessonError, load_lesson
from .lesson_types import Lesson

ORDER_FILE = "order.json"


class MyLessons:
    """The lessons in `folder` (which may not exist yet: then there are none)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.json"

    def names(self) -> list[str]:
        """The lessons' names: those in the order file first, in its order, then the others
        by name."""
        found = sorted(p.stem for p in self.folder.glob("*.json") if p.name != ORDER_FILE)
        ordered = [name for name in self._order() if name in found]
        return ordered + [name for name in found if name not in ordered]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self.names()

    def get(self, name: str) -> Lesson:
        """The lesson called `name` (LessonError when its file is malformed)."""
        return load_lesson(self.path(name))

    def set_order(self, names: list[str]) -> None:
        """Keep `names` as the order (the teacher's arrangement)."""
        self._write_order(names)

    def added(self, name: str) -> None:
        """A lesson just saved under `name` goes last, unless it was listed already."""
        order = self.names()
        if name not in order:
            order.append(name)
        self._write_order(order)

    def remove(self, name: str) -> None:
        """Delete the lesson file `name` (its dataset files stay in the folder)."""
        try:
            self.path(name).unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            raise LessonError(f"cannot remove {str(self.path(name))!r}: {error.strerror}") from None
        self._write_order([n for n in self.names() if n != name])

    def _order(self) -> list[str]:
        try:
            order = json.loads((self.folder / ORDER_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):  # none yet, or damaged: every lesson by name
            return []
        return [name for name in order if isinstance(name, str)] if isinstance(order, list) else []

    def _write_order(self, names: list[str]) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.folder / ORDER_FILE, json.dumps(names, ensure_ascii=False) + "\n")
        except OSError as error:
            raise LessonError(
                f"cannot write the lesson order in {str(self.folder)!r}: {error.strerror}"
            ) from None
