"""The Korean texts follow docs/GLOSSARY.md: no retired term anywhere (lessons, the window's
translations, the README), 그레이디언트 where the English says gradient, and 기울기 (slope)
only where the English speaks of a slope or a derivative."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_lessons_builtin import all_texts

from visualizer.core import lessons

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "docs" / "GLOSSARY.md"
KO_JSON = ROOT / "resources" / "translations" / "ko.json"
KEPT = "기울기 소실"  # vanishing gradient: the established name
SLOPE_WORDS = re.compile(r"slope|derivative|steep|f'", re.IGNORECASE)


def retired_terms() -> list[str]:
    """The first column of the glossary's "Retired terms" table."""
    table = GLOSSARY.read_text(encoding="utf-8").split("## Retired terms", 1)[1]
    rows = [line.split("|")[1].strip() for line in table.splitlines() if line.startswith("| ")]
    return [term for term in rows if term not in ("Retired", "")]


def pairs() -> list[tuple[str, str, str]]:
    """(where, English, Korean) for every lesson text and every window translation."""
    found = [
        (f"{name} text {index}", texts["en"], texts["ko"])
        for name in lessons.names()
        for index, texts in enumerate(all_texts(lessons.get(name)))
    ]
    translations = json.loads(KO_JSON.read_text(encoding="utf-8"))
    found += [(f"ko.json {english!r}", english, korean) for english, korean in translations.items()]
    return found


PAIRS = pairs()


def test_the_glossary_retires_the_terms_of_issue_16():
    assert {"입력값", "퍼짐", "프리셋", "숫자가 아니", "가중치 기울기"} <= set(retired_terms())


@pytest.mark.parametrize("term", retired_terms())
def test_no_korean_text_uses_a_retired_term(term):
    readme = ROOT / "README.md"
    users = [where for where, _, korean in PAIRS if term in korean]
    users += [readme.name] * (term in readme.read_text(encoding="utf-8"))
    assert not users, f"{term!r} is retired (docs/GLOSSARY.md): {users}"


def test_a_gradient_in_english_is_a_gradient_in_korean():
    """'gradient' other than in 'vanishing gradient' -> 그레이디언트."""
    wrong = []
    for where, english, korean in PAIRS:
        lowered = english.lower()
        gradients = lowered.count("gradient") - lowered.count("vanishing gradient")
        if gradients > 0 and "그레이디언트" not in korean:
            wrong.append(where)
    assert not wrong


def test_a_slope_in_korean_is_a_slope_in_english():
    """기울기 (outside 기울기 소실) only where the English speaks of a slope or derivative."""
    wrong = [
        where
        for where, english, korean in PAIRS
        if "기울기" in korean.replace(KEPT, "") and not SLOPE_WORDS.search(english)
    ]
    assert not wrong
