"""`python -m visualizer.page`: write one interactive page in a child process, for the
window (File > Export interactive page). Reads {"spec", "steps", "out", "lang", "theme"}
as JSON on stdin (the spec: `page.spec`), prints {"progress": done, "total": total} lines
(training steps, at most about ten a second), then {"done": path} or {"error": message}."""

from __future__ import annotations

import json
import sys
import time

from ..core.config import ConfigError
from ..core.datasets import DatasetError
from ..core.files import write_atomic
from .html import build_page, page_html

INTERVAL = 0.1  # seconds between progress lines


def say(message: dict) -> None:
    print(json.dumps(message), flush=True)


def main() -> int:
    shown = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - shown[0] >= INTERVAL or done == total:
            shown[0] = now
            say({"progress": done, "total": total})

    try:
        request = json.loads(sys.stdin.read())
        data = build_page(
            request["spec"], int(request["steps"]), request["lang"], request["theme"], progress
        )
        write_atomic(request["out"], page_html(data))
    except (ConfigError, DatasetError, MemoryError) as error:
        say({"error": str(error) or "not enough memory"})
        return 2
    except OSError as error:
        say({"error": f"cannot write {request['out']!r}: {error.strerror}"})
        return 2
    say({"done": request["out"]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
