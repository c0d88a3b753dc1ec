"""The memory estimate: close to what training really allocates, checked before anything is
allocated, and a MemoryError that still happens is one line."""

from __future__ import annotations

import gzip
import multiprocessing as mp
import struct
import subprocess
import sys
import threading
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from visualizer.app import main
from visualizer.core import lessons, memory, process
from visualizer.core import trainer as trainer_module
from visualizer.core.config import Config, ConfigError
from visualizer.core.dataset_names import DATASETS
from visualizer.core.decision import decision_map
from visualizer.core.memory import (
    MemoryLimitError,
    data_shape,
    ensure_fits,
    estimate_bytes,
    record_bytes,
)
from visualizer.core.preprocessing import prepared_data
from visualizer.core.protocol import (
    Configure,
    Error,
    Frame,
    Quit,
    Report,
    RequestReport,
    RunData,
    Step,
)
from visualizer.core.report import build_report, to_json
from visualizer.core.session import Session
from visualizer.core.trainer import Trainer

ROOT = Path(__file__).resolve().parents[1]
MIB = 1 << 20
FACTOR = 1.6  # the estimate lies between the measured peak and FACTOR times it


def measured_peak(config: Config) -> int:
    """Peak bytes NumPy and Python allocate (tracemalloc) for what the window's training
    process does with `config`: build the trainer, take recorded steps, draw the decision
    map, probe and report."""
    tracemalloc.start()
    try:
        trainer = Trainer(config)
        trainer.record_now()
        trainer.probe()
        for _ in range(3):
            trainer.step(record=True)
        decision_map(trainer)
        to_json(build_report(trainer, 3, 1.0))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
@pytest.mark.parametrize(
    "changes",
    [
        {"dataset": "gaussian", "samples": 10_000, "input_dim": 1000},  # data
        {"dataset": "gaussian", "samples": 5000, "input_dim": 1000, "dtype": "float64"},
        {"dataset": "gaussian", "samples": 10_000, "input_dim": 1000, "preprocess": "standardize"},
        {"depth": 12, "width": 1024, "optimizer": "adam"},  # weights and optimizer state
        {
            "depth": 6,
            "width": 512,
            "batch_norm": True,
            "dropout": 0.5,
            "batch_size": 4096,
            "dataset": "gaussian",
            "samples": 6000,
            "input_dim": 256,
        },  # one batch's arrays
        {
            "depth": 6,
            "width": 512,
            "activation": "maxout",
            "optimizer": "adadelta",
            "batch_size": 2000,
            "samples": 5000,
        },
        {"depth": 20, "width": 256, "activation": "gelu", "dataset": "digits"},
    ],
)
def test_the_estimate_is_within_a_factor_of_the_measured_peak(changes):
    config = Config(**changes)
    peak, estimate = measured_peak(config), estimate_bytes(config)
    # a short run's peak holds only the start of what a long run records (record_bytes)
    assert peak <= estimate <= FACTOR * peak + record_bytes(config), (estimate / MIB, peak / MIB)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["csv", "npz", "mnist"])
def test_the_estimate_of_a_file_dataset_is_within_the_factor(tmp_path, kind):
    rng = np.random.default_rng(0)
    x, y = rng.standard_normal((20_000, 300)), rng.integers(0, 10, 20_000)
    if kind == "csv":
        path = tmp_path / "d.csv"
        np.savetxt(path, np.column_stack([x, y]), delimiter=",", fmt="%.6g")
    elif kind == "npz":
        path = tmp_path / "d.npz"
        np.savez(path, x=x.astype(np.float32), y=y)
    else:
        path = tmp_path
        images = rng.integers(0, 256, (20_000, 28, 28), dtype=np.uint8)
        header = bytes([0, 0, 8, 3]) + struct.pack(">3I", *images.shape)
        (path / "train-images-idx3-ubyte.gz").write_bytes(gzip.compress(header + images.tobytes()))
        labels = bytes([0, 0, 8, 1]) + struct.pack(">I", len(y)) + y.astype(np.uint8).tobytes()
        (path / "train-labels-idx1-ubyte").write_bytes(labels)
    config = Config(dataset=str(path), depth=2, width=64)
    peak, estimate = measured_peak(config), estimate_bytes(config)
    # a short run's peak holds only the start of what a long run records (record_bytes)
    assert peak <= estimate <= FACTOR * peak + record_bytes(config), (estimate / MIB, peak / MIB)


@pytest.mark.parametrize("name", list(DATASETS))
def test_the_shape_of_every_builtin_dataset_matches_what_it_generates(name):
    config = Config(dataset=name, samples=50, input_dim=7)
    data, shape = prepared_data(config), data_shape(config)
    assert (shape.rows, shape.features) == (
        len(data.x_train) + len(data.x_test) if name != "digits" else 1797,
        data.n_features,
    )


def test_a_csv_is_sized_from_its_first_lines(tmp_path):
    path = tmp_path / "big.csv"
    rows = np.column_stack([np.arange(30_000) / 7, np.arange(30_000) % 3])
    np.savetxt(path, rows, delimiter=";", fmt="%.5f", header="a;label", comments="")
    shape = data_shape(Config(dataset=str(path)))
    assert shape.features == 1 and abs(shape.rows - 30_001) < 0.05 * 30_000


def test_an_unreadable_file_is_sized_zero_and_left_to_the_reader(tmp_path):
    path = tmp_path / "bad.npz"
    path.write_bytes(b"not a zip")
    assert data_shape(Config(dataset=str(path))).raw_bytes == 0
    assert data_shape(Config(dataset=str(tmp_path / "missing.csv"))).raw_bytes == 0


def test_the_issue_configuration_is_refused_in_one_line(capsys):
    argv = ["run", "--set", "dataset=gaussian", "samples=10000000", "input_dim=4096"]
    assert main([*argv, "--steps", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "needs about" in err and "GiB of memory but the machine has" in err
    assert "lower samples, input_dim, width, depth or batch_size" in err


def test_the_trainer_refuses_before_loading_data(monkeypatch):
    config = Config(depth=2, width=8)
    monkeypatch.setattr(memory, "available_bytes", lambda: estimate_bytes(config) - 1)
    loaded = lambda config: pytest.fail("data was loaded")  # noqa: E731
    monkeypatch.setattr(trainer_module, "prepared_data", loaded)
    with pytest.raises(MemoryLimitError, match=r"needs about .* MiB"):
        Trainer(config)
    assert issubclass(MemoryLimitError, ConfigError)


def test_ensure_fits_sums_over_the_configurations(monkeypatch):
    a, b = Config(depth=2, width=8), Config(depth=3, width=300)
    total = estimate_bytes(a) + estimate_bytes(b)
    monkeypatch.setattr(memory, "available_bytes", lambda: total)
    ensure_fits([a, b])
    monkeypatch.setattr(memory, "available_bytes", lambda: total - 1)
    with pytest.raises(MemoryLimitError, match=r"^these 2 configurations need about"):
        ensure_fits([a, b])
    ensure_fits([a])
    monkeypatch.setattr(memory, "available_bytes", lambda: None)  # unknown: no check
    ensure_fits([a, b])


def test_available_memory_comes_from_meminfo_or_sysconf(monkeypatch):
    with open("/proc/meminfo") as meminfo:
        line = next(line for line in meminfo if line.startswith("MemAvailable:"))
    assert abs(memory.available_bytes() - int(line.split()[1]) * 1024) < 256 * MIB

    def no_meminfo(*args, **kwargs):
        raise OSError("no /proc")

    monkeypatch.setattr("builtins.open", no_meminfo)
    assert memory.available_bytes() > 0


def test_export_refuses_a_pair_that_only_fits_alone(monkeypatch, capsys, tmp_path):
    preset = lessons.get("init_compare_digits")
    runs = preset.configs()
    monkeypatch.setattr(memory, "available_bytes", lambda: sum(estimate_bytes(c) for c in runs) - 1)
    for config in runs:
        ensure_fits([config])
    out = tmp_path / "ab.png"
    assert main(["export", "--preset", preset.name, "--steps", "0", "--out", str(out)]) == 2
    assert f"these {len(runs)} configurations need about" in capsys.readouterr().err
    assert not out.exists()


def test_a_memory_error_is_one_line_on_the_command_line(monkeypatch, capsys):
    from visualizer.core import report

    def exhausted(*args, **kwargs):
        raise MemoryError("Unable to allocate 305. GiB for an array with shape (10, 4096)")

    monkeypatch.setattr(report, "train", exhausted)
    assert main(["run", "--steps", "1"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "visualizer: error: out of memory (Unable to allocate 305. GiB for an array with "
        "shape (10, 4096)); lower samples, input_dim, width, depth or batch_size\n"
    )


def run_within(limit_mib: int, samples: str, setup: str = "pass") -> subprocess.CompletedProcess:
    """`visualizer run` of a Gaussian set of 1000 features with `samples`, in a child
    process whose address space is limited to `limit_mib` MB, after `setup` ran there."""
    limit = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({limit_mib} << 20,) * 2)"
    code = f"{limit}; {setup}; from visualizer.app import main; raise SystemExit(main())"
    argv = ["run", "--set", "dataset=gaussian", samples, "input_dim=1000", "--steps=0"]
    return subprocess.run(
        [sys.executable, "-c", code, *argv], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.mark.slow
def test_a_real_allocation_failure_is_one_line_and_exit_2():
    """Under a 1.5 GB address-space limit, with the estimate's check off, a 3 GB run's
    NumPy MemoryError becomes the one-line error."""
    unchecked = "from visualizer.core import memory; memory.available_bytes = lambda: None"
    result = run_within(1500, "samples=400000", unchecked)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("visualizer: error: out of memory (Unable to allocate")
    assert result.stderr.count("\n") == 1


@pytest.mark.slow
def test_an_address_space_limit_refuses_what_the_generation_peak_would_exceed():
    """Issue 17 (8): under `ulimit -v` the generation peak (the float64 set and its split
    copy, 1.6 GB here) is refused in one line before anything is allocated, not as NumPy's
    MemoryError in the middle of making the data."""
    result = run_within(1200, "samples=100000")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("visualizer: error: this configuration needs about 1.")
    assert result.stderr.count("\n") == 1


def test_available_memory_is_at_most_the_address_space_left():
    code = (
        "import resource; resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30)); "
        "from visualizer.core.memory import available_bytes; print(available_bytes())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert 0 < int(result.stdout) < 3 << 30, result.stderr


def serve_in_thread(config: Config):
    commands_out, commands_in = mp.Pipe(duplex=False)
    messages_out, messages_in = mp.Pipe(duplex=False)
    thread = threading.Thread(target=process.serve, args=(commands_out, messages_in, (config,)))
    thread.start()
    return thread, commands_in, messages_out


def test_the_training_process_reports_a_refusal_and_a_memory_error_and_keeps_serving(
    monkeypatch,
):
    small = Config(depth=2, width=8, samples=100)
    monkeypatch.setattr(memory, "available_bytes", lambda: 1)
    thread, commands, messages = serve_in_thread(small)

    def receive(kind):
        message = messages.recv()
        while isinstance(message, RunData):  # a 2D run's points come before its frame
            message = messages.recv()
        assert isinstance(message, kind), message
        return message

    try:
        assert "needs about" in receive(Error).message
        monkeypatch.setattr(memory, "available_bytes", lambda: None)

        def exhausted(self, record):
            raise MemoryError()

        monkeypatch.setattr(Session, "step", exhausted)
        commands.send(Configure((small,)))
        receive(Frame)
        commands.send(Step())
        assert receive(Error).message.startswith("out of memory (no details)")
        commands.send(RequestReport(1))
        receive(Report)
    finally:
        commands.send(Quit())
        thread.join(10)
    assert not thread.is_alive()


def test_a_session_checks_only_the_runs_it_builds(monkeypatch):
    config = Config(dataset="blobs", samples=200, depth=2, width=8)
    session = Session([config])
    monkeypatch.setattr(memory, "available_bytes", lambda: estimate_bytes(config) - 1)
    session.configure([config.replace(lr=0.1)])  # kept: nothing new to allocate
    assert session.runs[0].trainer.config.lr == 0.1
    with pytest.raises(MemoryLimitError):
        session.configure([config.replace(depth=3)])  # rebuilt
