"""`visualizer export --course`: every built-in lesson as a page, linked in course order,
and an index by topic with a thumbnail each, in both languages; in headless Chromium every
page opens without a request or an error. (Small networks: `--set` reaches every lesson.)"""

from __future__ import annotations

import pytest

from visualizer.app import main
from visualizer.core import lessons
from visualizer.page.texts import TEXTS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("course") / "site"
    small = ["--set", "width=8", "samples=120"]
    assert main(["export", "--course", "--steps", "2", *small, "--out", str(folder)]) == 0
    return folder


def test_the_site_has_every_lesson_and_an_index(site):
    names = lessons.names()
    expected = [f"{name}.html" for name in names] + ["index.html"]
    assert sorted(p.name for p in site.iterdir()) == sorted(expected)


def test_the_index_lists_the_lessons_by_topic_in_course_order(tab, site):
    tab.open(site / "index.html")
    ids = tab.page.evaluate("[...document.querySelectorAll('a.card')].map(a => a.id)")
    assert ids == [f"card-{name}" for name in lessons.names()]
    assert tab.page.evaluate("document.querySelectorAll('a.card svg polyline').length") >= len(ids)
    topics = [lessons.topic_title(t) for t in lessons.TOPICS]
    assert (
        tab.page.evaluate("[...document.querySelectorAll('h2')].map(h => h.textContent)") == topics
    )
    tab.page.click("#lang-button")
    assert tab.page.inner_text("h1") == TEXTS["course_title"]["ko"]
    assert tab.page.get_attribute("a.card >> nth=0", "href").endswith("#lang=ko&theme=light")
    assert tab.requests == [(site / "index.html").resolve().as_uri()]
    assert tab.problems == []


def test_lessons_link_to_each_other_and_keep_the_chosen_language(tab, site):
    first, second = (lessons.get(name) for name in lessons.names()[:2])
    tab.open(site / "index.html")
    tab.page.click("#lang-button")
    tab.page.click("a.card >> nth=0")
    assert tab.page.inner_text("#title") == first.title("ko")
    assert not tab.page.is_visible("#nav-previous_lesson")
    tab.page.click("#nav-next_lesson")
    assert tab.page.inner_text("#title") == second.title("ko")
    tab.page.click("#nav-previous_lesson")
    assert tab.page.inner_text("#title") == first.title("ko")
    tab.page.click("#nav-index")
    assert tab.page.inner_text("h1") == TEXTS["course_title"]["ko"]
    assert tab.problems == []


def test_every_lesson_page_opens_without_a_request_or_an_error(tab, site):
    for name in lessons.names():
        page = site / f"{name}.html"
        tab.open(page)
        assert tab.page.inner_text("#title") == lessons.get(name).title("en")
        assert tab.requests[-1] == page.resolve().as_uri()
    assert len(tab.requests) == len(lessons.names())
    assert tab.problems == []
