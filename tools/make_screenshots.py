"""Regenerate every image in screenshots/ with `visualizer export`'s renderer (offscreen),
the README's animation, and the interactive page's screenshots (headless Chromium).

.venv/bin/python tools/make_screenshots.py [--only NAME ...]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from visualizer.core import lessons
from visualizer.core.config import Config
from visualizer.export_command import export_animation, export_window

OUT = Path(__file__).resolve().parents[1] / "screenshots"


class Shot(NamedTuple):
    name: str  # file name without .png
    preset: str | None  # a lesson, or None for `changes` alone
    changes: dict
    steps: int  # training steps before the picture
    lang: str
    theme: str
    views: tuple[str, ...] = ()  # panels brought to the front
    step: int = 1  # the lesson's step, 1-based as its panel counts


SHOTS = [
    Shot("main-window", "sigmoid_std1", {}, 0, "en", "light", ()),
    Shot("main-window-ko", "sigmoid_std1", {}, 0, "ko", "light", ()),
    Shot("relu-he-layer-stats", "relu_he", {}, 0, "en", "light", ("layer_stats",)),
    Shot("relu-std001-ko", "relu_std001", {}, 0, "ko", "light", ("layer_stats",)),
    Shot("batchnorm-rescue-ab", "batchnorm_rescue", {}, 300, "en", "dark", ()),
    Shot("init-compare-ko", "init_compare_digits", {}, 400, "ko", "light", ()),
    Shot("optimizers-four-runs", "optimizers_dlfs", {}, 300, "en", "light", ("curves",)),
    Shot(
        "activations-four-runs-ko", "activation_compare", {}, 200, "ko", "light", ("layer_stats",)
    ),
    Shot(
        "theory-beside-measurement", "init_for_activation", {}, 0, "en", "light", ("layer_stats",)
    ),
    Shot("timeline-dead-relu", "dead_relu", {}, 400, "en", "light", ("timeline",)),
    Shot(
        "vanishing-gradients",
        "deep_sigmoid_vanishing",
        {},
        200,
        "en",
        "light",
        ("gradients", "layer_stats"),
    ),
    Shot("activation-curve-tanh", "tanh_std1", {}, 0, "en", "light", ("activation_curve",)),
    Shot(
        "spiral-decision-boundary",
        None,
        {
            "dataset": "spiral",
            "depth": 3,
            "width": 12,
            "optimizer": "adam",
            "lr": 0.01,
            "batch_size": 64,
        },
        1500,
        "en",
        "light",
        ("decision",),
    ),
    Shot(
        "network-diagram-ko",
        None,
        {
            "dataset": "moons",
            "depth": 3,
            "width": 8,
            "optimizer": "adam",
            "lr": 0.01,
            "batch_size": 32,
        },
        300,
        "ko",
        "light",
        ("network",),
    ),
    Shot("optimizer-race", "momentum_local_minimum", {}, 0, "en", "light", ("race",), 2),
    Shot("lesson-question", "seed_experiment", {}, 0, "en", "light", (), 4),
    Shot("lesson-question-ko", "seed_experiment", {}, 0, "ko", "light", (), 4),
]
# the README's animation: file name, lesson, steps, frames, views
ANIMATION = ("batchnorm-rescue", "batchnorm_rescue", 300, 60, ("activations",))
# the interactive page: lesson, steps, histogram kind, then per picture: file name,
# language, viewport
PAGE = ("batchnorm_rescue", 300, "pre_activations")
PAGE_SHOTS = [
    ("interactive-page", "en", (1280, 720)),
    ("interactive-page-phone-ko", "ko", (390, 844)),
]


def page_shots(only: list[str] | None) -> None:
    """The lesson page at its last recorded step, showing the histograms of `kind` (the
    first step's question answered rightly and revealed), photographed by Debian's
    chromium."""
    import shutil
    import tempfile

    from playwright.sync_api import sync_playwright

    from visualizer.page.html import build_page, page_html
    from visualizer.page.spec import lesson_spec

    wanted = [shot for shot in PAGE_SHOTS if not only or shot[0] in only]
    if not wanted:
        return
    name, steps, kind = PAGE
    data = build_page(lesson_spec(lessons.get(name)), steps)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        chromium = shutil.which("chromium")
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for shot, lang, (width, height) in wanted:
            page_file = Path(folder) / f"{shot}.html"
            page_file.write_text(page_html({**data, "lang": lang}), encoding="utf-8")
            tab = browser.new_page(viewport={"width": width, "height": height})
            tab.goto(page_file.as_uri())
            if tab.is_visible("#cover"):  # the step asks first: the class picks the answer
                question = "lessonPage.data.steps[lessonPage.state.step].question"
                right = tab.evaluate(f"{question}.correct")
                tab.click(f"#answers button >> nth={right}")
                tab.click("#reveal-button")
            tab.click(f"#kind-buttons button[data-kind={kind}]")
            tab.evaluate("lessonPage.showFrame(lessonPage.data.recordings[0].steps.length - 1)")
            tab.screenshot(path=OUT / f"{shot}.png")
            tab.close()
            print(f"wrote {OUT / f'{shot}.png'}")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", metavar="NAME", help="regenerate just these")
    args = parser.parse_args()
    names = {shot.name for shot in SHOTS} | {ANIMATION[0]} | {shot[0] for shot in PAGE_SHOTS}
    unknown = set(args.only or ()) - names
    if unknown:
        parser.error(f"unknown name {sorted(unknown)[0]!r}; see SHOTS in {__file__}")
    OUT.mkdir(exist_ok=True)
    for shot in SHOTS:
        if args.only and shot.name not in args.only:
            continue
        if shot.preset:
            configs = lessons.get(shot.preset).configs(shot.step - 1)
        else:
            configs = (Config.from_mapping(shot.changes),)
        path = export_window(
            configs,
            shot.steps,
            OUT / f"{shot.name}.png",
            (1920, 1080),
            shot.theme,
            shot.lang,
            shot.preset,
            shot.views,
            lesson_step=shot.step - 1,
        )
        print(f"wrote {path}")
    name, preset_name, steps, frames, views = ANIMATION
    if not args.only or name in args.only:
        configs = lessons.get(preset_name).configs()
        path = export_animation(
            configs,
            steps,
            OUT / f"{name}.gif",
            frames,
            8.0,
            (1280, 720),
            "light",
            "en",
            preset_name,
            views,
        )
        print(f"wrote {path}")
    page_shots(args.only)


if __name__ == "__main__":
    main()
