"""An exported lesson page in a real headless Chromium, opened from file://: it asks the
network for nothing and logs no error, the slider moves every view, a question covers the
views until it is revealed, the language and theme switch, the layout fits a phone, and
its numbers are those of `visualizer run --json` for the same runs."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from browser import Tab
from page_lesson import EXPLANATION, LESSON, STEPS, write_lesson

from visualizer.app import main
from visualizer.core import lessons
from visualizer.page.html import build_page, page_html
from visualizer.page.spec import lesson_spec

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The small lesson exported by the command line, the same lesson with an explanation
    for its question and a second step that looks at the decision boundary, and
    `visualizer run`'s report of the lesson's first step."""
    folder = tmp_path_factory.mktemp("pages")
    lesson = write_lesson(folder)
    common = ["--preset", str(lesson), "--steps", str(STEPS)]
    assert main(["export", *common, "--out", str(folder / "lesson.html")]) == 0
    assert main(["run", *common, "--json", str(folder / "run.json")]) == 0
    spec = lesson_spec(lessons.load_lesson(lesson))
    spec["steps"][0]["question"]["explanation"] = EXPLANATION
    spec["steps"][1]["view"] = "decision"
    (folder / "explained.html").write_text(page_html(build_page(spec, STEPS)), encoding="utf-8")
    return folder


def canvas(tab: Tab, selector: str = "#hist-canvas") -> str:
    return tab.page.evaluate(f"document.querySelector('{selector}').toDataURL()")


def text(tab: Tab, selector: str) -> str:
    return tab.page.inner_text(selector)


def reveal(tab: Tab, answer: int) -> None:
    tab.page.keyboard.press(str(answer))
    tab.page.click("#reveal-button")


def test_the_page_opens_offline_asks_for_nothing_and_logs_no_error(tab, exported):
    page = exported / "lesson.html"
    tab.open(page)
    reveal(tab, 2)
    tab.page.keyboard.press("Space")  # play
    tab.until("lessonPage.state.frame > 3")
    tab.page.keyboard.press("PageDown")  # the next lesson step, its own runs
    tab.page.click("#lang-button")
    tab.page.click("#theme-button")
    assert tab.requests == [page.resolve().as_uri()]  # the file itself, nothing else
    assert tab.problems == []


def test_the_slider_moves_every_view_to_the_chosen_step(tab, exported):
    tab.open(exported / "lesson.html")
    reveal(tab, 1)
    first, readout = canvas(tab), text(tab, "#readout")
    stats = canvas(tab, "#stats-chart canvas")
    assert text(tab, "#step-readout") == f"step 0 of {STEPS}"
    tab.page.focus("#slider")
    tab.page.keyboard.press("End")
    assert text(tab, "#step-readout") == f"step {STEPS} of {STEPS}"
    assert canvas(tab) != first and text(tab, "#readout") != readout
    assert canvas(tab, "#stats-chart canvas") != stats  # the layer statistics follow
    tab.page.keyboard.press("Home")
    assert canvas(tab) == first  # the same step draws the same histograms
    assert canvas(tab, "#stats-chart canvas") == stats
    tab.page.click("#play-button")
    tab.until("lessonPage.state.frame >= 5")
    assert text(tab, "#play-button").endswith("Pause")
    for _ in range(2):  # Space toggles (the focused Play button takes it as a click)
        playing = tab.page.evaluate("lessonPage.state.playing")  # False: it reached the end
        tab.page.keyboard.press("Space")
        assert tab.page.evaluate("lessonPage.state.playing") is not playing
        if playing:
            break
    tab.page.focus("body")
    tab.page.keyboard.press("End")
    last = tab.page.evaluate("lessonPage.state.frame")
    assert text(tab, "#step-readout") == f"step {STEPS} of {STEPS}"
    tab.page.keyboard.press("ArrowLeft")
    assert tab.page.evaluate("lessonPage.state.frame") == last - 1


def test_the_curves_are_drawn_against_what_the_lesson_step_chooses(tab, exported):
    """Step 1 draws the curves against steps; step 2 chooses epochs, as the lesson does
    in the window: the axis is labelled so and ends at the runs' last epoch."""
    tab.open(exported / "lesson.html")
    reveal(tab, 1)
    axis = tab.page.evaluate("lessonPage.curvesAxis()")
    assert axis["label"] == "step" and axis["high"] == pytest.approx(STEPS)
    tab.page.keyboard.press("PageDown")
    axis = tab.page.evaluate("lessonPage.curvesAxis()")
    last = tab.page.evaluate("[0, 1].map((run) => lessonPage.curveAt(run, 1e9).epoch)")
    assert axis["label"] == "epoch" and axis["low"] == 0
    assert axis["high"] == pytest.approx(min(last), rel=1e-6) and 1 < min(last) < STEPS
    tab.page.click("#lang-button")
    assert tab.page.evaluate("lessonPage.curvesAxis()")["label"] == "에포크"


def test_a_step_whose_view_the_page_does_not_draw_says_so(tab, exported):
    tab.open(exported / "explained.html")
    reveal(tab, 1)
    assert not tab.page.is_visible("#app-view")  # the histograms: drawn here
    tab.page.keyboard.press("PageDown")
    assert "Decision boundary" in text(tab, "#app-view")
    tab.page.click("#lang-button")
    assert "결정 경계" in text(tab, "#app-view")


def test_a_question_covers_the_views_until_it_is_revealed(tab, exported):
    tab.open(exported / "explained.html")
    assert tab.page.is_visible("#cover") and tab.page.is_disabled("#reveal-button")
    assert tab.page.is_disabled("#play-button") and tab.page.is_disabled("#slider")
    assert not tab.page.is_visible("#readout")  # no number tells the answer
    tab.page.click("#answers button >> nth=0")  # the wrong answer
    assert tab.page.get_attribute("#answers button >> nth=0", "aria-pressed") == "true"
    tab.page.click("#reveal-button")
    assert not tab.page.is_visible("#cover") and tab.page.is_enabled("#slider")
    assert tab.page.is_visible("#readout")
    items = tab.page.locator("#result li")
    assert (
        items.nth(0).inner_text() == "Run A\nyour answer"
        or "your answer" in items.nth(0).inner_text()
    )
    assert "right answer" in items.nth(1).inner_text()
    assert "your answer" not in items.nth(1).inner_text()
    assert text(tab, "#result .explanation") == EXPLANATION["en"]
    tab.page.click("#lang-button")
    assert text(tab, "#result .explanation") == EXPLANATION["ko"]
    tab.page.click("#next-button")
    tab.page.click("#back-button")
    assert not tab.page.is_visible("#cover")  # a revealed question stays revealed


def test_the_language_and_theme_switch(tab, exported):
    tab.open(exported / "lesson.html")
    drawn = canvas(tab)
    tab.page.click("#lang-button")
    assert text(tab, "#title") == LESSON["title"]["ko"]
    assert text(tab, "#step-label") == "2단계 중 1단계"
    assert tab.page.evaluate("document.documentElement.lang") == "ko"
    assert text(tab, "#question-text") == LESSON["steps"][0]["question"]["text"]["ko"]
    tab.page.click("#theme-button")
    assert tab.page.evaluate("document.body.className") == "dark"
    assert text(tab, "#theme-button") == "밝게"
    reveal(tab, 2)
    assert canvas(tab) != drawn  # redrawn in the dark theme's colours
    tab.page.click("#lang-button")
    assert text(tab, "#title") == LESSON["title"]["en"]


def test_a_phone_gets_one_column_without_sideways_scrolling(tab, exported):
    tab.page.set_viewport_size({"width": 390, "height": 844})
    tab.open(exported / "lesson.html")
    reveal(tab, 2)
    assert tab.page.evaluate("document.documentElement.scrollWidth") <= 390
    for panel in ("#hist-panel", "#loss-panel", "#accuracy-panel", "#stats-panel"):
        box = tab.page.locator(panel).bounding_box()
        assert box["width"] <= 390 and box["height"] >= 200
    assert tab.problems == []


def test_the_pages_numbers_are_the_run_jsons(tab, exported):
    report = json.loads((exported / "run.json").read_text())
    tab.open(exported / "lesson.html")
    reveal(tab, 2)
    for frame in (0, 17, "last"):
        index = "lessonPage.data.recordings[0].steps.length - 1" if frame == "last" else frame
        tab.page.evaluate(f"lessonPage.showFrame({index})")
        step = tab.page.evaluate("lessonPage.trainingStep()")
        shown = [
            [float(v) for v in re.findall(r"(?<=[ :])(\d+\.\d{3})", line)]
            for line in text(tab, "#readout").splitlines()
        ]
        for run, numbers in zip(report["runs"], shown, strict=True):
            history = run["history"]
            at = history["step"].index(step)
            expected = [history[k][at] for k in ("train_loss", "test_loss", "test_accuracy")]
            assert numbers == pytest.approx(expected, abs=6e-4)
            timeline = run["timeline"]
            record = timeline["steps"].index(step)
            for layer, entry in enumerate(timeline["layers"]):
                counts = np.array(entry["activations"]["counts"][record], dtype=float)
                drawn = tab.page.evaluate(
                    f"lessonPage.shares({report['runs'].index(run)}, {layer}, 'activations')"
                )
                assert [drawn["low"], drawn["high"]] == pytest.approx(
                    entry["activations"]["range"][record], rel=1e-6
                )
                peak = max(drawn["shares"])
                assert drawn["shares"] == pytest.approx(counts / counts.sum(), abs=peak / 500)
