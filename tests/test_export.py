"""Export for slides: images of the asked size with real content, SVG that parses, CSV and
JSON with the right columns and keys, config round trip, and failures that write nothing."""

from __future__ import annotations

import csv
import io
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from pyqtgraph import AxisItem
from PySide6.QtGui import QImage

from visualizer.app import main
from visualizer.core.config import Config
from visualizer.core.history import COLUMNS
from visualizer.core.protocol import Extra
from visualizer.core.session import Session
from visualizer.core.window_model import DEFAULT_POINTS, MIN_POINTS
from visualizer.export_command import trained_frame
from visualizer.ui import exporting
from visualizer.ui.drawing.small_multiples import SmallMultiples
from visualizer.ui.file_menu import READ_AT_ONCE

pytestmark = pytest.mark.gui
SMALL = Config(dataset="moons", samples=200, depth=3, width=8, batch_size=32)


@pytest.fixture
def window(make_window):
    win = make_window([SMALL], live=False, size=(1200, 800))
    frame, points = trained_frame([SMALL], 20)
    win.show_run_data(points)
    win.show_frame(frame)
    return win


def distinct_colours(image: QImage) -> int:
    small = image.scaled(200, 120)
    return len({small.pixel(x, y) for x in range(small.width()) for y in range(small.height())})


def test_cli_export_writes_a_png_of_the_asked_size(tmp_path, capsys):
    out = tmp_path / "slide.png"
    argv = [
        "export",
        "--preset",
        "relu_he",
        "--steps",
        "0",
        "--out",
        str(out),
        "--size",
        "1280x720",
        "--lang",
        "ko",
        "--view",
        "layer_stats",
    ]
    assert main(argv) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    assert distinct_colours(image) > 20


def test_a_size_below_the_windows_minimum_is_still_the_asked_size(tmp_path, capsys):
    """The window cannot be laid out narrower than about 950 px: it is laid out larger with
    the same aspect ratio and scaled down, for a still and for every frame."""
    still, moving = tmp_path / "small.png", tmp_path / "small.gif"
    args = ["export", "--preset", "seed_experiment", "--steps", "2"]
    assert main([*args, "--size", "640x400", "--out", str(still)]) == 0
    image = QImage(str(still))
    assert (image.width(), image.height()) == (640, 400)
    assert distinct_colours(image) > 20
    assert main([*args, "--size", "500x500", "--frames", "2", "--out", str(moving)]) == 0
    from PIL import Image

    with Image.open(moving) as animation:
        assert animation.size == (500, 500) and animation.n_frames == 2


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--size", "big"], "--size"),
        (["--view", "nope"], "--view"),
        (["--set", "depth=0"], "depth"),
    ],
)
def test_cli_export_mistakes_exit_2_and_write_nothing(tmp_path, capsys, argv, words):
    out = tmp_path / "slide.png"
    assert main(["export", "--steps", "0", "--out", str(out), *argv]) == 2
    assert words in capsys.readouterr().err
    assert not out.exists()


def test_cli_export_into_a_missing_folder_is_a_one_line_error(tmp_path, capsys):
    out = tmp_path / "missing" / "slide.png"
    assert main(["export", "--steps", "0", "--out", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_window_png_at_1x_and_2x(qtbot, window, tmp_path):
    for scale in (1.0, 2.0):
        path = tmp_path / f"window{scale}.png"
        assert window.file_menu.write_window(path, scale)
        assert window.file_menu.busy  # encoded and written in a worker thread
        qtbot.waitUntil(lambda: not window.file_menu.busy)
        assert "Saved" in window.statusBar().currentMessage()
        image = QImage(str(path))
        assert image.width() == int(window.width() * scale)
        assert image.height() == int(window.height() * scale)
        assert distinct_colours(image) > 20


def test_footer_stamp_adds_a_line_with_the_configuration(qtbot, window, tmp_path):
    window.file_menu.stamp_action.setChecked(True)
    path = tmp_path / "stamped.png"
    assert window.file_menu.write_window(path, 1.0)
    qtbot.waitUntil(lambda: not window.file_menu.busy)
    assert QImage(str(path)).height() > window.height()
    footer = exporting.footer_text(window.frame, SMALL)
    assert "seed=0" in footer and "step=20" in footer and "dataset=moons" in footer


def test_panel_png_and_svg(window, tmp_path):
    png, svg = tmp_path / "panel.png", tmp_path / "panel.svg"
    assert window.file_menu.write_panel(window.views["activations"], png)
    assert QImage(str(png)).width() > 100
    histograms = tmp_path / "histograms.svg"  # the small multiples' own painting, as SVG
    assert window.file_menu.write_panel(window.views["activations"], histograms)
    assert "Layer 1" in histograms.read_text() and "Layer 3" in histograms.read_text()
    assert window.file_menu.write_panel(window.views["curves"], svg)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert len(list(root.iter())) > 20


def test_metrics_csv_has_one_row_per_logged_step(window):
    text = exporting.metrics_csv(window.frame)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(COLUMNS)
    history = window.frame.runs[0].history
    assert len(rows) - 1 == len(history["step"])
    assert [int(r[0]) for r in rows[1:]] == [int(s) for s in history["step"]]
    np.testing.assert_allclose([float(r[1]) for r in rows[1:]], history["train_loss"])


def test_metrics_csv_of_several_runs_has_their_columns():
    session = Session([SMALL, SMALL.replace(lr=0.1), SMALL.replace(lr=0.2)])
    session.play()
    for _ in range(5):
        session.step(record=False)
    header = next(csv.reader(io.StringIO(exporting.metrics_csv(session.frame()))))
    runs = [f"{run}_{c}" for run in "bc" for c in COLUMNS[1:]]
    assert header == list(COLUMNS) + runs


def test_run_json_from_the_window_matches_the_command_line_schema(tmp_path, capsys):
    session = Session([SMALL])
    for _ in range(10):
        session.step(record=False)
    from_window = json.loads(session.report_json())
    assert (
        main(
            [
                "run",
                "--set",
                "dataset=moons",
                "samples=200",
                "depth=3",
                "width=8",
                "batch_size=32",
                "--steps",
                "10",
                "--json",
                "-",
            ]
        )
        == 0
    )
    from_cli = json.loads(capsys.readouterr().out)
    assert from_window.keys() == from_cli.keys()
    assert from_window["config"] == from_cli["config"]
    assert from_window["history"] == from_cli["history"]
    assert from_window["layers"][0].keys() == from_cli["layers"][0].keys()


def test_config_round_trip_through_a_file(window, tmp_path):
    changed = SMALL.replace(depth=6, activation="elu", lr=0.003)
    window.apply_configs([changed])
    path = tmp_path / "config.json"
    assert window.file_menu.write_text(window.controls.configs()[0].to_json(), path)
    window.apply_configs([SMALL])
    assert window.file_menu.read_config(path)
    assert window.controls.configs()[0] == changed
    assert (
        main(["run", "--config", str(path), "--steps", "0", "--json", str(tmp_path / "r.json")])
        == 0
    )


def test_a_large_config_file_is_read_in_a_child_process(qtbot, window, tmp_path):
    changed = SMALL.replace(depth=5, activation="tanh")
    path = tmp_path / "report.json"
    padding = " " * (READ_AT_ONCE + 10)  # whitespace: valid JSON, and a large file
    path.write_text('{"config": ' + changed.to_json() + "," + padding + '"history": {}}')
    window.apply_configs([SMALL])
    assert window.file_menu.read_config(path)
    assert window.file_menu.reader.running and window.file_menu.busy
    assert "Reading" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.file_menu.busy, timeout=20_000)
    assert window.controls.configs()[0] == changed
    broken = tmp_path / "broken.json"
    broken.write_text("{" + padding + '"depth": }')
    assert window.file_menu.read_config(path)
    assert window.file_menu.read_config(broken)  # replaces the first request
    assert window.file_menu.reader.running and window.file_menu.busy
    qtbot.waitUntil(lambda: not window.file_menu.busy, timeout=20_000)
    assert "not valid JSON" in window.banner.text()


def test_loading_a_malformed_config_shows_an_error(window, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json")
    assert not window.file_menu.read_config(path)
    assert window.banner.isVisible()
    assert "not valid JSON" in window.banner.text()


@pytest.fixture
def unwritable_folder(tmp_path):
    """A folder this process cannot write into (root ignores permissions: use /proc)."""
    if os.geteuid() == 0:
        yield Path("/proc")
        return
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    yield folder
    folder.chmod(0o700)


def test_export_to_an_unwritable_folder_shows_an_error_and_writes_nothing(
    qtbot, window, unwritable_folder
):
    window.file_menu.write_window(unwritable_folder / "x.png", 1.0)  # fails now or when
    qtbot.waitUntil(lambda: not window.file_menu.busy)  # writing, in the worker thread
    assert window.banner.isVisible()
    assert "cannot be written" in window.banner.text() or "cannot write" in window.banner.text()
    # nothing written: no x.png and no temporary file beside it (/proc's own listing
    # changes as processes come and go, so only our names are checked)
    assert not [p for p in unwritable_folder.iterdir() if p.name.lstrip(".").startswith("x.png")]


def test_export_to_a_missing_folder_shows_an_error_and_writes_nothing(window, tmp_path):
    target = tmp_path / "missing" / "x.png"
    assert not window.file_menu.write_window(target, 1.0)
    assert not window.file_menu.write_panel(window.views["activations"], target.with_suffix(".svg"))
    assert "does not exist" in window.banner.text()
    assert not target.parent.exists()


def test_a_failed_write_keeps_the_existing_file(window, tmp_path, monkeypatch):
    target = tmp_path / "metrics.csv"
    target.write_text("old")

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("visualizer.core.files.os.replace", full_disk)
    assert not window.file_menu.write_text("new", target)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["metrics.csv"]
    assert "No space left" in window.banner.text()


def test_presenter_font_size_changes_widgets_and_plot_axes(window):
    before = window.controls.panel_a.bindings["lr"].label.font().pointSize()
    window.set_font_size(window.font_points + 4)
    assert window.font_points == DEFAULT_POINTS + 4
    assert window.controls.panel_a.bindings["lr"].label.font().pointSize() > before
    axes = [
        i for i in window.views["activations"].graphics.scene().items() if isinstance(i, AxisItem)
    ]
    fonts = [axis.style["tickFont"] for axis in axes]
    assert fonts and all(f.pointSize() == window.font_points for f in fonts)
    canvas = window.views["activations"].findChild(SmallMultiples)
    assert canvas.fonts()[0].pointSize() == window.font_points  # titles; ticks 1 point less
    window.set_font_size(1)
    assert window.font_points == MIN_POINTS


def test_every_extra_reaches_an_exported_frame():
    frame, points = trained_frame([SMALL], 3)
    assert frame.extras == frozenset(Extra)
    assert frame.runs[0].decision is not None and frame.runs[0].weights is not None
    assert list(points) == [frame.runs[0].run_id]


def test_the_file_menu_exports_every_panel(window, tmp_path):
    assert len(window.file_menu.panel_menu.actions()) == len(window.views)
    for name, panel in window.views.items():
        assert window.file_menu.write_panel(panel, tmp_path / f"{name}.svg"), name
    assert len(list(tmp_path.glob("*.svg"))) == len(window.views)
