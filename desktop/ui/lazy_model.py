"""A local model the app opens on first use and keeps: the text model layer and the image model
share this. Opening is cheap (each model loads lazily, in its own worker process); a missing or
broken model is remembered as an error rather than retried on every use, since the fast layers
still work without it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from desktop.engine.errors import ScrubDeskError

T = TypeVar("T")


class LazyModel(Generic[T]):
    def __init__(self, open_model: Callable[[], T | None]) -> None:
        self._open = open_model
        self.value: T | None = None
        self.error: str | None = None  # why it could not be opened (value-free)

    def get(self) -> T | None:
        if self.value is None and self.error is None:
            try:
                self.value = self._open()
            except ScrubDeskError as exc:
                self.error = str(exc)
        return self.value

    def reset(self) -> None:
        """Close the model, ending its worker process; the next `get` opens it again."""
        close = getattr(self.value, "close", None)
        if callable(close):
            close()
        self.value, self.error = None, None
