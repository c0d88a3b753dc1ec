"""`visualizer search`: a hyper-parameter search headless (`core.search`): run A's
configuration as for `visualizer run`, trained once per point; a JSON report of every
round's trainings and the best one, and one line per round."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .cli_args import UserError, add_config_arguments, resolve_runs


def add_parser(commands) -> None:
    """The subcommand and its arguments."""
    from .core import search

    parser = commands.add_parser(
        "search",
        help="random or grid search over log learning rate x log L2 weight decay, headless",
    )
    add_config_arguments(parser, several_runs=False, steps_help="steps of each short training")
    parser.add_argument("--method", choices=search.METHODS, default="random")
    parser.add_argument(
        "--budget",
        type=int,
        default=search.DEFAULT_BUDGET,
        help=f"trainings per round (default {search.DEFAULT_BUDGET})",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="1, or more for coarse to fine: each round searches a box half as wide around "
        "the best so far (default 1)",
    )
    for name, what, (low, high) in (
        ("lr", "learning rate", search.LR_RANGE),
        ("decay", "weight decay", search.DECAY_RANGE),
    ):
        parser.add_argument(
            f"--{name}-range",
            nargs=2,
            type=float,
            default=(low, high),
            metavar=("LOW", "HIGH"),
            help=f"log10 bounds of the {what} (default {low:g} {high:g})",
        )
    parser.add_argument("--json", metavar="PATH|-", help="write the JSON report here (- = stdout)")


def cmd_search(args: argparse.Namespace) -> int:
    from .core import search
    from .core.files import is_stdout, write_atomic
    from .core.search_run import search as run_round
    from .core.search_run import searchable

    if not 1 <= args.rounds <= 10:
        raise UserError(f"--rounds: {args.rounds} is out of range; allowed: 1..10")
    to_stdout = bool(args.json) and is_stdout(args.json)
    if args.json and not to_stdout and not Path(args.json).parent.is_dir():
        raise UserError(f"--json: folder {str(Path(args.json).parent)!r} does not exist")
    config = resolve_runs(args)[0]  # run A (a configuration file may hold more runs)
    box = search.Box(tuple(args.lr_range), tuple(args.decay_range))
    spec = search.Spec(args.method, args.budget, args.steps, box, seed=config.seed)
    data = searchable(config)
    start = time.perf_counter()
    rounds: list[tuple[search.Spec, list[search.Trial]]] = []
    for _ in range(args.rounds):
        if rounds:
            spec = search.refined(spec, [t for _, trials in rounds for t in trials])
        rounds.append((spec, run_round(config, spec, data=data)))
    report = search.report(config, rounds, time.perf_counter() - start)
    text = json.dumps(report, indent=1, allow_nan=False)
    if to_stdout:
        print(text)
    elif args.json:
        try:
            write_atomic(Path(args.json), text + "\n")
        except OSError as error:
            raise UserError(f"--json: cannot write {args.json!r}: {error.strerror}") from None
    out = sys.stderr if to_stdout else sys.stdout
    for entry in report["rounds"]:
        print(search.summary(entry), file=out)
    return 0
