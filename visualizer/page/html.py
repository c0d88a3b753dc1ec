"""The page itself: the page data (the lesson's texts, steps and recordings) and the HTML
file around it, with the vendored uPlot and the page's own script and styles inlined, so
the file needs nothing else and asks the network for nothing (its Content-Security-Policy
forbids every request)."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from ..core.lesson_types import in_language
from ..core.lessons import topic_title
from .record import KINDS, STATS, Progress, record_steps
from .spec import step_configs
from .texts import TEXTS

HERE = Path(__file__).parent
RUN_COLORS = {
    "light": ("#0072b2", "#d55e00", "#009e73", "#cc79a7"),
    "dark": ("#56b4e9", "#e69f00", "#2fd3a0", "#e7a3c9"),
}
"""Runs A-D in each theme: the window's colours (ui/theme.py; a test keeps them equal)."""
RUN_DASHES = ("solid", "dash", "dot", "dashdot")
"""Line style per run, as the window's (ui/theme.RUN_DASHES)."""
FORMAT = 1
"""The page data's format version."""
DRAWN_VIEWS = (None, "activations", "gradients", "weights", "curves", "layer_stats")
"""The lesson views the page draws as the window does (None: the lesson chooses none); a
step that chooses another says so (`app_view`), naming it with TEXTS["view_" + view]."""


@cache
def asset(name: str) -> str:
    """A file of the page's own (`assets/`) or the vendored uPlot (`vendor/`)."""
    folder = HERE / ("vendor" if name.startswith("uPlot") else "assets")
    return (folder / name).read_text(encoding="utf-8")


def script_safe(text: str) -> str:
    """`text` that cannot end the <script> element it is inlined in."""
    return text.replace("</", "<\\/")


def page_data(
    spec: dict,
    recordings: list[dict],
    indices: Sequence[int],
    steps: int,
    lang: str = "en",
    theme: str = "light",
    nav: dict | None = None,
) -> dict:
    """Everything the page script reads (docs/DESIGN.md, "Interactive pages")."""
    topic = spec.get("topic")
    return {
        "format": FORMAT,
        "lang": lang,
        "theme": theme,
        "training_steps": steps,
        "texts": TEXTS,
        "colors": RUN_COLORS,
        "dashes": RUN_DASHES,
        "kinds": list(KINDS),
        "stats": list(STATS),
        "lesson": {
            "name": spec["name"],
            "topic": topic,
            "topic_title": {lang: topic_title(topic, lang) for lang in ("en", "ko")}
            if topic
            else None,
            "title": spec["title"],
            "text": spec.get("text"),
        },
        "steps": [
            {
                "text": step["text"],
                "view": step["view"],
                "x_axis": step["x_axis"],
                "app_view": step["view"] if step["view"] not in DRAWN_VIEWS else None,
                "question": step["question"],
                "recording": index,
            }
            for step, index in zip(spec["steps"], indices, strict=True)
        ],
        "recordings": recordings,
        "nav": nav,
    }


SCRIPTS = ("data.js", "views.js", "page.js")
"""The page's own scripts, in one function scope in this order."""


def page_script() -> str:
    parts = "\n".join(asset(name) for name in SCRIPTS)
    return f'"use strict";\n(function () {{\n{parts}}})();\n'


def page_html(data: dict) -> str:
    """The self-contained page showing `data`."""
    title = data["lesson"]["title"]
    parts = {
        "@@LANG@@": data["lang"],
        "@@THEME@@": data["theme"],
        "@@TITLE@@": html.escape(in_language(title, data["lang"])),
        "@@UPLOT_CSS@@": asset("uPlot.min.css"),
        "@@PAGE_CSS@@": asset("page.css"),
        "@@DATA@@": script_safe(json.dumps(data, ensure_ascii=False, allow_nan=False)),
        "@@UPLOT_JS@@": script_safe(asset("uPlot.iife.min.js")),
        "@@PAGE_JS@@": script_safe(page_script()),
    }
    return filled("page.html", parts)


def filled(template: str, parts: dict[str, str]) -> str:
    """The asset `template` with each @@MARKER@@ of `parts` replaced by its text."""
    text = asset(template)
    for marker, value in parts.items():
        text = text.replace(marker, value)
    return text


def build_page(
    spec: dict,
    steps: int,
    lang: str = "en",
    theme: str = "light",
    progress: Progress | None = None,
    nav: dict | None = None,
) -> dict:
    """Train every step's runs of `spec` (`steps` steps each) and return the page data."""
    recordings, indices = record_steps(step_configs(spec), steps, progress)
    return page_data(spec, recordings, indices, steps, lang, theme, nav)
