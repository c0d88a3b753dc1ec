"""Cold start: from process start to a painted window and to its first frame.

Each repeat starts a fresh `python -m visualizer` (offscreen, settings in a scratch
folder, the first lesson as a new user sees it) through a tiny harness that changes
nothing in the app: it wraps `ui.launch.application` to watch the main window's paint
events and its first drawn frame, and prints their times on the system's monotonic clock,
which this script compares with the time it started the process. Aims (issue 10): a
painted window within 2 s, the first frame within 3 s.

    .venv/bin/python benchmarks/bench_startup.py [--repeat 5]
The code measured is the `visualizer` package first on PYTHONPATH (printed).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

from bench_common import load, spread

HARNESS = r"""
import sys, time
from visualizer.ui import launch
from visualizer import app as cli

def watch(original=launch.application):
    app = original()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class Watcher(QObject):
        painted = drawn = None

        def eventFilter(self, obj, event):
            if event.type() != QEvent.Type.Paint or not obj.isWidgetType():
                return False
            window = obj.window()
            if isinstance(window, QMainWindow):
                if self.painted is None:
                    self.painted = time.monotonic()
                    print(f"PAINTED {self.painted}", flush=True)
                if self.drawn is None and getattr(window, "_drawn", None) is not None:
                    self.drawn = time.monotonic()
                    print(f"FRAME {self.drawn}", flush=True)
                    QTimer.singleShot(0, app.closeAllWindows)
            return False

    watcher = Watcher(app)
    app.installEventFilter(watcher)
    return app

launch.application = watch
sys.argv = ["visualizer"]
sys.exit(cli.main([]))
"""


def one_start() -> tuple[float, float]:
    """(seconds to a painted window, seconds to the first drawn frame) of one start."""
    with tempfile.TemporaryDirectory(prefix="visualizer-bench-config-") as config_home:
        env = dict(os.environ, XDG_CONFIG_HOME=config_home, QT_QPA_PLATFORM="offscreen")
        start = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-c", HARNESS],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
    marks = dict(line.split() for line in done.stdout.splitlines() if line[:1].isupper())
    return float(marks["PAINTED"]) - start, float(marks["FRAME"]) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    import visualizer

    print(f"code: {os.path.dirname(visualizer.__file__)}; {load()}")
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    print(f"python -c pass: {time.monotonic() - started:.2f} s (the interpreter alone)")
    painted, framed = [], []
    for index in range(args.repeat):
        window, frame = one_start()
        painted.append(window)
        framed.append(frame)
        print(f"start {index + 1}: painted window {window:.2f} s, first frame {frame:.2f} s")
    print(
        f"painted_window_s={spread(painted, 2)} first_frame_s={spread(framed, 2)} "
        f"(median [min-max] of {args.repeat}), {load()}"
    )


if __name__ == "__main__":
    main()
