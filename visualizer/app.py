"""Entry point: the window by default; `run`, `export`, `search` and `presets` subcommands."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .cli_args import Parser, UserError, add_config_arguments, find_lesson, resolve_runs
from .core.languages import LANGUAGES
from .core.window_model import THEME_NAMES
from .headless import trained_in_parts

USER_ERROR = 2
BROKEN_PIPE = 141  # 128 + SIGPIPE: the status of a tool ended by a closed pipe


def build_parser() -> Parser:
    parser = Parser(prog="visualizer", description="See how deep networks train.")
    parser.add_argument("--lang", choices=tuple(LANGUAGES), help="interface language")
    parser.add_argument(
        "--preset", metavar="NAME|FILE.json", help="open the window with this lesson"
    )
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    commands.add_parser("presets", help="list the built-in lessons, by topic")
    run = commands.add_parser("run", help="train headless and write a JSON report")
    add_config_arguments(run)
    run.add_argument("--json", metavar="PATH|-", help="write the JSON report here (- = stdout)")
    export = commands.add_parser(
        "export", help="render the window to PNG, SVG, PDF or an animation, no display needed"
    )
    add_config_arguments(export)
    _add_export_arguments(export)
    from .search_command import add_parser

    add_parser(commands)
    return parser


def _add_export_arguments(export: argparse.ArgumentParser) -> None:
    from .core.views import views_help

    export.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="the .png, .svg or .pdf file to write; .gif or .apng (or .png with --frames) for "
        "an animation over the run; .html for an interactive page of every run and lesson "
        "step; with --course, the folder of the course's pages",
    )
    export.add_argument(
        "--course",
        action="store_true",
        help="every built-in lesson as an interactive page, and index.html, into the folder --out",
    )
    export.add_argument(
        "--size", default=None, help="WIDTHxHEIGHT (default 1920x1080; 1280x720 for an animation)"
    )
    export.add_argument("--theme", choices=THEME_NAMES, default="light")
    export.add_argument("--lang", dest="export_lang", choices=tuple(LANGUAGES), default="en")
    export.add_argument(
        "--view",
        action="append",
        default=[],
        metavar="NAME",
        help=f"panel to bring to the front (repeatable): {views_help()}",
    )
    export.add_argument(
        "--at-step", type=int, metavar="K", help="draw the window as it was at step K of the run"
    )
    export.add_argument(
        "--lesson-step",
        type=int,
        metavar="K",
        help="with --preset: the lesson at its step K (1-based), its question covering the panels",
    )
    export.add_argument(
        "--frames",
        type=int,
        metavar="N",
        help="an animation of N frames evenly spaced over --steps",
    )
    export.add_argument(
        "--fps", type=float, default=10.0, help="animation frames per second (default 10)"
    )


def cmd_presets() -> int:
    """One line per built-in lesson, grouped by topic in course order, then the teacher's
    own lessons in their order, marked [mine] (a malformed one says why)."""
    from .core import lessons
    from .ui.settings import my_lessons

    for name in lessons.names():
        _print_lesson(name, lessons.get(name), "")
    mine = my_lessons()
    for name in mine.names():
        try:
            _print_lesson(name, mine.get(name), " [mine]")
        except lessons.LessonError as error:
            print(f"{name:<28} {'':<15} [mine] cannot be read: {error}")
    return 0


def _print_lesson(name: str, lesson, marks: str) -> None:
    marks += f" [{lesson.run_count} runs]" if lesson.run_count > 1 else ""
    marks += f" [{len(lesson.steps)} steps]" if lesson.steps else ""
    print(f"{name:<28} {lesson.topic or '':<15} {lesson.title('en')}{marks}")


def cmd_run(args: argparse.Namespace) -> int:
    from .core.files import is_stdout, write_atomic
    from .core.report import build_report, combined_report, train
    from .core.runs import RUN_NAMES

    if args.steps < 0:
        raise UserError(f"--steps: {args.steps} is out of range; allowed: >= 0")
    runs = resolve_runs(args)
    to_stdout = bool(args.json) and is_stdout(args.json)
    if args.json and not to_stdout and not Path(args.json).parent.is_dir():
        raise UserError(f"--json: folder {str(Path(args.json).parent)!r} does not exist")
    from .progress import Progress

    progress = Progress(args.steps * len(runs), sys.stderr)
    reports = []
    try:
        with trained_in_parts() as parts:
            for index, config in enumerate(runs):  # same seed, data and batches: lockstep
                done_before = index * args.steps
                trainer, seconds = train(
                    config,
                    args.steps,
                    progress=lambda done, b=done_before: progress(b + done),
                    parts=parts,
                )
                reports.append(build_report(trainer, args.steps, seconds))
    finally:
        progress.close()
    text = combined_report(reports)
    if to_stdout:
        print(text)
    elif args.json:
        target = Path(args.json)
        try:
            write_atomic(target, text + "\n")
        except OSError as error:
            raise UserError(f"--json: cannot write {str(target)!r}: {error.strerror}") from None
    for index, report in enumerate(reports):
        last = report["history"]
        name = f"run {RUN_NAMES[index]}: " if len(reports) > 1 else ""
        print(
            f"{name}{report['status']}: {report['steps_run']} steps, "
            f"train loss {_fmt(last['train_loss'])}, "
            f"test accuracy {_fmt(last['test_accuracy'])}, "
            f"{report['timing']['steps_per_second']:.1f} steps/s",
            file=sys.stderr if to_stdout else sys.stdout,
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """A still of the window (PNG, SVG, PDF), or with --frames (or a .gif/.apng name) an
    animation over the run, or an interactive page (.html, --course); checked before
    training."""
    from .page_command import cmd_page, wants_page

    if wants_page(args):
        return cmd_page(args)
    from .core.memory import ensure_fits
    from .core.views import VIEWS
    from .export_command import checked_out, parse_size

    if args.steps < 0:
        raise UserError(f"--steps: {args.steps} is out of range; allowed: >= 0")
    suffix = Path(args.out).suffix.lower()
    animated = args.frames is not None or suffix in (".gif", ".apng")
    size = parse_size(args.size or ("1280x720" if animated else "1920x1080"))
    if args.at_step is not None and not 0 <= args.at_step <= args.steps:
        raise UserError(f"--at-step: {args.at_step} is out of range; allowed: 0..{args.steps}")
    if animated and args.at_step is not None:
        raise UserError(
            "--at-step: draws one still; an animation spans the whole run (drop --frames, "
            "or end the run there with --steps)"
        )
    unknown = [view for view in args.view if view not in VIEWS]
    if unknown:
        raise UserError(f"--view: unknown view {unknown[0]!r}; allowed: {', '.join(VIEWS)}")
    view = (size, args.theme, args.export_lang, args.preset, tuple(args.view))
    step = lesson_step(args.preset, args.lesson_step)
    if animated:
        from .export_command import export_animation
        from .ui.animation import DEFAULT_FRAMES, checked_animation

        frames = DEFAULT_FRAMES if args.frames is None else args.frames
        checked_animation(args.out, frames, args.fps)
        runs = resolve_runs(args, step)
        ensure_fits(runs)  # trained side by side
        out = export_animation(
            runs, args.steps, args.out, frames, args.fps, *view, lesson_step=step
        )
    else:
        from .export_command import export_window

        checked_out(args.out)
        runs = resolve_runs(args, step)
        ensure_fits(runs)
        out = export_window(
            runs, args.steps, args.out, *view, at_step=args.at_step, lesson_step=step
        )
    print(f"wrote {out}")
    return 0


def lesson_step(preset: str | None, step: int | None) -> int:
    """`--lesson-step K` as a 0-based step of the lesson `preset` (0 when not given)."""
    if step is None:
        return 0
    if not preset:
        raise UserError("--lesson-step: needs --preset (a lesson with steps)")

    count = find_lesson(preset).step_count
    if not 1 <= step <= count:
        raise UserError(f"--lesson-step: {step} is out of range; allowed: 1..{count}")
    return step - 1


def _fmt(values: list) -> str:
    value = values[-1] if values else None
    return "n/a" if value is None else f"{value:.4g}"


def cmd_gui(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise UserError(
            "no display to open the window on (DISPLAY is not set); for images without a "
            "display use 'visualizer export'"
        )
    if args.preset:
        find_lesson(args.preset)  # a bad name or file is a one-line error, before the window
    from .ui.launch import launch

    return launch(preset=args.preset, lang=args.lang)


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's final flush into the closed pipe
    neither fails nor prints 'Exception ignored'."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is not a file (replaced, or already closed)
        pass


def main(argv: list[str] | None = None) -> int:
    from .core.config import ConfigError
    from .core.datasets import DatasetError

    try:
        args = build_parser().parse_args(argv)
        if args.command == "presets":
            code = cmd_presets()
        elif args.command == "run":
            code = cmd_run(args)
        elif args.command == "export":
            code = cmd_export(args)
        elif args.command == "search":
            from .search_command import cmd_search

            code = cmd_search(args)
        else:
            code = cmd_gui(args)
        sys.stdout.flush()  # a reader that went away (`| head -3`) shows here, not at exit
        return code
    except BrokenPipeError:
        _discard_stdout()
        return BROKEN_PIPE
    except (UserError, ConfigError, DatasetError) as error:
        print(f"visualizer: error: {error}", file=sys.stderr)
        return USER_ERROR
    except MemoryError as error:
        from .core.memory import out_of_memory

        print(f"visualizer: error: {out_of_memory(error)}", file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        return 130
