"""Every lesson view: a diverged frame, recolouring and retranslating, and no graphics
item left outside its scene."""

from __future__ import annotations

import dataclasses

from view_frames import make_frame, nan_frame


# every view ------------------------------------------------------------------------------
def _all_views():
    from visualizer.ui.panels.activation_curve import ActivationCurvePanel
    from visualizer.ui.panels.decision import DecisionPanel
    from visualizer.ui.panels.network_diagram import NetworkDiagramPanel
    from visualizer.ui.panels.optimizer_race import OptimizerRacePanel
    from visualizer.ui.panels.timeline import TimelinePanel
    from visualizer.ui.panels.weight_path import WeightPathPanel

    return [
        TimelinePanel,
        ActivationCurvePanel,
        DecisionPanel,
        NetworkDiagramPanel,
        WeightPathPanel,
        OptimizerRacePanel,
    ]


def test_every_view_survives_a_diverged_frame(panel, qtbot):
    real = make_frame(
        {"histories", "decision", "network", "path"},
        steps=3,
        lr=1e6,
        b={"activation": "sigmoid"},
    )
    assert real.runs[0].diverged
    spoiled = nan_frame(real)
    for cls in _all_views():
        view = panel(cls)
        for frame in (real, spoiled, real):
            view.show_frame(frame)
            view.grab()
    qtbot.wait(20)  # let the race's first result arrive and draw


def test_every_view_recolours_and_retranslates(panel, spiral_frame, qtbot):
    from visualizer.ui import theme

    frame = dataclasses.replace(spiral_frame, runs=spiral_frame.runs * 2)
    try:
        for cls in _all_views():
            view = panel(cls)
            view.show_frame(frame)
            assert view.title
            theme.set_current("dark")
            view.apply_theme(theme.current())
            view.show_frame(frame)
            view.retranslate()
            image = view.grab().toImage()
            assert image.pixelColor(image.width() - 3, image.height() - 3).lightness() < 100
    finally:
        theme.set_current("light")
    qtbot.wait(20)


def test_views_leave_no_graphics_item_outside_the_scene(qtbot, spiral_frame):
    """Every graphics item (spare plots, legend swatches) lives in a scene, so the scene
    deletes it with the view: an item the garbage collector deletes later crashes Python."""
    import gc

    import shiboken6
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QGraphicsItem

    def living() -> list:
        items = [o for o in gc.get_objects() if isinstance(o, QGraphicsItem)]
        return [o for o in items if shiboken6.isValid(o)]

    gc.collect()
    before = {id(o) for o in living()}
    both = dataclasses.replace(spiral_frame, runs=spiral_frame.runs * 2)
    for cls in _all_views():
        view = cls()
        view.resize(900, 600)
        view.show()
        for frame in (spiral_frame, both, spiral_frame):
            view.show_frame(frame)
        qtbot.wait(20)
        view.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        left = [o for o in living() if id(o) not in before]
        assert not left, f"{cls.__name__}: {sorted({type(o).__name__ for o in left})}"
