import math

import numpy as np
import pytest

from visualizer.core import optimizers
from visualizer.core.optimizers import OPTIMIZERS, Optimizer
from visualizer.core.registry import UnknownNameError

W0 = [1.0, -2.0, 0.5]
G1 = [0.5, -1.0, 2.0]
G2 = [-0.3, 0.4, 1.5]
LR = {"adadelta": 1.0}  # others use 0.1
MU, RHO, B1, B2, EPS = 0.9, 0.9, 0.9, 0.999, 1e-8


# Scalar re-derivations of each rule, independent of the module: (w, [g1, g2], lr) -> [w1, w2]


def ref_sgd(w, gs, lr):
    out = []
    for g in gs:
        w = w - lr * g
        out.append(w)
    return out


def ref_momentum(w, gs, lr):
    v, out = 0.0, []
    for g in gs:
        v = MU * v - lr * g
        w = w + v
        out.append(w)
    return out


def ref_nesterov(w, gs, lr):
    v, out = 0.0, []
    for g in gs:
        v_new = MU * v - lr * g
        w = w - MU * v + (1 + MU) * v_new
        v = v_new
        out.append(w)
    return out


def ref_adagrad(w, gs, lr):
    h, out = 0.0, []
    for g in gs:
        h = h + g * g
        w = w - lr * g / (math.sqrt(h) + EPS)
        out.append(w)
    return out


def ref_rmsprop(w, gs, lr):
    h, out = 0.0, []
    for g in gs:
        h = RHO * h + (1 - RHO) * g * g
        w = w - lr * g / (math.sqrt(h) + EPS)
        out.append(w)
    return out


def ref_adadelta(w, gs, lr):
    eg2 = edx2 = 0.0
    out = []
    for g in gs:
        eg2 = RHO * eg2 + (1 - RHO) * g * g
        dx = -math.sqrt(edx2 + EPS) / math.sqrt(eg2 + EPS) * g
        edx2 = RHO * edx2 + (1 - RHO) * dx * dx
        w = w + lr * dx
        out.append(w)
    return out


def ref_adam(w, gs, lr):
    m = v = 0.0
    out = []
    for t, g in enumerate(gs, start=1):
        m = B1 * m + (1 - B1) * g
        v = B2 * v + (1 - B2) * g * g
        mhat, vhat = m / (1 - B1**t), v / (1 - B2**t)
        w = w - lr * mhat / (math.sqrt(vhat) + EPS)
        out.append(w)
    return out


def ref_adamax(w, gs, lr):
    m = u = 0.0
    out = []
    for t, g in enumerate(gs, start=1):
        m = B1 * m + (1 - B1) * g
        u = max(B2 * u, abs(g))
        w = w - lr / (1 - B1**t) * m / (u + EPS)
        out.append(w)
    return out


def ref_nadam(w, gs, lr):
    m = v = 0.0
    out = []
    for t, g in enumerate(gs, start=1):
        m = B1 * m + (1 - B1) * g
        v = B2 * v + (1 - B2) * g * g
        mhat = B1 * m / (1 - B1 ** (t + 1)) + (1 - B1) * g / (1 - B1**t)
        vhat = v / (1 - B2**t)
        w = w - lr * mhat / (math.sqrt(vhat) + EPS)
        out.append(w)
    return out


REFERENCE = {
    "sgd": ref_sgd,
    "momentum": ref_momentum,
    "nesterov": ref_nesterov,
    "adagrad": ref_adagrad,
    "rmsprop": ref_rmsprop,
    "adadelta": ref_adadelta,
    "adam": ref_adam,
    "adamax": ref_adamax,
    "nadam": ref_nadam,
}


def expected_two_steps(name):
    lr = LR.get(name, 0.1)
    steps = [REFERENCE[name](w, [g1, g2], lr) for w, g1, g2 in zip(W0, G1, G2, strict=True)]
    first, second = np.array(steps).T
    return first, second


def two_steps(name, dtype=np.float64):
    opt = optimizers.create(name, LR.get(name, 0.1))
    w = np.array(W0, dtype=dtype)
    opt.update([w], [np.array(G1, dtype=dtype)])
    first = w.copy()
    opt.update([w], [np.array(G2, dtype=dtype)])
    return first, w


def test_every_registered_optimizer_has_a_reference():
    assert set(OPTIMIZERS.names()) == set(REFERENCE)


@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_first_two_updates_match_hand_computation(name):
    first, second = two_steps(name)
    want_first, want_second = expected_two_steps(name)
    np.testing.assert_allclose(first, want_first, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(second, want_second, rtol=1e-12, atol=1e-15)


def test_adam_without_bias_correction_is_the_raw_running_means():
    """w -= lr m / (sqrt(v) + eps) with m, v as they are (no division by 1 - beta^t)."""
    opt = optimizers.create("adam", 0.1, bias_correction=False)
    w = np.array(W0)
    steps = []
    for g in (G1, G2):
        opt.update([w], [np.array(g)])
        steps.append(w.copy())
    for index, (w0, g1, g2) in enumerate(zip(W0, G1, G2, strict=True)):
        m = v = 0.0
        want = w0
        for t, g in enumerate((g1, g2)):
            m = B1 * m + (1 - B1) * g
            v = B2 * v + (1 - B2) * g * g
            want = want - 0.1 * m / (math.sqrt(v) + EPS)
            assert steps[t][index] == pytest.approx(want, rel=1e-12, abs=1e-15)
    # the first step is lr * 0.1 g / (sqrt(0.001) |g|) = 3.16 lr sign(g), not lr sign(g)
    np.testing.assert_allclose(
        steps[0] - W0, -0.1 * np.sign(G1) * 0.1 / math.sqrt(1 - B2), rtol=1e-5
    )
    assert optimizers.create("adam", 0.1).bias_correction is True


def test_written_out_values():
    first, second = two_steps("sgd")
    np.testing.assert_allclose(first, [0.95, -1.9, 0.3])
    np.testing.assert_allclose(second, [0.98, -1.94, 0.15])
    # v1 = -0.1 g1; v2 = 0.9 v1 - 0.1 g2
    first, second = two_steps("momentum")
    np.testing.assert_allclose(first, [0.95, -1.9, 0.3])
    np.testing.assert_allclose(second, [0.935, -1.85, -0.03])
    # Adam's first step is lr * sign(g) (up to epsilon)
    first, _ = two_steps("adam")
    np.testing.assert_allclose(first, [0.9, -1.9, 0.4])


def test_nesterov_equals_pytorch_form_with_constant_lr():
    lr, w, b = 0.1, np.array(W0), np.zeros(3)
    for g in (np.array(G1), np.array(G2)):
        b = MU * b + g
        w = w - lr * (g + MU * b)
    np.testing.assert_allclose(two_steps("nesterov")[1], w, rtol=1e-12)


@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_float32_stays_float32_in_place(name):
    opt = optimizers.create(name, LR.get(name, 0.1))
    w = np.array(W0, dtype=np.float32)
    matrix = np.ones((4, 3), dtype=np.float32)
    params = [w, matrix]
    opt.update(params, [np.array(G1, dtype=np.float32), np.full((4, 3), 0.5, np.float32)])
    opt.update(params, [np.array(G2), np.full((4, 3), 0.5)])  # float64 grads are cast
    assert params[0] is w and params[1] is matrix
    assert w.dtype == np.float32 and matrix.dtype == np.float32
    np.testing.assert_allclose(w, expected_two_steps(name)[1], rtol=1e-5)
    assert np.all(matrix < 1)


@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_lr_change_applies_on_next_update(name):
    lr = LR.get(name, 0.1)
    opt, doubled = optimizers.create(name, lr), optimizers.create(name, lr)
    w, v = np.array(W0), np.array(W0)
    opt.update([w], [np.array(G1)])
    doubled.update([v], [np.array(G1)])
    opt.update([w], [np.array(G2)])
    doubled.lr = 2 * lr
    doubled.update([v], [np.array(G2)])
    assert not np.allclose(w, v)


def test_lr_change_sgd_exact():
    opt = optimizers.create("sgd", 0.1)
    w = np.array([1.0])
    opt.update([w], [np.array([1.0])])
    opt.lr = 0.5
    opt.update([w], [np.array([1.0])])
    np.testing.assert_allclose(w, [0.4])


def test_hyperparameters_are_settable_attributes():
    opt = optimizers.create("momentum", 0.1, momentum=0.5)
    w = np.array([0.0])
    opt.update([w], [np.array([1.0])])  # v = -0.1
    opt.momentum = 0.0
    opt.update([w], [np.array([1.0])])  # v = -0.1, no carry-over
    np.testing.assert_allclose(w, [-0.2])


@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_every_declared_hyperparameter_is_an_attribute_with_its_default(name):
    opt = optimizers.create(name)
    assert isinstance(opt.lr, float)
    for spec in opt.hyperparameters:
        assert getattr(opt, spec.name) == spec.default
    assert opt.formula.startswith(f"{name}: ")


def test_a_new_hyperparameter_spec_becomes_a_config_key_with_its_validation():
    """The configuration's hyper-parameter keys, defaults and ranges are the specs'."""
    from visualizer.core.config import KEYS, Config, ConfigError

    for spec in optimizers.HYPERPARAMETERS:
        assert spec.name in KEYS
        assert getattr(Config(), spec.name) == spec.default
        outside = spec.high if spec.high is not None else -1.0
        with pytest.raises(ConfigError, match=rf"{spec.name}: .*allowed: {spec.allowed}"):
            Config(**{spec.name: outside})
    assert {s.name for s in optimizers.HYPERPARAMETERS} == {
        "momentum",
        "rho",
        "beta1",
        "beta2",
        "epsilon",
    }


def test_an_optimizer_takes_only_the_hyperparameters_it_reads():
    opt = optimizers.create("adam", 0.1, momentum=0.5, beta1=0.8)
    assert opt.beta1 == 0.8 and not hasattr(opt, "momentum")


@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_reset_clears_state(name):
    opt = optimizers.create(name, LR.get(name, 0.1))
    w = np.array(W0)
    opt.update([w], [np.array(G1)])
    opt.update([w], [np.array(G2)])
    opt.reset()
    assert opt.iterations == 0
    start = w.copy()
    opt.update([w], [np.array(G1)])
    fresh, v = optimizers.create(name, LR.get(name, 0.1)), start.copy()
    fresh.update([v], [np.array(G1)])
    np.testing.assert_array_equal(w, v)


@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_decreases_quadratic_loss(name):
    # f(w) = 0.5 ||w||^2, grad = w
    rng = np.random.default_rng(0)
    w = rng.normal(size=(8, 5))
    opt = optimizers.create(name, LR.get(name, 0.1))
    losses = []
    for _ in range(50):
        losses.append(0.5 * np.sum(w * w))
        opt.update([w], [w.copy()])
    losses.append(0.5 * np.sum(w * w))
    assert np.all(np.isfinite(losses))
    # adadelta starts with steps of about sqrt(epsilon), so it only just moves in 50 steps
    assert losses[-1] < (0.99 if name == "adadelta" else 0.5) * losses[0]


def test_create_accepts_every_shared_keyword():
    hyper = {"momentum": 0.5, "rho": 0.95, "beta1": 0.8, "beta2": 0.99, "epsilon": 1e-7}
    for name in OPTIMIZERS.names():
        opt = optimizers.create(name, 0.3, **hyper)
        assert isinstance(opt, Optimizer)
        assert opt.lr == 0.3
        own = {spec.name for spec in opt.hyperparameters}
        assert {key: getattr(opt, key) for key in own} == {k: hyper[k] for k in own}


def test_get_returns_class_and_nag_alias():
    assert optimizers.get("Adam") is optimizers.Adam
    assert optimizers.get("nag") is optimizers.get("nesterov")


def test_unknown_name_lists_valid_names():
    with pytest.raises(UnknownNameError, match="adam") as info:
        optimizers.get("lion")
    assert "'lion'" in str(info.value)
    assert "nadam" in str(info.value)


def test_mismatched_lists_raise():
    with pytest.raises(ValueError):
        optimizers.create("sgd").update([np.zeros(2)], [])
