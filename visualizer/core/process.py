"""The training process: a loop that applies commands to a `Session` and sends frames.

Runs in a child process started with multiprocessing's spawn method (one BLAS thread),
so training never competes with drawing for the GUI process's interpreter lock.
Commands are tuples: ("play",) ("pause",) ("step",) ("reset",) ("configure", A, B|None)
("speed", steps_per_second) ("extras", frozenset) ("report", side) ("quit",).
Messages back: ("frame", Frame), ("report", JSON text) or ("error", one-line message).
"""

from __future__ import annotations

import os
import time
import traceback
from multiprocessing.connection import Connection

from .config import Config, ConfigError
from .memory import out_of_memory
from .session import EXTRAS, Session

FRAME_INTERVAL = 1 / 30  # at most ~30 frames a second
IDLE_POLL = 0.1


def limit_blas_threads() -> None:
    """One BLAS thread: set before NumPy is imported in the child."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"


def serve(commands: Connection, messages: Connection, config_a: Config, config_b=None) -> None:
    """The child process's main loop; returns on ("quit",) or when the GUI end closes."""
    try:
        session = Session(config_a, config_b)
    except (ConfigError, ValueError) as error:
        messages.send(("error", str(error)))
        session = None
    except MemoryError as error:
        messages.send(("error", out_of_memory(error)))
        session = None
    except Exception:
        messages.send(("error", _crash_message()))
        return
    if session is not None:
        messages.send(("frame", session.frame()))
    while True:
        try:
            timeout = 0 if session is not None and session.running else IDLE_POLL
            changed = False
            while commands.poll(timeout):
                command = commands.recv()
                if command[0] == "quit":
                    return
                session, did = _apply(session, command, messages)
                changed = changed or did
                timeout = 0
            if session is None:
                continue
            stepped = session.advance(time.monotonic() + FRAME_INTERVAL) if session.running else 0
            if changed or stepped:
                messages.send(("frame", session.frame()))
        except (EOFError, BrokenPipeError, OSError):
            return
        except MemoryError as error:
            messages.send(("error", out_of_memory(error)))
            if session is not None:
                session.running = False
        except Exception:
            messages.send(("error", _crash_message()))
            if session is not None:
                session.running = False


def _apply(session: Session | None, command: tuple, messages: Connection):
    """Carry out one command; returns the (possibly new) session and whether to send a frame."""
    kind = command[0]
    if kind == "configure":
        try:
            if session is None:
                return Session(command[1], command[2]), True
            session.configure(command[1], command[2])
        except (ConfigError, ValueError) as error:
            messages.send(("error", str(error)))
            return session, False
        return session, True
    if session is None:
        return None, False
    if kind == "play":
        session.play()
    elif kind == "pause":
        session.running = False
    elif kind == "step":
        session.running = False
        session.step(record=True)
    elif kind == "reset":
        session.reset()
    elif kind == "speed":
        session.steps_cap = float(command[1])
    elif kind == "extras":
        session.extras = frozenset(command[1]) & EXTRAS
    elif kind == "report":
        messages.send(("report", session.report_json(command[1])))
        return session, False
    else:
        raise ValueError(f"unknown command {kind!r}")
    return session, True


def _crash_message() -> str:
    """The last line of the traceback, with where it happened."""
    lines = traceback.format_exc().strip().splitlines()
    return f"training process error: {lines[-1]}"


def main(commands: Connection, messages: Connection, config_a: Config, config_b=None) -> None:
    """Spawn target: limit BLAS threads, then serve."""
    limit_blas_threads()
    serve(commands, messages, config_a, config_b)
