"""The BLAS thread rule of the training processes (core.threads)."""

from __future__ import annotations

import os

import pytest

from visualizer.core import threads


@pytest.mark.parametrize(
    ("cores", "beside", "headless"), [(1, 1, 1), (2, 1, 2), (4, 3, 4), (16, 15, 16)]
)
def test_beside_the_window_training_leaves_one_core_headless_takes_all(cores, beside, headless):
    assert threads.training_threads(beside_window=True, cores=cores) == beside
    assert threads.training_threads(beside_window=False, cores=cores) == headless


def test_the_cores_are_those_this_process_may_run_on():
    if hasattr(os, "sched_getaffinity"):
        assert threads.usable_cores() == len(os.sched_getaffinity(0))
    assert threads.usable_cores() >= 1


def test_one_blas_thread_per_part_unless_the_user_chose_a_count(monkeypatch):
    for name in threads.BLAS_ENV:
        monkeypatch.delenv(name, raising=False)
    assert set(threads.blas_environment().values()) == {"1"}
    assert threads.training_parts(beside_window=False) == threads.usable_cores()
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "7")
    assert threads.blas_environment()["OPENBLAS_NUM_THREADS"] == "7"
    assert threads.blas_environment()["OMP_NUM_THREADS"] == "1"
    assert threads.training_parts(beside_window=False) == 1  # their BLAS threads, one part


def test_the_training_process_is_started_with_one_blas_thread(monkeypatch):
    from visualizer.worker import link

    for name in threads.BLAS_ENV:
        monkeypatch.delenv(name, raising=False)
    with link._inherited_by_the_child():
        assert {os.environ[name] for name in threads.BLAS_ENV} == {"1"}
    assert not any(name in os.environ for name in threads.BLAS_ENV)  # put back


def test_a_headless_run_trains_in_parts_with_one_blas_thread_each(monkeypatch):
    from threadpoolctl import threadpool_info

    from visualizer.core.config import Config
    from visualizer.core.report import train
    from visualizer.headless import trained_in_parts

    for name in threads.BLAS_ENV:
        monkeypatch.delenv(name, raising=False)
    with trained_in_parts() as parts:
        blas = {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}
        trainer, _ = train(Config(dataset="blobs", depth=2, width=8), 3, parts=parts)
    assert parts == threads.usable_cores()
    assert blas <= {1}
    assert (trainer.shards is not None) == (parts > 1)
