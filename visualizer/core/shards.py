"""A minibatch trained in parts at once, one thread per part (docs/DESIGN.md, "Threads").

Part i of the batch (contiguous rows) goes through replica i of the network: the same
parameter arrays, its own caches and gradients (part 0 uses the network itself). Each
part's output gradient is scaled by its share of the batch, n_i / n, so that the parts'
gradients, summed into the network's, are the full batch's gradient of the mean loss:
dL/dW = sum_i (n_i / n) dL_i/dW. NumPy releases the interpreter lock in the matrix
products and element-wise kernels, so with one BLAS thread per part the parts run on
separate cores; on 2 cores two halves ran a depth-10 x 256 step 2.0x as fast as one
thread, where OpenBLAS's own two threads gained 1.6x.

Only networks whose training pass treats samples independently and draws no random
numbers are split (no batch norm, dropout or randomized slopes): their parts compute
exactly the rows the whole batch would. The sum's rounding differs from the whole
batch's, so a seed reproduces a run exactly for a given number of parts.
"""

from __future__ import annotations

import copy
import itertools
import math
from concurrent.futures import ThreadPoolExecutor
from functools import cache

import numpy as np

from .losses import Loss
from .network import Network, Recorder

PartRecorders = list[Recorder | None]


def splittable(network: Network) -> bool:
    """Whether the network's training pass can run in parts (see the module docstring)."""
    return all(
        layer.norm is None and layer.dropout is None and not hasattr(layer.activation, "rng")
        for layer in network.layers
    )


@cache
def _pool(workers: int) -> ThreadPoolExecutor:
    """The threads of this process that train parts 1.. (shared by every trainer)."""
    return ThreadPoolExecutor(workers, thread_name_prefix="visualizer-part")


class Shards:
    """Trains `network` on minibatches split into `parts` parts (see the module docstring)."""

    def __init__(self, network: Network, loss: Loss, parts: int) -> None:
        self.network, self.parts = network, parts
        shared = {id(p): p for p in network.params()}
        self.replicas = [(network, loss)] + [
            (copy.deepcopy(network, dict(shared)), copy.deepcopy(loss)) for _ in range(parts - 1)
        ]

    def bounds(self, batch: int) -> list[tuple[int, int]]:
        """The rows (start, stop) of each part of a batch of `batch` samples."""
        edges = [math.floor(batch * i / self.parts) for i in range(self.parts + 1)]
        return list(itertools.pairwise(edges))

    def train(
        self, x: np.ndarray, y: np.ndarray, recorders: PartRecorders
    ) -> tuple[float, np.ndarray]:
        """Forward and backward of the batch (x, y) in parts: the network's gradients are
        the batch's. Returns the batch's mean loss and its outputs (logits)."""
        bounds = self.bounds(len(x))
        jobs = [
            _pool(self.parts - 1).submit(self._part, i, x, y, bounds[i], recorders[i])
            for i in range(1, self.parts)
        ]
        results = [self._part(0, x, y, bounds[0], recorders[0])]
        results += [job.result() for job in jobs]
        for network, _ in self.replicas[1:]:
            for total, part in zip(self.network.grads(), network.grads(), strict=True):
                total += part
        loss = sum(
            part_loss * (stop - start)
            for (part_loss, _), (start, stop) in zip(results, bounds, strict=True)
        ) / len(x)
        return loss, np.concatenate([outputs for _, outputs in results])

    def _part(
        self,
        index: int,
        x: np.ndarray,
        y: np.ndarray,
        rows: tuple[int, int],
        recorder: Recorder | None,
    ) -> tuple[float, np.ndarray]:
        network, loss = self.replicas[index]
        start, stop = rows
        outputs = network.forward(x[start:stop], "train", recorder)
        value = loss.forward(outputs, y[start:stop])
        gradient = loss.backward()
        gradient *= (stop - start) / len(x)
        network.backward(gradient)
        return value, outputs
