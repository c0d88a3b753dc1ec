"""The panel table: one row per panel, from which the window builds its tabs, the View
and Export menus, `visualizer export --view` and its help text (docs/DESIGN.md,
"Panel table"). A new panel is one row here.

Rows name their class by module path, so the command line can read the names without
importing Qt or pyqtgraph."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

MAIN, SIDE = "main", "side"  # the large tab group in the middle, the smaller one beside it


@dataclass(frozen=True)
class PanelSpec:
    name: str  # for --view, the Export menu and the exported file's name
    cls: str  # "module:Class" under visualizer.ui.panels
    group: str  # MAIN or SIDE
    about: str  # one line for --help
    kwargs: dict[str, Any] = field(default_factory=dict)

    def build(self):
        module, _, name = self.cls.partition(":")
        panel_class = getattr(importlib.import_module(f"visualizer.ui.panels.{module}"), name)
        return panel_class(**self.kwargs)


PANELS: tuple[PanelSpec, ...] = (
    PanelSpec("activations", "histograms:HistogramPanel", MAIN,
              "per-layer activation histograms", {"kind": "activations"}),
    PanelSpec("gradients", "histograms:HistogramPanel", MAIN,
              "per-layer gradient histograms (log10|g|)", {"kind": "gradients"}),
    PanelSpec("weights", "histograms:HistogramPanel", MAIN,
              "per-layer weight histograms", {"kind": "weights"}),
    PanelSpec("timeline", "timeline:TimelinePanel", MAIN, "histograms over time"),
    PanelSpec("activation_curve", "activation_curve:ActivationCurvePanel", MAIN,
              "f(z) and f'(z) over a layer's z distribution"),
    PanelSpec("decision", "decision:DecisionPanel", MAIN, "decision boundary (2D data)"),
    PanelSpec("input_cloud", "input_cloud:InputCloudPanel", MAIN,
              "2D inputs raw, centred, decorrelated, whitened"),
    PanelSpec("network", "network_diagram:NetworkDiagramPanel", MAIN,
              "network diagram (small nets)"),
    PanelSpec("weight_path", "weight_path:WeightPathPanel", MAIN,
              "two weights of one unit, step by step (the zig-zag)"),
    PanelSpec("race", "optimizer_race:OptimizerRacePanel", MAIN, "the optimizer race"),
    PanelSpec("search", "search:SearchPanel", MAIN,
              "hyper-parameter search: random or grid, coarse to fine"),
    PanelSpec("curves", "curves:CurvesPanel", SIDE, "loss and accuracy curves"),
    PanelSpec("layer_stats", "layer_stats:LayerStatsPanel", SIDE, "layer statistics by depth"),
    PanelSpec("batch_norm", "batch_norm:BatchNormPanel", SIDE,
              "batch norm's learned gamma and beta by layer"),
)  # fmt: skip
VIEWS: tuple[str, ...] = tuple(spec.name for spec in PANELS)


def views_help() -> str:
    """The --view help text: every panel's name and what it shows."""
    return "; ".join(f"{spec.name} ({spec.about})" for spec in PANELS)
