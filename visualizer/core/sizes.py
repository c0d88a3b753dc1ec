"""How big the training process's passes are: the trainer uses these, and the memory
estimate counts them."""

PROBE_SAMPLES = 1000
"""Training samples in the fixed probe batch (statistics at step 0, for the JSON report)."""
STEP_SAMPLES = 10_000
"""Values of each array behind a recorded step's statistics (see stats.py)."""
EVAL_CHUNK = 4096
"""Samples evaluated at once when testing."""
DECISION_RESOLUTION = 64
"""The decision map's grid is DECISION_RESOLUTION squared points."""
