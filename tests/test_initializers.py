import math

import numpy as np
import pytest

from visualizer.core import initializers
from visualizer.core.initializers import INITIALIZERS, variance_scaling
from visualizer.core.registry import UnknownNameError

FAN_IN, FAN_OUT = 1000, 500
SHAPE = (FAN_IN, FAN_OUT)
FAN_AVG = (FAN_IN + FAN_OUT) / 2

# name -> (distribution, expected std for gain 1), written out from the textbook formulas
RANDOM = {
    "normal": ("normal", 1.0),
    "uniform": ("uniform", 1.0 / math.sqrt(3)),
    "glorot_normal": ("normal", math.sqrt(1 / FAN_AVG)),
    "glorot_uniform": ("uniform", math.sqrt(6 / (FAN_IN + FAN_OUT)) / math.sqrt(3)),
    "he_normal": ("normal", math.sqrt(2 / FAN_IN)),
    "he_uniform": ("uniform", math.sqrt(6 / FAN_IN) / math.sqrt(3)),
    "lecun_normal": ("normal", math.sqrt(1 / FAN_IN)),
    "lecun_uniform": ("uniform", math.sqrt(3 / FAN_IN) / math.sqrt(3)),
}


def draw(name: str, gain: float = 1.0, seed: int = 0) -> np.ndarray:
    return initializers.get(name)(SHAPE, np.random.default_rng(seed), gain)


def test_every_registered_initializer_is_covered_here():
    assert set(INITIALIZERS.names()) == set(RANDOM) | {"zeros", "constant"}


@pytest.mark.parametrize("name", INITIALIZERS.names())
def test_shape_dtype_and_formula_text(name):
    weights = draw(name)
    assert weights.shape == SHAPE
    assert weights.dtype == np.float64
    init = initializers.get(name)
    assert init.name == name
    assert init.formula.startswith(f"{name}: ")


@pytest.mark.parametrize("name", RANDOM)
@pytest.mark.parametrize("gain", [1.0, 0.5])
def test_sample_statistics_match_formula(name, gain):
    distribution, std = RANDOM[name]
    std *= gain
    weights = draw(name, gain)
    assert weights.std() == pytest.approx(std, rel=0.03)
    assert initializers.get(name).variance(SHAPE, gain) == pytest.approx(std**2, rel=1e-12)
    assert abs(weights.mean()) < 0.01 * std
    limit = math.sqrt(3) * std
    if distribution == "uniform":
        assert np.abs(weights).max() <= limit
        assert np.abs(weights).max() > 0.999 * limit
    else:  # a plain normal, not truncated at 2 std, and not uniform
        assert np.abs(weights).max() > 3 * std
        assert np.mean(np.abs(weights) < std) == pytest.approx(0.6827, abs=0.01)


def test_he_normal_tooltip_states_its_formula():
    assert initializers.get("he_normal").formula == "he_normal: std = sqrt(2 / fan_in)"


def test_zeros_and_constant():
    assert not draw("zeros", gain=3.0).any()
    assert np.all(draw("constant", gain=0.25) == 0.25)
    assert initializers.get("zeros").variance(SHAPE, 3.0) == 0.0
    assert initializers.get("constant").variance is None  # not zero-mean draws


def test_gain_multiplies_std_of_named_schemes():
    base, scaled = draw("he_normal"), draw("he_normal", gain=3.0)
    np.testing.assert_allclose(scaled, 3.0 * base)


def test_xavier_aliases():
    assert initializers.get("xavier_normal") is initializers.get("glorot_normal")
    assert initializers.get("Xavier-Uniform") is initializers.get("glorot_uniform")
    np.testing.assert_array_equal(draw("xavier_normal"), draw("glorot_normal"))


def test_unknown_name_lists_valid_names():
    with pytest.raises(UnknownNameError, match="he_normal") as info:
        initializers.get("kaiming_magic")
    assert "kaiming_magic" in str(info.value)
    assert "lecun_uniform" in str(info.value)


@pytest.mark.parametrize("name", INITIALIZERS.names())
def test_same_seed_same_weights(name):
    np.testing.assert_array_equal(draw(name, seed=7), draw(name, seed=7))
    if name in RANDOM:
        assert not np.array_equal(draw(name, seed=7), draw(name, seed=8))


@pytest.mark.parametrize(
    ("mode", "n"), [("fan_in", FAN_IN), ("fan_out", FAN_OUT), ("fan_avg", FAN_AVG)]
)
@pytest.mark.parametrize("distribution", ["normal", "uniform"])
def test_variance_scaling_modes(mode, n, distribution):
    rng = np.random.default_rng(1)
    weights = variance_scaling(SHAPE, rng, scale=4.0, mode=mode, distribution=distribution)
    assert weights.std() == pytest.approx(math.sqrt(4.0 / n), rel=0.03)


def test_variance_scaling_rejects_bad_arguments():
    rng = np.random.default_rng(0)
    with pytest.raises(ValueError, match="fan_avg"):
        variance_scaling(SHAPE, rng, mode="fan_sum")
    with pytest.raises(ValueError, match="uniform"):
        variance_scaling(SHAPE, rng, distribution="cauchy")
    with pytest.raises(ValueError, match="fan_in, fan_out"):
        variance_scaling((3, 4, 5), rng)
