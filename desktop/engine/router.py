"""The optional local-vs-cloud router (a user setting, off by default).

When on, the local model is asked whether a request needs the cloud at all; when it does not,
the local model answers and nothing is sent. Any failure of the local model sends the request
the normal way (scrubbed and leak-checked), so the router can only ever reduce what is sent.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)


class LocalAnswerer(Protocol):
    """A local model that can judge and answer requests (implemented in the runtimes)."""

    def needs_cloud(self, text: str) -> bool: ...

    def answer(self, text: str) -> str: ...


@dataclass(frozen=True, slots=True)
class Route:
    local: bool  # True: answer on the device, send nothing
    reason: str  # shown to the user; never holds user text


CLOUD_DISABLED = Route(False, "router is off")


@dataclass
class Router:
    local: LocalAnswerer | None = None
    enabled: bool = False

    def route(self, text: str) -> Route:
        if not self.enabled:
            return CLOUD_DISABLED
        if self.local is None:
            return Route(False, "no local model is loaded")
        try:
            needs_cloud = self.local.needs_cloud(text)
        except Exception as exc:  # the local model failed: fall back to the scrubbed cloud path
            log.warning("router: local model failed (%s); using the cloud", type(exc).__name__)
            return Route(False, f"the local model could not decide ({type(exc).__name__})")
        if needs_cloud:
            return Route(False, "the local model says this needs the cloud")
        return Route(True, "answered on this device")

    def answer_locally(self, text: str) -> str | None:
        """The local answer, or None when the local model failed (then use the cloud)."""
        if self.local is None:
            return None
        try:
            answer = self.local.answer(text)
        except Exception as exc:
            log.warning("router: local answer failed (%s); using the cloud", type(exc).__name__)
            return None
        return answer if answer.strip() else None
