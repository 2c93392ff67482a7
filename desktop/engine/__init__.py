"""Qt-free core of ScrubDesk.

Importing this package is cheap on purpose: the CLI and the clipboard hotkey pay start-up on
every call, so heavy modules are imported only where they are used.
"""
