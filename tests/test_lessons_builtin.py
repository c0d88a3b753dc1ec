"""Every built-in lesson loads, builds every run of every step, explains itself in English
and Korean in a few sentences, and has a claim test."""

import importlib
import json
import re
from pathlib import Path

import pytest

from visualizer.core import lessons
from visualizer.core.config import KEYS, Config, ConfigError

NAMES = lessons.names()
TESTS = Path(__file__).parent


def sentences(text: str) -> int:
    """Rough count: '.', '!' or '?' followed by whitespace or the end (not '0.5' or 'ch. 6')."""
    return len(re.findall(r"[.!?](?=\s+[^\s\d]|\s*$)", text.strip()))


def all_texts(lesson: lessons.Lesson) -> list[dict[str, str]]:
    """Every text of the lesson: title, explanation, steps, questions, answers and why."""
    texts = [lesson.titles, lesson.texts]
    for step in lesson.steps:
        texts.append(step.texts)
        if step.question:
            texts += [step.question.texts, *step.question.answers]
            if step.question.explanation:
                texts.append(step.question.explanation)
    return texts


def test_the_course_file_lists_every_lesson_file_once_in_topic_order():
    folder = lessons.folder()
    files = {path.stem for path in folder.glob("*.json")} - {"course"}
    course = json.loads((folder / "course.json").read_text("utf-8"))
    assert len(course) == len(set(course)) and set(course) == files
    assert course == NAMES  # the file is already grouped by topic
    topics = [lessons.get(name).topic for name in NAMES]
    assert all(topic in lessons.TOPICS for topic in topics)
    assert [lessons.TOPICS.index(topic) for topic in topics] == sorted(
        lessons.TOPICS.index(topic) for topic in topics
    )
    assert set(topics) == set(lessons.TOPICS)  # every topic has lessons


def test_the_lessons_cover_the_design_and_the_issues():
    expected = {"sigmoid_std1", "sigmoid_std001", "relu_std001", "relu_xavier", "relu_he"}
    expected |= {"selu_lecun", "zero_init", "init_compare_digits", "batchnorm_rescue"}
    expected |= {"exploding_gradients", "optimizer_race", "dead_relu", "overfitting"}
    assert expected <= set(NAMES)
    assert sum(lesson.run_count >= 3 for lesson in map(lessons.get, NAMES)) >= 3
    assert sum(len(lessons.get(name).steps) > 1 for name in NAMES) >= 3
    questions = [step.question for name in NAMES for step in lessons.get(name).steps]
    assert sum(question is not None for question in questions) >= 2


@pytest.mark.parametrize("name", NAMES)
def test_every_run_of_every_step_builds(name):
    lesson = lessons.get(name)
    for step in range(lesson.step_count):
        configs = lesson.configs(step)
        assert 1 <= len(configs) <= lessons.MAX_RUNS
        assert all(isinstance(config, Config) for config in configs)
        assert len(set(configs)) == len(configs), "two runs of a step are the same"
    with pytest.raises(IndexError):
        lesson.configs(lesson.step_count)


@pytest.mark.parametrize("name", NAMES)
def test_hidden_and_locked_keys_and_views_exist(name):
    lesson = lessons.get(name)
    assert set(lesson.hidden) | set(lesson.locked) <= set(KEYS)
    views = [lesson.view] + [step.view for step in lesson.steps]
    assert all(view is None or view in lessons.VIEWS for view in views)


@pytest.mark.parametrize("name", NAMES)
def test_every_text_is_in_english_and_korean(name):
    for texts in all_texts(lessons.get(name)):
        assert set(texts) == {"en", "ko"}
        assert all(text.strip() == text and text for text in texts.values())
        assert re.search("[가-힣]", texts["ko"]) or not re.search("[a-z]{4}", texts["en"])


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_explanation_has_two_to_four_sentences_and_each_step_one_to_four(name, lang):
    lesson = lessons.get(name)
    assert 2 <= sentences(lesson.text(lang)) <= 4
    for step in lesson.steps:
        assert 1 <= sentences(step.text(lang)) <= 4


def test_unknown_lesson_is_a_config_error_listing_names():
    with pytest.raises(ConfigError, match="relu_he"):
        lessons.get("nope")


def test_every_lesson_has_a_claim_test():
    """A test called test_<lesson>_... in one of the claim modules: one module per topic,
    and the modules of work in progress (test_claims_h16c.py) until they are merged."""
    tests = []
    for path in sorted(TESTS.glob("test_claims_*.py")):
        module = importlib.import_module(path.stem)
        tests += [name for name in vars(module) if name.startswith("test_")]
    assert {path.stem for path in TESTS.glob("test_claims_*.py")} >= {
        f"test_claims_{topic}" for topic in lessons.TOPICS
    }
    untested = [name for name in NAMES if not any(t.startswith(f"test_{name}_") for t in tests)]
    assert untested == []
