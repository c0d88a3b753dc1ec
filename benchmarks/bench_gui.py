"""GUI responsiveness while training: the real window, offscreen, a real training process.

A QTimer that should tick every 10 ms measures the GUI thread's stalls; the window's
redraws give the panel refresh rate; frames give the training rate. Last line:
max_stall_ms=X p99_stall_ms=Y refresh_hz=Z train_steps_s=W

    .venv/bin/python benchmarks/bench_gui.py --depth 10 --width 256 --batch 256 --seconds 10
    .venv/bin/python benchmarks/bench_gui.py --runs 4 --depth 5 --width 100 --dataset digits
(--runs N trains N runs in lockstep, differing by optimizer: sgd, momentum, adagrad, adam.)
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (Linux /proc; NaN elsewhere)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depth", type=int, default=10)
    parser.add_argument("--width", type=int, default=256)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--tab", default="Activations", help="the main tab shown")
    parser.add_argument("--runs", type=int, default=1, choices=(1, 2, 3, 4))
    parser.add_argument("--dataset", default="gaussian", help="gaussian (784 inputs) or any")
    args = parser.parse_args()
    # The window remembers its configuration in QSettings (under XDG_CONFIG_HOME on Linux):
    # point it at a scratch folder so the user's own settings are never touched.
    with tempfile.TemporaryDirectory(prefix="visualizer-bench-config-") as config_home:
        os.environ["XDG_CONFIG_HOME"] = config_home
        measure(args)


def measure(args: argparse.Namespace) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from visualizer.core.config import Config
    from visualizer.ui.launch import application
    from visualizer.ui.main_window import MainWindow

    app = application()
    if args.dataset == "gaussian":
        config = Config(dataset="gaussian", input_dim=784, samples=2048, depth=args.depth,
                        width=args.width, batch_size=args.batch, test_fraction=0.1)  # fmt: skip
    else:
        config = Config(dataset=args.dataset, depth=args.depth, width=args.width,
                        batch_size=args.batch)  # fmt: skip
    optimizers = ("sgd", "momentum", "adagrad", "adam")
    window = MainWindow([config.replace(optimizer=name) for name in optimizers[: args.runs]])
    window.resize(1600, 1000)
    window.show()
    for index in range(window.tabs.count()):
        if window.tabs.tabText(index) == args.tab:
            window.tabs.setCurrentIndex(index)
    deadline = time.monotonic() + 60
    while window.frame is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)

    redraws = 0
    original = window.redraw

    def counting_redraw() -> None:
        nonlocal redraws
        before = window._drawn
        original()
        redraws += window._drawn is not before

    window._redraw_timer.timeout.disconnect()
    window._redraw_timer.timeout.connect(counting_redraw)

    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(10)

    def tick() -> None:
        gaps.append(clock.nsecsElapsed() / 1e6)
        clock.restart()

    ticker.timeout.connect(tick)
    window.controller.set_speed(0)  # as fast as it goes
    window.controller.play()
    while not (window.frame and window.frame.running):
        app.processEvents()
    start_step = window.frame.runs[0].step
    pids = {"gui": os.getpid(), "training": window.controller._child.pid}
    memory_before = {name: rss_mb(pid) for name, pid in pids.items()}
    start = time.monotonic()
    clock.start()
    ticker.start()
    result: dict = {}

    def finish() -> None:  # measured before quitting: Qt 6's quit() closes the window
        result["elapsed"] = time.monotonic() - start
        result["steps"] = window.frame.runs[0].step - start_step
        result["memory"] = {name: rss_mb(pid) for name, pid in pids.items()}
        ticker.stop()
        app.quit()

    QTimer.singleShot(int(args.seconds * 1000), finish)
    app.exec()  # the real event loop, as in class
    window.close()
    elapsed, steps = result["elapsed"], result["steps"]

    stalls = np.maximum(np.array(gaps[1:]) - 10.0, 0.0)
    print(
        f"{args.runs} run(s) of depth {args.depth} x width {args.width}, batch {args.batch}, "
        f"{args.dataset}, {elapsed:.1f} s, tab {args.tab!r}, {len(gaps)} timer ticks"
    )
    for name in pids:
        after = result["memory"][name]
        print(f"memory {name}: {memory_before[name]:.0f} MB -> {after:.0f} MB")
    print(
        f"max_stall_ms={stalls.max():.1f} p99_stall_ms={np.percentile(stalls, 99):.1f} "
        f"refresh_hz={redraws / elapsed:.1f} train_steps_s={steps / elapsed:.1f}"
    )


if __name__ == "__main__":
    main()
