"""The course as a site: every built-in lesson as a page (in course order, each linking
to the previous and next lesson and to the index) and `index.html` with the topics, each
lesson's title and a thumbnail, in both languages."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from ..core import lessons
from ..core.config import Config
from ..core.files import write_atomic
from ..core.lesson_types import in_language
from .html import RUN_COLORS, RUN_DASHES, asset, build_page, filled, page_html, script_safe
from .record import Progress
from .spec import lesson_spec
from .texts import TEXTS
from .thumbnail import thumbnail_svg

INDEX = "index.html"
StepRuns = Callable[[lessons.Lesson, int], Sequence[Config]]


def page_name(name: str) -> str:
    return f"{name}.html"


def both(texts: dict[str, str]) -> str:
    """Attributes with a text in each language, for the index's language switch."""
    english = html.escape(in_language(texts, "en"), quote=True)
    korean = html.escape(in_language(texts, "ko"), quote=True)
    return f'data-en="{english}" data-ko="{korean}"'


def navigation(names: list[str], index: int) -> dict:
    """The links of lesson `names[index]`'s page: the index, the previous and next lesson."""

    def link(position: int) -> dict | None:
        if not 0 <= position < len(names):
            return None
        lesson = lessons.get(names[position])
        return {"href": page_name(lesson.name), "title": dict(lesson.titles)}

    return {"index": INDEX, "previous": link(index - 1), "next": link(index + 1)}


def card(lesson: lessons.Lesson, thumbnail: str) -> str:
    runs = TEXTS["runs_count"]
    steps = TEXTS["steps_count"]
    meta = {
        lang: " · ".join(
            [runs[lang].format(n=lesson.run_count)]
            + ([steps[lang].format(n=len(lesson.steps))] if lesson.steps else [])
        )
        for lang in ("en", "ko")
    }
    return (
        f'<a class="card" href="{page_name(lesson.name)}" id="card-{lesson.name}">{thumbnail}'
        f'<p class="name" {both(dict(lesson.titles))}></p><p class="meta" {both(meta)}></p></a>'
    )


def index_html(cards: list[tuple[lessons.Lesson, str]], lang: str, theme: str) -> str:
    """The index page: a heading per topic in course order, then its lessons' cards."""
    body = [f"<h1 {both(TEXTS['course_title'])}></h1><p {both(TEXTS['course_intro'])}></p>"]
    topic = None
    for lesson, thumbnail in cards:
        if lesson.topic != topic:
            if topic is not None:
                body.append("</div>")
            topic = lesson.topic
            title = lessons.TOPIC_TITLES.get(topic or "", {"en": "Other", "ko": "기타"})
            body.append(f'<h2 {both(title)}></h2><div class="cards">')
        body.append(card(lesson, thumbnail))
    body.append("</div>")
    parts = {
        "@@LANG@@": lang,
        "@@THEME@@": theme,
        "@@TITLE@@": html.escape(TEXTS["course_title"][lang]),
        "@@PAGE_CSS@@": asset("page.css"),
        "@@BODY@@": "\n".join(body),
        "@@INDEX_JS@@": script_safe(asset("index.js")),
    }
    return filled("index.html", parts)


def export_course(
    folder: Path,
    steps: int,
    lang: str = "en",
    theme: str = "light",
    step_runs: StepRuns | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Write every built-in lesson's page into `folder` (made when missing), then the
    index; each file whole or not at all. `step_runs(lesson, k)`: the runs of the lesson's
    step k (default: the lesson's own); `progress(lessons done, lessons)`. Returns the
    files written, the index last."""
    folder.mkdir(exist_ok=True)
    names = lessons.names()
    written, cards = [], []
    for position, name in enumerate(names):
        lesson = lessons.get(name)
        runs = [
            step_runs(lesson, k) if step_runs else lesson.configs(k)
            for k in range(lesson.step_count)
        ]
        spec = lesson_spec(lesson, runs)
        data = build_page(spec, steps, lang, theme, nav=navigation(names, position))
        path = folder / page_name(name)
        write_atomic(path, page_html(data))
        written.append(path)
        thumbnail = thumbnail_svg(data["recordings"][0], RUN_COLORS["light"], RUN_DASHES)
        cards.append((lesson, thumbnail))
        if progress is not None:
            progress(position + 1, len(names))
    index = folder / INDEX
    write_atomic(index, index_html(cards, lang, theme))
    return [*written, index]
