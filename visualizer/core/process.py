"""The training process: a loop that applies protocol commands to a `Session` and sends
protocol messages back (docs/DESIGN.md, "Protocol").

Runs in a child process started with multiprocessing's spawn method (one BLAS thread per
part of a minibatch, core.threads),
so training never competes with drawing for the GUI process's interpreter lock.
"""

from __future__ import annotations

import time
import traceback
from multiprocessing.connection import Connection

from .config import Config, ConfigError
from .datafiles import DatasetError
from .memory import out_of_memory
from .pace import FramePacer
from .priority import yield_to_the_window
from .protocol import (
    Command,
    Configure,
    Error,
    Extra,
    Pause,
    Play,
    Quit,
    Report,
    RequestReport,
    Reset,
    Seek,
    SetExtras,
    SetSpeed,
    Step,
)
from .session import Session

IDLE_POLL = 0.1
USER_ERRORS = (ConfigError, DatasetError, ValueError)


class Server:
    """The child's state: the session (None until a configuration builds) and the pipe."""

    def __init__(self, messages: Connection, parts: int = 1) -> None:
        self.messages, self.parts = messages, parts
        self.session: Session | None = None

    def send_frame(self) -> None:
        if self.session is not None:
            for data in self.session.take_run_data():
                self.messages.send(data)
            self.messages.send(self.session.frame())

    def apply(self, command: Command) -> bool:
        """Carry out one command; returns whether a new frame should be sent."""
        if isinstance(command, Configure):
            return self._configure(command.runs)
        session = self.session
        if session is None:
            return False
        match command:
            case Play():
                session.play()
            case Pause():
                session.running = False
            case Step():
                session.running = False
                session.step(record=True)
            case Reset():
                session.reset()
            case SetSpeed(steps_per_second=rate):
                session.steps_cap = float(rate)
            case SetExtras(extras=extras):
                session.extras = frozenset(Extra(extra) for extra in extras)
            case Seek(step=step, tag=tag):
                session.seek(step, tag)
            case RequestReport(request_id=request_id):
                self.messages.send(Report(request_id, session.report_json()))
                return False
            case _:
                raise ValueError(f"unknown command {command!r}")
        return True

    def _configure(self, runs: tuple[Config, ...]) -> bool:
        try:
            if self.session is None:
                self.session = Session(runs, parts=self.parts)
            else:
                self.session.configure(runs)
        except USER_ERRORS as error:
            self.messages.send(Error(str(error)))
            return False
        except MemoryError as error:
            self.messages.send(Error(out_of_memory(error)))
            return False
        return True


def serve(
    commands: Connection, messages: Connection, runs: tuple[Config, ...], parts: int = 1
) -> None:
    """The child process's main loop; returns on Quit or when the GUI end closes. Each
    minibatch is trained in `parts` parts (core.threads)."""
    yield_to_the_window()
    server = Server(messages, parts)
    pacer = FramePacer()
    try:
        if server.apply(Configure(runs)):
            server.send_frame()
    except Exception:
        messages.send(Error(_crash_message()))
        return
    while True:
        try:
            session = server.session
            timeout = 0 if session is not None and session.running else IDLE_POLL
            changed = False
            while commands.poll(timeout):
                command = commands.recv()
                if isinstance(command, Quit):
                    return
                changed = server.apply(command) or changed
                timeout = 0
            session = server.session
            if session is None:
                continue
            stepped = session.advance(pacer.due) if session.running else 0
            if changed or stepped:
                start = time.process_time()
                server.send_frame()
                pacer.sent(time.process_time() - start + session.times.record_extra)
        except (EOFError, BrokenPipeError, OSError):
            return
        except MemoryError as error:
            messages.send(Error(out_of_memory(error)))
            if server.session is not None:
                server.session.running = False
        except Exception:
            messages.send(Error(_crash_message()))
            if server.session is not None:
                server.session.running = False


def _crash_message() -> str:
    """The last line of the traceback, with where it happened."""
    lines = traceback.format_exc().strip().splitlines()
    return f"training process error: {lines[-1]}"
