"""The histogram panels' "Evaluation mode" toggle: which layer statistics to draw. Not a
panel: the activation histograms hold one."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from ...core.layer_stats import LayerStats
from ...core.protocol import Extra, Snapshot


class EvalModeBox(QCheckBox):
    """Off: the training pass's statistics (batch norm with the batch's own mean and
    variance). On: the same network on the probe batch in evaluation mode (batch norm's
    running averages, no dropout), as the test set and the decision view see it; the
    training process sends those only while a visible panel asks (`extras`)."""

    def __init__(self) -> None:
        super().__init__()
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Evaluation mode"))  # short: the row sets the window's width
        self.setToolTip(
            self.tr(
                "The network as the test set sees it: batch normalization with its running "
                "averages instead of the batch's statistics, and no dropout"
            )
        )

    @property
    def extras(self) -> frozenset[Extra]:
        return frozenset({Extra.EVAL_STATS}) if self.isChecked() else frozenset()

    def layers(self, snapshot: Snapshot) -> tuple[LayerStats, ...]:
        """The statistics to draw: none in evaluation mode until they arrive."""
        if self.isChecked():
            return snapshot.eval_layers or ()
        return tuple(snapshot.layers)
