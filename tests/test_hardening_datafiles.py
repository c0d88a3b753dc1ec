"""Data files the readers used to misread: each is refused with a line naming the problem."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from visualizer.app import main
from visualizer.core.datafiles import DatasetError
from visualizer.core.dataset_names import is_path
from visualizer.core.datasets import load_dataset

ROWS = "".join(f"{i},{i % 2}\n" for i in range(12))


def refused(target: Path, *fragments: str) -> str:
    with pytest.raises(DatasetError) as caught:
        load_dataset(str(target))
    message = str(caught.value)
    assert str(target) in message and "\n" not in message
    for fragment in fragments:
        assert fragment in message
    return message


def test_a_first_row_with_an_empty_cell_is_data_not_a_header(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("1,,0\n" + "".join(f"{i},{i},{i % 2}\n" for i in range(12)))
    refused(path, "row 1, column 2 is empty")


def test_an_empty_cell_in_a_later_row_names_row_and_column(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("a,b\n" + ROWS.replace("5,1", "5,"))
    refused(path, "row 7, column 2 is empty")


def test_a_header_may_have_an_empty_cell(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(",label\n" + ROWS)
    assert load_dataset(str(path), test_fraction=0).x_train.shape == (12, 1)


def test_a_first_row_with_infinity_is_data_not_a_header(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("inf,1\n" + ROWS)
    refused(path, "row 1, column 1: 'inf' is not a finite number")


def test_a_complex_npz_is_refused(tmp_path):
    path = tmp_path / "d.npz"
    np.savez(path, x=np.ones((12, 2)) * (1 + 2j), y=np.arange(12) % 2)
    refused(path, "x holds complex numbers")


def test_an_object_array_npz_says_object_arrays_are_not_supported(tmp_path):
    path = tmp_path / "d.npz"
    x = np.empty(12, dtype=object)
    x[:] = [[1.0, 2.0]] * 12
    np.savez(path, x=x, y=np.arange(12) % 2)
    message = refused(path, "object array", "not supported")
    assert "damaged" not in message


def test_a_0d_x_gets_a_clear_message(tmp_path):
    path = tmp_path / "d.npz"
    np.savez(path, x=np.float64(3.0), y=np.arange(12) % 2)
    refused(path, "x is a single value", "one row per sample")


@pytest.mark.parametrize("suffix", [".csv", ".npz"])
def test_values_beyond_float32_are_a_data_error_naming_the_file(tmp_path, capsys, suffix):
    path = tmp_path / f"d{suffix}"
    if suffix == ".csv":
        path.write_text(ROWS.replace("4,0", "1e39,0"))
    else:
        np.savez(path, x=np.full((12, 2), 1e300), y=np.arange(12) % 2)
    refused(path, "x holds values as large as", "float32")
    assert main(["run", "--set", f"dataset={path}", "--steps", "5"]) == 2
    err = capsys.readouterr().err
    assert "float32" in err and str(path) in err and "diverged" not in err


def test_the_largest_float32_still_loads(tmp_path):
    path = tmp_path / "d.npz"
    big = float(np.finfo(np.float32).max)
    np.savez(path, x=np.full((12, 1), big), y=np.arange(12) % 2)
    assert load_dataset(str(path)).x_train.max() == big


def test_an_empty_name_is_not_the_current_folder():
    assert not is_path("") and not is_path("  ")
    with pytest.raises(DatasetError, match="unknown dataset ''"):
        load_dataset("")
