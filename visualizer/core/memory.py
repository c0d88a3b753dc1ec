"""How much memory a configuration needs, checked against what the machine has before
anything is allocated, so a too-large run is one line instead of a MemoryError.

The estimate follows what the trainer allocates (b = bytes per value of `dtype`):
data: the float64 set as generated or read and its split copy (the generation peak), the
preprocessed copy with its temporary, and the dtype copy;
model: weights, gradients, optimizer state and scratch, the copy a recorded step keeps;
passes: the arrays every hidden layer keeps from one pass of the largest row count among a
training batch, the probe batch (up to 1000 samples) and an evaluation chunk.
"""

from __future__ import annotations

import gzip
import math
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import activations, dataset_names, optimizers
from .config import Config, ConfigError
from .datafiles import MNIST_PAIRS, npy_header
from .sizes import DECISION_RESOLUTION, EVAL_CHUNK, PROBE_SAMPLES
from .timeline import STATE_BUDGET, capacity_for

GUESSED_OUTPUTS = 10  # output units when a file's labels are not read ahead
CSV_SAMPLE_BYTES = 1 << 16
BOOKKEEPING = 16 << 20  # Python objects, histories and frames around the arrays
GIB = 1 << 30


class MemoryLimitError(ConfigError):
    """A configuration that needs more memory than the machine has available."""


@dataclass(frozen=True)
class DataShape:
    """What loading a dataset holds: `raw_bytes` while reading or generating it, then
    `rows` x `features` float64 values (before the split), and the output units."""

    raw_bytes: int
    rows: int
    features: int
    outputs: int


def estimate_bytes(config: Config) -> int:
    """Peak bytes one trainer of `config` allocates: the larger of loading the data and
    the data, model and one pass's arrays held together."""
    shape = data_shape(config)
    used = min(config.samples or shape.rows, shape.rows)
    itemsize = np.dtype(config.dtype).itemsize
    labels = 24 * shape.rows  # int64 as generated or read, their split copy and codes
    values = used * shape.features
    loading = shape.raw_bytes + 8 * values + labels  # generated, then split: both at once
    preprocessed = config.preprocess != "none"
    # centring or standardizing: the split set, (x - mean) and its quotient, all float64
    preprocessing = 24 * values * preprocessed
    if config.preprocess in ("pca", "whiten"):  # covariance, eigenvectors, the matrix
        preprocessing += 8 * 3 * shape.features**2
    kept = (8 + 8 * preprocessed + itemsize) * values  # the float64 sets and the dtype copy
    training = kept + _training_bytes(config, shape, used, itemsize) + record_bytes(config)
    return BOOKKEEPING + max(loading, preprocessing, training)


def record_bytes(config: Config) -> int:
    """What a long run's record holds when full (core/timeline.py): the timeline's layer
    statistics and the kept network states."""
    per_layer = 32 * config.bins + 170  # counts, ranges, scalars and the over-time shares
    timeline = capacity_for(config.depth) * (config.depth * per_layer + 600)
    return timeline + STATE_BUDGET


def _training_bytes(config: Config, shape: DataShape, used: int, itemsize: int) -> int:
    """Model state plus the arrays of the largest pass, in bytes."""

    held, pieces = _activation_arrays(config)
    units = config.width * pieces
    weights = [shape.features * units] + [config.width * units] * (config.depth - 1)
    output = config.width * shape.outputs
    vectors = config.depth * units * (5 if config.batch_norm else 1) + shape.outputs
    params = sum(weights) + output + vectors
    optimizer = optimizers.get(config.optimizer)
    scratch = optimizer.work * (len(set(weights)) * max(weights) + output)
    recorded_copy = sum(weights)  # a recorded step keeps the weights to measure updates
    model = (2 + optimizer.slots) * params + scratch + recorded_copy
    test_rows = round(used * config.test_fraction)
    batch_rows = max(1, min(config.batch_size, used - test_rows))
    probe_rows = min(used - test_rows, PROBE_SAMPLES)
    eval_rows = max(
        min(EVAL_CHUNK, max(test_rows, probe_rows)), DECISION_RESOLUTION**2 * (shape.features == 2)
    )
    after = config.batch_norm_position == "after"  # batch norm then works on a copy of a
    kept = 1 + config.batch_norm * (1 + after) + held  # z, batch norm's, the activation's
    per_layer = max(
        batch_rows * (kept + 2 + 2 * (config.dropout > 0)),  # + taps, dropout mask and output
        probe_rows * (kept + 2),  # + taps
        eval_rows * kept,
    )
    backward = 2 * max(batch_rows, probe_rows) * units
    inputs = (batch_rows + probe_rows) * shape.features
    passes = config.depth * per_layer * units + backward + inputs
    statistics = 8 * 3 * probe_rows * units + 8 * max(weights)  # float64 temporaries
    return itemsize * (model + passes) + statistics


def _activation_arrays(config: Config) -> tuple[float, int]:
    """(arrays the activation holds after a forward pass, counted in copies of its input:
    its output unless computed in place, plus what it keeps for backward; its pieces per
    unit). Measured on a two-row pass, so every activation's own caching counts."""
    activation = activations.create(config.activation, config.activation_alpha, config.width)
    z = np.linspace(-3.0, 3.0, 2 * config.width * activation.pieces).reshape(2, -1)
    held: list[np.ndarray] = []
    for array in (activation.forward(z), *vars(activation).values()):
        batch_sized = isinstance(array, np.ndarray) and array.ndim == 2 and len(array) == 2
        if batch_sized and not any(np.shares_memory(array, seen) for seen in [z, *held]):
            held.append(array)
    return sum(array.nbytes for array in held) / z.nbytes, activation.pieces


def data_shape(config: Config) -> DataShape:
    """The dataset's size, from the generator's shape or a file's header; zero when a
    file cannot be sized (reading it will then say what is wrong)."""
    if not dataset_names.is_path(config.dataset):
        spec = dataset_names.DATASETS.get(config.dataset)
        rows, features = spec.shape(config.samples or spec.default_samples, config.input_dim)
        return DataShape(8 * rows * features, rows, features, spec.n_classes or 1)
    path = Path(str(config.dataset).strip()).expanduser()
    try:
        if path.is_dir():
            return _mnist_shape(path)
        reader = {".csv": _csv_shape, ".npz": _npz_shape}.get(path.suffix.lower())
        return reader(path) if reader else DataShape(0, 0, 0, 1)
    except (OSError, ValueError, EOFError, zipfile.BadZipFile):
        return DataShape(0, 0, 0, 1)


def _csv_shape(path: Path) -> DataShape:
    """Columns from the first line; rows counted in a small file, else the file size over
    the mean line length of its first and last 64 KiB. The reader holds every value as
    float64."""
    size = path.stat().st_size
    with path.open("rb") as file:
        head = file.read(CSV_SAMPLE_BYTES)
        file.seek(max(0, size - CSV_SAMPLE_BYTES))
        tail = file.read(CSV_SAMPLE_BYTES)
    lines = [line for line in head.splitlines() if line.strip()]
    if not lines:
        return DataShape(0, 0, 0, 1)
    first = lines[0].decode("utf-8", "replace")
    columns = first.count(max(",;\t", key=first.count)) + 1
    if size <= CSV_SAMPLE_BYTES:
        rows = len(lines)
    else:
        sampled = head[: head.rfind(b"\n") + 1] + tail[tail.find(b"\n") + 1 :]
        rows = math.ceil(size * sampled.count(b"\n") / max(1, len(sampled)))
    return DataShape(8 * rows * columns, rows, max(1, columns - 1), GUESSED_OUTPUTS)


def _npz_shape(path: Path) -> DataShape:
    """Shapes and dtypes from the .npy headers of `x` and `y`; a non-float64 `x` is read
    as stored, then converted."""
    with zipfile.ZipFile(path) as archive:
        x, y = npy_header(archive, "x.npy"), npy_header(archive, "y.npy")
    if x is None or not x[0]:
        return DataShape(0, 0, 0, 1)
    (rows, *rest), dtype = x
    features = math.prod(rest)
    stored = rows * features * dtype.itemsize
    outputs = math.prod(y[0][1:]) if y is not None and len(y[0]) > 1 else GUESSED_OUTPUTS
    converted = 0 if dtype == "float64" else 8 * rows * features
    return DataShape(stored + converted, rows, features, outputs)


def _mnist_shape(folder: Path) -> DataShape:
    """Image counts and sizes from the idx headers; a gzipped file is held twice while read."""
    rows = raw = features = 0
    for images, _ in MNIST_PAIRS:
        for path in (folder / images, folder / f"{images}.gz"):
            if path.is_file():
                opener = gzip.open if path.suffix == ".gz" else open
                with opener(path, "rb") as file:
                    header = file.read(16)
                count, height, width = (
                    int.from_bytes(header[i : i + 4], "big") for i in (4, 8, 12)
                )
                rows, features = rows + count, height * width
                raw += count * features * (2 if path.suffix == ".gz" else 1)
                break
    return DataShape(raw, rows, features, GUESSED_OUTPUTS)


def available_bytes() -> int | None:
    """Memory the machine can give without swapping (MemAvailable from /proc/meminfo, else
    free pages from sysconf), or less when an address-space limit (`ulimit -v`, inherited
    by the training process) leaves less room; None when nothing is known."""
    known = [v for v in (_machine_available(), _address_space_left()) if v is not None]
    return min(known) if known else None


def _machine_available() -> int | None:
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def _address_space_left() -> int | None:
    """RLIMIT_AS less this process's mapped size (VmSize): what one more allocation may
    map; None without a limit (or where it cannot be read)."""
    try:
        import resource

        limit = resource.getrlimit(resource.RLIMIT_AS)[0]
        if limit == resource.RLIM_INFINITY:
            return None
        with open("/proc/self/status") as status:
            sizes = [line.split()[1] for line in status if line.startswith("VmSize:")]
        mapped = int(sizes[0]) * 1024
    except (ImportError, OSError, ValueError, IndexError):
        return None
    return max(0, limit - mapped)


def ensure_fits(configs: Sequence[Config]) -> None:
    """Raise MemoryLimitError when the configurations together (trained in one process)
    need more memory than is available; the sum is generous, as their loading peaks do
    not overlap."""
    needed = sum(estimate_bytes(config) for config in configs)
    available = available_bytes()
    if available is None or needed <= available:
        return
    many = len(configs) > 1
    what = f"these {len(configs)} configurations need" if many else "this configuration needs"
    raise MemoryLimitError(
        f"{what} about {format_bytes(needed)} of memory but the machine has "
        f"{format_bytes(available)} available; lower samples, input_dim, width, depth or "
        "batch_size"
    )


def out_of_memory(error: MemoryError) -> str:
    """One line for a MemoryError that got past the estimate."""
    detail = str(error).strip().splitlines()[0] if str(error).strip() else "no details"
    return f"out of memory ({detail}); lower samples, input_dim, width, depth or batch_size"


def format_bytes(count: float) -> str:
    """Bytes as '1.5 GiB' or '305 GiB' from 1 GiB up, else whole MiB."""
    if count >= GIB:
        return f"{count / GIB:.3g} GiB" if count < 10 * GIB else f"{count / GIB:.0f} GiB"
    return f"{max(1, round(count / (1 << 20)))} MiB"
