"""GUI responsiveness while training: the real window, offscreen, a real training process,
beside the headless steps/s of the same runs measured in the same benchmark run.

Each repeat runs `visualizer run` of the same configuration (one BLAS thread, as the
training process) before and after the window, then the window for --seconds in a fresh
process: a QTimer that should tick every 10 ms measures the GUI thread's stalls; the
window's redraws give the panel refresh rate; frames give the training rate; each panel's
`show_frame` and paint events are timed; RSS of both processes before and after. The last
line sums up the repeats (median and range):

    .venv/bin/python benchmarks/bench_gui.py --depth 10 --width 256 --batch 256 --seconds 10
    .venv/bin/python benchmarks/bench_gui.py --runs 4 --depth 5 --width 100 --dataset digits
    .venv/bin/python benchmarks/bench_gui.py --depth 50 --width 1024 --seconds 20
(--runs N trains N runs in lockstep, differing by optimizer: sgd, momentum, adagrad, adam.)
The code measured is the `visualizer` package first on PYTHONPATH (printed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_common import ONE_BLAS_THREAD, child_result, load, print_result, spread
from gui_probe import instrument, patch_paint_classes, rss_mb, summarize

OPTIMIZERS = ("sgd", "momentum", "adagrad", "adam")


def config_keys(args: argparse.Namespace) -> dict:
    keys = {"depth": args.depth, "width": args.width, "batch_size": args.batch}
    if args.dataset == "gaussian":
        keys |= {"dataset": "gaussian", "input_dim": 784, "samples": 2048, "test_fraction": 0.1}
    else:
        keys |= {"dataset": args.dataset}
    return keys


def headless_command(args: argparse.Namespace, steps: int) -> list[str]:
    command = [sys.executable, "-m", "visualizer", "run", "--steps", str(steps), "--json", "-"]
    command += ["--set", *(f"{k}={v}" for k, v in config_keys(args).items())]
    command += ["optimizer=sgd"]
    for name in OPTIMIZERS[1 : args.runs]:
        command += ["--run", f"optimizer={name}"]
    return command


def headless_rate(args: argparse.Namespace, steps: int) -> float:
    """Lockstep steps/s of the runs trained headless (`visualizer run` trains the runs one
    after the other: a lockstep step costs the sum of one step of each)."""
    env = dict(os.environ, **ONE_BLAS_THREAD)
    done = subprocess.run(
        headless_command(args, steps), capture_output=True, text=True, env=env, check=True
    )
    report = json.loads(done.stdout)
    reports = report.get("runs", [report])
    return 1.0 / sum(1.0 / r["timing"]["steps_per_second"] for r in reports)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depth", type=int, default=10)
    parser.add_argument("--width", type=int, default=256)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--tab", default="Activations", help="the main tab shown")
    parser.add_argument("--runs", type=int, default=1, choices=(1, 2, 3, 4))
    parser.add_argument("--dataset", default="gaussian", help="gaussian (784 inputs) or any")
    parser.add_argument("--repeat", type=int, default=3, help="window measurements")
    parser.add_argument("--ref-seconds", type=float, default=5.0, help="each headless run")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        # The window remembers its configuration in QSettings (under XDG_CONFIG_HOME on
        # Linux): a scratch folder, so the user's own settings are never touched.
        with tempfile.TemporaryDirectory(prefix="visualizer-bench-config-") as config_home:
            os.environ["XDG_CONFIG_HOME"] = config_home
            print_result(measure(args))
        return
    import visualizer

    print(f"code: {os.path.dirname(visualizer.__file__)}")
    print(
        f"{args.runs} run(s) of depth {args.depth} x width {args.width}, batch {args.batch}, "
        f"{args.dataset}, tab {args.tab!r}, {args.seconds:.0f} s a window, {load()}"
    )
    probe = headless_rate(args, 10)
    steps = max(20, round(probe * args.ref_seconds))
    print(f"headless reference: {' '.join(headless_command(args, steps)[1:])}")
    rows = []
    for repeat in range(args.repeat):
        before = headless_rate(args, steps)
        result = child_result()
        after = headless_rate(args, steps)
        result["headless"] = (before + after) / 2
        result["ratio"] = result["train_steps_s"] / result["headless"]
        rows.append(result)
        report(repeat + 1, result, before, after)
    summary(rows)


def report(repeat: int, r: dict, before: float, after: float) -> None:
    print(f"\n--- repeat {repeat} ({r['load']}) ---")
    print(
        f"{'panel':<20}{'draws':>6}{'show_frame ms':>15}{'p99':>7}{'paint ms':>10}"
        f"{'p99':>7}{'max':>7}{'GUI ms/s':>10}"
    )
    for name, cost in r["panels"].items():
        if not cost["draws"] and not cost["ms_per_s"]:
            continue  # a hidden panel
        print(
            f"{name:<20}{cost['draws']:>6}{cost['show']:>15.1f}{cost['show_p99']:>7.1f}"
            f"{cost['paint']:>10.1f}{cost['paint_p99']:>7.1f}{cost['paint_max']:>7.1f}"
            f"{cost['ms_per_s']:>10.0f}"
        )
    print(
        f"window.redraw (every panel's show_frame and the status line): "
        f"{r['redraw_ms']:.1f} ms a redraw"
    )
    for name, (start, end) in r["memory"].items():
        print(f"memory {name}: {start:.0f} MB -> {end:.0f} MB")
    series = " ".join(f"{t:.0f}s:{g:.0f}/{m:.0f}" for t, g, m in r["memory_samples"])
    print(f"memory over the run (gui/training MB): {series}")
    print(f"headless {before:.1f} (before) / {after:.1f} (after) steps/s")
    print(
        f"max_stall_ms={r['max_stall']:.1f} p99_stall_ms={r['p99_stall']:.1f} "
        f"refresh_hz={r['refresh_hz']:.1f} train_steps_s={r['train_steps_s']:.1f} "
        f"headless_steps_s={r['headless']:.1f} ratio={r['ratio']:.2f}"
    )


def summary(rows: list[dict]) -> None:
    def spread_of(key: str, digits: int = 1) -> str:
        return f"{key}={spread([row[key] for row in rows], digits)}"

    keys = ("max_stall", "p99_stall", "refresh_hz", "train_steps_s", "headless")
    print(f"\nsummary over {len(rows)} repeat(s), median [min-max], {load()}:")
    print(" ".join(spread_of(key) for key in keys) + " " + spread_of("ratio", 2))


def measure(args: argparse.Namespace) -> dict:
    import numpy as np
    from PySide6.QtCore import QElapsedTimer, QTimer

    from visualizer.core.config import Config
    from visualizer.ui.launch import application
    from visualizer.ui.main_window import MainWindow

    app = application()
    patch_paint_classes()
    config = Config(**config_keys(args))
    window = MainWindow([config.replace(optimizer=name) for name in OPTIMIZERS[: args.runs]])
    window.resize(1600, 1000)
    window.show()
    for index in range(window.tabs.count()):
        if window.tabs.tabText(index) == args.tab:
            window.tabs.setCurrentIndex(index)
    deadline = time.monotonic() + 120
    while window.frame is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    costs = instrument(window)

    redraws = 0
    original = window.redraw
    redraw_ms: list[float] = []

    def counting_redraw() -> None:
        nonlocal redraws
        before = window._drawn
        start = time.perf_counter()
        original()
        redraw_ms.append((time.perf_counter() - start) * 1000)
        redraws += window._drawn is not before

    window._redraw_timer.timeout.disconnect(window.redraw)
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
    for samples in costs.values():
        samples["show"].clear()
        samples["paint"].clear()
    redraw_ms.clear()
    start = time.monotonic()
    clock.start()
    ticker.start()
    result: dict = {"load": load()}

    def finish() -> None:  # measured before quitting: Qt 6's quit() closes the window
        result["elapsed"] = time.monotonic() - start
        result["steps"] = window.frame.runs[0].step - start_step
        result["memory"] = {name: (memory_before[name], rss_mb(pid)) for name, pid in pids.items()}
        ticker.stop()
        app.quit()

    samples: list[tuple[float, float, float]] = []  # (seconds, gui MB, training MB)

    def sample_memory() -> None:
        elapsed = time.monotonic() - start
        samples.append((elapsed, rss_mb(pids["gui"]), rss_mb(pids["training"])))

    sampler = QTimer()
    sampler.timeout.connect(sample_memory)
    sampler.start(int(args.seconds * 100))  # ten samples over the run
    QTimer.singleShot(int(args.seconds * 1000), finish)
    app.exec()  # the real event loop, as in class
    window.close()
    stalls = np.maximum(np.array(gaps[1:]) - 10.0, 0.0)
    result |= {
        "max_stall": float(stalls.max()),
        "p99_stall": float(np.percentile(stalls, 99)),
        "refresh_hz": redraws / result["elapsed"],
        "redraw_ms": float(np.mean(redraw_ms)) if redraw_ms else 0.0,
        "train_steps_s": result["steps"] / result["elapsed"],
        "panels": {name: summarize(c, result["elapsed"]) for name, c in costs.items()},
        "memory_samples": samples,
    }
    return result


if __name__ == "__main__":
    main()
