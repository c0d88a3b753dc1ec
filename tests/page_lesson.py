"""A small lesson for the interactive page's tests: two runs of three narrow layers on 200
points, two steps (a question, then another activation with the curves against epochs),
so a page records in seconds."""

from __future__ import annotations

import json
from pathlib import Path

QUESTION = {
    "text": {"en": "Which run keeps its activations spread?", "ko": "어느 실행이 고르게 퍼질까요?"},
    "answers": [{"en": "Run A", "ko": "실행 A"}, {"en": "Run B", "ko": "실행 B"}],
    "correct": 1,
}
LESSON = {
    "topic": "initialization",
    "title": {"en": "Small weights against Xavier", "ko": "작은 가중치 대 Xavier"},
    "text": {"en": "Two runs of three tanh layers.", "ko": "tanh 은닉층 세 개짜리 실행 두 개."},
    "config": {
        "dataset": "blobs",
        "samples": 200,
        "depth": 3,
        "width": 16,
        "batch_size": 32,
        "activation": "tanh",
        "init": "normal",
        "init_scale": 0.05,
        "lr": 0.1,
    },
    "runs": [{"init": "glorot_normal", "init_scale": 1.0}],
    "view": "activations",
    "steps": [
        {"text": {"en": "Predict first.", "ko": "먼저 예상해 보세요."}, "question": QUESTION},
        {
            "text": {"en": "Now ReLU.", "ko": "이제 ReLU입니다."},
            "config": {"activation": "relu"},
            "view": "layer_stats",
            "x_axis": "epoch",
        },
    ],
}
STEPS = 40
EXPLANATION = {"en": "Xavier keeps the variance.", "ko": "Xavier는 분산을 유지합니다."}


def write_lesson(folder: Path, name: str = "small_lesson.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(LESSON, ensure_ascii=False), encoding="utf-8")
    return path
