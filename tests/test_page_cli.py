"""`visualizer export --out x.html`, `--course` and the window's child (`python -m
visualizer.page`): a lesson file exports as the built-in ones do, and bad input is one
line on stderr with exit code 2, no partial file, and an existing file untouched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from page_lesson import write_lesson

from visualizer.app import main
from visualizer.core.config import Config
from visualizer.page.spec import runs_spec

ROOT = Path(__file__).resolve().parents[1]
TINY = ["--set", "dataset=blobs", "samples=100", "depth=2", "width=8", "batch_size=16"]


def test_a_teachers_lesson_file_exports_to_one_page(tmp_path, capsys):
    lesson = write_lesson(tmp_path)
    out = tmp_path / "lesson.html"
    assert main(["export", "--preset", str(lesson), "--steps", "3", "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {out} (")
    text = out.read_text(encoding="utf-8")
    assert "<title>Small weights against Xavier</title>" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.html", "small_lesson.json"]


def test_runs_without_a_lesson_export_in_korean_and_dark(tmp_path):
    out = tmp_path / "runs.htm"
    argv = ["export", *TINY, "--run", "lr=0.1", "--steps", "2", "--out", str(out)]
    assert main([*argv, "--lang", "ko", "--theme", "dark"]) == 0
    text = out.read_text(encoding="utf-8")
    assert '<html lang="ko">' in text and '<body class="dark">' in text


BAD = [
    (["--size", "800x600"], "page.html", "--size: not for an interactive page"),
    (["--frames", "5"], "page.html", "--frames: not for an interactive page"),
    (["--view", "curves"], "page.html", "--view: not for an interactive page"),
    (["--set", "depht=3"], "page.html", "depht"),
    (["--preset", "no_such_lesson"], "page.html", "no_such_lesson"),
    ([], "missing/page.html", "--out: folder"),
    (["--course", "--preset", "relu_he"], "site", "--course: exports every built-in lesson"),
    (["--course"], "page.html", "is a file; --course writes a folder"),
]


@pytest.mark.parametrize(("extra", "name", "message"), BAD, ids=[m for *_, m in BAD])
def test_bad_input_is_one_line_exit_2_and_leaves_files_alone(
    tmp_path, capsys, extra, name, message
):
    out = tmp_path / name
    existing = out.parent.is_dir()
    if existing:
        out.write_text("the old page", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["export", *TINY, "--steps", "2", "--out", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("visualizer: error: ") and err.count("\n") == 1
    assert message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing partial
    if existing:
        assert out.read_text(encoding="utf-8") == "the old page"


def test_a_folder_is_not_a_page(tmp_path, capsys):
    (tmp_path / "site.html").mkdir()
    assert main(["export", *TINY, "--steps", "2", "--out", str(tmp_path / "site.html")]) == 2
    assert "is a folder" in capsys.readouterr().err


def child(request: dict) -> tuple[int, list[dict]]:
    """Run the window's page writer as the window does; its exit code and JSON lines."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "visualizer.page"]
    text = json.dumps(request)
    done = subprocess.run(command, input=text, capture_output=True, text=True, env=env, timeout=300)
    assert done.stderr == ""
    return done.returncode, [json.loads(line) for line in done.stdout.splitlines()]


def test_the_windows_child_writes_the_page_and_reports_progress(tmp_path):
    spec = runs_spec((Config(dataset="blobs", samples=100, depth=2, width=8),))
    out = tmp_path / "page.html"
    request = {"spec": spec, "steps": 20, "out": str(out), "lang": "en", "theme": "light"}
    code, lines = child(request)
    assert code == 0 and lines[-1] == {"done": str(out)}
    progress = [line["progress"] for line in lines[:-1]]
    assert progress == sorted(progress) and progress[-1] == 20
    assert all(line["total"] == 20 for line in lines[:-1])
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_the_windows_child_reports_a_bad_configuration_in_one_line(tmp_path):
    spec = runs_spec((Config(),))
    spec["steps"][0]["runs"]["depth"] = 0
    out = tmp_path / "page.html"
    code, lines = child({"spec": spec, "steps": 2, "out": str(out), "lang": "en", "theme": "light"})
    assert code == 2 and len(lines) == 1 and "depth" in lines[0]["error"]
    assert not out.exists()
