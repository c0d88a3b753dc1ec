"""What every command that trains shares on the command line: one-line user errors, the
configuration arguments (--preset, --config, --set, --run, --steps) and the runs they
resolve to. `app` and `search_command` both build on it."""

from __future__ import annotations

import argparse

from .core.keys import summaries


class UserError(Exception):
    """A mistake in the user's input: reported in one line, exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        raise UserError(f"{message} (see '{self.prog} --help')")


def add_config_arguments(
    parser: argparse.ArgumentParser,
    several_runs: bool = True,
    steps_help: str = "training steps (0 = probe)",
) -> None:
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
        help="override configuration keys (wins over --preset and --config); KEY (default; "
        f"allowed): {', '.join(summaries())}",
    )
    if several_runs:
        parser.add_argument(
            "--run",
            metavar="KEY=VALUE",
            nargs="+",
            action="append",
            default=[],
            help="add a run that differs from the base configuration by these keys "
            "(repeatable, up to four runs in all, trained in lockstep)",
        )
    else:
        parser.set_defaults(run=[])
    parser.add_argument("--steps", type=int, required=True, help=steps_help)


def resolve_runs(args: argparse.Namespace, step: int = 0):
    """Run A: defaults < the lesson's `step` (0-based; --preset NAME|FILE.json) < config
    file < --set. Further runs: the lesson's or the config file's (the file's replace the
    lesson's), then one per --run; each is run A with its changes."""
    from .core.config import Config, load_json, parse_assignments
    from .core.runs import build_runs, split_runs

    values: dict = {}
    base = find_lesson(args.preset) if args.preset else None
    changes: list[dict] = [dict(c) for c in base.run_changes(step)] if base else []
    base_config = base.configs(step)[0] if base else Config()
    if args.config:
        base, file_changes = split_runs(load_json(args.config))
        values.update(base)
        changes = file_changes or changes
    values.update(parse_assignments(args.set))
    changes += [parse_assignments(pairs, "--run") for pairs in args.run]
    return build_runs(base_config.replace(**values) if values else base_config, changes)


def find_lesson(name_or_path: str):
    """A built-in lesson, one of the teacher's own (My lessons) by name, or a lesson file."""
    from .core import lessons
    from .ui.settings import my_lessons

    return lessons.resolve(name_or_path, my_lessons())
