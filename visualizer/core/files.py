"""Writing the files the app makes (reports, images, configurations) safely."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write to a temporary file beside `path`, then rename: an existing file is replaced
    only by a complete new one, and nothing partial is left behind on failure.

    The file gets the usual mode: 0666 less the umask when new (the kernel applies it, as
    for any created file), the old mode when it replaces one. A symlink's target is
    written and the link kept."""
    target = Path(os.path.realpath(path))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temp = _create_beside(target)
    try:
        with os.fdopen(handle, "wb") as stream:
            if target.exists():
                os.fchmod(stream.fileno(), stat.S_IMODE(target.stat().st_mode))
            stream.write(payload)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _create_beside(target: Path) -> tuple[int, Path]:
    """A new, uniquely named hidden file in `target`'s folder, opened for writing with mode
    0666 (less the umask)."""
    for _ in range(100):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {str(target)!r}")
