"""The engine's exception tree. Every message is plain, one line, and free of user data.

ScrubDeskError
├── InputError          bad input: empty, binary, not UTF-8, too large
│   ├── InputTooLarge
│   ├── BinaryInput         binary data (an image, an archive, NUL bytes) instead of text
│   ├── UndecodableInput    text in no encoding ScrubDesk reads (desktop.engine.textdecode)
│   └── UnencodableOutput   --keep-encoding: the output has a character the encoding lacks
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


class BinaryInput(InputError):
    pass


class UndecodableInput(InputError):
    pass


class UnencodableOutput(InputError):
    pass


class ModelError(ScrubDeskError):
    pass


class Cancelled(ScrubDeskError):
    pass


class LeakError(ScrubDeskError):
    pass


class CloudError(ScrubDeskError):
    pass
