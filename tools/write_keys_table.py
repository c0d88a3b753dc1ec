"""Write the README's table of configuration keys from their declarations (core.keys).

.venv/bin/python tools/write_keys_table.py          (tests/test_keys.py checks it is current)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BEGIN = "<!-- keys table: written by tools/write_keys_table.py from visualizer/core/keys.py -->"
END = "<!-- end of keys table -->"


def table() -> str:
    """The Markdown table, one row per key in declaration order."""
    sys.path.insert(0, str(ROOT))
    from visualizer.core.keys import KEYS, Applies, allowed_text, default_text

    rows = [
        "| key | default | allowed | a change | what it is |",
        "|---|---|---|---|---|",
    ]
    for key in KEYS:
        applies = "next step" if key.applies is Applies.NEXT_STEP else "rebuilds the run"
        cells = (key.name, default_text(key), allowed_text(key), applies, key.help.en)
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(rows)


def written(text: str) -> str:
    """`text` (the README) with the table between its markers replaced."""
    head, begin, rest = text.partition(BEGIN)
    _, end, tail = rest.partition(END)
    if not begin or not end:
        raise SystemExit(f"README.md needs the markers {BEGIN!r} and {END!r}")
    return f"{head}{BEGIN}\n{table()}\n{END}{tail}"


def main() -> int:
    README.write_text(written(README.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
