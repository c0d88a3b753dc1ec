"""The command line in a pipeline and on a terminal: a closed pipe ends it quietly, and
`run` shows a progress line on stderr only when stderr is a terminal."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from visualizer.app import BROKEN_PIPE, main
from visualizer.progress import Progress

ROOT = Path(__file__).resolve().parents[1]
SMALL = ["--set", "depth=2", "width=8", "samples=100"]


def env() -> dict[str, str]:
    paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths))}


def with_closed_stdout(*args: str) -> tuple[int, str]:
    """Run `visualizer ARGS` with its stdout a pipe whose reader has already gone."""
    process = subprocess.Popen(
        [sys.executable, "-m", "visualizer", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env(),
        text=True,
    )
    process.stdout.close()  # long before the interpreter has started and printed
    err = process.stderr.read()
    process.stderr.close()
    return process.wait(timeout=120), err


@pytest.mark.parametrize(
    "args", [("presets",), ("run", *SMALL, "--steps", "3", "--json", "-")], ids=["presets", "run"]
)
def test_a_closed_pipe_ends_the_command_quietly(args):
    code, err = with_closed_stdout(*args)
    assert (code, err) == (BROKEN_PIPE, "")


def test_presets_into_head_prints_three_lines_and_no_error():
    result = subprocess.run(
        ["bash", "-c", f"{sys.executable} -m visualizer presets | head -3"],
        cwd=ROOT,
        env=env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert len(result.stdout.splitlines()) == 3 and result.stderr == ""


class Broken(io.StringIO):
    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")


def test_a_broken_stdout_in_process_returns_141_silently(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", Broken())
    assert main(["presets"]) == BROKEN_PIPE
    assert capsys.readouterr().err == ""


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_run_shows_progress_on_a_terminal_and_erases_it(monkeypatch, capsys):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["run", *SMALL, "--steps", "20"]) == 0
    text = terminal.getvalue()
    assert text.startswith("\rstep 1/20  0.0 s")
    line = text.rstrip("\r").rsplit("\r", 1)[-1]
    assert line.strip() == "" and len(line) >= len("step 1/20  0.0 s")  # erased
    assert capsys.readouterr().out.startswith("ok: 20 steps")


def test_run_is_silent_on_stderr_when_it_is_not_a_terminal(capsys):
    assert main(["run", *SMALL, "--steps", "20"]) == 0
    assert capsys.readouterr().err == ""


def test_progress_redraws_at_most_ten_times_a_second():
    now = [0.0]
    terminal = Terminal()
    progress = Progress(1000, terminal, clock=lambda: now[0])
    for done in range(1, 1001):
        now[0] += 0.01  # 1000 steps in 10 s
        progress(done)
    progress.close()
    redraws = terminal.getvalue().count("\rstep ")
    assert 90 <= redraws <= 101
    last = terminal.getvalue().split("\r")[-3]
    assert re.fullmatch(r"step 99\d/1000  9\.9 s", last)
    assert terminal.getvalue().endswith("\r" + " " * len(last) + "\r")


def test_progress_is_silent_for_zero_steps_and_for_files():
    for stream, total in ((Terminal(), 0), (io.StringIO(), 10)):
        progress = Progress(total, stream)
        progress(1)
        progress.close()
        assert stream.getvalue() == ""
