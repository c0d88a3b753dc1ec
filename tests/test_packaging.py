"""The wheel, named deep-training-visualizer (the index's "visualizer" is another project),
carries the bundled data and lessons and declares the `visualizer` command."""

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contains_resources_and_entry_point(tmp_path):
    if importlib.util.find_spec("hatchling") is None:
        pytest.skip("the hatchling build backend is not installed and cannot be fetched offline")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (wheel,) = tmp_path.glob("deep_training_visualizer-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        assert "\nName: deep-training-visualizer\n" in archive.read(metadata).decode()
        assert "visualizer/resources/data/digits.npz" in names
        assert "visualizer/resources/lessons/relu_he.json" in names
        assert "visualizer/resources/lessons/course.json" in names
        assert "visualizer/core/config.py" in names
        for page_file in ("assets/page.js", "vendor/uPlot.iife.min.js", "vendor/uPlot-LICENSE"):
            assert f"visualizer/page/{page_file}" in names
        (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        text = archive.read(entry_points).decode()
    assert "[console_scripts]" in text
    assert "visualizer = visualizer.app:main" in text
