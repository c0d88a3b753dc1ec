"""Colours and fonts for the light (projector) and dark themes, shared by every panel."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    foreground: str
    grid_alpha: float
    runs: tuple[str, str, str, str]  # runs A-D (Okabe-Ito: colour-blind safe)
    train: str
    test: str
    warning: str
    palette: tuple[str, ...]  # categorical colours (classes, layers)
    signs: tuple[str, str]  # positive, negative values (Okabe-Ito blue, vermillion/orange)


LIGHT = Theme(
    name="light",
    background="#ffffff",
    foreground="#111111",
    grid_alpha=0.25,
    runs=("#0072b2", "#d55e00", "#009e73", "#cc79a7"),
    train="#1f5fbf",
    test="#c2255c",
    warning="#c92a2a",
    palette=(
        "#1f77b4",
        "#ff7f0e",
        "#2ca02c",
        "#d62728",
        "#9467bd",
        "#8c564b",
        "#e377c2",
        "#7f7f7f",
        "#bcbd22",
        "#17becf",
    ),
    signs=("#0072b2", "#d55e00"),
)

DARK = Theme(
    name="dark",
    background="#1e1f22",
    foreground="#e8e8e8",
    grid_alpha=0.2,
    runs=("#56b4e9", "#e69f00", "#2fd3a0", "#e7a3c9"),
    train="#74c0fc",
    test="#f783ac",
    warning="#ff6b6b",
    palette=(
        "#4dabf7",
        "#ffa94d",
        "#69db7c",
        "#ff8787",
        "#b197fc",
        "#e599f7",
        "#faa2c1",
        "#ced4da",
        "#d8f5a2",
        "#66d9e8",
    ),
    signs=("#56b4e9", "#e69f00"),
)

THEMES = {"light": LIGHT, "dark": DARK}
RUN_DASHES = ("solid", "dash", "dot", "dashdot")
"""Line style per run, so runs stay apart in greyscale too."""


def run_color(theme: Theme, run: int) -> str:
    return theme.runs[run % len(theme.runs)]


_current = LIGHT


def current() -> Theme:
    return _current


def set_current(name: str) -> Theme:
    """Select the theme new drawing uses (panels re-read it on their next redraw)."""
    global _current
    _current = THEMES[name]
    return _current


def apply_palette(chosen: Theme) -> None:
    """Colour the Qt widgets (controls, tabs, menus) to match the plots."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if chosen.name == "light":
        app.setPalette(app.style().standardPalette())
        return
    palette = QPalette()
    base, panel, text = QColor(chosen.background), QColor("#2b2d31"), QColor(chosen.foreground)
    for role, color in (
        (QPalette.ColorRole.Window, panel),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, panel),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, panel),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, panel),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, QColor(chosen.runs[0])),
        (QPalette.ColorRole.HighlightedText, QColor("#000000")),
        (QPalette.ColorRole.PlaceholderText, QColor("#8a8d93")),
    ):
        palette.setColor(role, color)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6c6f75"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6c6f75"))
    app.setPalette(palette)
