"""One running instance per user: `scrubdesk scrub-clipboard` asks it to scrub over QLocalServer.

This is the fallback where no global-hotkey backend works (e.g. some Wayland desktops): the user
binds `scrubdesk scrub-clipboard` to a key in the desktop's own settings.
"""

from __future__ import annotations

import getpass
import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

COMMANDS = (b"scrub-clipboard", b"show")
TIMEOUT_MS = 3000


def server_name() -> str:
    user = re.sub(r"[^A-Za-z0-9_.-]", "_", getpass.getuser())
    return f"scrubdesk-{user}"


class InstanceServer(QObject):
    """Listens for one-line commands from `scrubdesk scrub-clipboard` and friends."""

    command = Signal(str)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # a stale socket from a crashed instance
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).strip()
        if line in COMMANDS:
            socket.write(b"ok\n")
            self.command.emit(line.decode())
        else:
            socket.write(b"unknown command\n")
        socket.flush()
        socket.disconnectFromServer()


def send_command(command: str, name: str | None = None) -> str:
    """Send a command to the running instance; returns its answer or raises ConnectionError."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        raise ConnectionError("ScrubDesk is not running; start it first (scrubdesk)")
    socket.write(command.encode() + b"\n")
    socket.flush()
    if not socket.waitForReadyRead(TIMEOUT_MS):
        raise ConnectionError("ScrubDesk did not answer")
    answer = bytes(socket.readAll().data()).decode().strip()
    socket.disconnectFromServer()
    return answer
