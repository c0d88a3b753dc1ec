"""The optimizer race on the book's valley (core.race), without Qt: the paths, the
zig-zag, the real update rules."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from visualizer.core import race as core_race


def test_race_module_imports_no_qt():
    code = (
        "import sys, visualizer.core.race; "
        "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_race_paths_start_at_the_books_point():
    paths = core_race.race(list(core_race.CLASSIC_LRS), 30)
    assert set(paths) == set(core_race.CLASSIC_LRS)
    for path in paths.values():
        assert path.shape == (31, 2)
        np.testing.assert_array_equal(path[0], (-7.0, 2.0))


def test_race_sgd_zigzags_across_the_valley():
    paths = core_race.race(core_race.BOOK_ORDER, 30)
    y = paths["sgd"][:21, 1]
    assert np.all(np.sign(y[1:]) == -np.sign(y[:-1]))  # y flips sign every step
    travel = {name: np.abs(np.diff(p[:, 1])).sum() for name, p in paths.items()}
    assert travel["sgd"] > 3 * max(travel[n] for n in ("momentum", "adagrad", "adam"))
    # the adaptive methods head down into the valley without bouncing across it
    assert np.all(paths["adagrad"][:, 1] >= 0)
    assert np.all(np.diff(paths["adam"][:8, 1]) < 0)


def test_race_the_books_figure_after_30_steps():
    paths = core_race.race(core_race.BOOK_ORDER, 30)
    distance = {name: float(np.hypot(*p[-1])) for name, p in paths.items()}
    assert distance["adagrad"] < distance["sgd"]  # AdaGrad settles straight in
    for name in ("momentum", "adagrad", "adam"):  # all near the minimum, from ~7.3 away
        assert distance[name] < 1.0
    long = core_race.race(core_race.BOOK_ORDER, 100)
    for path in long.values():
        assert np.hypot(*path[-1]) < 0.05


def test_race_uses_the_real_update_rules():
    paths = core_race.race(["sgd", "momentum", "adam"], 2, {"sgd": 0.5})
    g0 = np.array([-0.7, 4.0])  # (x/10, 2y) at (-7, 2)
    np.testing.assert_allclose(paths["sgd"][1], (-7, 2) - 0.5 * g0)
    np.testing.assert_allclose(paths["momentum"][1], (-7, 2) - 0.1 * g0)  # v = -lr g
    v1 = -0.1 * g0
    g1 = np.array([paths["momentum"][1][0] / 10, 2 * paths["momentum"][1][1]])
    np.testing.assert_allclose(paths["momentum"][2], paths["momentum"][1] + 0.9 * v1 - 0.1 * g1)
    # Adam's first step is lr in each coordinate, against the gradient's sign
    np.testing.assert_allclose(paths["adam"][1], (-7 + 0.3, 2 - 0.3), atol=1e-6)


def test_race_learning_rate_and_steps_checked():
    slow = core_race.race(["sgd"], 10, {"sgd": 0.1})["sgd"]
    fast = core_race.race(["sgd"], 10)["sgd"]
    assert not np.allclose(slow, fast)
    with pytest.raises(ValueError, match="steps"):
        core_race.race(["sgd"], -1)
    with pytest.raises(ValueError, match="optimizer"):
        core_race.race(["no_such"], 5)
