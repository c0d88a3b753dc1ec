"""The whole run's record (core/timeline.py): exact round trips, even thinning with step 0
and the newest kept, bounded memory, the over-time histories and the JSON shape."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from visualizer.core.config import Config
from visualizer.core.timeline import Timeline, capacity_for
from visualizer.core.trainer import Trainer

SMALL = Config(dataset="blobs", samples=200, depth=3, width=8, batch_size=16, seed=2)


@pytest.fixture(scope="module")
def layers():
    trainer = Trainer(SMALL)
    return trainer.probe()


def assert_same_layers(got, expected):
    for mine, theirs in zip(got, expected, strict=True):
        for field in dataclasses.fields(theirs):
            a, b = getattr(mine, field.name), getattr(theirs, field.name)
            if hasattr(b, "counts"):
                np.testing.assert_array_equal(a.counts, b.counts)
                np.testing.assert_allclose(a.edges, b.edges, rtol=1e-12)
            elif isinstance(b, float) and np.isnan(b):
                assert np.isnan(a)
            else:
                assert a == b, field.name


def test_a_record_gives_back_the_statistics_it_was_made_from(layers):
    timeline = Timeline(depth=3)
    timeline.add(0, layers)
    assert_same_layers(timeline.layers_at(0), layers)
    assert_same_layers(timeline.layers_at(10_000), layers)  # the last one before


def test_thinning_keeps_step_zero_the_newest_and_even_spacing(layers):
    timeline = Timeline(depth=3)
    timeline.capacity = 16
    for step in range(0, 1000):
        if timeline.due(step):
            timeline.add(step, layers)
    steps = timeline.steps()
    assert len(steps) <= 16 + 1
    assert steps[0] == 0 and steps[-1] >= 1000 - timeline.stride
    gaps = np.diff(steps[:-1])
    assert len(set(gaps.tolist())) == 1 and gaps[0] == timeline.stride
    assert timeline.stride == 64


def test_capacity_shrinks_with_depth_within_limits():
    assert capacity_for(5) == 2000
    assert capacity_for(50) == 800
    assert capacity_for(2000) == 250


def test_histories_span_the_whole_run_in_at_most_the_columns_asked(layers):
    timeline = Timeline(depth=3)
    for step in range(300):
        timeline.add(step, layers)
    steps, act, grad = timeline.histories(columns=50)
    assert steps[0] == 0 and steps[-1] == 299 and len(steps) <= 50
    assert act.shape == (3, len(steps), SMALL.bins) == grad.shape
    np.testing.assert_allclose(act.sum(axis=2), 1.0, rtol=1e-5)
    until, _, _ = timeline.histories(columns=50, until=100)
    assert until[-1] == 100


def test_json_has_the_steps_and_each_layers_histograms(layers):
    timeline = Timeline(depth=3)
    for step in (0, 1, 2):
        timeline.add(step, layers)
    data = timeline.to_json()
    assert data["steps"] == [0, 1, 2] and data["bins"] == SMALL.bins
    first = data["layers"][0]
    assert first["name"] == "hidden1"
    assert len(first["activations"]["counts"]) == 3
    assert first["activations"]["counts"][0] == layers[0].activation_hist.counts.tolist()
    assert first["gradients_log10"]["range"][0] == [-12.0, 2.0]
