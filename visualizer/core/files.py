"""Reading the JSON files users give (configurations, lessons) with one-line errors, and
writing the files the app makes (reports, images, configurations) safely."""

from __future__ import annotations

import json
import os
import secrets
import stat
from pathlib import Path
from typing import Any


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write to a temporary file beside `path`, then rename: an existing file is replaced
    only by a complete new one, and nothing partial is left behind on failure.

    The file gets the usual mode: 0666 less the umask when new (the kernel applies it, as
    for any created file), the old mode when it replaces one. A symlink's target is
    written and the link kept. What is not a regular file (a named pipe, a device such as
    /dev/null, /dev/stdout) is written through, never replaced."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        special = not stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        special = False
    if special:
        with open(path, "wb") as stream:
            stream.write(payload)
        return
    target = Path(os.path.realpath(path))
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


def is_stdout(path: str) -> bool:
    """Whether `path` names standard output: "-", or the file stdout is open on
    (/dev/stdout, /dev/fd/1, the file it was redirected to)."""
    if path == "-":
        return True
    try:
        named, out = os.stat(path), os.fstat(1)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (out.st_dev, out.st_ino)


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


def read_json(
    path: str | Path, where: str, error: type[Exception], max_bytes: int | None = None
) -> Any:
    """The JSON value in `path` (UTF-8, a byte order mark allowed). Every way it can fail
    raises `error` with one line that starts from `where` (e.g. "lesson file 'x.json'")."""
    try:
        with Path(path).open("rb") as stream:
            raw = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise error(f"{where} does not exist") from None
    except OSError as failure:
        raise error(f"cannot read {where}: {failure.strerror or failure}") from None
    if max_bytes is not None and len(raw) > max_bytes:
        raise error(f"{where} is too big: over {max_bytes} bytes")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise error(f"cannot read {where}: it is not UTF-8 text") from None
    except json.JSONDecodeError as failure:
        raise error(f"{where} is not valid JSON: {failure.msg} at line {failure.lineno}") from None
    except RecursionError:
        raise error(f"{where} is nested too deeply") from None
    except ValueError:  # an integer literal longer than Python converts (4300 digits)
        raise error(f"{where} holds a number that is too long") from None
