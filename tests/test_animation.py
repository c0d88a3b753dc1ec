"""Animations for slides: `visualizer export --frames/--fps` and File > Export animation,
written whole or not at all."""

from __future__ import annotations

import pytest
from PIL import Image
from windows import SPAWN_TIMEOUT

from visualizer.app import main
from visualizer.core.config import Config
from visualizer.ui.animation import frame_steps
from visualizer.ui.main_window import MainWindow

SMALL = ["depth=2", "width=8", "samples=200", "batch_size=32", "dataset=moons"]


def test_frames_are_evenly_spaced_from_step_zero_to_the_last():
    assert frame_steps(600, 7) == [0, 100, 200, 300, 400, 500, 600]
    assert frame_steps(3, 10) == [0, 1, 2, 3]


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".gif", ".apng"])
def test_export_writes_an_animation_of_the_run(tmp_path, capsys, suffix):
    out = tmp_path / f"lesson{suffix}"
    args = ["export", "--set", *SMALL, "--steps", "40", "--frames", "5", "--fps", "4"]
    assert main([*args, "--size", "1000x600", "--view", "curves", "--out", str(out)]) == 0
    with Image.open(out) as image:
        assert image.n_frames == 5 and image.size == (1000, 600)
        assert image.info["duration"] == 250
        frames = []
        for index in range(image.n_frames):
            image.seek(index)
            frames.append(image.convert("RGB").tobytes())
    assert len(set(frames)) == 5  # the curves grow from frame to frame


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--frames", "1"], "--frames: 1 is out of range"),
        (["--frames", "5", "--fps", "0"], "--fps: 0 is out of range"),
        (["--at-step", "99"], "--at-step: 99 is out of range"),
        (["--frames", "0"], "--frames: 0 is out of range"),  # issue 17 (7): was the default
        (["--frames", "3", "--at-step", "5"], "--at-step: draws one still"),  # was ignored
    ],
)
def test_bad_animation_arguments_are_one_line_errors(tmp_path, capsys, extra, message):
    out = tmp_path / "x.gif"
    out.write_bytes(b"kept")
    assert main(["export", "--set", *SMALL, "--steps", "10", "--out", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and out.read_bytes() == b"kept"


@pytest.mark.slow
def test_export_at_a_step_draws_the_window_as_it_was_then(tmp_path):
    early, late = tmp_path / "early.png", tmp_path / "late.png"
    base = ["export", "--set", *SMALL, "--steps", "60", "--size", "800x500", "--view", "curves"]
    assert main([*base, "--at-step", "5", "--out", str(early)]) == 0
    assert main([*base, "--out", str(late)]) == 0
    assert early.read_bytes() != late.read_bytes()


@pytest.mark.gui
def test_the_window_exports_its_recorded_run_and_cancel_leaves_nothing(qtbot, tmp_path):
    window = MainWindow([Config.from_mapping(dict(p.split("=") for p in SMALL))])
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitUntil(lambda: window.frame is not None, timeout=SPAWN_TIMEOUT)
    window.controller.set_speed(0)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.frame.live_step >= 50, timeout=SPAWN_TIMEOUT)
    window.play_action.trigger()
    kept = tmp_path / "kept.gif"
    kept.write_bytes(b"an older file")
    export = window.file_menu.write_animation(kept, frames=6)
    qtbot.waitUntil(lambda: len(export.images) >= 2, timeout=SPAWN_TIMEOUT)
    export.cancel()
    qtbot.wait(300)
    assert kept.read_bytes() == b"an older file"  # untouched, nothing beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.gif"]
    out = tmp_path / "run.gif"
    export = window.file_menu.write_animation(out, frames=6)
    with qtbot.waitSignal(export.finished, timeout=SPAWN_TIMEOUT):
        pass
    with Image.open(out) as image:
        assert image.n_frames == 6
    qtbot.waitUntil(lambda: not window.frame.seeking, timeout=SPAWN_TIMEOUT)  # back to live
