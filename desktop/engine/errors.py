"""The engine's exception tree. Every message is plain, one line, and free of user data.

ScrubDeskError
├── InputError          bad input: empty, binary, not UTF-8, too large
│   └── InputTooLarge
├── ModelError          a local model is missing, corrupt, failed or was cancelled
├── Cancelled           the user cancelled a running job
├── LeakError           the outgoing request still holds a vault value (send refused)
└── CloudError          a cloud provider call failed (subclasses in desktop.engine.cloud)
"""

from __future__ import annotations


class ScrubDeskError(Exception):
    """Base class: `str(error)` is a message fit to show the user."""


class InputError(ScrubDeskError):
    pass


class InputTooLarge(InputError):
    pass


class ModelError(ScrubDeskError):
    pass


class Cancelled(ScrubDeskError):
    pass


class LeakError(ScrubDeskError):
    pass


class CloudError(ScrubDeskError):
    pass
