"""The panel table: one row per panel, from which the window builds its tabs, the View
and Export menus (docs/DESIGN.md, "Panel table"). A new panel is one row here and its
name in `core.views.View` (a test holds the two together)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core.views import View
from .drawing.base import Panel
from .panels.activation_curve import ActivationCurvePanel
from .panels.batch_norm import BatchNormPanel
from .panels.curves import CurvesPanel
from .panels.decision import DecisionPanel
from .panels.histograms import HistogramKind, HistogramPanel
from .panels.input_cloud import InputCloudPanel
from .panels.layer_stats import LayerStatsPanel
from .panels.network_diagram import NetworkDiagramPanel
from .panels.optimizer_race import OptimizerRacePanel
from .panels.search import SearchPanel
from .panels.timeline import TimelinePanel
from .panels.weight_path import WeightPathPanel

MAIN, SIDE = "main", "side"  # the large tab group in the middle, the smaller one beside it


@dataclass(frozen=True)
class PanelSpec:
    view: View
    cls: type[Panel]
    group: str  # MAIN or SIDE
    kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """For the Export menu and the exported file's name."""
        return self.view.value

    def build(self) -> Panel:
        return self.cls(**self.kwargs)


PANELS: tuple[PanelSpec, ...] = (
    PanelSpec(View.ACTIVATIONS, HistogramPanel, MAIN, {"kind": HistogramKind.ACTIVATIONS}),
    PanelSpec(View.GRADIENTS, HistogramPanel, MAIN, {"kind": HistogramKind.GRADIENTS}),
    PanelSpec(View.WEIGHTS, HistogramPanel, MAIN, {"kind": HistogramKind.WEIGHTS}),
    PanelSpec(View.TIMELINE, TimelinePanel, MAIN),
    PanelSpec(View.ACTIVATION_CURVE, ActivationCurvePanel, MAIN),
    PanelSpec(View.DECISION, DecisionPanel, MAIN),
    PanelSpec(View.INPUT_CLOUD, InputCloudPanel, MAIN),
    PanelSpec(View.NETWORK, NetworkDiagramPanel, MAIN),
    PanelSpec(View.WEIGHT_PATH, WeightPathPanel, MAIN),
    PanelSpec(View.RACE, OptimizerRacePanel, MAIN),
    PanelSpec(View.SEARCH, SearchPanel, MAIN),
    PanelSpec(View.CURVES, CurvesPanel, SIDE),
    PanelSpec(View.LAYER_STATS, LayerStatsPanel, SIDE),
    PanelSpec(View.BATCH_NORM, BatchNormPanel, SIDE),
)
