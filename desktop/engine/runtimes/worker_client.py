"""The app's side of a model worker process (DESIGN.md, "Threads and processes").

`WorkerTextModel` starts the worker on first use, loads the model once and keeps it alive for
later requests. One request runs at a time (a lock), because the worker owns one model. While
waiting it polls `cancel()`; cancelling ends the worker, which is the only way to stop a prompt
that is still being evaluated, and gives its memory back. A worker that dies (a native crash),
answers garbage or hangs past the timeout becomes a `ModelError`; the next request starts a
fresh worker.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
import weakref

from desktop.engine.errors import Cancelled, ModelError
from desktop.engine.runtimes.base import (
    CancelFn,
    ContextOverflow,
    DeviceInfo,
    Generation,
    GenerationRequest,
)
from desktop.engine.runtimes.protocol import ProtocolError, read_frame, write_frame
from desktop.engine.runtimes.worker_main import WORKER_FLAG

_POLL_S = 0.05
_EOF = object()


def worker_command() -> list[str]:
    """How to start a worker: the interpreter, or the frozen app itself with a flag."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "desktop.engine.runtimes.worker_main"]


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "it stopped answering"
    if code < 0:
        try:
            return f"it crashed ({signal.Signals(-code).name})"
        except ValueError:
            return f"it was killed by signal {-code}"
    return f"it exited with code {code}"


class _Worker:
    """One running worker process and the thread that reads its replies."""

    def __init__(self, env: dict[str, str] | None) -> None:
        # Native logs go to a private temp file: a pipe nobody drains would block the worker.
        self.stderr_log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in kill())
        self.process = subprocess.Popen(
            worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr_log,
            env=env,
        )
        self.replies: queue.Queue[object] = queue.Queue()
        self.reader = threading.Thread(target=self._read, name="model-worker-reader", daemon=True)
        self.reader.start()

    def _read(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        try:
            while (message := read_frame(stdout)) is not None:
                self.replies.put(message)
        except (ProtocolError, ValueError, OSError):
            pass
        self.replies.put(_EOF)

    def send(self, message: dict[str, object]) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        write_frame(stdin, message)

    def native_hint(self) -> str:
        """The last error-looking line the native library printed, if any (no user text)."""
        with contextlib.suppress(OSError):
            self.stderr_log.seek(0, os.SEEK_END)
            size = self.stderr_log.tell()
            self.stderr_log.seek(max(0, size - 4096))
            tail = self.stderr_log.read().decode("utf-8", errors="replace").splitlines()
            for line in reversed(tail):
                lowered = line.lower()
                if any(word in lowered for word in ("error", "assert", "failed", "abort")):
                    return line.strip()[:200]
        return ""

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()
        self.stderr_log.close()

    def shutdown(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.send({"op": "shutdown"})
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=2)
        self.kill()


def _close_worker(holder: list[_Worker | None]) -> None:
    worker = holder[0]
    holder[0] = None
    if worker is not None:
        worker.shutdown()


class WorkerTextModel:
    """A model loaded in its own process; satisfies `TextModel`."""

    def __init__(
        self,
        backend: str,
        path: str,
        *,
        name: str,
        options: dict[str, object] | None = None,
        load_timeout_s: float = 300.0,
        request_timeout_s: float = 600.0,
        env: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.backend = backend
        self.path = path
        self.options = dict(options or {})
        self.load_timeout_s = load_timeout_s
        self.request_timeout_s = request_timeout_s
        self.env = env
        self._lock = threading.Lock()
        self._holder: list[_Worker | None] = [None]
        self._device: DeviceInfo | None = None
        self.restarts = 0  # workers started after the first; for tests and diagnostics
        self._started = 0
        # Close the worker when this object goes away or the interpreter exits.
        self._finalizer = weakref.finalize(self, _close_worker, self._holder)

    # ----- TextModel -----

    def device(self) -> DeviceInfo:
        with self._lock:
            self._ensure_loaded(None)
            assert self._device is not None
            return self._device

    def generate(self, request: GenerationRequest, cancel: CancelFn | None = None) -> Generation:
        reply = self.request({"op": "generate", "request": request.to_wire()}, cancel)
        generation = reply.get("generation")
        if not isinstance(generation, dict):
            raise ModelError(f"the model worker for '{self.name}' sent a malformed reply")
        return Generation.from_wire(generation)

    def request(
        self, message: dict[str, object], cancel: CancelFn | None = None
    ) -> dict[str, object]:
        """One request to the worker (a text generation, an image prompt); loads first."""
        with self._lock:
            self._ensure_loaded(cancel)
            return self._call(message, cancel, self.request_timeout_s)

    def close(self) -> None:
        with self._lock:
            _close_worker(self._holder)
            self._device = None

    @property
    def worker_pid(self) -> int | None:
        worker = self._holder[0]
        return worker.process.pid if worker is not None else None

    # ----- internals -----

    def _ensure_loaded(self, cancel: CancelFn | None) -> None:
        if self._holder[0] is not None and self._holder[0].process.poll() is None:
            return
        _close_worker(self._holder)
        if self._started:
            self.restarts += 1
        self._started += 1
        try:
            self._holder[0] = _Worker(self.env)
        except OSError as exc:
            raise ModelError(f"the model worker could not start: {exc.strerror or exc}") from exc
        message: dict[str, object] = {
            "op": "load",
            "backend": self.backend,
            "path": self.path,
            "options": self.options,
        }
        reply = self._call(message, cancel, self.load_timeout_s)
        device = reply.get("device")
        if not isinstance(device, dict):
            raise ModelError(f"the model worker for '{self.name}' sent a malformed reply")
        self._device = DeviceInfo.from_wire(device)

    def _call(
        self, message: dict[str, object], cancel: CancelFn | None, timeout_s: float
    ) -> dict[str, object]:
        worker = self._holder[0]
        assert worker is not None
        try:
            worker.send(message)
        except (OSError, ValueError):
            return self._died(worker)
        deadline = time.monotonic() + timeout_s
        while True:
            if cancel is not None and cancel():
                self._stop()
                raise Cancelled(f"the local model '{self.name}' was cancelled")
            try:
                reply = worker.replies.get(timeout=_POLL_S)
            except queue.Empty:
                if time.monotonic() > deadline:
                    self._stop()
                    raise ModelError(
                        f"the local model '{self.name}' did not answer within {timeout_s:g} s "
                        "and was stopped"
                    ) from None
                continue
            if reply is _EOF or not isinstance(reply, dict):
                return self._died(worker)
            if not reply.get("ok"):
                if message["op"] == "load":
                    self._stop()
                error = ContextOverflow if reply.get("kind") == "ContextOverflow" else ModelError
                raise error(f"local model '{self.name}': {reply.get('error', 'failed')}")
            return reply

    def _died(self, worker: _Worker) -> dict[str, object]:
        with contextlib.suppress(subprocess.TimeoutExpired):
            worker.process.wait(timeout=2)
        reason = _describe_exit(worker.process.poll())
        hint = worker.native_hint()
        self._stop()
        detail = f"; last native message: {hint}" if hint else ""
        raise ModelError(f"the model worker for '{self.name}' stopped: {reason}{detail}")

    def _stop(self) -> None:
        worker = self._holder[0]
        self._holder[0] = None
        self._device = None
        if worker is not None:
            worker.kill()
