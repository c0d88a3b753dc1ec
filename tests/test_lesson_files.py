"""A teacher's own lesson file: the format's rules, cumulative steps, and one-line errors."""

import json

import pytest

from visualizer.core import lessons
from visualizer.core.config import Config, ConfigError
from visualizer.core.lesson_files import MAX_BYTES
from visualizer.core.preprocessing import prepared_data

EN = {"en": "Some text."}
QUESTION = {"text": {"en": "Which?"}, "answers": [{"en": "this"}, {"en": "that"}], "correct": 1}
STEPPED = {
    "topic": "initialization",
    "title": {"en": "Std 0.01 against He", "ko": "표준편차 0.01 대 He"},
    "text": {"en": "Two runs. Watch layer 5."},
    "config": {"activation": "relu", "init": "normal", "init_scale": 0.01, "depth": 3},
    "runs": [{"init": "he_normal", "init_scale": 1.0}],
    "view": "layer_stats",
    "hide": ["optimizer"],
    "lock": ["dataset"],
    "steps": [
        {"text": {"en": "Look first."}, "question": QUESTION},
        {"text": {"en": "Now tanh."}, "config": {"activation": "tanh"}, "view": "activations"},
        {"text": {"en": "Now three runs."}, "runs": [{"depth": 5}, {"lr": 0.1}]},
        {"text": {"en": "Deeper."}, "config": {"depth": 4}},
    ],
}


def write(tmp_path, data, name="my_lesson.json"):
    path = tmp_path / name
    text = data if isinstance(data, str | bytes) else json.dumps(data)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_a_minimal_lesson_file_is_one_page_with_one_run(tmp_path):
    lesson = lessons.load_lesson(write(tmp_path, {"title": EN, "text": EN}))
    assert (lesson.name, lesson.topic, lesson.steps, lesson.run_count) == (
        "my_lesson",
        None,
        (),
        1,
    )
    assert lesson.configs() == (Config(),)
    assert lesson.title("ko") == "Some text."  # English when there is no translation


def test_steps_are_cumulative_and_reach_every_run(tmp_path):
    lesson = lessons.load_lesson(write(tmp_path, STEPPED))
    assert lesson.step_count == 4 and lesson.run_count == 3
    assert (lesson.hidden, lesson.locked) == (("optimizer",), ("dataset",))
    first = lesson.configs(0)  # opening a lesson shows step 1
    assert [c.init for c in first] == ["normal", "he_normal"]
    assert first[1] == first[0].replace(init="he_normal", init_scale=1.0)
    second = lesson.configs(1)  # step 2's change reaches run B, which keeps its own init
    assert [(c.activation, c.init) for c in second] == [("tanh", "normal"), ("tanh", "he_normal")]
    third = lesson.configs(2)  # step 3 replaces the runs; step 2's change stays
    assert [(c.activation, c.depth, c.lr) for c in third] == [
        ("tanh", 3, 0.01),
        ("tanh", 5, 0.01),
        ("tanh", 3, 0.1),
    ]
    fourth = lesson.configs(3)  # run B's own depth wins over step 4's change to run A
    assert [c.depth for c in fourth] == [4, 5, 4]
    assert lesson.configs(1) == second  # deterministic: going back gives the same runs
    views = [lesson.view_at(step) for step in range(4)]
    assert views == ["layer_stats", "activations", "activations", "activations"]
    question = lesson.steps[0].question
    assert question.answer_texts("ko") == ["this", "that"] and question.correct == 1
    assert question.explanation is None and question.explanation_text("ko") is None
    with pytest.raises(IndexError):
        lesson.configs(4)


def test_a_questions_optional_explanation_is_read_in_either_language(tmp_path):
    why = {"en": "Because.", "ko": "그래서."}
    steps = [
        {"text": EN, "question": {**QUESTION, "explanation": why}},
        {"text": EN, "question": {**QUESTION, "explanation": {"en": "Only English."}}},
    ]
    lesson = lessons.load_lesson(write(tmp_path, {**STEPPED, "steps": steps}))
    first, second = (step.question for step in lesson.steps)
    assert first.explanation == why and first.explanation_text("ko") == "그래서."
    assert second.explanation_text("ko") == "Only English."  # English without a translation


def test_resolve_takes_a_built_in_name_or_a_file(tmp_path):
    assert lessons.resolve("relu_he") is lessons.get("relu_he")
    assert lessons.resolve(str(write(tmp_path, STEPPED))).name == "my_lesson"


def lesson_with(**changes):
    data = {"title": EN, "text": EN, **changes}
    return {key: value for key, value in data.items() if value is not None}


BAD = [
    (lesson_with(titel=EN), "unknown key 'titel'"),
    (lesson_with(title="Hello"), "title: expected an object"),
    (lesson_with(title=None), "missing 'title'"),
    (lesson_with(text={}), "text: no text; give it in at least one of en, ko"),
    (lesson_with(text={"en": "x", "kr": "y"}), "unknown language 'kr'"),
    (lesson_with(text={"en": "  "}), "text.en: the text is empty"),
    (lesson_with(topic="history"), "topic: unknown topic 'history'"),
    (lesson_with(config={"deph": 3}), "config: unknown key 'deph'"),
    (lesson_with(config={"lr": -1}), "config: lr: -1.0 is out of range"),
    (lesson_with(config={"depth": "deep"}), "config: depth: 'deep' is not an integer"),
    (lesson_with(config=[1]), "config: expected an object"),
    (lesson_with(runs=[{}, {"activation": "relu6"}]), "run C: activation: unknown value 'relu6'"),
    (lesson_with(runs=[{"lr": 0.1}] * 4), "runs: 5 runs; at most 4"),
    (lesson_with(runs={"lr": 0.1}), "runs: expected a list"),
    (lesson_with(view="histogram"), "view: unknown view 'histogram'"),
    (lesson_with(surface="bowl"), "surface: unknown race surface 'bowl'; valid: valley, hill"),
    (lesson_with(surface=3), "surface: expected a surface name, got a number"),
    (lesson_with(steps=[{"text": EN, "surface": "cliff"}]), "step 1: surface: unknown race"),
    (lesson_with(hide=["learning_rate"]), "hide: unknown key 'learning_rate'"),
    (lesson_with(hide=["lr"], lock=["lr"]), "'lr' is both hidden and locked"),
    (lesson_with(steps={"text": EN}), "steps: expected a list"),
    (lesson_with(steps=[{"config": {}}]), "step 1: missing 'text'"),
    (lesson_with(steps=[{"text": EN, "wait": 3}]), "step 1: unknown key 'wait'"),
    (lesson_with(steps=[{"text": EN}, {"text": EN, "config": {"lr": 0}}]), "step 2: config: lr"),
    (lesson_with(steps=[{"text": EN, "runs": [{"depth": 0}]}]), "step 1: run B: depth: 0"),
    (lesson_with(steps=[{"text": EN, "runs": [{}] * 4}]), "step 1: runs: 5 runs"),
]
QUESTIONS = [
    ({**QUESTION, "answers": [EN]}, "question: 1 answers; allowed: 2 to 4"),
    ({**QUESTION, "answers": [EN] * 5}, "question: 5 answers; allowed: 2 to 4"),
    ({**QUESTION, "correct": 2}, "question: correct: 2 is out of range; allowed: 0..1"),
    ({**QUESTION, "correct": -1}, "correct: -1 is out of range"),
    ({**QUESTION, "correct": True}, "correct: expected an answer's index"),
    ({**QUESTION, "answers": [EN, {}]}, "answer 1: no text"),
    ({"text": EN, "answers": [EN, EN]}, "question: missing 'correct'"),
    ({**QUESTION, "hint": EN}, "question: unknown key 'hint'"),
    ({**QUESTION, "explanation": "Because."}, "question: explanation: expected an object"),
    ({**QUESTION, "explanation": {}}, "question: explanation: no text"),
    ({**QUESTION, "explanation": {"en": " "}}, "question: explanation.en: the text is empty"),
]
BAD += [(lesson_with(steps=[{"text": EN, "question": q}]), error) for q, error in QUESTIONS]
BAD += [
    ("{'title': 1}", "is not valid JSON"),
    ('{"title": ', "is not valid JSON: Expecting value at line 1"),
    ("[1, 2]", "the file: expected an object, got a list"),
    (
        '{"title": {"en": "x"}, "text": {"en": "y"}, "config": ' + "[" * 20 + "]" * 20 + "}",
        "nested",
    ),
    ("[" * 400_000, "nested too deeply"),
    (b"\xff\xfe{}", "is not UTF-8 text"),
]


@pytest.mark.parametrize(("data", "error"), BAD)
def test_a_bad_lesson_file_is_one_line_naming_the_file_and_the_problem(tmp_path, data, error):
    path = write(tmp_path, data)
    with pytest.raises(lessons.LessonError) as caught:
        lessons.load_lesson(path)
    message = str(caught.value)
    assert error in message
    assert str(path) in message and "\n" not in message
    assert isinstance(caught.value, ConfigError)  # reported as configuration mistakes are


def test_a_missing_unreadable_or_huge_file_is_one_line(tmp_path):
    with pytest.raises(lessons.LessonError, match="does not exist"):
        lessons.load_lesson(tmp_path / "nope.json")
    with pytest.raises(lessons.LessonError, match="cannot read lesson file"):
        lessons.load_lesson(tmp_path)  # a folder
    huge = write(tmp_path, json.dumps({"title": EN, "text": {"en": "x" * MAX_BYTES}}))
    with pytest.raises(lessons.LessonError, match="is too big"):
        lessons.load_lesson(huge)


def test_a_lesson_file_with_a_byte_order_mark_loads(tmp_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + json.dumps({"title": EN, "text": EN}).encode())
    assert lessons.load_lesson(path).title() == "Some text."


def test_a_relative_dataset_path_names_a_file_beside_the_lesson(tmp_path, monkeypatch):
    folder = tmp_path / "class"
    (folder / "data" / "mnist").mkdir(parents=True)
    rows = "".join(f"{i % 7},{i % 5},{i % 2}\n" for i in range(40))
    (folder / "data" / "points.csv").write_text(rows, encoding="utf-8")
    (folder / "pairs.csv").write_text(rows, encoding="utf-8")
    lesson = lesson_with(
        config={"dataset": "data/points.csv", "depth": 1, "width": 4},
        runs=[{"dataset": "pairs.csv"}, {"dataset": "digits"}],
        steps=[{"text": EN}, {"text": EN, "config": {"dataset": "data/mnist"}}],
    )
    path = write(folder, lesson)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the class opens it from another folder
    loaded = lessons.load_lesson(path)
    run_a, run_b, run_c = loaded.configs(0)
    assert run_a.dataset == str(folder / "data" / "points.csv")
    assert run_b.dataset == str(folder / "pairs.csv")
    assert run_c.dataset == "digits"  # a built-in name stays one
    assert prepared_data(run_a).x_train.shape[1] == 2
    assert loaded.configs(1)[0].dataset == str(folder / "data" / "mnist")
    absolute = tmp_path / "elsewhere" / "x.csv"
    again = lessons.load_lesson(write(folder, lesson_with(config={"dataset": str(absolute)})))
    assert again.changes["dataset"] == str(absolute)


def test_a_lesson_written_in_korean_only_is_valid_and_shows_its_text_in_english_too(tmp_path):
    korean = {"ko": "한국어로만 쓴 수업"}
    question = {"text": korean, "answers": [{"ko": "예"}, {"ko": "아니요"}], "correct": 1}
    data = {"title": korean, "text": korean, "steps": [{"text": korean, "question": question}]}
    lesson = lessons.load_lesson(write(tmp_path, data))
    assert lesson.title("en") == lesson.title("ko") == "한국어로만 쓴 수업"
    assert lesson.steps[0].question.answer_texts("en") == ["예", "아니요"]
