"""Signal propagation at initialization: the variances mean-field theory predicts per layer.

Poole et al. 2016 ("Exponential expressivity in deep neural networks through transient
chaos") and Schoenholz et al. 2017 ("Deep information propagation"). For one input x of D
features, the hidden pre-activations z_l = a_{l-1} W_l + b_l of a wide network with
independent zero-mean weights are Gaussian over the weight draw, z ~ N(0, q_l(x)), with
the length map

    q_1(x) = fan_in_1 Var(W_1) |x|^2 / D                  (exact in expectation)
    q_l(x) = fan_in_l Var(W_l) E_{z~N(0, q_{l-1}(x))}[f(z)^2] (+ sigma_b^2, here 0: Dense
             layers start with zero biases unless bias_init says otherwise, and then
             `predict` does not apply).

Backward, the gradient at a hidden layer's output, g_l(x) = E[(dL/da_l)^2], obeys
(gradients taken independent of the forward weights, as the theory does)

    g_{l-1}(x) = fan_out_l Var(W_l) E_{z~N(0, q_l(x))}[f'(z)^2] g_l(x),

anchored, not on a measurement, at the output: g_L(x) = Var(W_out) sum_k E[(dL/do_k)^2]
with logits o ~ N(0, q_out(x)) i.i.d. (q_out from the same map through W_out), the
expectation a fixed-seed Monte Carlo of the configured loss on the probe targets.

A layer's predicted variance is the mean of q_l(x) (g_l(x)) over the probe inputs: with
zero-mean weights this is the variance of all the layer's values pooled over units and
samples, which is what the layer statistics measure. It is the average over weight draws;
one network of width n deviates from it by finite-width fluctuations that grow like
sqrt(depth / n) (Hanin & Rolnick 2018), most for ReLU.

Where the recursion does not describe the network the statistics come from, `predict`
says why instead (REASONS): batch norm, dropout and rrelu (training passes differ from
the probe pass), maxout (not element-wise), constant weights, non-zero initial biases
(the recursion above takes sigma_b = 0 and zero-mean z). PReLU applies: at
initialization every slope is alpha, so it is a leaky ReLU.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from . import activations, initializers, losses
from .config import Config
from .prediction import NotApplicable, Prediction

CUTOFF = 12.0
"""Integrate z over +-12 standard deviations: the Gaussian mass beyond is 4e-33."""
FEATURE_SCALE = 40.0
"""|z| beyond which every registered activation is flat or linear to double precision
(sigmoid's tail e^-40 = 4e-18): a wide Gaussian gets a panel boundary there."""
NODES = 64
"""Gauss-Legendre nodes per panel (48 already agree with 400 to 3e-9 for every activation)."""
LOSS_DRAWS = 16
"""Monte Carlo repeats of the probe batch's logits for the output gradient anchor."""

_T, _W = np.polynomial.legendre.leggauss(NODES)
_T, _W = (_T + 1) / 2, _W / 2  # on [0, 1]


def gaussian_mean(h: Callable[[np.ndarray], np.ndarray], q: np.ndarray | float) -> np.ndarray:
    """E_{z~N(0, q)}[h(z)] = int h(sqrt(q) u) phi(u) du for every variance in `q`.

    Gauss-Legendre in u on the panels [0, s] and [s, CUTOFF] of each half line, mirrored,
    s = min(CUTOFF, FEATURE_SCALE / sqrt(q)): the split at 0, where every registered
    activation has its kink (relu, step, selu), leaves smooth integrands, and the split at
    s resolves the activation's own scale however wide the Gaussian is."""
    q = np.asarray(q, dtype=float)
    sd = np.sqrt(q)[..., None]
    with np.errstate(divide="ignore"):
        split = np.minimum(CUTOFF, FEATURE_SCALE / sd)
    u = np.concatenate([split * _T, split + (CUTOFF - split) * _T], axis=-1)
    w = np.concatenate([split * _W, (CUTOFF - split) * _W], axis=-1)
    w *= np.exp(-(u**2) / 2) / np.sqrt(2 * np.pi)
    with np.errstate(all="ignore"):  # saturating functions overflow harmlessly far out
        values = h(sd * u) + h(-sd * u)
    return np.sum(values * w, axis=-1)


def not_applicable_reason(config: Config) -> NotApplicable | None:
    """What rules the theory out for this configuration, or None."""
    activation = activations.get(config.activation)
    if config.batch_norm:
        return NotApplicable.BATCH_NORM
    if config.dropout > 0:
        return NotApplicable.DROPOUT
    if not activation.elementwise:
        return NotApplicable.MAXOUT
    if activation is activations.RReLU:
        return NotApplicable.RRELU
    if initializers.get(config.init).variance is None:
        return NotApplicable.CONSTANT_INIT
    if config.bias_init != 0:
        return NotApplicable.BIAS_INIT
    return None


def predict(config: Config, inputs: np.ndarray, targets: np.ndarray, n_outputs: int) -> Prediction:
    """The prediction for `config`'s network at initialization on these probe inputs (N, D)
    and targets (labels or values, as the loss takes them), with `n_outputs` logits."""
    reason = not_applicable_reason(config)
    if reason is not None:
        return Prediction.not_applicable(reason)
    f = activations.create(config.activation, config.activation_alpha)  # prelu: slope alpha
    init = initializers.get(config.init)
    fan_ins = [inputs.shape[1]] + [config.width] * config.depth  # hidden layers, then output
    fan_outs = [config.width] * config.depth + [n_outputs]
    var_w = [
        init.variance(shape, config.init_scale) for shape in zip(fan_ins, fan_outs, strict=True)
    ]
    with np.errstate(all="ignore"):  # an exploding init overflows to inf: null in JSON
        qs = _length_map(f, fan_ins, var_w, np.asarray(inputs, dtype=float))
        anchor = var_w[-1] * _output_grad_energy(config.loss, qs[-1], targets, n_outputs)
        gs = _gradient_map(f, fan_outs, var_w, qs, anchor)
        return Prediction(  # the means of huge variances overflow too
            pre_activation_var=tuple(float(np.mean(q)) for q in qs[:-1]),
            activation_grad_var=tuple(float(np.mean(g)) for g in gs),
        )


def _length_map(
    f: activations.Activation, fan_ins: list[int], var_w: list[float], x: np.ndarray
) -> list[np.ndarray]:
    """q_l(x) per sample for every Dense layer, hidden ones then the output layer."""
    qs = [fan_ins[0] * var_w[0] * np.einsum("nd,nd->n", x, x) / x.shape[1]]
    for fan_in, var in zip(fan_ins[1:], var_w[1:], strict=True):
        qs.append(fan_in * var * gaussian_mean(lambda z: f.function(z) ** 2, qs[-1]))
    return qs


def _gradient_map(
    f: activations.Activation,
    fan_outs: list[int],
    var_w: list[float],
    qs: list[np.ndarray],
    anchor: np.ndarray,
) -> list[np.ndarray]:
    """g_l(x) per sample for every hidden layer, from g_L(x) = `anchor` backwards."""
    gs = [anchor]
    for layer in range(len(qs) - 2, 0, -1):  # 0-based hidden layers L-1 .. 1 give L-2 .. 0
        slope_sq = gaussian_mean(lambda z: f.derivative(z) ** 2, qs[layer])
        gs.append(fan_outs[layer] * var_w[layer] * slope_sq * gs[-1])
    return gs[::-1]


def _output_grad_energy(
    loss_name: str, q_out: np.ndarray, targets: np.ndarray, n_outputs: int
) -> np.ndarray:
    """Per sample, E[sum_k (dL/do_k)^2] for logits o_k ~ N(0, q_out) i.i.d.: the mean of
    LOSS_DRAWS Monte Carlo batches (fixed seed, so the prediction is reproducible) through
    the loss itself, which averages over the batch as the probe pass does."""
    loss = losses.create(loss_name)
    rng = np.random.default_rng(0)
    scale = np.sqrt(q_out)[:, None]
    total = np.zeros(len(q_out))
    for _ in range(LOSS_DRAWS):
        loss.forward(scale * rng.standard_normal((len(q_out), n_outputs)), targets)
        grad = loss.backward()
        total += np.einsum("nk,nk->n", grad, grad)
    return total / LOSS_DRAWS
