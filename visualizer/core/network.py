"""The multilayer perceptron: hidden blocks Dense -> [BatchNorm] -> activation -> [Dropout]
(or, with batch_norm_position "after", Dense -> activation -> BatchNorm -> [Dropout]), then
a linear output layer. Hidden biases start at `bias_init`, the output layer's at 0. A pass
can hand each hidden layer's arrays to a Recorder."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

import numpy as np

from . import activations, initializers
from .config import Config
from .layers import BatchNorm, Dense, Dropout

Mode = Literal["train", "probe", "eval"]
"""train: batch statistics, running averages move, dropout and random slopes on;
probe: batch statistics frozen in place, no dropout (for layer statistics);
eval: running averages, no dropout (for test metrics)."""


@dataclass
class HiddenLayer:
    dense: Dense
    activation: activations.Activation
    norm: BatchNorm | None = None
    dropout: Dropout | None = None
    norm_after: bool = False  # batch norm after the activation instead of before it


class Recorder(Protocol):
    """Receives each hidden layer's arrays of one forward/backward pass, at the moment they
    are computed (fresh in cache). The network overwrites z and dL/da in place right after:
    a recorder keeps copies, not references."""

    def pre_activation(self, layer: int, z: np.ndarray) -> None: ...

    def activation(self, layer: int, a: np.ndarray) -> None: ...

    def activation_grad(self, layer: int, grad: np.ndarray) -> None: ...


@dataclass
class Taps:
    """A Recorder that keeps copies of every array, per hidden layer."""

    pre_activations: list[np.ndarray] = field(default_factory=list)
    activations: list[np.ndarray] = field(default_factory=list)
    activation_grads: list[np.ndarray] = field(default_factory=list)

    def pre_activation(self, layer: int, z: np.ndarray) -> None:
        self.pre_activations.append(z.copy())

    def activation(self, layer: int, a: np.ndarray) -> None:
        self.activations.append(a)  # a new array: nothing writes into it afterwards

    def activation_grad(self, layer: int, grad: np.ndarray) -> None:
        """Called from the last layer back: stored in layer order."""
        self.activation_grads.insert(0, grad.copy())


class Network:
    def __init__(
        self,
        cfg: Config,
        n_features: int,
        n_outputs: int,
        init_rng: np.random.Generator,
        noise_rng: np.random.Generator,
    ) -> None:
        dtype = np.dtype(cfg.dtype)
        initializer = initializers.get(cfg.init)
        self.layers: list[HiddenLayer] = []
        fan_in = n_features
        for _ in range(cfg.depth):
            act = activations.create(cfg.activation, cfg.activation_alpha, cfg.width)
            act.cast(dtype)
            if hasattr(act, "rng"):
                act.rng = noise_rng
            units = cfg.width * act.pieces
            weights = initializer((fan_in, units), init_rng, cfg.init_scale)
            after = cfg.batch_norm_position == "after"
            self.layers.append(
                HiddenLayer(
                    dense=Dense(weights.astype(dtype), np.full(units, cfg.bias_init, dtype)),
                    activation=act,
                    norm=BatchNorm(cfg.width if after else units, dtype)
                    if cfg.batch_norm
                    else None,
                    dropout=Dropout(cfg.dropout, noise_rng) if cfg.dropout > 0 else None,
                    norm_after=after,
                )
            )
            fan_in = cfg.width
        out_weights = initializer((fan_in, n_outputs), init_rng, cfg.init_scale)
        self.output = Dense(out_weights.astype(dtype))
        self.recorder: Recorder | None = None

    @property
    def taps(self) -> Taps | None:
        """The copies of the last pass, when it was recorded with Taps."""
        return self.recorder if isinstance(self.recorder, Taps) else None

    def forward(
        self, x: np.ndarray, mode: Mode = "train", recorder: Recorder | None = None
    ) -> np.ndarray:
        """Network outputs (logits); hands the hidden layers' z and a to `recorder`, and
        keeps it for the dL/da of the next `backward`."""
        self.recorder = recorder
        for index, layer in enumerate(self.layers):
            z = layer.dense.forward(x)
            if layer.norm is not None and not layer.norm_after:
                z = self._norm(layer.norm, z, mode)
            if recorder is not None:
                recorder.pre_activation(index, z)
            layer.activation.training = mode == "train"
            x = layer.activation.forward(z)
            if recorder is not None:
                recorder.activation(index, x)  # batch norm and dropout below write new arrays
            if layer.norm is not None and layer.norm_after:
                x = self._norm(layer.norm, x.copy(), mode)  # the activation keeps its output
            if layer.dropout is not None:
                x = layer.dropout.forward(x, training=mode == "train")
        return self.output.forward(x)

    def _norm(self, norm: BatchNorm, z: np.ndarray, mode: Mode) -> np.ndarray:
        """Batch norm of `z` (overwritten) in `mode`."""
        if mode == "probe":
            return self._probe_norm(norm, z)
        return norm.forward(z, training=mode == "train")

    @staticmethod
    def _probe_norm(norm: BatchNorm, z: np.ndarray) -> np.ndarray:
        """Batch statistics without moving the running averages."""
        saved = norm.running_mean.copy(), norm.running_var.copy()
        out = norm.forward(z, training=True)
        norm.running_mean[...], norm.running_var[...] = saved
        return out

    def backward(self, dout: np.ndarray) -> None:
        """Fill every layer's gradients from d loss / d outputs."""
        grad = self.output.backward(dout)
        for index in range(len(self.layers) - 1, -1, -1):
            layer = self.layers[index]
            if layer.dropout is not None:
                grad = layer.dropout.backward(grad)
            if layer.norm is not None and layer.norm_after:
                grad = layer.norm.backward(grad)
            if self.recorder is not None:
                self.recorder.activation_grad(index, grad)
            grad = layer.activation.backward(grad)
            if layer.norm is not None and not layer.norm_after:
                grad = layer.norm.backward(grad)
            grad = layer.dense.backward(grad, need_input_grad=index > 0)

    def params(self) -> list[np.ndarray]:
        return [p for part in self._parts() for p in part.params()]

    def state_arrays(self) -> list[np.ndarray]:
        """Every array that decides the outputs: the parameters and batch norm's running
        averages (live references)."""
        norms = [layer.norm for layer in self.layers if layer.norm is not None]
        return self.params() + [a for n in norms for a in (n.running_mean, n.running_var)]

    def state(self) -> list[np.ndarray]:
        """A copy of `state_arrays`, to put back with `load_state`."""
        return [a.copy() for a in self.state_arrays()]

    def load_state(self, state: list[np.ndarray]) -> None:
        for array, saved in zip(self.state_arrays(), state, strict=True):
            array[...] = saved

    def grads(self) -> list[np.ndarray]:
        return [g for part in self._parts() for g in part.grads()]

    def dense_layers(self) -> list[Dense]:
        """Every Dense layer, hidden ones first, the output layer last."""
        return [layer.dense for layer in self.layers] + [self.output]

    def _parts(self) -> list:
        parts: list = []
        for layer in self.layers:
            parts.append(layer.dense)
            if layer.norm is not None:
                parts.append(layer.norm)
            parts.append(layer.activation)
        parts.append(self.output)
        return parts
