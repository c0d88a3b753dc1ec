"""How long window actions block the GUI thread: the real window, offscreen, training live.

Each action is started from the running event loop while a QTimer that should tick every
5 ms watches the GUI thread; the longest gap (minus 5 ms) is the longest block, and
"done" is when the action's result is on screen (a file written, a configuration shown).
Aim (issue 8, item 14): no block over 250 ms. Repeated --repeat times; median and range.

    .venv/bin/python benchmarks/bench_actions.py [--repeat 3] [--only language,theme]

Settings live in a scratch XDG_CONFIG_HOME; files go to a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from bench_common import child_result, load, print_result, spread

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 5
CLASSROOM = {
    "dataset": "gaussian",
    "input_dim": 784,
    "samples": 2048,
    "depth": 10,
    "width": 256,
    "batch_size": 256,
    "test_fraction": 0.1,
}
CONFIG_MB = 100


def big_config(path: Path, megabytes: int = CONFIG_MB) -> None:
    """A run report's JSON of about `megabytes` MB (a long history): a valid configuration
    file the loader must parse whole."""
    config = dict(CLASSROOM, depth=4, width=32)
    values = ",".join(["0.123456789012345"] * 1000)
    with path.open("w") as out:
        out.write('{"config": ' + json.dumps(config) + ', "history": {"train_loss": [')
        chunk = (values + ",") * 100
        for _ in range(megabytes * 1_000_000 // len(chunk)):
            out.write(chunk)
        out.write("0]}}")


class Harness:
    def __init__(self, app, window) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.app, self.window = app, window
        self.gaps: list[float] = []
        self.clock = QElapsedTimer()
        self.ticker = QTimer()
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.gaps.append(self.clock.nsecsElapsed() / 1e6)
        self.clock.restart()

    def wait(self, condition, timeout: float = 60.0) -> bool:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                return False
            self.app.processEvents()
            time.sleep(0.002)
        return True

    def settle(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.002)

    def time(self, action, done=lambda: True, settle: float = 0.5) -> tuple[float, float]:
        """(longest GUI block in ms, ms until `done()`), `action` run from the event loop."""
        from PySide6.QtCore import QTimer

        self.settle(0.3)
        self.gaps.clear()
        started: list[float] = []

        def run() -> None:
            started.append(time.perf_counter())
            action()

        self.clock.start()
        self.ticker.start()
        QTimer.singleShot(0, run)
        self.wait(lambda: bool(started))
        self.wait(done)
        finished = (time.perf_counter() - started[0]) * 1000
        self.settle(settle)
        self.ticker.stop()
        return max(self.gaps, default=0.0) - TICK_MS, finished


def frame_depth(window) -> int:
    frame = window.frame
    return len(frame.runs[0].layers) if frame is not None else -1


def run_actions(only: set[str] | None) -> dict[str, tuple[float, float]]:
    from visualizer.core.config import Config
    from visualizer.ui.launch import application
    from visualizer.ui.main_window import MainWindow

    app = application()
    classroom = Config(**CLASSROOM)
    window = MainWindow([classroom])
    window.resize(1600, 1000)
    window.show()
    folder = Path(tempfile.mkdtemp(prefix="visualizer-bench-actions-"))
    h = Harness(app, window)
    h.wait(lambda: window.frame is not None)
    window.controller.set_speed(0)
    window.controller.play()
    results: dict[str, tuple[float, float]] = {}

    def want(name: str) -> bool:
        return only is None or any(name.startswith(word) for word in only)

    def current() -> MainWindow:
        return h.window

    if want("language"):
        for lang in ("ko", "en"):

            def switch(lang=lang) -> None:
                h.window = h.window.set_language(lang)

            results[f"language switch to {lang}"] = h.time(switch, settle=1.0)
    if want("theme"):
        for name in ("dark", "light"):
            results[f"theme switch to {name}"] = h.time(lambda n=name: current().set_theme(n))
    if want("restore"):
        results["restore defaults"] = h.time(lambda: current().restore_defaults())
        current().apply_configs([classroom])
        current().controller.play()
    if want("heatmap"):
        for depth in (20, 50):
            window = current()
            window.apply_configs([classroom.replace(depth=depth)])
            window.controller.play()
            h.wait(lambda d=depth: frame_depth(current()) == d)
            panel = window.views["activations"]
            window.show_view("activations")
            panel.set_heatmap(False)
            h.settle(1.0)
            results[f"heat map on, depth {depth}"] = h.time(lambda p=panel: p.set_heatmap(True))
            panel.set_heatmap(None)
        current().apply_configs([classroom])
        current().controller.play()
    if want("png"):
        for scale in (1.0, 2.0):
            target = folder / f"window-{scale:g}x.png"
            results[f"window PNG at {scale:g}x"] = h.time(
                lambda t=target, s=scale: current().file_menu.write_window(t, s),
                done=lambda t=target: t.exists(),
            )
    if want("config"):
        path = folder / "big.json"
        big_config(path)
        window = current()
        window.controller.pause()
        results[f"load a {CONFIG_MB} MB configuration"] = h.time(
            lambda: window.file_menu.read_config(path),
            done=lambda: window.controls.configs()[0].width == 32,
        )
    current().close()
    for item in folder.iterdir():
        item.unlink()
    folder.rmdir()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated action name prefixes")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    if args.child:
        with tempfile.TemporaryDirectory(prefix="visualizer-bench-config-") as config_home:
            os.environ["XDG_CONFIG_HOME"] = config_home
            print_result(run_actions(only))
        return
    import visualizer

    print(
        f"code: {os.path.dirname(visualizer.__file__)}; window 1600x1000, depth 10 x 256 "
        f"training live; {load()}"
    )
    rows = [child_result() for _ in range(args.repeat)]
    print(f"{'action':<32}{'longest block ms':>28}{'done after ms':>28}")
    for name in rows[0]:
        blocks = [row[name][0] for row in rows]
        dones = [row[name][1] for row in rows]
        print(f"{name:<32}{spread(blocks, 0):>28}{spread(dones, 0):>28}")
    print(load())


if __name__ == "__main__":
    main()
