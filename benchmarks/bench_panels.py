"""Panel redraw benchmark: milliseconds per frame for each live panel, drawing included.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_panels.py [--frames N]

Frames come from a real Session (gaussian inputs, 784 features, batch 256) at depth 10 and
50, width 256, one side and A/B. Each panel (about 900 x 520 pixels, as in a 1920 x 1080
window) is shown; a redraw is `show_frame`, then processing events (layout) and a forced
synchronous `repaint()`, so the painting of every item is counted. Distinct frames are
cycled, so data and ranges change as in a live run. Median and worst over the frames.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from PySide6 import QtWidgets

from visualizer.core.config import Config
from visualizer.core.session import Session
from visualizer.ui.panels.curves import CurvesPanel
from visualizer.ui.panels.histograms import HistogramPanel
from visualizer.ui.panels.layer_stats import LayerStatsPanel


def frames(depth: int, compare: bool, count: int) -> list:
    config = Config(
        depth=depth, width=256, dataset="gaussian", input_dim=784, samples=1000, batch_size=256
    )
    session = Session(config, config.replace(optimizer="adam", lr=1e-3) if compare else None)
    session.play()
    out = []
    for _ in range(count):
        session.advance(time.monotonic() + 0.02)
        out.append(session.frame())
    return out


def measure(app: QtWidgets.QApplication, panel, sequence: list) -> tuple[float, float, float]:
    """(median wall ms, worst wall ms, median CPU ms): CPU time is the steadier number on
    a busy machine (the GUI thread is the process's only busy thread here)."""
    panel.resize(900, 520)
    panel.show()
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
    panel.hide()
    return statistics.median(times), max(times), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=30)
    args = parser.parse_args()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    print(f"{'case':<22}{'panel':<34}{'median ms':>10}{'worst ms':>10}{'CPU ms':>8}")
    for depth in (10, 50):
        for compare in (False, True):
            sequence = frames(depth, compare, args.frames)
            case = f"depth {depth}" + (" A/B" if compare else "")
            panels = {
                "histograms activations": HistogramPanel("activations"),
                "histograms gradients (log)": HistogramPanel("gradients"),
                "histograms weights": HistogramPanel("weights"),
                "curves": CurvesPanel(),
                "layer stats": LayerStatsPanel(),
            }
            if depth > 12:
                forced = HistogramPanel("activations")
                forced.set_heatmap(False)
                panels["histograms act. 12 plots"] = forced
            total = 0.0
            for name, panel in panels.items():
                median, worst, cpu = measure(app, panel, sequence)
                if name in ("histograms activations", "curves", "layer stats"):
                    total += median
                print(f"{case:<22}{name:<34}{median:>10.1f}{worst:>10.1f}{cpu:>8.1f}")
                panel.deleteLater()
            print(f"{case:<22}{'total: activations+curves+stats':<34}{total:>10.1f}")
    sequence = long_history_frames(args.frames)
    name = f"curves, {len(sequence[-1].runs[0].history['step'])} points/curve"
    median, worst, cpu = measure(app, CurvesPanel(), sequence)
    print(f"{'A/B, long run':<22}{name:<34}{median:>10.1f}{worst:>10.1f}{cpu:>8.1f}")


def long_history_frames(count: int) -> list:
    """A/B frames of a small network after thousands of steps: full (thinned) histories."""
    config = Config(depth=2, width=8, dataset="blobs", batch_size=16)
    session = Session(config, config.replace(optimizer="adam", lr=1e-3))
    for _ in range(4000):
        session.step(record=False)
    out = []
    for _ in range(count):
        for _ in range(5):
            session.step(record=True)
        out.append(session.frame())
    return out


if __name__ == "__main__":
    main()
