"""A short seeded fuzz of the real window while it trains (tools/fuzz_window.py runs the
long one): random controls, typed garbage, transport, lessons, runs, tabs, panel options,
theme, language, exports to good and bad targets, malformed files. It fails on an
uncaught exception, a Python or Qt warning, anything on stderr (the training process's
too) or a stall of the GUI thread over 1 s, whatever the action."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import fuzz_window  # noqa: E402

from visualizer.ui import i18n  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.slow]
SEED, ACTIONS = 8, 300


def test_random_use_of_the_window_breaks_nothing(qapp, tmp_path):
    try:
        findings = fuzz_window.run_fuzz(SEED, ACTIONS, tmp_path)
    finally:
        i18n.install("en")
        fuzz_window.make_writable(tmp_path)
    print(findings.summary())
    assert sum(findings.actions.values()) == ACTIONS
    assert findings.failures() == [], "\n".join(findings.log[-20:])
