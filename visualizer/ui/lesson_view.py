"""The explanation of the chosen lesson (preset), in the interface language."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser

from ..core.lessons import Lesson


class LessonView(QTextBrowser):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.preset: Lesson | None = None
        self.lang = "en"
        self.setOpenExternalLinks(False)
        self.show_preset(None)

    def show_preset(self, preset: Lesson | None, lang: str | None = None) -> None:
        self.preset = preset
        self.lang = lang or self.lang
        if preset is None:
            self.setHtml(
                "<p>"
                + html.escape(
                    self.tr(
                        "Choose a lesson from the Lessons menu, or turn any knob on the left: "
                        "the histograms show, layer by layer, what the network does with it."
                    )
                )
                + "</p>"
            )
            return
        ab = ""
        if preset.runs:
            ab = (
                "<p><i>"
                + html.escape(
                    self.tr("A/B lesson: side B changes {keys}.").format(
                        keys=", ".join(f"{k} = {v}" for k, v in preset.runs[0].items())
                    )
                )
                + "</i></p>"
            )
        self.setHtml(
            f"<h3>{html.escape(preset.title(self.lang))}</h3>"
            f"<p>{html.escape(preset.text(self.lang))}</p>{ab}"
        )
