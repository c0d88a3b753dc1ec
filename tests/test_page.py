"""The interactive page's data (visualizer/page): recorded from the very runs `visualizer
run` reports, thinned and packed small, each distinct set of runs trained once, every text
in both languages, and an HTML file that can ask the network for nothing."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace

import numpy as np
import pytest
from page_lesson import EXPLANATION, STEPS, write_lesson

from visualizer.app import main
from visualizer.core import lessons
from visualizer.core.config import Config
from visualizer.page import record
from visualizer.page.html import DRAWN_VIEWS, RUN_COLORS, RUN_DASHES, build_page, page_html
from visualizer.page.spec import explanation_texts, lesson_spec, runs_spec, step_configs
from visualizer.page.texts import TEXTS

TINY = {"dataset": "blobs", "samples": 100, "depth": 1, "width": 8, "batch_size": 16}


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """The small lesson's page data and `visualizer run`'s report of its first step."""
    folder = tmp_path_factory.mktemp("page")
    path = write_lesson(folder)
    data = build_page(lesson_spec(lessons.load_lesson(path)), STEPS)
    out = folder / "run.json"
    assert main(["run", "--preset", str(path), "--steps", str(STEPS), "--json", str(out)]) == 0
    return data, json.loads(out.read_text())


def frames_of(run: dict, kind: str, frames: int, bins: int) -> tuple[np.ndarray, ...]:
    """(shares, ranges) of one run's packed histograms: (frames, layers, bins), (.., 2)."""
    h, layers = run["hist"][kind], run["layers"]
    q = record.unpacked(h["q"], "u1").reshape(frames, layers, bins)
    peak = record.unpacked(h["peak"], "f4").reshape(frames, layers)
    ranges = record.unpacked(h["range"], "f4").reshape(frames, layers, 2)
    return q / 255.0 * peak[..., None], peak, ranges


def test_quantized_shares_are_within_half_a_level_of_the_peak():
    counts = np.random.default_rng(0).integers(0, 5000, size=(7, 30))
    counts[3] = 0
    q, peak = record.quantized(counts)
    exact = counts / np.maximum(counts.sum(axis=-1, keepdims=True), 1)
    approx = q / 255.0 * peak[:, None]
    assert q.dtype == np.uint8 and q[[0, 1, 2, 4, 5, 6]].max(axis=-1).min() == 255
    assert np.all(np.abs(approx - exact) <= peak[:, None] / 510 + 1e-12)
    assert not approx[3].any()


def test_packed_arrays_round_trip():
    values = np.array([[1.5, -2.25], [np.nan, 3e-8]], dtype=np.float32)
    np.testing.assert_array_equal(
        record.unpacked(record.packed(values, "f4"), "f4"), values.ravel()
    )


def test_the_page_holds_the_runs_that_visualizer_run_reports(recorded):
    data, report = recorded
    recording = data["recordings"][data["steps"][0]["recording"]]
    frames, bins = len(recording["steps"]), recording["bins"]
    assert recording["steps"][0] == 0 and recording["steps"][-1] == STEPS
    for run, expected in zip(recording["runs"], report["runs"], strict=True):
        assert run["config"] == expected["config"]
        for column, values in expected["history"].items():  # every point: fewer than 400
            page = record.unpacked(run["curves"][column], "f4")
            np.testing.assert_allclose(page, np.array(values, dtype=float), rtol=1e-6)
        timeline = expected["timeline"]
        for kind, key in (("activations", "activations"), ("gradients", "gradients_log10")):
            shares, peak, ranges = frames_of(run, kind, frames, bins)
            for frame, step in enumerate(recording["steps"]):
                at = timeline["steps"].index(step)
                for layer, entry in enumerate(timeline["layers"]):
                    counts = np.array(entry[key]["counts"][at], dtype=float)
                    assert np.all(
                        np.abs(shares[frame, layer] - counts / counts.sum())
                        <= peak[frame, layer] / 510 + 1e-6
                    )
                    expected_range = entry[key]["range"][at]
                    np.testing.assert_allclose(ranges[frame, layer], expected_range, rtol=1e-6)


def test_steps_with_the_same_runs_share_one_recording(monkeypatch):
    trained = []
    real = record.train_run
    monkeypatch.setattr(record, "train_run", lambda c, s, p: trained.append(c) or real(c, s, p))
    a, b = (Config(**TINY),), (Config(**TINY, lr=0.1), Config(**TINY))
    recordings, indices = record.record_steps([a, a, b, a], 3)
    assert indices == [0, 0, 1, 0] and len(recordings) == 2
    assert trained == [a[0], *b]


def test_a_long_run_is_thinned_to_evenly_spaced_frames():
    recordings, _ = record.record_steps([(Config(**TINY),)], 500)
    steps = recordings[0]["steps"]
    assert len(steps) == record.FRAMES and steps[0] == 0 and steps[-1] == 500
    gaps = np.diff(steps)
    assert gaps.max() - gaps.min() <= 2


def test_a_typical_lesson_page_is_at_most_a_few_mb():
    """Five layers, four runs, 300 steps (the size depends on layers, runs, frames and
    bins, not on the width)."""
    base = Config(**{**TINY, "depth": 5})
    runs = (base, base.replace(lr=0.1), base.replace(activation="tanh"), base.replace(seed=1))
    text = page_html(build_page(runs_spec(runs), 300))
    assert len(text.encode()) < 2_000_000


def test_runs_of_different_depths_fit_one_page():
    runs = (Config(**TINY), Config(**{**TINY, "depth": 3}))
    recording = build_page(runs_spec(runs), 2)["recordings"][0]
    assert len(recording["layers"]) == 3
    assert [run["layers"] for run in recording["runs"]] == [1, 3]


def test_the_page_uses_the_windows_run_colours_and_line_styles():
    from visualizer.ui.theme import DARK, LIGHT
    from visualizer.ui.theme import RUN_DASHES as WINDOW_DASHES

    assert {"light": LIGHT.runs, "dark": DARK.runs} == RUN_COLORS
    assert RUN_DASHES == WINDOW_DASHES


def test_every_page_text_is_in_english_and_korean_with_the_same_fields():
    for key, texts in TEXTS.items():
        assert set(texts) == {"en", "ko"} and all(texts.values()), key
        fields = [set(re.findall(r"\{(\w+)\}", text)) for text in texts.values()]
        assert fields[0] == fields[1], key


def test_the_page_can_ask_for_nothing_and_its_texts_cannot_end_its_script():
    spec = runs_spec((Config(**TINY),))
    spec["title"] = {"en": "</script><img src=x>", "ko": "제목"}
    text = page_html(build_page(spec, 1))
    assert "default-src 'none'" in text  # the browser refuses any request
    assert text.count("</script>") == 3  # the data, uPlot and the page's script
    outside_scripts = re.sub(r"<script[^>]*>.*?</script>", "", text, flags=re.S)
    assert not re.search(r"<(link|iframe|img)\b", outside_scripts)
    assert "&lt;/script&gt;&lt;img src=x&gt;" in text  # the title, escaped


def test_a_questions_explanation_is_read_whichever_way_the_lesson_format_gives_it():
    texts = {"text": {"en": "?"}, "answers": ({"en": "a"}, {"en": "b"}), "correct": 0}
    as_mapping = SimpleNamespace(**texts, explanation=EXPLANATION)
    as_method = SimpleNamespace(**texts, explanation=lambda lang: EXPLANATION[lang])
    as_field = SimpleNamespace(**texts, explanations=EXPLANATION)
    for question in (as_mapping, as_method, as_field):
        assert explanation_texts(question) == EXPLANATION
    assert explanation_texts(SimpleNamespace(**texts)) is None
    korean_only = {"ko": "한국어로만 쓴 설명"}
    assert explanation_texts(SimpleNamespace(**texts, explanation=korean_only)) == korean_only


def test_a_built_in_lessons_explanation_reaches_its_page():
    lesson = lessons.get("seed_experiment")
    asks = next(k for k, step in enumerate(lesson.steps) if step.question is not None)
    question = lesson_spec(lesson)["steps"][asks]["question"]
    assert question["explanation"] == lesson.steps[asks].question.explanation
    assert question["explanation"]["en"] and question["explanation"]["ko"]


def test_every_view_the_page_does_not_draw_is_named_in_both_languages():
    app_only = set(lessons.VIEWS) - set(DRAWN_VIEWS)
    assert app_only and set(DRAWN_VIEWS) - {None} <= set(lessons.VIEWS)
    for view in app_only:
        assert TEXTS["view_" + view]["en"] and TEXTS["view_" + view]["ko"]


def test_a_lesson_spec_has_every_step_with_its_own_runs(tmp_path):
    lesson = lessons.load_lesson(write_lesson(tmp_path))
    spec = lesson_spec(lesson)
    assert [step["view"] for step in spec["steps"]] == ["activations", "layer_stats"]
    assert spec["steps"][0]["question"]["correct"] == 1
    assert step_configs(spec) == [lesson.configs(0), lesson.configs(1)]
    assert json.loads(json.dumps(spec)) == spec  # what the window sends its child
