"""Background work that reads like a sentence: `Op(parent, fn).success(cb).failure(cb).run()`.

`fn` runs on an executor (never the GUI thread); the callbacks run on the GUI thread through a
queued Qt signal (the Future -> Signal bridge). One single-thread executor owns the engine, so
detectors and any loaded model have exactly one owner; cloud calls use their own small pool.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")

ENGINE_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scrubdesk-engine")
CLOUD_EXECUTOR = ThreadPoolExecutor(max_workers=2, thread_name_prefix="scrubdesk-cloud")
# The local model's only user in this process (its worker process owns the weights).
MODEL_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scrubdesk-model")


# Ops in flight. Qt holds only weak references to Python slots, so an Op nobody else keeps
# would be collected before its result arrives.
_IN_FLIGHT: set[Op[Any]] = set()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from workers arrive there queued."""

    finished = Signal(object)
    progressed = Signal(object)


class Op(Generic[T]):
    def __init__(
        self, parent: QObject, fn: Callable[[], T], executor: Executor = ENGINE_EXECUTOR
    ) -> None:
        self._fn = fn
        self._executor = executor
        self._on_success: Callable[[T], Any] = lambda _result: None
        self._on_failure: Callable[[BaseException], Any] | None = None
        self._relay = _Relay(parent)
        self._relay.finished.connect(self._deliver)
        self.future: Future[T] | None = None

    @classmethod
    def reporting(
        cls,
        parent: QObject,
        fn: Callable[[Callable[[object], None]], T],
        executor: Executor = ENGINE_EXECUTOR,
    ) -> Op[T]:
        """An Op whose `fn(report)` can call `report(item)` from the worker; see `on_progress`."""
        op: Op[T] = cls(parent, lambda: fn(emit), executor)
        emit = op._relay.progressed.emit
        return op

    def success(self, callback: Callable[[T], Any]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> Op[T]:
        self._on_failure = callback
        return self

    def on_progress(self, callback: Callable[[Any], Any]) -> Op[T]:
        self._relay.progressed.connect(callback)
        return self

    def run(self) -> Future[T]:
        _IN_FLIGHT.add(self)
        self.future = self._executor.submit(self._fn)
        self.future.add_done_callback(self._relay.finished.emit)
        return self.future

    def _deliver(self, future: Future[T]) -> None:
        _IN_FLIGHT.discard(self)
        self._relay.deleteLater()
        if future.cancelled():
            return
        error = future.exception()
        if error is None:
            self._on_success(future.result())
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            from desktop.ui.errors import show_error

            show_error(None, error)
