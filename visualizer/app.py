"""Entry point: the window by default; `run`, `export` and `presets` subcommands."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

USER_ERROR = 2


class UserError(Exception):
    """A mistake in the user's input: reported in one line, exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        raise UserError(f"{message} (see '{self.prog} --help')")


def build_parser() -> Parser:
    parser = Parser(prog="visualizer", description="See how deep networks train.")
    parser.add_argument("--lang", choices=("en", "ko"), help="interface language")
    parser.add_argument(
        "--preset", metavar="NAME|FILE.json", help="open the window with this lesson"
    )
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    commands.add_parser("presets", help="list the built-in lessons, by topic")
    run = commands.add_parser("run", help="train headless and write a JSON report")
    _add_config_arguments(run)
    run.add_argument("--json", metavar="PATH|-", help="write the JSON report here (- = stdout)")
    export = commands.add_parser("export", help="render the window to PNG, no display needed")
    _add_config_arguments(export)
    export.add_argument("--out", required=True, metavar="FILE.png", help="the image to write")
    export.add_argument("--size", default="1920x1080", help="WIDTHxHEIGHT (default 1920x1080)")
    export.add_argument("--theme", choices=("light", "dark"), default="light")
    export.add_argument("--lang", dest="export_lang", choices=("en", "ko"), default="en")
    export.add_argument(
        "--view",
        action="append",
        default=[],
        metavar="NAME",
        help="panel to bring to the front (repeatable): activations, gradients, weights, "
        "timeline, activation_curve, decision, network, race, curves, layer_stats",
    )
    return parser


def _add_config_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--preset",
        metavar="NAME|FILE.json",
        help="start from this lesson's run A: a built-in name (see 'visualizer presets') "
        "or a lesson file",
    )
    parser.add_argument("--config", metavar="FILE.json", help="start from a saved configuration")
    parser.add_argument(
        "--set",
        metavar="KEY=VALUE",
        nargs="+",
        action="extend",
        default=[],
        help="override configuration keys (wins over --preset and --config)",
    )
    parser.add_argument("--steps", type=int, required=True, help="training steps (0 = probe)")


def resolve_config(args: argparse.Namespace):
    """Run A: defaults < the lesson's first step < config file < --set."""
    from .core import lessons
    from .core.config import Config, load_json, parse_assignments

    base = lessons.resolve(args.preset).configs()[0] if args.preset else Config()
    values: dict = {}
    if args.config:
        values.update(load_json(args.config))
    values.update(parse_assignments(args.set))
    return base.replace(**values) if values else base


def cmd_presets() -> int:
    """One line per built-in lesson, grouped by topic in course order."""
    from .core import lessons

    for name in lessons.names():
        lesson = lessons.get(name)
        marks = f" [{lesson.run_count} runs]" if lesson.run_count > 1 else ""
        marks += f" [{len(lesson.steps)} steps]" if lesson.steps else ""
        print(f"{name:<28} {lesson.topic:<15} {lesson.title('en')}{marks}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from .core.report import build_report, to_json, train, write_atomic

    if args.steps < 0:
        raise UserError(f"--steps: {args.steps} is out of range; allowed: >= 0")
    config = resolve_config(args)
    if args.json and args.json != "-" and not Path(args.json).parent.is_dir():
        raise UserError(f"--json: folder {str(Path(args.json).parent)!r} does not exist")
    trainer, seconds = train(config, args.steps)
    report = build_report(trainer, args.steps, seconds)
    text = to_json(report)
    if args.json == "-":
        print(text)
    elif args.json:
        target = Path(args.json)
        try:
            write_atomic(target, text + "\n")
        except OSError as error:
            raise UserError(f"--json: cannot write {str(target)!r}: {error.strerror}") from None
    last = report["history"]
    print(
        f"{report['status']}: {trainer.step_count} steps, "
        f"train loss {_fmt(last['train_loss'])}, test accuracy {_fmt(last['test_accuracy'])}, "
        f"{report['timing']['steps_per_second']:.1f} steps/s",
        file=sys.stderr if args.json == "-" else sys.stdout,
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .core import lessons
    from .ui.export import export_window, parse_size

    if args.steps < 0:
        raise UserError(f"--steps: {args.steps} is out of range; allowed: >= 0")
    size = parse_size(args.size)
    config = resolve_config(args)
    runs = lessons.resolve(args.preset).run_changes() if args.preset else ()
    config_b = config.replace(**runs[0]) if runs else None
    from .ui.main_window import VIEWS

    unknown = [view for view in args.view if view not in VIEWS]
    if unknown:
        raise UserError(f"--view: unknown view {unknown[0]!r}; allowed: {', '.join(VIEWS)}")
    out = export_window(
        config, config_b, args.steps, args.out, size, args.theme, args.export_lang,
        args.preset, tuple(args.view),
    )  # fmt: skip
    print(f"wrote {out}")
    return 0


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
        from .core import lessons

        lessons.resolve(args.preset)  # a bad name or file is a one-line error, before Qt
    from .ui.launch import launch

    return launch(preset=args.preset, lang=args.lang)


def main(argv: list[str] | None = None) -> int:
    from .core.config import ConfigError
    from .core.datasets import DatasetError

    try:
        args = build_parser().parse_args(argv)
        if args.command == "presets":
            return cmd_presets()
        if args.command == "run":
            return cmd_run(args)
        if args.command == "export":
            return cmd_export(args)
        return cmd_gui(args)
    except (UserError, ConfigError, DatasetError) as error:
        print(f"visualizer: error: {error}", file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        return 130
