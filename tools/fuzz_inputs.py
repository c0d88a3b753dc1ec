"""What the window fuzz (tools/fuzz_window.py) feeds the window: typed text, malformed
configuration and data files, and export targets good and bad, all made in a scratch
folder."""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path

import numpy as np

TYPED = (
    "0",
    "",
    "1e309",
    "-1e309",
    "1e",
    "e5",
    "-",
    "+",
    ".",
    "99999999999",
    "nan",
    "inf",
    "-3",
    "abc",
    "0x10",
    "1,5",
    "１２",
    "0.03",
    "2",
    "1e-3",
    "  7  ",
    "1e-320",
    "3.5",
    "٣",
    "1_000",
    "--1",
    "0.0000001",
    "12345678901234567890",
)
SAFE_NUMBERS = ("1", "2", "3", "8", "16", "0.5", "0.1", "0.01", "0.9", "0.99", "0.25")
"""Numbers typed into fields whose values size the network or the data: small enough that
the fuzz never asks the shared machine for gigabytes."""
CHARACTERS = "0123456789.eE+-naif ,x"


def typed_text(rng: random.Random, sizes_the_run: bool) -> str:
    """A string a careless user might type: a known troublemaker, or random characters.
    `sizes_the_run`: the field sizes the network or the data (depth, width, samples...),
    so only text that is no number or a small number."""
    if sizes_the_run:
        pool = [t for t in TYPED if not _is_number(t)] + list(SAFE_NUMBERS)
        return rng.choice(pool)
    if rng.random() < 0.7:
        return rng.choice(TYPED)
    return "".join(rng.choice(CHARACTERS) for _ in range(rng.randint(1, 8)))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


SMALL = {"dataset": "blobs", "samples": 200, "depth": 3, "width": 16, "batch_size": 32}


def config_files(folder: Path) -> list[Path]:
    """Configuration files: good ones and every kind of broken one."""
    folder.mkdir(parents=True, exist_ok=True)
    texts: dict[str, str | bytes] = {
        "good.json": json.dumps(SMALL),
        "good_runs.json": json.dumps({**SMALL, "runs": [{"lr": 0.1}, {"optimizer": "adam"}]}),
        "bom.json": "\ufeff" + json.dumps(SMALL),
        "report.json": json.dumps({"config": SMALL, "runs": [{"config": SMALL}]}),
        "empty.json": "",
        "garbage.json": b"\x00\xff\xfe binary \x89PNG",
        "latin1.json": b'{"dataset": "caf\xe9"}',
        "list.json": "[1, 2, 3]",
        "truncated.json": '{"depth": 3, "width": ',
        "unknown_key.json": json.dumps({"depthh": 3}),
        "bad_value.json": json.dumps({"depth": "deep", "lr": -1}),
        "out_of_range.json": json.dumps({"depth": 999, "width": 0}),
        "huge_int.json": '{"width": 1' + "0" * 400 + "}",
        "longer_than_python.json": '{"seed": ' + "9" * 5000 + "}",
        "deep.json": "[" * 100_000 + "]" * 100_000,
        "nan.json": '{"lr": NaN, "init_scale": Infinity}',
        "runs_not_list.json": json.dumps({**SMALL, "runs": "B"}),
        "runs_bad.json": json.dumps({**SMALL, "runs": [1, 2]}),
        "too_many_runs.json": json.dumps({**SMALL, "runs": [{}] * 9}),
        "null.json": json.dumps({"depth": None, "activation": None}),
        "missing_file.csv.json": json.dumps({**SMALL, "dataset": str(folder / "nowhere.csv")}),
    }
    paths = _written(folder, texts)
    return [*paths, folder / "does_not_exist.json", folder]  # a missing file and a folder


def data_files(folder: Path) -> list[Path]:
    """Data files: small good ones and broken ones (the dataset control takes a path)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    rows = "".join(f"{a:.3f},{b:.3f},{int(a > b)}\n" for a, b in rng.normal(size=(60, 2)))
    texts: dict[str, str | bytes] = {
        "good.csv": rows,
        "header.csv": "x1,x2,label\n" + rows,
        "bom.csv": "\ufeff" + rows,
        "text_cells.csv": "1,2,a\n3,4,b\n",
        "empty.csv": "",
        "ragged.csv": "1,2,0\n3,0\n4,5,6,1\n",
        "one_class.csv": "".join(f"{i},{i},0\n" for i in range(30)),
        "huge_values.csv": "".join(f"1e39,{i},{i % 2}\n" for i in range(30)),
        "empty_cell.csv": ",2,0\n" + rows,
        "garbage.npz": b"PK\x03\x04 not really a zip",
        "garbage.csv": b"\x00\x01\x02\xff" * 50,
    }
    paths = _written(folder, texts)
    arrays = {
        "good.npz": {"x": rng.normal(size=(50, 3)), "y": np.arange(50) % 3},
        "complex.npz": {"x": rng.normal(size=(20, 2)) + 1j, "y": np.arange(20) % 2},
        "no_y.npz": {"x": rng.normal(size=(20, 2))},
        "scalar_x.npz": {"x": np.float64(3.0), "y": np.arange(1)},
        "mismatch.npz": {"x": rng.normal(size=(20, 2)), "y": np.arange(7)},
        "object.npz": {"x": np.array([[1, "a"]], dtype=object), "y": np.arange(1)},
    }
    for name, values in arrays.items():
        path = folder / name
        np.savez(path, **values)
        paths.append(path)
    mnist = folder / "not_mnist"
    mnist.mkdir(exist_ok=True)
    (mnist / "train-images-idx3-ubyte").write_bytes(b"\x00\x00\x08\x03broken")
    zipped = folder / "zip_not_npz.npz"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("readme.txt", "no arrays here")
    return [*paths, mnist, zipped, folder / "missing.csv", folder / "empty_folder_here"]


def export_targets(folder: Path, suffix: str, rng: random.Random) -> tuple[str, Path]:
    """(kind, path) for an export: a good folder, a read-only one, a missing one, a
    folder where a file should be, a file where a folder should be, /proc, or an odd name."""
    good = folder / "good"
    good.mkdir(parents=True, exist_ok=True)
    locked = folder / "read_only"
    if not locked.exists():
        locked.mkdir()
        locked.chmod(0o555)  # (root writes there anyway; /proc below refuses everyone)
    blocker = folder / "a_file"
    blocker.write_text("not a folder")
    name = f"out{rng.randint(0, 9)}{suffix}"
    choices = {
        "good": good / name,
        "overwrite": good / f"same{suffix}",
        "read_only": locked / name,
        "missing_folder": folder / "missing" / name,
        "folder_as_file": good,
        "file_as_folder": blocker / name,
        "proc": Path("/proc") / name,
        "spaces_unicode": good / f"내보내기 {name}",
    }
    kind = rng.choice(list(choices))
    return kind, choices[kind]


def _written(folder: Path, texts: dict[str, str | bytes]) -> list[Path]:
    """Write each text (UTF-8) or bytes to folder/name; the paths in the same order."""
    paths = []
    for name, text in texts.items():
        path = folder / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
