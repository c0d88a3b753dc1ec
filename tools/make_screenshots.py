"""Regenerate every image in screenshots/ with `visualizer export`'s renderer (offscreen),
and the README's animation.

.venv/bin/python tools/make_screenshots.py [--only NAME]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from visualizer.core import lessons
from visualizer.core.config import Config
from visualizer.ui.export import export_animation, export_window

OUT = Path(__file__).resolve().parents[1] / "screenshots"

# file name, preset (or None), config changes, steps, language, theme, views to show
SHOTS = [
    ("main-window", "sigmoid_std1", {}, 0, "en", "light", ()),
    ("main-window-ko", "sigmoid_std1", {}, 0, "ko", "light", ()),
    ("relu-he-layer-stats", "relu_he", {}, 0, "en", "light", ("layer_stats",)),
    ("relu-std001-ko", "relu_std001", {}, 0, "ko", "light", ("layer_stats",)),
    ("batchnorm-rescue-ab", "batchnorm_rescue", {}, 300, "en", "dark", ()),
    ("init-compare-ko", "init_compare_digits", {}, 400, "ko", "light", ()),
    ("optimizers-four-runs", "optimizers_dlfs", {}, 300, "en", "light", ("curves",)),
    ("activations-four-runs-ko", "activation_compare", {}, 200, "ko", "light",
     ("layer_stats",)),
    ("theory-beside-measurement", "init_for_activation", {}, 0, "en", "light",
     ("layer_stats",)),
    ("timeline-dead-relu", "dead_relu", {}, 400, "en", "light", ("timeline",)),
    ("vanishing-gradients", "deep_sigmoid_vanishing", {}, 200, "en", "light",
     ("gradients", "layer_stats")),
    ("activation-curve-tanh", "tanh_std1", {}, 0, "en", "light", ("activation_curve",)),
    ("spiral-decision-boundary", None,
     {"dataset": "spiral", "depth": 3, "width": 12, "optimizer": "adam", "lr": 0.01,
      "batch_size": 64}, 1500, "en", "light", ("decision",)),
    ("network-diagram-ko", None,
     {"dataset": "moons", "depth": 3, "width": 8, "optimizer": "adam", "lr": 0.01,
      "batch_size": 32}, 300, "ko", "light", ("network",)),
    ("optimizer-race", None, {}, 0, "en", "light", ("race",)),
]  # fmt: skip
# the README's animation: file name, lesson, steps, frames, views
ANIMATION = ("batchnorm-rescue", "batchnorm_rescue", 300, 60, ("activations",))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="regenerate just this file name")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    for name, preset_name, changes, steps, lang, theme_name, views in SHOTS:
        if args.only and args.only != name:
            continue
        if preset_name:
            configs = lessons.get(preset_name).configs()
        else:
            configs = (Config.from_mapping(changes),)
        path = export_window(configs, steps, OUT / f"{name}.png", (1920, 1080),
                             theme_name, lang, preset_name, views)  # fmt: skip
        print(f"wrote {path}")
    name, preset_name, steps, frames, views = ANIMATION
    if not args.only or args.only == name:
        configs = lessons.get(preset_name).configs()
        path = export_animation(configs, steps, OUT / f"{name}.gif", frames, 8.0, (1280, 720),
                                "light", "en", preset_name, views)  # fmt: skip
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
