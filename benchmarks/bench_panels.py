"""Panel redraw benchmark: milliseconds per frame for every panel, painting included.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_panels.py [--frames N]
    [--cases 10,50,runs4] [--panels activations,curves] [--profile PANEL]

Frames come from a real Session with every extra (gaussian inputs, 784 features, batch
256) at depth 10 and 50 (width 256: the drawing does not depend on width), four runs
of depth 5 x 100 on digits, and A/B after 4000 steps (long loss curves). The panels sit
in a real window (1600 x 1000, not live), so each has its size in class; a redraw is
`show_frame`, then processing events (layout) and a forced synchronous `repaint()` of
the panel, so the painting of every item is counted.
Distinct frames are cycled, so data and ranges change as in a live run. Median and worst
wall time, and median CPU time (steadier on a busy machine), over the frames.
--profile PANEL prints the cProfile of that panel's redraws (first case).
The code measured is the `visualizer` package first on PYTHONPATH (printed).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from bench_common import load

import visualizer
from visualizer.core.config import Config
from visualizer.core.protocol import Extra
from visualizer.core.session import Session

CASES = {
    "10": (
        "depth 10 x 256",
        [
            Config(
                depth=10, width=256, dataset="gaussian", input_dim=784, samples=1000, batch_size=256
            )
        ],
    ),
    "50": (
        "depth 50 x 256",
        [
            Config(
                depth=50, width=256, dataset="gaussian", input_dim=784, samples=1000, batch_size=256
            )
        ],
    ),
    "runs4": (
        "4 runs 5 x 100 digits",
        [
            Config(depth=5, width=100, dataset="digits", optimizer=name)
            for name in ("sgd", "momentum", "adagrad", "adam")
        ],
    ),
    "long": (
        "A/B 2 x 8, 4000 steps",
        [
            Config(depth=2, width=8, dataset="blobs", batch_size=16),
            Config(depth=2, width=8, dataset="blobs", batch_size=16, optimizer="adam", lr=1e-3),
        ],
    ),
}
WARM_STEPS = {"long": 4000}  # the long case: full (thinned) loss histories


def frames(runs: list[Config], count: int, warm: int = 20) -> list:
    session = Session(runs)
    session.extras = frozenset(Extra)
    for _ in range(warm):
        session.step(record=False)
    out = []
    for _ in range(count):
        session.step(record=True)
        out.append(session.frame())
    return out


def measure(app, window, name: str, sequence: list) -> tuple[float, float, float]:
    """(median wall ms, worst wall ms, median CPU ms) of `name`'s redraws."""
    panel = window.views[name]
    window.show_view(name)
    window.show_run_data({data.run_id: data for data in RUN_DATA})
    for frame in sequence[:3]:  # warm up: first layout, pools, glyph caches
        panel.show_frame(frame)
        app.processEvents()
    times, cpu = [], []
    for frame in sequence:
        start, start_cpu = time.perf_counter(), time.process_time()
        panel.show_frame(frame)
        app.processEvents()
        panel.repaint()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(times), max(times), statistics.median(cpu)


RUN_DATA: list = []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=30)
    parser.add_argument("--cases", default="10,50,runs4,long")
    parser.add_argument("--panels", default="", help="comma-separated panel names (all)")
    parser.add_argument("--profile", default="", help="a panel name")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="visualizer-bench-config-") as config_home:
        os.environ["XDG_CONFIG_HOME"] = config_home  # never the user's settings
        run(args)


def run(args: argparse.Namespace) -> None:
    from visualizer.ui.launch import application
    from visualizer.ui.main_window import MainWindow

    app = application()
    print(f"code: {os.path.dirname(visualizer.__file__)}; {load()}")
    print(f"{'case':<24}{'panel':<20}{'median ms':>10}{'worst ms':>10}{'CPU ms':>8}")
    for key in args.cases.split(","):
        label, runs = CASES[key]
        sequence = frames(runs, args.frames, WARM_STEPS.get(key, 20))
        session = Session(runs)
        RUN_DATA[:] = session.take_run_data()
        window = MainWindow(runs, live=False)
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        names = args.panels.split(",") if args.panels else list(window.views)
        for name in names:
            median, worst, cpu = measure(app, window, name, sequence)
            print(f"{label:<24}{name:<20}{median:>10.1f}{worst:>10.1f}{cpu:>8.1f}")
            if name == args.profile:
                profile(app, window.views[name], sequence)
        args.profile = ""
        window.close()
        window.deleteLater()
        app.processEvents()
    print(load())


def profile(app, panel, sequence: list) -> None:
    def redraw_all() -> None:
        for frame in sequence:
            panel.show_frame(frame)
            app.processEvents()
            panel.repaint()

    profiler = cProfile.Profile()
    profiler.runcall(redraw_all)
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
