"""Exports, benchmarks and tests never touch the user's remembered settings and leave nothing
in the temporary directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from visualizer.app import main

ROOT = Path(__file__).resolve().parents[1]


def isolated_env(tmp_path: Path) -> tuple[dict[str, str], Path, Path]:
    """An environment whose settings folder ('the user's') and temp dir are fresh folders."""
    user, temp = tmp_path / "user-config", tmp_path / "tmp"
    user.mkdir()
    temp.mkdir()
    env = {**os.environ, "XDG_CONFIG_HOME": str(user), "TMPDIR": str(temp)}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env, user, temp


@pytest.mark.gui
def test_export_leaves_the_remembered_settings_alone(tmp_path, capsys):
    from visualizer.ui import settings

    settings.store().clear()
    settings.save_value("config", "remembered")
    argv = ["export", "--set", "depth=2", "width=8", "--steps", "0", "--theme", "dark"]
    assert main([*argv, "--out", str(tmp_path / "x.png")]) == 0
    assert settings.store().allKeys() == ["config"]
    assert settings.load_value("config") == "remembered"
    settings.store().clear()


@pytest.mark.slow
def test_the_gui_benchmark_uses_scratch_settings_and_removes_them(tmp_path):
    env, user, temp = isolated_env(tmp_path)
    bench = ROOT / "benchmarks" / "bench_gui.py"
    # one window measurement between two short headless runs: what every repeat does
    argv = ["--depth", "2", "--width", "8", "--batch", "8", "--seconds", "0.3"]
    argv += ["--repeat", "1", "--ref-seconds", "0.5"]
    result = subprocess.run(
        [sys.executable, str(bench), *argv], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "max_stall_ms=" in result.stdout
    assert not list(user.iterdir())
    assert not list(temp.iterdir())


@pytest.mark.slow
def test_a_test_run_leaves_nothing_in_the_temp_dir(tmp_path):
    env, _, temp = isolated_env(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_registry.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-2000:]
    assert not list(temp.iterdir())
