"""Files the app writes get the usual mode: 0666 less the umask when new, the old mode when
overwritten; a symlink's target is written and the link stays."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from visualizer.app import main
from visualizer.core.files import write_atomic

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def umask():
    """Run with umask 027 (not the usual 022), restored afterwards."""
    old = os.umask(0o027)
    yield 0o027
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_file_gets_0666_less_the_umask(tmp_path, umask):
    path = tmp_path / "new.json"
    write_atomic(path, "{}")
    assert mode(path) == 0o666 & ~umask == 0o640
    assert path.read_text() == "{}"
    assert os.listdir(tmp_path) == ["new.json"]  # no temporary file left


def test_an_overwritten_file_keeps_its_mode(tmp_path, umask):
    path = tmp_path / "old.csv"
    path.write_text("old")
    path.chmod(0o604)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new" and mode(path) == 0o604


def test_a_symlink_writes_its_target_and_stays_a_link(tmp_path, umask):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "data.json"
    target.write_text("old")
    target.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "new" and mode(target) == 0o644
    assert sorted(os.listdir(tmp_path / "real")) == ["data.json"]


def test_a_dangling_symlink_creates_its_target(tmp_path, umask):
    target = tmp_path / "made.json"
    link = tmp_path / "link.json"
    link.symlink_to("made.json")
    write_atomic(link, "x")
    assert link.is_symlink() and target.read_text() == "x" and mode(target) == 0o640


def test_run_json_through_a_symlink_with_the_usual_mode(tmp_path, umask, capsys):
    target = tmp_path / "report.json"
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert main(["run", "--set", "depth=2", "width=8", "--steps", "0", "--json", str(link)]) == 0
    assert link.is_symlink() and target.read_text().startswith("{")
    assert mode(target) == 0o640


@pytest.mark.gui
def test_a_panel_svg_gets_the_usual_mode(qtbot, tmp_path, umask):
    from visualizer.core.config import Config
    from visualizer.ui import exporting
    from visualizer.ui.main_window import MainWindow

    window = MainWindow([Config(dataset="moons", samples=100, depth=2, width=8)], live=False)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    for suffix in (".svg", ".png"):
        path = exporting.export_panel(window.views["curves"], tmp_path / f"curves{suffix}")
        assert mode(path) == 0o640
    assert sorted(os.listdir(tmp_path)) == ["curves.png", "curves.svg"]


def read_fifo_in_thread(path) -> tuple[threading.Thread, list[bytes]]:
    received: list[bytes] = []

    def read() -> None:
        with open(path, "rb") as stream:
            received.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)  # a test that fails leaves it waiting
    reader.start()
    return reader, received


def test_a_named_pipe_is_written_through_and_stays_a_pipe(tmp_path):
    """Issue 17 (6): a named pipe was replaced by a regular file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader, received = read_fifo_in_thread(fifo)
    write_atomic(fifo, "through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and os.listdir(tmp_path) == ["pipe"]


def test_a_device_is_written_through_and_stays_a_device():
    """/dev/null stays the character device (as root the rename would replace it)."""
    write_atomic("/dev/null", "nothing")
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_run_json_into_a_named_pipe(tmp_path, capsys):
    fifo = tmp_path / "report"
    os.mkfifo(fifo)
    reader, received = read_fifo_in_thread(fifo)
    assert main(["run", "--set", "depth=2", "width=8", "--steps", "0", "--json", str(fifo)]) == 0
    reader.join(timeout=10)
    assert json.loads(received[0])["steps"] == 0 and stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("command", ["run", "search"])
def test_json_to_dev_stdout_is_the_report_alone_on_stdout(command):
    """`--json /dev/stdout` was refused while `-` worked; like `-`, the summary goes to
    stderr so that stdout holds the report alone."""
    extra = ["--budget", "2"] if command == "search" else []
    argv = [command, "--set", "depth=2", "width=8", "--steps", "2", *extra, "--json", "/dev/stdout"]
    result = subprocess.run(
        [sys.executable, "-m", "visualizer", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["config"]["depth"] == 2
