"""Where bundled files live: inside the installed package, or at the source checkout's root."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. `resource_path("data", "digits.npz")`.

    An installed wheel carries the top-level `resources/` as `visualizer/resources`;
    a source checkout (or editable install) keeps it beside the `visualizer` package.
    """
    packaged = _PACKAGE / "resources"
    base = packaged if packaged.is_dir() else _PACKAGE.parent / "resources"
    return base.joinpath(*parts)
