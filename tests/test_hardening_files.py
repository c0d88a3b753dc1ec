"""Files the app writes get the usual mode: 0666 less the umask when new, the old mode when
overwritten; a symlink's target is written and the link stays."""

from __future__ import annotations

import os
import stat

import pytest

from visualizer.app import main
from visualizer.core.files import write_atomic


@pytest.fixture
def umask():
    """Run with umask 027 (not the usual 022), restored afterwards."""
    old = os.umask(0o027)
    yield 0o027
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_file_gets_0666_less_the_umask(tmp_path, umask):
    path = tmp_path / "new.json"
    write_atomic(path, "{}")
    assert mode(path) == 0o666 & ~umask == 0o640
    assert path.read_text() == "{}"
    assert os.listdir(tmp_path) == ["new.json"]  # no temporary file left


def test_an_overwritten_file_keeps_its_mode(tmp_path, umask):
    path = tmp_path / "old.csv"
    path.write_text("old")
    path.chmod(0o604)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new" and mode(path) == 0o604


def test_a_symlink_writes_its_target_and_stays_a_link(tmp_path, umask):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "data.json"
    target.write_text("old")
    target.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "new" and mode(target) == 0o644
    assert sorted(os.listdir(tmp_path / "real")) == ["data.json"]


def test_a_dangling_symlink_creates_its_target(tmp_path, umask):
    target = tmp_path / "made.json"
    link = tmp_path / "link.json"
    link.symlink_to("made.json")
    write_atomic(link, "x")
    assert link.is_symlink() and target.read_text() == "x" and mode(target) == 0o640


def test_run_json_through_a_symlink_with_the_usual_mode(tmp_path, umask, capsys):
    target = tmp_path / "report.json"
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert main(["run", "--set", "depth=2", "width=8", "--steps", "0", "--json", str(link)]) == 0
    assert link.is_symlink() and target.read_text().startswith("{")
    assert mode(target) == 0o640


@pytest.mark.gui
def test_a_panel_svg_gets_the_usual_mode(qtbot, tmp_path, umask):
    from visualizer.core.config import Config
    from visualizer.ui import exporting
    from visualizer.ui.main_window import MainWindow

    window = MainWindow([Config(dataset="moons", samples=100, depth=2, width=8)], live=False)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    for suffix in (".svg", ".png"):
        path = exporting.export_panel(window.views["curves"], tmp_path / f"curves{suffix}")
        assert mode(path) == 0o640
    assert sorted(os.listdir(tmp_path)) == ["curves.png", "curves.svg"]
