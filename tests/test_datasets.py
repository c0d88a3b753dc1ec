"""Datasets: every built-in, the bundled digits, CSV/NPZ/MNIST files and their errors."""

from __future__ import annotations

import gzip
import struct
from pathlib import Path

import numpy as np
import pytest

from visualizer.core.dataset_names import DATASETS, default_noise, default_samples, is_path
from visualizer.core.datasets import GENERATORS, Dataset, DatasetError, load_dataset
from visualizer.core.resources import resource_path

MNIST = Path(__file__).resolve().parents[2] / "shared/data/mnist"
NAMES = DATASETS.names()
FEATURES = {"gaussian": 7, "sine": 1, "digits": 64}


def arrays(data: Dataset) -> list[np.ndarray]:
    return [data.x_train, data.y_train, data.x_test, data.y_test]


def total(data: Dataset) -> int:
    return len(data.x_train) + len(data.x_test)


# ---- every built-in -------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_builtin_shapes_dtypes_and_labels(name: str) -> None:
    data = load_dataset(name, input_dim=7)
    spec = DATASETS.get(name)
    assert data.name == name and data.n_classes == spec.n_classes
    assert total(data) == default_samples(name) == spec.default_samples
    assert data.n_features == FEATURES.get(name, 2) == data.x_test.shape[1]
    assert data.is_2d == (data.n_features == 2)
    for x in (data.x_train, data.x_test):
        assert x.dtype == np.float64 and x.ndim == 2 and np.all(np.isfinite(x))
    if data.is_regression:
        assert data.y_train.dtype == np.float64 and data.y_train.shape == (len(data.x_train), 1)
        assert data.n_outputs == 1 and np.all(np.isfinite(data.y_train))
    else:
        assert data.y_train.dtype == data.y_test.dtype == np.int64
        assert data.y_train.shape == (len(data.x_train),)
        assert data.n_outputs == data.n_classes
        assert set(np.unique(data.y_train)) == set(range(data.n_classes))
        assert data.y_test.min() >= 0 and data.y_test.max() < data.n_classes


@pytest.mark.parametrize("name", NAMES)
def test_builtin_is_deterministic_in_seed(name: str) -> None:
    first, again = (load_dataset(name, input_dim=5, seed=3) for _ in range(2))
    for a, b in zip(arrays(first), arrays(again), strict=True):
        np.testing.assert_array_equal(a, b)
    other = load_dataset(name, input_dim=5, seed=4)
    assert not np.array_equal(first.x_train, other.x_train)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("fraction", [0.0, 0.25, 0.5])
def test_builtin_respects_test_fraction(name: str, fraction: float) -> None:
    data = load_dataset(name, samples=120, input_dim=5, test_fraction=fraction)
    assert total(data) == 120 and len(data.x_test) == round(fraction * 120)
    assert len(data.y_test) == len(data.x_test)
    if fraction == 0:
        assert data.x_test.shape == (0, data.n_features)
        assert data.y_test.shape == ((0, 1) if data.is_regression else (0,))


@pytest.mark.parametrize("name", NAMES)
def test_builtin_noise_default_and_scale(name: str) -> None:
    default = load_dataset(name, input_dim=5)
    explicit = load_dataset(name, input_dim=5, noise=default_noise(name))
    np.testing.assert_array_equal(default.x_train, explicit.x_train)
    quiet = load_dataset(name, input_dim=5, noise=0.0)
    ignores_noise = name in ("gaussian", "digits")
    changed = not np.array_equal(quiet.x_train, default.x_train) or not np.array_equal(
        quiet.y_train, default.y_train
    )
    assert changed != ignores_noise
    if default.is_2d:
        assert np.abs(default.x_train).max() < 4
        assert np.all((default.x_train.std(axis=0) > 0.5) & (default.x_train.std(axis=0) < 2))


@pytest.mark.parametrize("name", NAMES)
def test_builtin_has_a_one_line_title(name: str) -> None:
    title = DATASETS.get(name).title
    assert title and "\n" not in title


def test_defaults_of_named_builtins() -> None:
    assert default_samples("gaussian") == 1000 and default_samples("digits") == 1797
    assert default_noise("spiral") == pytest.approx(0.2)
    assert default_noise("Moons") == pytest.approx(0.1)
    with pytest.raises(ValueError, match="unknown dataset"):
        default_samples("nope")


def test_every_named_dataset_has_its_generator() -> None:
    assert list(GENERATORS) == DATASETS.names()


def test_gaussian_is_a_standard_normal_probe() -> None:
    data = load_dataset("gaussian", input_dim=30, test_fraction=0)
    assert data.x_train.shape == (1000, 30)
    assert abs(data.x_train.mean()) < 0.05 and abs(data.x_train.std() - 1) < 0.05
    assert data.n_classes == 10


def test_sine_without_noise_is_the_sine() -> None:
    data = load_dataset("sine", noise=0.0)
    assert data.x_train.min() >= -3 and data.x_train.max() <= 3
    np.testing.assert_allclose(data.y_train, np.sin(data.x_train))


# ---- the bundled digits ---------------------------------------------------------------


def test_digits_bundle() -> None:
    assert resource_path("data", "digits.npz").is_file()
    assert resource_path("data", "DIGITS-LICENSE.md").is_file()
    data = load_dataset("digits", test_fraction=0)
    x, y = data.x_train, data.y_train
    assert x.shape == (1797, 64) and data.n_classes == 10
    assert x.min() == 0 and x.max() == 1
    np.testing.assert_array_equal(x * 16, np.round(x * 16))
    counts = np.bincount(y)
    assert len(counts) == 10 and counts.min() >= 170 and counts.max() <= 190


def test_digits_samples_is_a_subset_size() -> None:
    assert total(load_dataset("digits", samples=100)) == 100
    assert total(load_dataset("digits", samples=5000)) == 1797


# ---- names and paths ------------------------------------------------------------------


def test_is_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mnist").mkdir()
    (tmp_path / "spiral").mkdir()
    assert not is_path("spiral") and not is_path("Spiral") and not is_path("nope")
    assert is_path("data.csv") and is_path("DATA.NPZ") and is_path("a/b") and is_path(r"c:\x")
    assert is_path("mnist")


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
