"""The layering contracts of docs/DESIGN.md ("Layers"), checked by import-linter on the
real import graph: the core and the worker never import Qt, panels never import each
other, only the worker drives the training process, the window uses only the core's value
types."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout


QT = ("PySide6", "shiboken6", "pyqtgraph")
QT_ALLOWED = ("visualizer.ui", "visualizer.app", "visualizer.export_command")
"""Where Qt may be imported (an allow-list): the window and the entry points that start a
window or draw one offscreen. The worker is Qt-free: `ui.training_link` turns its events
into signals."""


def test_qt_is_imported_only_where_it_is_allowed():
    import grimp

    graph = grimp.build_graph("visualizer", include_external_packages=True)
    users = {
        module
        for qt in QT
        if qt in graph.modules
        for module in graph.find_modules_that_directly_import(qt)
    }
    assert users, "the window imports Qt"
    outside = sorted(
        module
        for module in users
        if not any(module == allowed or module.startswith(f"{allowed}.") for allowed in QT_ALLOWED)
    )
    assert outside == []


def test_contracts_list_no_indirect_allowance_and_panels_no_exception():
    """Each contract says what the code does through any chain of imports, and the panels'
    independence holds without a hand-kept list of exceptions (what they share lives in
    `ui.drawing`)."""
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"
    ]
    assert not [c["name"] for c in contracts if c.get("allow_indirect_imports")]
    panels = next(c for c in contracts if c.get("modules") == ["visualizer.ui.panels.*"])
    assert panels["type"] == "independence" and "ignore_imports" not in panels


def test_no_code_opts_out_of_the_formatter():
    """The formatter decides every line's shape (no module is fitted to a line count)."""
    root = Path(__file__).resolve().parents[1]
    markers = ("# fmt: " + "skip", "# fmt: " + "off")
    sources = [
        p for d in ("visualizer", "tests", "tools", "benchmarks") for p in (root / d).rglob("*.py")
    ]
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sources
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(marker in line for marker in markers)
    ]
    assert not found
