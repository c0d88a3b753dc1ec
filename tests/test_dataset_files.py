"""Datasets from users' files: CSV, NPZ, MNIST idx folders, and their errors."""

from __future__ import annotations

import gzip
import struct
from pathlib import Path

import numpy as np
import pytest
from helpers import dataset_arrays as arrays
from helpers import dataset_total as total

from visualizer.core.dataset_names import DATASETS
from visualizer.core.datasets import Dataset, DatasetError, load_dataset

MNIST = Path(__file__).resolve().parents[2] / "shared/data/mnist"
NAMES = DATASETS.names()


# ---- user files -----------------------------------------------------------------------


def write_table(path: Path, labels: list[str], header: str | None = None, sep: str = ",") -> Path:
    """Rows i, i², label: the first feature identifies the row."""
    lines = [header] if header else []
    lines += [sep.join([str(i), str(i * i), label]) for i, label in enumerate(labels)]
    path.write_text("\n".join(lines) + "\n")
    return path


def by_first_feature(data: Dataset) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(data.x_train[:, 0])
    return data.x_train[order], data.y_train[order]


def test_csv_with_header_classification(tmp_path: Path) -> None:
    path = write_table(tmp_path / "d.csv", ["7", "3"] * 10, header="a,b,label")
    data = load_dataset(str(path), test_fraction=0)
    assert data.name == str(path) and data.n_classes == 2
    x, y = by_first_feature(data)
    np.testing.assert_array_equal(x[:, 1], np.arange(20) ** 2)
    np.testing.assert_array_equal(y, [1, 0] * 10)


def test_csv_without_header_equals_with_header(tmp_path: Path) -> None:
    labels = ["1", "2", "5"] * 5
    plain = load_dataset(str(write_table(tmp_path / "a.csv", labels)), seed=2)
    headed = load_dataset(str(write_table(tmp_path / "b.csv", labels, header="p,q,r")), seed=2)
    for a, b in zip(arrays(plain), arrays(headed), strict=True):
        np.testing.assert_array_equal(a, b)
    assert plain.n_classes == 3 and len(plain.x_test) == 3


def test_csv_semicolons_blank_lines_and_samples_cap(tmp_path: Path) -> None:
    path = write_table(tmp_path / "d.csv", ["0", "1"] * 10, sep=";")
    path.write_text(path.read_text().replace("\n", "\n\n", 3))
    data = load_dataset(str(path), samples=12, test_fraction=0.25)
    assert total(data) == 12 and len(data.x_test) == 3 and data.n_features == 2


def test_csv_regression(tmp_path: Path) -> None:
    path = write_table(tmp_path / "r.csv", [f"{i / 7:.3f}" for i in range(15)], header="x,y,t")
    data = load_dataset(str(path), test_fraction=0)
    assert data.is_regression and data.n_outputs == 1 and data.y_train.dtype == np.float64
    x, y = data.x_train, data.y_train
    np.testing.assert_allclose(y[:, 0], np.round(x[:, 0] / 7, 3))


def test_csv_many_integer_values_is_regression(tmp_path: Path) -> None:
    path = write_table(tmp_path / "r.csv", [str(3 * i) for i in range(150)])
    assert load_dataset(str(path)).is_regression


def test_npz_classification_images_are_flattened(tmp_path: Path) -> None:
    x = np.arange(20 * 4, dtype=np.uint8).reshape(20, 2, 2)
    np.savez(tmp_path / "d.npz", x=x, y=np.array([[4], [9]] * 10))
    data = load_dataset(str(tmp_path / "d.npz"), test_fraction=0)
    assert data.n_features == 4 and data.n_classes == 2
    np.testing.assert_array_equal(data.y_train, (data.x_train[:, 0] % 8 == 4).astype(int))


def test_npz_regression_with_two_outputs(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    np.savez(tmp_path / "d.npz", x=rng.normal(size=(30, 3)), y=rng.normal(size=(30, 2)))
    data = load_dataset(str(tmp_path / "d.npz"))
    assert data.is_regression and data.n_outputs == 2 and data.y_test.shape == (6, 2)


# ---- MNIST idx files ------------------------------------------------------------------


def write_idx(path: Path, values: np.ndarray) -> None:
    header = bytes([0, 0, 8, values.ndim]) + struct.pack(f">{values.ndim}I", *values.shape)
    content = header + values.astype(np.uint8).tobytes()
    (gzip.open if path.suffix == ".gz" else open)(path, "wb").write(content)


def mnist_folder(tmp_path: Path, train: int = 30, test: int = 12) -> Path:
    """Images (n, 3, 4) whose first pixel is the index (t10k: 100 + index); labels 1..3."""
    for prefix, n, offset, gz in (("train", train, 0, ""), ("t10k", test, 100, ".gz")):
        if n:
            images = np.full((n, 3, 4), 255)
            images[:, 0, 0] = offset + np.arange(n)
            write_idx(tmp_path / f"{prefix}-images-idx3-ubyte{gz}", images)
            write_idx(tmp_path / f"{prefix}-labels-idx1-ubyte{gz}", 1 + np.arange(n) % 3)
    return tmp_path


def test_mnist_both_pairs_keep_their_split(tmp_path: Path) -> None:
    data = load_dataset(str(mnist_folder(tmp_path)), test_fraction=0.5)
    assert data.x_train.shape == (30, 12) and data.x_test.shape == (12, 12)
    assert data.n_classes == 3 and data.x_train[:, 1:].min() == 1
    first = np.round(data.x_train[:, 0] * 255).astype(int)
    assert sorted(first) == list(range(30))
    np.testing.assert_array_equal(data.y_train, first % 3)
    assert sorted(np.round(data.x_test[:, 0] * 255)) == list(range(100, 112))


def test_mnist_samples_caps_train_and_test_in_proportion(tmp_path: Path) -> None:
    data = load_dataset(str(mnist_folder(tmp_path)), samples=15)
    assert len(data.x_train) == 15 and len(data.x_test) == 6


def test_mnist_single_pair_is_split_by_test_fraction(tmp_path: Path) -> None:
    data = load_dataset(str(mnist_folder(tmp_path, test=0)), test_fraction=0.2, seed=1)
    assert len(data.x_train) == 24 and len(data.x_test) == 6
    again = load_dataset(str(mnist_folder(tmp_path, test=0)), test_fraction=0.2, seed=1)
    np.testing.assert_array_equal(data.x_test, again.x_test)


needs_mnist = pytest.mark.skipif(not MNIST.is_dir(), reason=f"no MNIST files at {MNIST}")


@needs_mnist
def test_real_mnist_test_set() -> None:
    data = load_dataset(str(MNIST), test_fraction=0.2)
    assert total(data) == 10_000 and len(data.x_test) == 2000
    assert data.n_features == 784 and data.n_classes == 10
    assert data.x_train.min() == 0 and data.x_train.max() == 1
    assert set(np.unique(data.y_test)) == set(range(10))


@needs_mnist
def test_real_mnist_samples_cap() -> None:
    data = load_dataset(str(MNIST), samples=1000, test_fraction=0.25, seed=5)
    assert len(data.x_train) == 750 and len(data.x_test) == 250
    np.testing.assert_array_equal(
        data.y_train, load_dataset(str(MNIST), samples=1000, test_fraction=0.25, seed=5).y_train
    )


# ---- errors: one line naming the file and what is wrong --------------------------------


def csv_file(text: str | bytes):
    def make(tmp: Path) -> str:
        path = tmp / "d.csv"
        (path.write_bytes if isinstance(text, bytes) else path.write_text)(text)
        return str(path)

    return make


def npz_file(**content: np.ndarray):
    def make(tmp: Path) -> str:
        np.savez(tmp / "d.npz", **content)
        return str(tmp / "d.npz")

    return make


def raw_file(name: str, content: bytes, *, give_folder: bool = False):
    def make(tmp: Path) -> str:
        (tmp / name).write_bytes(content)
        return str(tmp if give_folder else tmp / name)

    return make


def idx_folder(images: bytes, labels: np.ndarray | None = None):
    def make(tmp: Path) -> str:
        (tmp / "train-images-idx3-ubyte").write_bytes(images)
        write_idx(tmp / "train-labels-idx1-ubyte", np.arange(20) if labels is None else labels)
        return str(tmp)

    return make


def npy_as_npz(path: Path) -> str:
    with path.open("wb") as file:
        np.save(file, np.zeros(12))
    return str(path)


ROWS = "".join(f"{i},{i % 2}\n" for i in range(12))
IMAGES = bytes([0, 0, 8, 3]) + struct.pack(">3I", 20, 2, 2) + bytes(80)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp: str(tmp / "nope.csv"), "no such file"),
        (lambda tmp: str(tmp / "missing") + "/", "no such file or folder"),
        (raw_file("d.txt", b"1,2\n"), "unsupported file type '.txt'"),
        (csv_file(b"\xff\xfe\x00\x01binary"), "cannot read"),
        (csv_file(""), "empty"),
        (csv_file("a,b\n"), "no data rows"),
        (csv_file(ROWS.replace("3,1", "3,abc")), "row 4, column 2: 'abc' is not a number"),
        (csv_file(ROWS.replace("5,1", ",1")), "row 6, column 1 is empty"),
        (csv_file(ROWS.replace("5,1", "nan,1")), "row 6, column 1: 'nan' is not a finite number"),
        (csv_file(ROWS.replace("2,0", "2,0,9")), "row 3 has 3 columns, expected 2"),
        (csv_file("1\n" * 12), "at least 2 columns"),
        (csv_file(ROWS[:20]), "only 5 samples; at least 10"),
        (csv_file("".join(f"{i},4\n" for i in range(12))), "every label is 4"),
        (raw_file("d.npz", b"not a zip"), "not a valid .npz"),
        (raw_file("d.npz", b"\x93NUMPY\x01\x00"), "not a valid .npz"),
        (lambda tmp: npy_as_npz(tmp / "d.npz"), "holds a single array"),
        (npz_file(x=np.zeros((12, 2))), "no array 'y' (found: x)"),
        (npz_file(a=np.zeros(3)), "no array 'x' or 'y'"),
        (npz_file(x=np.zeros((12, 2)), y=np.zeros(11)), "x has 12 samples but y has 11"),
        (npz_file(x=np.array(["a"] * 12), y=np.zeros(12)), "x must be a numeric array"),
        (npz_file(x=np.full((12, 2), np.inf), y=np.zeros(12)), "x contains NaN or infinite"),
        (idx_folder(b"\x00\x00\x08\x01" + IMAGES[4:]), "bad idx magic number 0x00000801"),
        (idx_folder(IMAGES[:-1]), "truncated idx file"),
        (idx_folder(IMAGES[:10]), "truncated idx file"),
        (idx_folder(IMAGES, np.arange(19)), "20 images but 19 labels"),
        (idx_folder(IMAGES[:4] + struct.pack(">3I", 5, 2, 2) + bytes(20), np.arange(5)), "only 5"),
        (
            raw_file("t10k-images-idx3-ubyte.gz", gzip.compress(IMAGES), give_folder=True),
            "has t10k-images-idx3-ubyte but not t10k-labels-idx1-ubyte",
        ),
        (raw_file("README", b"hi", give_folder=True), "no MNIST idx files; expected"),
    ],
)
def test_file_errors(tmp_path: Path, make, words: str) -> None:
    target = make(tmp_path)
    with pytest.raises(DatasetError) as caught:
        load_dataset(target)
    message = str(caught.value)
    assert words in message and str(Path(target)) in message and "\n" not in message


def test_truncated_gzip_idx(tmp_path: Path) -> None:
    (tmp_path / "t10k-images-idx3-ubyte.gz").write_bytes(gzip.compress(IMAGES)[:-8])
    write_idx(tmp_path / "t10k-labels-idx1-ubyte", np.arange(20))
    with pytest.raises(DatasetError, match=r"t10k-images-idx3-ubyte\.gz: truncated"):
        load_dataset(str(tmp_path))


def test_mnist_folder_error_lists_expected_files(tmp_path: Path) -> None:
    with pytest.raises(DatasetError) as caught:
        load_dataset(str(tmp_path))
    for name in ("train-images", "train-labels", "t10k-images-idx3-ubyte[.gz]", "t10k-labels"):
        assert name in str(caught.value)


def test_unknown_name_lists_builtins_and_paths() -> None:
    with pytest.raises(DatasetError) as caught:
        load_dataset("nope")
    message = str(caught.value)
    assert "unknown dataset 'nope'" in message and ".csv" in message and "MNIST" in message
    assert all(name in message for name in NAMES)


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"samples": 5}, "samples must be at least 10"),
        ({"noise": -0.1}, "noise must be >= 0"),
        ({"test_fraction": 1.0}, "test_fraction must be in [0, 1)"),
        ({"input_dim": 0}, "input_dim must be at least 1"),
        ({"samples": 10, "test_fraction": 0.96}, "leaves no training samples"),
    ],
)
def test_argument_errors(options: dict, words: str) -> None:
    with pytest.raises(DatasetError) as caught:
        load_dataset("spiral", **options)
    assert words in str(caught.value)
