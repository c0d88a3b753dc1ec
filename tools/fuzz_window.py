"""A seeded random-action fuzz of the real window while it trains (issues 8 and 17): every
control (typed garbage too), transport, lessons, their steps and their keys pressed with
any control focused, the history scrubber, runs added and closed, tabs, panel options,
theme, language, text size, exports to good and bad targets, animation exports interrupted
by whatever comes next (a language switch, a killed training process, the window closed
and opened again), malformed configuration and data files. It fails on any uncaught
exception, Python warning, Qt warning, line on stderr, control that does not show its
run's value, lesson key a control took, training while a question covers the panels,
animation export that never ends or keeps its frames, training process left by a closed
window, or stall of the GUI thread over 1 s (a 10 ms timer measures the gaps between its
ticks; not while a new window is built, which is start-up); gaps over 250 ms (issue 8's
aim for a single action, on a machine the fuzz itself keeps busy) are reported.

    python tools/fuzz_window.py --seed 1 --actions 2000 [--verbose]

Settings stay in a temporary XDG_CONFIG_HOME; files go to a scratch folder; both are
removed at the end. tests/test_window_fuzz.py runs a short fuzz in the test suite.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import shutil
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STALL_MS = 1000  # a stall: the GUI thread does not come back for this long
RECORD_MS = 250  # gaps recorded (and reported) from this long on
TICK_MS = 10
STARTING = "reopen:"  # a new window being built: the app's start-up (bench_startup.py)


@dataclass
class Stall:
    ms: int
    action: str


@dataclass
class Findings:
    """What a fuzz run saw."""

    actions: Counter = field(default_factory=Counter)
    longest_action: dict[str, int] = field(default_factory=dict)  # kind -> ms
    stalls: list[Stall] = field(default_factory=list)  # gaps of RECORD_MS and more
    exceptions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    qt_messages: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)  # the training process's too
    mismatches: list[str] = field(default_factory=list)  # controls not showing the run's value
    longest_gc_ms: float = 0.0  # Python's garbage collector: a cause of stalls
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average at start and end
    log: list[str] = field(default_factory=list)

    def failures(self) -> list[str]:
        """Every reason the run fails: exceptions, warnings, Qt messages, stalls."""
        bad = [f"exception: {text}" for text in self.exceptions]
        bad += [f"warning: {text}" for text in self.warnings]
        bad += [f"Qt: {text}" for text in self.qt_messages]
        bad += [f"stderr: {line}" for line in self.stderr if line.strip()]
        bad += [f"control: {text}" for text in self.mismatches]
        bad += [
            f"stall {s.ms} ms after {s.action}"
            for s in self.stalls
            if s.ms > STALL_MS and not s.action.split(" ", 1)[-1].startswith(STARTING)
        ]
        return bad

    def summary(self) -> str:
        lines = [f"actions: {sum(self.actions.values())} ({dict(sorted(self.actions.items()))})"]
        slow = sorted(self.longest_action.items(), key=lambda kv: -kv[1])[:6]
        lines.append("longest actions (ms): " + ", ".join(f"{k} {v}" for k, v in slow))
        stall = max(self.stalls, key=lambda s: s.ms, default=None)
        lines.append(
            "longest stall: " + (f"{stall.ms} ms after {stall.action}" if stall else "none")
        )
        lines.append(f"stalls over {RECORD_MS} ms: {len(self.stalls)}")
        over = [s for s in self.stalls if s.ms > STALL_MS]
        lines.append(f"longest garbage collection: {self.longest_gc_ms:.0f} ms")
        lines.append(
            f"load average (1 min) at start and end: {self.load[0]:.2f}, {self.load[1]:.2f}"
        )
        lines.append(f"stalls over {STALL_MS} ms: {len(over)}")
        lines += [f"  {s.ms} ms after {s.action}" for s in over]
        lines.append(f"failures: {len(self.failures())}")
        lines += [f"  {text}" for text in self.failures()]
        return "\n".join(lines)


def run_fuzz(seed: int, actions: int, folder: Path, verbose: bool = False) -> Findings:
    """Open a live window and do `actions` random actions; the findings. Needs a
    QApplication; settings must already be in a scratch XDG_CONFIG_HOME."""
    from PySide6.QtCore import QElapsedTimer, QTimer, QtMsgType, qInstallMessageHandler

    sys.path.insert(0, str(ROOT / "tools"))
    from fuzz_actions import Actor

    from visualizer.ui.launch import OFFSCREEN_NOISE

    findings = Findings()
    actor = Actor(random.Random(seed), folder)
    clock, watch = QElapsedTimer(), QTimer()
    current = ["start"]

    def tick() -> None:
        gap = clock.restart()
        if gap >= RECORD_MS:
            findings.stalls.append(Stall(int(gap), current[0]))

    def on_qt_message(kind, context, message: str) -> None:
        if message == OFFSCREEN_NOISE:  # the offscreen platform's, as pyproject's qt_log_ignore
            return
        findings.qt_messages.append(f"{kind.name}: {message}")
        if kind == QtMsgType.QtFatalMsg:  # Qt aborts next: say why first
            print(f"Qt fatal: {message} ({context.file}:{context.line})", file=sys.__stdout__)

    def on_exception(kind, value, trace) -> None:
        import traceback

        findings.exceptions.append("".join(traceback.format_exception(kind, value, trace)))

    collecting = [0.0]

    def on_gc(phase: str, _info) -> None:
        if phase == "start":
            collecting[0] = time.perf_counter()
        else:
            spent = (time.perf_counter() - collecting[0]) * 1000
            findings.longest_gc_ms = max(findings.longest_gc_ms, spent)

    start_load = os.getloadavg()[0]
    gc.callbacks.append(on_gc)
    previous_hook, sys.excepthook = sys.excepthook, on_exception
    previous_handler = qInstallMessageHandler(on_qt_message)
    watch.timeout.connect(tick)
    try:
        with captured_stderr(findings.stderr), warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            actor.open_window()
            clock.start()
            watch.start(TICK_MS)
            timer, seen = QElapsedTimer(), set()
            for index in range(actions):
                kind, description, do = actor.choose()
                current[0] = f"#{index} {description}"
                timer.start()
                do()
                elapsed = int(timer.elapsed())
                findings.actions[kind] += 1
                findings.longest_action[kind] = max(findings.longest_action.get(kind, 0), elapsed)
                line = f"#{index} {description} ({elapsed} ms)"
                findings.log.append(line)
                if verbose:
                    print(line, flush=True)
                actor.pause(actor.rng.randint(0, 120))
                problems = [*actor.field_mismatches(), actor.covered_while_training()]
                problems += actor.problems
                actor.problems.clear()
                for text in set(filter(None, problems)) - seen:  # each once
                    seen.add(text)
                    findings.mismatches.append(f"{text} (after {current[0]})")
            watch.stop()
            ends = (actor.exports_released(), actor.check_still_trains(), actor.close())
            findings.exceptions += [e for e in ends if e]
            findings.warnings = [
                f"{w.category.__name__}: {w.message} ({w.filename}:{w.lineno})" for w in caught
            ]
    finally:
        watch.stop()
        gc.callbacks.remove(on_gc)
        findings.load = (start_load, os.getloadavg()[0])
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
    return findings


@contextmanager
def captured_stderr(lines: list[str]) -> Iterator[None]:
    """Meanwhile file descriptor 2 goes to a file (the training process inherits it);
    its lines are added to `lines`."""
    with tempfile.TemporaryFile() as capture:
        saved = os.dup(2)
        os.dup2(capture.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            capture.seek(0)
            lines += capture.read().decode(errors="replace").splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--verbose", action="store_true", help="print every action")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="visualizer-fuzz-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")  # never the user's settings
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from visualizer.core.threads import BLAS_ENV

    for name in BLAS_ENV:
        os.environ.setdefault(name, "1")
    from visualizer.ui.launch import application

    application()
    start = time.monotonic()
    try:
        findings = run_fuzz(args.seed, args.actions, scratch / "files", args.verbose)
    finally:
        make_writable(scratch)
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"seed {args.seed}, {args.actions} actions in {time.monotonic() - start:.0f} s")
    print(findings.summary())
    return 1 if findings.failures() else 0


def make_writable(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)


if __name__ == "__main__":
    raise SystemExit(main())
