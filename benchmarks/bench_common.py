"""What every benchmark script prints or runs the same way: the load average, a
median [min-max] spread, one BLAS thread for child processes, and a measurement taken in
a child process of the script itself (which prints one `RESULT {json}` line)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys

from visualizer.core.threads import BLAS_ENV

ONE_BLAS_THREAD = {name: "1" for name in BLAS_ENV}
"""One BLAS thread, as the app's training process uses."""
RESULT = "RESULT "


def load() -> str:
    return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def spread(values: list[float], digits: int = 1) -> str:
    """'median [min-max]' of `values` with `digits` decimals."""
    median = statistics.median(values)
    return f"{median:.{digits}f} [{min(values):.{digits}f}-{max(values):.{digits}f}]"


def print_result(result: dict) -> None:
    """The child's answer, for `child_result`."""
    print(RESULT + json.dumps(result), flush=True)


def child_result() -> dict:
    """Run this script again with `--child` and return what it printed with `print_result`."""
    child = subprocess.run(
        [sys.executable, *sys.argv, "--child"], capture_output=True, text=True, check=True
    )
    line = next(ln for ln in child.stdout.splitlines() if ln.startswith(RESULT))
    return json.loads(line[len(RESULT) :])
