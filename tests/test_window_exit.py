"""Issue 8, items 7 to 9: the app as a real process (offscreen, settings in a temporary
folder) ends cleanly however it is stopped: Ctrl+C or SIGTERM close it as File > Quit
does (status 128 + the signal's number, as a shell reports an interrupted command); an
event loop that ends without closing the window, or a lost display, still ends the
training process and the reader thread; and nothing reaches stderr in normal use."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[1]
START_SECONDS = 60  # the app and its training process start (spawn imports NumPy afresh)
EXIT_SECONDS = 10


def app_env(config_home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config_home),
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra or {})
    return env


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start(
    args: list[str], config_home: Path, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen, int]:
    """The app in its own session (so a signal to its group reaches only it and its
    children, as a terminal's Ctrl+C does), and its training process once it runs."""
    app = subprocess.Popen(
        [sys.executable, *args],
        env=app_env(config_home, env),
        cwd=config_home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline and app.poll() is None:
        training = [pid for pid in children(app.pid) if "spawn_main" in cmdline(pid)]
        if training:
            time.sleep(2.0)  # the first frames arrive and are drawn
            return app, training[0]
        time.sleep(0.2)
    app.kill()
    _, err = app.communicate()
    raise AssertionError(f"the app did not start its training process: {err}")


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
    except OSError:
        return ""


def finish(app: subprocess.Popen) -> tuple[int, str]:
    try:
        _, err = app.communicate(timeout=EXIT_SECONDS)
    except subprocess.TimeoutExpired:
        app.kill()
        _, err = app.communicate()
        raise AssertionError(f"the app did not exit within {EXIT_SECONDS} s: {err}") from None
    return app.returncode, err


@pytest.mark.parametrize(
    ("signum", "group", "preset"),
    [(signal.SIGINT, True, "relu_he"), (signal.SIGTERM, False, None)],
    ids=["ctrl-c", "term"],
)
def test_a_signal_closes_the_app_as_quit_does(tmp_path, signum, group, preset):
    """Without a preset: the default launch (the first lesson has no test data, whose
    all-NaN test curves once warned on stderr)."""
    args = ["-m", "visualizer"] + (["--preset", preset] if preset else [])
    app, training = start(args, tmp_path)
    if group:  # Ctrl+C in a terminal: the whole foreground group, training process too
        os.killpg(app.pid, signum)
    else:
        os.kill(app.pid, signum)
    code, err = finish(app)
    assert code == 128 + signum, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert err.strip() == "", err
    assert not alive(training)
    saved = (tmp_path / "visualizer" / "visualizer.conf").read_text()
    assert ("relu" if preset else "sigmoid") in saved and "geometry" in saved  # as Quit saves


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_writes_nothing_to_stderr(tmp_path, suffix):
    """Offscreen, Qt says 'This plugin does not support propagateSizeHints()'; the export
    keeps that to itself, and the first lesson's all-NaN test curves do not warn."""
    out = tmp_path / f"slide{suffix}"
    args = ["-m", "visualizer", "export", "--steps", "3", "--out", str(out)]
    done = subprocess.run(
        [sys.executable, *args, "--preset", "sigmoid_std1"],
        env=app_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=START_SECONDS,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert out.stat().st_size > 1000


SIGNAL_BEFORE_THE_LOOP = """
import os, signal, sys
from visualizer.ui import launch
open_window = launch._open_window
def signalled_first(app, preset, lang):  # the signal arrives while the window is built
    os.kill(os.getpid(), signal.SIGTERM)
    return open_window(app, preset, lang)
launch._open_window = signalled_first
if __name__ == "__main__":
    sys.exit(launch.launch(preset="relu_he"))
"""


def test_a_signal_before_the_event_loop_runs_still_gives_its_status(tmp_path):
    """A slow start-up (a busy machine) can take Ctrl+C before the event loop runs; closing
    the last window then also asks the loop to quit with status 0, which must not hide the
    signal's 128 + 15."""
    script = tmp_path / "signalled.py"
    script.write_text(SIGNAL_BEFORE_THE_LOOP)
    done = subprocess.run(
        [sys.executable, str(script)],
        env=app_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=START_SECONDS,
    )
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert done.stderr.strip() == "", done.stderr


QUIT_WITHOUT_CLOSING = """
import multiprocessing, sys, threading
from PySide6.QtCore import QTimer
from visualizer.ui.launch import application, launch
app = application()
def drawn():  # the main window has its first frame
    return any(getattr(w, "frame", None) is not None for w in app.topLevelWidgets())
def exit_once_drawn():
    if drawn():  # exit, not quit(), which would close the window first
        QTimer.singleShot({ms}, lambda: app.exit(0))
    else:
        QTimer.singleShot(100, exit_once_drawn)
exit_once_drawn()
code = launch(preset="relu_he")
readers = [t for t in threading.enumerate() if t.name == "visualizer-pipe-reader"]
print(len(multiprocessing.active_children()), len(readers))
sys.exit(code)
"""


def test_quitting_without_closing_the_window_ends_the_worker(tmp_path):
    """The event loop ends and the window stays: the training process and the reader
    thread end before the loop returns, not whenever the interpreter's exit gets to them."""
    # the loop ends a second after the first frame is drawn: the process runs, frames flow
    app, training = start(["-c", QUIT_WITHOUT_CLOSING.format(ms=1000)], tmp_path)
    try:
        out, err = app.communicate(timeout=START_SECONDS + EXIT_SECONDS)
    finally:
        app.kill()
    assert "QThread: Destroyed" not in err
    assert app.returncode == 0, err
    assert out.split() == ["0", "0"]  # no training process, no reader thread left
    assert not alive(training)
    assert err.strip() == "", err


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (a virtual X server)")
def test_losing_the_display_connection_ends_without_an_abort(tmp_path):
    """The X server goes away: Qt ends the process with status 1 ('The X11 connection
    broke'), never with 'QThread: Destroyed while thread ... is still running' (SIGABRT)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=[write],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as display:
            number = display.readline().strip()
        env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
        app, training = start(["-m", "visualizer", "--preset", "relu_he"], tmp_path, env)
        server.kill()
        code, err = finish(app)
    finally:
        server.kill()
        server.wait()
    assert "QThread: Destroyed" not in err
    assert code == 1, err
    assert not alive(training)
