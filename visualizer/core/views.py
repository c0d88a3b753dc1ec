"""The window's panels by name, in tab order, each with what it shows: the one list of view
names that `--view`, lessons, the window model and the panel table (`ui.panel_table`,
which gives each its class) use. The command line reads it without importing Qt."""

from __future__ import annotations

from enum import StrEnum


class View(StrEnum):
    """A panel's name (for `--view`, lesson files, the Export menu and exported file
    names); `about` is its line in `--help`."""

    about: str

    def __new__(cls, name: str, about: str) -> View:
        member = str.__new__(cls, name)
        member._value_ = name
        member.about = about
        return member

    ACTIVATIONS = ("activations", "per-layer activation histograms")
    GRADIENTS = ("gradients", "per-layer gradient histograms (log10|g|)")
    WEIGHTS = ("weights", "per-layer weight histograms")
    TIMELINE = ("timeline", "histograms over time")
    ACTIVATION_CURVE = ("activation_curve", "f(z) and f'(z) over a layer's z distribution")
    DECISION = ("decision", "decision boundary (2D data)")
    INPUT_CLOUD = ("input_cloud", "2D inputs raw, centred, decorrelated and whitened")
    NETWORK = ("network", "network diagram (small nets)")
    WEIGHT_PATH = ("weight_path", "two weights of one unit, step by step (the zig-zag)")
    RACE = ("race", "the optimizer race")
    SEARCH = ("search", "hyper-parameter search: random or grid, coarse to fine")
    CURVES = ("curves", "loss and accuracy curves")
    LAYER_STATS = ("layer_stats", "layer statistics by depth")
    BATCH_NORM = ("batch_norm", "batch norm's learned gamma and beta by layer")


VIEWS: tuple[str, ...] = tuple(view.value for view in View)


def views_help() -> str:
    """The --view help text: every panel's name and what it shows."""
    return "; ".join(f"{view.value} ({view.about})" for view in View)
