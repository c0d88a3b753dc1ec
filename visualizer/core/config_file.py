"""`python -m visualizer.core.config_file PATH`: read a configuration file (a saved
configuration or a run report, `config.load_json`) and write one pickled protocol message
to stdout: `ConfigsRead(runs)` or `Error(the one-line message)`.

The window reads large files through this module in a child process: parsing a 100 MB
file holds the interpreter lock for seconds (and its objects take as long to free), which
in the window's own process would freeze the window (docs/DESIGN.md, "Worker and UI")."""

from __future__ import annotations

import pickle
import sys

from .config import ConfigError, load_json
from .protocol import ConfigsRead, Error
from .runs import runs_from_mapping


def read(path: str) -> ConfigsRead | Error:
    """The runs of a valid file, else the error that says what is wrong."""
    try:
        return ConfigsRead(runs_from_mapping(load_json(path)))
    except ConfigError as error:
        return Error(str(error))
    except MemoryError:
        return Error(f"config file {path!r} is too large to read into memory")


def answer(data: bytes) -> ConfigsRead | Error | None:
    """The message the reader wrote (None: it wrote none; it stopped before answering)."""
    try:
        message = pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return None
    return message if isinstance(message, ConfigsRead | Error) else None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m visualizer.core.config_file PATH", file=sys.stderr)
        return 2
    sys.stdout.buffer.write(pickle.dumps(read(args[0])))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
