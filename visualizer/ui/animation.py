"""Animations for slides: the window at evenly spaced steps of a run, as an animated GIF
or PNG (Pillow encodes them). `visualizer export --out x.gif --frames N --fps F` trains
headless and draws each frame from the run's timeline (export_command.py); File > Export
animation does the same over the window's recorded run (ui/animation_export.py)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtGui import QImage

from ..core.config import ConfigError

ANIMATION_FORMATS = (".gif", ".apng", ".png")  # .png with --frames: an animated PNG
DEFAULT_FRAMES, MAX_FRAMES = 30, 600
GIF_COLOURS = 255


def frame_steps(last_step: int, frames: int) -> list[int]:
    """`frames` steps evenly spaced from 0 to `last_step` (fewer when the run is shorter)."""
    return sorted({round(k) for k in np.linspace(0, last_step, max(2, frames))})


def to_pil(image: QImage) -> Image.Image:
    """A QImage as a Pillow RGB image."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height, stride = rgba.width(), rgba.height(), rgba.bytesPerLine()
    data = bytes(rgba.constBits())
    return Image.frombuffer("RGBA", (width, height), data, "raw", "RGBA", stride, 1).convert("RGB")


def shared_palette(images: Sequence[Image.Image]) -> Image.Image:
    """One palette of GIF_COLOURS colours for every frame, from the first, middle and last
    frames stacked: the window's colours barely change, and one palette keeps them from
    flickering between frames."""
    picks = [images[0], images[len(images) // 2], images[-1]]
    width, height = picks[0].size
    strip = Image.new("RGB", (width, height * len(picks)))
    for index, image in enumerate(picks):
        strip.paste(image, (0, index * height))
    return strip.quantize(GIF_COLOURS, method=Image.Quantize.MEDIANCUT)


class Cancelled(Exception):
    """An encoding stopped because its export was cancelled."""


def encode(
    images: Sequence[Image.Image],
    suffix: str,
    fps: float,
    cancelled: Callable[[], bool] = lambda: False,
) -> bytes:
    """The frames as a looping animated GIF or PNG, 1/fps seconds each, in one shared
    palette (no dithering: the window's lines and text stay crisp). Raises Cancelled
    between two frames once `cancelled()` is true."""
    duration = round(1000 / fps)
    palette = shared_palette(images)
    frames = []
    for image in images:
        if cancelled():
            raise Cancelled
        frames.append(image.quantize(palette=palette, dither=Image.Dither.NONE))
    stream = io.BytesIO()
    if suffix == ".gif":
        frames[0].save(
            stream,
            "GIF",
            save_all=True,
            append_images=frames[1:],
            duration=duration,
            loop=0,
            optimize=True,
        )
    else:
        frames[0].save(
            stream,
            "PNG",
            save_all=True,
            append_images=frames[1:],
            duration=duration,
            loop=0,
            default_image=False,
        )
    return stream.getvalue()


def checked_animation(out: str | Path, frames: int, fps: float) -> Path:
    """`--out` for an animation: its suffix, folder, frame count and rate."""
    out = Path(out)
    if out.suffix.lower() not in ANIMATION_FORMATS:
        raise ConfigError(
            f"--out: {out.name!r} must end in .gif or .apng (or .png) for an animation"
        )
    if not out.parent.is_dir():
        raise ConfigError(f"--out: folder {str(out.parent)!r} does not exist")
    if not 2 <= frames <= MAX_FRAMES:
        raise ConfigError(f"--frames: {frames} is out of range; allowed: 2..{MAX_FRAMES}")
    if not 0.1 <= fps <= 60:
        raise ConfigError(f"--fps: {fps:g} is out of range; allowed: 0.1..60")
    return out
