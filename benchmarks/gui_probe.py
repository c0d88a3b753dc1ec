"""Measuring helpers for benchmarks/bench_gui.py: memory of a process, and the time each
panel of the real window spends in `show_frame` and in its paint events."""

from __future__ import annotations

import time


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


def summarize(samples: dict[str, list[float]], seconds: float) -> dict:
    """Per panel: redraws, mean and p99 ms of show_frame and of one paint event, and the
    GUI thread's ms per second spent on both."""
    import numpy as np

    show, paint = np.array(samples["show"] or [0.0]), np.array(samples["paint"] or [0.0])
    return {
        "draws": len(samples["show"]),
        "show": float(show.mean()),
        "show_p99": float(np.percentile(show, 99)),
        "paint": float(paint.mean()),
        "paint_p99": float(np.percentile(paint, 99)),
        "paint_max": float(paint.max()),
        "ms_per_s": (sum(samples["show"]) + sum(samples["paint"])) / seconds,
    }


PAINTS: dict[int, list[float]] = {}  # id(widget) -> its panel's paint samples


def patch_paint_classes() -> None:
    """Time the paint events of the drawing widgets: pyqtgraph's views and the panels'
    own canvases (classes with a Python paintEvent). Done before any widget is built:
    Qt's binding caches the method it calls once a widget has painted."""
    import importlib

    import pyqtgraph as pg
    from PySide6.QtWidgets import QWidget

    from visualizer.ui.panel_table import PANELS

    classes = {pg.GraphicsView}
    for spec in PANELS:
        module = importlib.import_module(spec.cls.__module__)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, QWidget):
                classes.update(
                    c
                    for c in value.__mro__
                    if "paintEvent" in vars(c) and not c.__module__.startswith("PySide6")
                )
    for cls in classes:
        cls.paintEvent = painted(cls.paintEvent)


def instrument(window) -> dict[str, dict[str, list[float]]]:
    """Time every panel's `show_frame` and the paint events inside it."""
    from PySide6.QtWidgets import QWidget

    costs: dict[str, dict[str, list[float]]] = {}
    for name, panel in window.views.items():
        samples = costs[name] = {"show": [], "paint": []}
        panel.show_frame = timed(panel.show_frame, samples["show"])
        for child in panel.findChildren(QWidget):
            PAINTS[id(child)] = samples["paint"]
    return costs


def timed(function, samples: list[float]):
    def wrapper(*args):
        start = time.perf_counter()
        try:
            return function(*args)
        finally:
            samples.append((time.perf_counter() - start) * 1000)

    return wrapper


def painted(paint_event):
    def wrapper(self, event):
        start = time.perf_counter()
        try:
            return paint_event(self, event)
        finally:
            samples = PAINTS.get(id(self))
            if samples is not None:
                samples.append((time.perf_counter() - start) * 1000)

    return wrapper
