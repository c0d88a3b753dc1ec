"""Readers for a user's own data: a .csv file, an .npz file, or a folder of MNIST idx files."""

from __future__ import annotations

import csv
import gzip
import math
import struct
import zipfile
from array import array
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MIN_SAMPLES = 10
MAX_CLASSES = 100
FLOAT32_MAX = float(np.finfo(np.float32).max)
MNIST_PAIRS = (
    ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
)


class DatasetError(ValueError):
    """A dataset that cannot be made or read; the message is one line for the user."""


@dataclass(frozen=True, eq=False)
class FileData:
    """Arrays read from a file: one (x, y) part, or (train, test) parts from an MNIST folder."""

    parts: list[tuple[np.ndarray, np.ndarray]]
    n_classes: int  # 0 = regression
    divisor: float  # features = x / divisor


def read_data(path: Path) -> FileData:
    """Read a .csv or .npz file, or an MNIST folder; labels encoded by `encode_labels`."""
    if path.is_dir():
        return _read_mnist(path)
    if not path.exists():
        raise DatasetError(f"{path}: no such file or folder")
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".npz"):
        raise DatasetError(
            f"{path}: unsupported file type {suffix or '(none)'!r}; "
            "use a .csv file, an .npz file or a folder of MNIST idx files"
        )
    x, y = _read_csv(path) if suffix == ".csv" else _read_npz(path)
    x, y = _checked(x, y, path)
    labels, n_classes = encode_labels(y, path)
    return FileData([(x, labels)], n_classes, 1.0)


def encode_labels(y: np.ndarray, path: Path) -> tuple[np.ndarray, int]:
    """Integer labels (at most MAX_CLASSES values) -> codes 0..K-1 in sorted order, K;
    anything else -> float regression targets of shape (N, outputs), 0."""
    column = y.reshape(len(y), -1)
    if column.shape[1] == 1 and np.array_equal(column, np.round(column)):
        classes, codes = np.unique(column[:, 0], return_inverse=True)
        if len(classes) == 1:
            raise DatasetError(f"{path}: every label is {classes[0]:g}; at least 2 classes needed")
        if len(classes) <= MAX_CLASSES:
            return codes.astype(np.int64), len(classes)
    return column.astype(np.float64), 0


def _checked(x: np.ndarray, y: np.ndarray, path: Path) -> tuple[np.ndarray, np.ndarray]:
    """x as float (N, features), y as float; real, finite, matching and long enough.
    Every value must fit in float32 (|v| <= 3.4e38), the default training dtype, so a file
    that loads trains in either dtype instead of overflowing on the first step."""
    for key, values in (("x", x), ("y", y)):
        if values.ndim == 0:
            raise DatasetError(
                f"{path}: {key} is a single value (a 0-d array); it needs one row per sample"
            )
        if np.iscomplexobj(values):
            raise DatasetError(f"{path}: {key} holds complex numbers; only real ones are supported")
        if not (np.issubdtype(values.dtype, np.number) or values.dtype == bool):
            raise DatasetError(f"{path}: {key} must be a numeric array (got {values.dtype})")
        if not np.all(np.isfinite(values)):
            raise DatasetError(f"{path}: {key} contains NaN or infinite values")
        largest = max(float(values.max()), -float(values.min())) if values.size else 0.0
        if largest > FLOAT32_MAX:
            raise DatasetError(
                f"{path}: {key} holds values as large as {largest:.3g}, beyond float32's range "
                f"(±{FLOAT32_MAX:.3g}); rescale the data"
            )
    if len(x) != len(y):
        raise DatasetError(f"{path}: x has {len(x)} samples but y has {len(y)}")
    if len(x) < MIN_SAMPLES:
        raise DatasetError(f"{path}: only {len(x)} samples; at least {MIN_SAMPLES} needed")
    return x.reshape(len(x), -1).astype(np.float64, copy=False), y.astype(np.float64, copy=False)


def _number(cell: str) -> float | None:
    """The cell as a float (NaN and infinities included), or None if it is not a number."""
    try:
        return float(cell)
    except ValueError:
        return None


def _numbers(row: list[str]) -> list[float] | None:
    """The row's cells as finite floats, or None if any cell is not one."""
    values = [_number(cell) for cell in row]
    return values if all(v is not None and math.isfinite(v) for v in values) else None


def _is_header(row: list[str]) -> bool:
    """A header row has a cell that is neither empty nor a number."""
    return any(cell.strip() and _number(cell) is None for cell in row)


def _bad_cell(path: Path, line: int, row: list[str]) -> DatasetError:
    """The error for the first cell of `row` that is empty, not a number, or not finite."""
    for column, cell in enumerate(row, 1):
        value = _number(cell)
        where = f"{path}: row {line}, column {column}"
        if not cell.strip():
            return DatasetError(f"{where} is empty")
        if value is None:
            return DatasetError(f"{where}: {cell.strip()!r} is not a number")
        if not math.isfinite(value):
            return DatasetError(f"{where}: {cell.strip()!r} is not a finite number")
    raise AssertionError("every cell is a finite number")


def _read_csv(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Features then the label in the last column; a first row with a cell that is neither
    empty nor a number is a header. The delimiter is whichever of , ; tab the first line
    holds most."""
    values, width, rows, header = array("d"), 0, 0, False
    try:
        with path.open(newline="", encoding="utf-8-sig") as file:
            delimiter = max(",;\t", key=file.readline().count)
            file.seek(0)
            reader = csv.reader(file, delimiter=delimiter)
            for row in reader:
                if not any(cell.strip() for cell in row):
                    continue
                if width and len(row) != width:
                    raise DatasetError(
                        f"{path}: row {reader.line_num} has {len(row)} columns, expected {width}"
                    )
                width = len(row)
                numbers = _numbers(row)
                if numbers is None and not header and rows == 0 and _is_header(row):
                    header = True
                    continue
                if numbers is None:
                    raise _bad_cell(path, reader.line_num, row)
                values.extend(numbers)
                rows += 1
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DatasetError(f"{path}: cannot read it as a text CSV file ({exc})") from None
    if rows == 0:
        raise DatasetError(f"{path}: {'no data rows after the header' if header else 'empty'}")
    if width < 2:
        raise DatasetError(f"{path}: needs at least 2 columns (features, then the label)")
    table = np.frombuffer(values, dtype=np.float64).reshape(rows, width)
    return table[:, :-1], table[:, -1]


def _read_npz(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Arrays `x` (samples first) and `y` of an .npz archive."""
    try:
        archive = np.load(path, allow_pickle=False)
        if not isinstance(archive, np.lib.npyio.NpzFile):
            raise DatasetError(f"{path}: holds a single array, not an archive with 'x' and 'y'")
        with archive:
            missing = [key for key in ("x", "y") if key not in archive.files]
            if missing:
                found = ", ".join(archive.files) or "nothing"
                raise DatasetError(
                    f"{path}: no array {' or '.join(map(repr, missing))} (found: {found}); "
                    "an .npz file needs arrays 'x' (features) and 'y' (labels)"
                )
            for key in ("x", "y"):
                header = npy_header(archive.zip, f"{key}.npy")
                if header is not None and header[1].hasobject:
                    raise DatasetError(
                        f"{path}: {key!r} is an object array (Python objects); object arrays "
                        "are not supported, save plain numeric arrays"
                    )
            return archive["x"], archive["y"]
    except DatasetError:
        raise
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read it ({exc})") from None
    except (ValueError, EOFError, zipfile.BadZipFile):
        raise DatasetError(
            f"{path}: not a valid .npz archive (damaged, or another format)"
        ) from None


def npy_header(archive: zipfile.ZipFile, name: str) -> tuple[tuple[int, ...], np.dtype] | None:
    """(shape, dtype) from the header of the .npy member `name`, without reading its data;
    None when the header is not a readable version 1 or 2 one."""
    readers = {
        (1, 0): np.lib.format.read_array_header_1_0,
        (2, 0): np.lib.format.read_array_header_2_0,
    }
    try:
        with archive.open(name) as member:
            reader = readers.get(np.lib.format.read_magic(member))
            if reader is None:
                return None
            shape, _, dtype = reader(member)
    except (KeyError, ValueError, OSError, EOFError, zipfile.BadZipFile):
        return None
    return shape, dtype


def read_idx(path: Path, ndim: int) -> np.ndarray:
    """An idx array of unsigned bytes, gzipped or not: magic 0x00 0x00 0x08 ndim,
    then ndim big-endian uint32 sizes, then the data."""
    try:
        with (gzip.open if path.suffix == ".gz" else open)(path, "rb") as file:
            data = file.read()
    except EOFError:
        raise DatasetError(f"{path}: truncated gzip file") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read it ({exc})") from None
    if len(data) < 4 or int.from_bytes(data[:4], "big") != 0x800 + ndim:
        raise DatasetError(
            f"{path}: bad idx magic number 0x{data[:4].hex()}, expected 0x{0x800 + ndim:08x}"
        )
    start = 4 + 4 * ndim
    shape = struct.unpack(f">{ndim}I", data[4:start]) if len(data) >= start else None
    if shape is None or len(data) < start + math.prod(shape):
        raise DatasetError(f"{path}: truncated idx file (only {len(data)} bytes)")
    return np.frombuffer(data, dtype=np.uint8, count=math.prod(shape), offset=start).reshape(shape)


def _read_mnist(folder: Path) -> FileData:
    """The train and/or t10k pairs of an MNIST folder: images flattened, labels encoded."""
    parts = []
    for names in MNIST_PAIRS:
        found = [_find(folder, name) for name in names]
        if found == [None, None]:
            continue
        if None in found:
            have, lack = (names[0], names[1]) if found[0] else (names[1], names[0])
            raise DatasetError(f"{folder}: has {have} but not {lack}[.gz]")
        images, labels = read_idx(found[0], 3), read_idx(found[1], 1)
        if len(images) != len(labels):
            raise DatasetError(f"{folder}: {len(images)} images but {len(labels)} labels")
        parts.append((images.reshape(len(images), -1), labels))
    if not parts:
        expected = " and/or ".join(
            " + ".join(f"{name}[.gz]" for name in pair) for pair in MNIST_PAIRS
        )
        raise DatasetError(f"{folder}: no MNIST idx files; expected {expected}")
    count = sum(len(x) for x, _ in parts)
    if count < MIN_SAMPLES:
        raise DatasetError(f"{folder}: only {count} samples; at least {MIN_SAMPLES} needed")
    codes, n_classes = encode_labels(np.concatenate([y for _, y in parts]), folder)
    ys = np.split(codes, [len(parts[0][1])])[: len(parts)]
    return FileData([(x, y) for (x, _), y in zip(parts, ys, strict=True)], n_classes, 255.0)


def _find(folder: Path, name: str) -> Path | None:
    """`folder/name` or `folder/name.gz`, whichever is a file."""
    return next((p for p in (folder / name, folder / f"{name}.gz") if p.is_file()), None)
