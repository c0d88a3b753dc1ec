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


def test_a_users_own_thread_count_wins(monkeypatch):
    for name in threads.BLAS_ENV:
        monkeypatch.delenv(name, raising=False)
    assert set(threads.blas_environment(3).values()) == {"3"}
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "7")
    assert threads.blas_environment(3)["OPENBLAS_NUM_THREADS"] == "7"
    assert threads.blas_environment(3)["OMP_NUM_THREADS"] == "3"


def test_the_training_process_is_started_with_the_rules_thread_count(monkeypatch):
    from visualizer.worker import link

    for name in threads.BLAS_ENV:
        monkeypatch.delenv(name, raising=False)
    expected = str(threads.training_threads(beside_window=True))
    with link._inherited_by_the_child():
        assert {os.environ[name] for name in threads.BLAS_ENV} == {expected}
    assert not any(name in os.environ for name in threads.BLAS_ENV)  # put back
