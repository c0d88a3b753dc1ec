"""`visualizer export ... --out FILE.html`: a lesson (or any runs) as one interactive page;
`visualizer export --course --out FOLDER`: every built-in lesson as a page plus an index.
Everything is checked before any training; files are written whole or not at all."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

PAGE_SUFFIXES = (".html", ".htm")
STILL_ONLY = {
    "size": "--size",
    "frames": "--frames",
    "at_step": "--at-step",
    "lesson_step": "--lesson-step",
    "view": "--view",
}
"""Export options that draw the window: not for a page, which has every step and view."""


def wants_page(args: argparse.Namespace) -> bool:
    return args.course or Path(args.out).suffix.lower() in PAGE_SUFFIXES


class _Counter:
    """`visualizer run`'s one-line counter, made once the total is known."""

    def __init__(self, unit: str) -> None:
        self.unit = unit
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        from .progress import Progress

        if self.bar is None:
            self.bar = Progress(total, sys.stderr, unit=self.unit)
        self.bar(done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def cmd_page(args: argparse.Namespace) -> int:
    from .cli_args import UserError

    if args.steps < 0:
        raise UserError(f"--steps: {args.steps} is out of range; allowed: >= 0")
    for key, flag in STILL_ONLY.items():
        if getattr(args, key) not in (None, []):
            raise UserError(f"{flag}: not for an interactive page (it holds every step and view)")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(f"--out: folder {str(out.parent)!r} does not exist")
    return _course(args, out) if args.course else _lesson(args, out)


def _lesson(args: argparse.Namespace, out: Path) -> int:
    from .cli_args import UserError, find_lesson, resolve_runs
    from .core.files import write_atomic
    from .page.html import build_page, page_html
    from .page.spec import lesson_spec, runs_spec

    if out.is_dir():
        raise UserError(f"--out: {str(out)!r} is a folder; give the page's file name")
    if args.preset:
        lesson = find_lesson(args.preset)
        step_runs = [resolve_runs(args, step) for step in range(lesson.step_count)]
        spec = lesson_spec(lesson, step_runs)
    else:
        step_runs = [resolve_runs(args)]
        spec = runs_spec(step_runs[0])
    _fit(step_runs)
    counter = _Counter("step")
    try:
        data = build_page(spec, args.steps, args.export_lang, args.theme, counter)
    finally:
        counter.close()
    text = page_html(data)
    try:
        write_atomic(out, text)
    except OSError as error:
        raise UserError(f"--out: cannot write {str(out)!r}: {error.strerror}") from None
    print(f"wrote {out} ({len(text.encode()) / 1e6:.1f} MB)")
    return 0


def _fit(step_runs: Sequence) -> None:
    from .core.memory import ensure_fits

    for runs in step_runs:
        ensure_fits(runs)


def _course(args: argparse.Namespace, folder: Path) -> int:
    from .cli_args import UserError, resolve_runs
    from .core import lessons
    from .page.course import export_course

    if args.preset or args.config or args.run:
        raise UserError(
            "--course: exports every built-in lesson; not with --preset, --config or --run "
            "(--set applies to every lesson)"
        )
    if folder.exists() and not folder.is_dir():
        raise UserError(f"--out: {str(folder)!r} is a file; --course writes a folder")
    runs = {}  # every lesson step's runs, checked before any training
    for name in lessons.names():
        lesson = lessons.get(name)
        each = argparse.Namespace(preset=name, config=None, set=args.set, run=[])
        runs[name] = [resolve_runs(each, step) for step in range(lesson.step_count)]
        _fit(runs[name])
    counter = _Counter("lesson")
    try:
        written = export_course(
            folder,
            args.steps,
            args.export_lang,
            args.theme,
            lambda lesson, step: runs[lesson.name][step],
            counter,
        )
    except OSError as error:
        raise UserError(f"--out: cannot write into {str(folder)!r}: {error.strerror}") from None
    finally:
        counter.close()
    size = sum(path.stat().st_size for path in written)
    print(f"wrote {len(written) - 1} lesson pages and {written[-1]} ({size / 1e6:.1f} MB)")
    return 0
