"""`python -m visualizer.core.config_file PATH`: read a configuration file (a saved
configuration or a run report, `config.load_json`) and print one JSON line, {"runs": the
runs as `runs.runs_to_mapping` writes them} or {"error": the one-line message}.

The window reads large files through this module in a child process: parsing a 100 MB
file holds the interpreter lock for seconds (and its objects take as long to free), which
in the window's own process would freeze the window (docs/DESIGN.md, "Worker and UI")."""

from __future__ import annotations

import json
import sys

from .config import ConfigError, load_json
from .runs import runs_from_mapping, runs_to_mapping


def read(path: str) -> dict:
    """{"runs": mapping} for a valid file, else {"error": message}."""
    try:
        return {"runs": runs_to_mapping(runs_from_mapping(load_json(path)))}
    except ConfigError as error:
        return {"error": str(error)}
    except MemoryError:
        return {"error": f"config file {path!r} is too large to read into memory"}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m visualizer.core.config_file PATH", file=sys.stderr)
        return 2
    print(json.dumps(read(args[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
