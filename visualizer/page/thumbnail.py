"""A lesson's thumbnail for the course index: its first step's activation histograms at
the end of the recording (up to four layers, first to last, every run in its colour), as a
small inline SVG drawn from the page data (no browser needed to make it)."""

from __future__ import annotations

import numpy as np

from .record import unpacked

WIDTH, HEIGHT, PAD = 240, 120, 6
MAX_CELLS = 4


def run_outline(q: np.ndarray, peak: float, top: float, box: tuple[float, ...]) -> str:
    """SVG points of a histogram's step outline in `box` (x, y, width, height), heights
    scaled so that `top` (the largest share drawn) reaches the box's top."""
    x, y, width, height = box
    shares = q / 255.0 * peak
    step = width / len(shares)
    points = [(x, y + height)]
    for index, share in enumerate(shares):
        level = y + height - height * share / top
        points += [(x + index * step, level), (x + (index + 1) * step, level)]
    points.append((x + width, y + height))
    return " ".join(f"{px:.1f},{py:.1f}" for px, py in points)


def thumbnail_svg(recording: dict, colors: tuple[str, ...], dashes: tuple[str, ...]) -> str:
    """The inline SVG element (for an HTML page) for `recording`."""
    layers, bins = len(recording["layers"]), recording["bins"]
    frames = len(recording["steps"])
    picks = np.unique(np.linspace(0, layers - 1, min(MAX_CELLS, layers)).round().astype(int))
    cell = (WIDTH - PAD * (len(picks) + 1)) / len(picks)
    hists = []
    for run in recording["runs"]:
        h, depth = run["hist"]["activations"], run["layers"]
        q = np.zeros((layers, bins))
        peak = np.zeros(layers)
        q[:depth] = unpacked(h["q"], "u1").reshape(frames, depth, bins)[-1]
        peak[:depth] = unpacked(h["peak"], "f4").reshape(frames, depth)[-1]
        hists.append((q, peak))
    pattern = {"solid": "", "dash": "6 3", "dot": "2 2", "dashdot": "6 2 2 2"}
    parts = []
    for column, layer in enumerate(picks):
        top = max(float(peak[layer]) for _, peak in hists) or 1.0  # a shallower run: 0
        box = (PAD + column * (cell + PAD), PAD, cell, HEIGHT - 2 * PAD)
        for index, (q, peak) in enumerate(hists):
            dash = pattern[dashes[index]]
            parts.append(
                f'<polyline points="{run_outline(q[layer], float(peak[layer]), top, box)}" '
                f'fill="none" stroke="{colors[index]}" stroke-width="1.6"'
                + (f' stroke-dasharray="{dash}"' if dash else "")
                + "/>"
            )
    return (
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-hidden="true">{"".join(parts)}</svg>'
    )
