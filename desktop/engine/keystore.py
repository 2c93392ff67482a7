"""API keys in the OS keychain (macOS Keychain, Windows Credential Locker, Secret Service,
KWallet) through `keyring`.

With no usable keychain the key is kept in memory for this session only, and `notice` says so;
there is never a plaintext fallback: backends that write files in the clear (keyrings.alt) and
the fail/null backends are refused. Keys never appear in a repr, a log line or an exception.
A person who wants keys kept for the session only, even where a keychain exists, sets
SCRUBDESK_SESSION_ONLY_KEYS=1; the self-test then accepts a machine without a keychain.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "scrubdesk"

# Backends that keep secrets encrypted by the OS. Anything else found automatically is refused.
_SECURE_MODULES = (
    "keyring.backends.macOS",
    "keyring.backends.Windows",
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
)
# Never acceptable, even when passed in explicitly: they store nothing or store plaintext.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

SESSION_ONLY_ENV = "SCRUBDESK_SESSION_ONLY_KEYS"
SESSION_ONLY_NOTICE = (
    f"API keys are kept in memory for this session only ({SESSION_ONLY_ENV} is set); "
    "you will be asked again next time"
)

MEMORY_NOTICE = (
    "No usable system keychain was found, so API keys are kept in memory for this session "
    "only; you will be asked again next time"
)


def session_only_chosen() -> bool:
    """True when the person chose session-only keys (SCRUBDESK_SESSION_ONLY_KEYS=1)."""
    return os.environ.get(SESSION_ONLY_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def _module_of(backend: object) -> str:
    return type(backend).__module__


def is_refused(backend: object) -> bool:
    return _module_of(backend).startswith(_REFUSED_MODULES)


def is_secure(backend: object) -> bool:
    return _module_of(backend).startswith(_SECURE_MODULES) and not is_refused(backend)


# Tried directly when keyring's own discovery finds nothing: a frozen bundle (PyInstaller) can
# lose the entry points through which keyring discovers its backends.
_PLATFORM_BACKENDS = {
    "darwin": (("keyring.backends.macOS", "Keyring"),),
    "win32": (("keyring.backends.Windows", "WinVaultKeyring"),),
    "linux": (
        ("keyring.backends.SecretService", "Keyring"),
        ("keyring.backends.libsecret", "Keyring"),
        ("keyring.backends.kwallet", "DBusKeyring"),
    ),
}


def platform_backends() -> list[KeyringBackend]:
    """This platform's OS keychain backends that are usable here, imported by name."""
    import importlib
    import sys

    found: list[KeyringBackend] = []
    for module_name, class_name in _PLATFORM_BACKENDS.get(sys.platform, ()):
        try:
            backend_class = getattr(importlib.import_module(module_name), class_name)
            if backend_class.viable:
                found.append(backend_class())
        except Exception as exc:  # missing D-Bus, no secretstorage, ...: not usable
            log.debug("keychain backend %s not usable (%s)", module_name, type(exc).__name__)
    return found


def offered_backends() -> list[str]:
    """`module.Class` of every backend `keyring` itself would use here (for messages)."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend

        chosen = keyring.get_keyring()
        backends = list(ChainerBackend.backends) if isinstance(chosen, ChainerBackend) else [chosen]
    except Exception as exc:  # a broken keyring install
        return [f"none ({type(exc).__name__})"]
    return [f"{_module_of(b)}.{type(b).__name__}" for b in backends] or ["none"]


def find_secure_backend() -> KeyringBackend | None:
    """The OS keychain that `keyring` would use, if it is one we trust; else None."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend

        chosen = keyring.get_keyring()
        candidates = (
            list(ChainerBackend.backends) if isinstance(chosen, ChainerBackend) else [chosen]
        )
    except Exception as exc:  # a broken keyring install must not stop the app
        log.warning("keychain lookup failed (%s)", type(exc).__name__)
        candidates = []
    secure = [backend for backend in candidates if is_secure(backend)]
    if not secure:
        secure = [backend for backend in platform_backends() if is_secure(backend)]
    return secure[0] if secure else None


class SecretStore:
    """Named secrets (one per provider). `persistent` is False when keys live in memory only."""

    def __init__(self, backend: KeyringBackend | None = None, *, detect: bool = True) -> None:
        chosen_session_only = backend is None and session_only_chosen()
        if backend is not None and is_refused(backend):
            backend = None
        elif backend is None and detect and not chosen_session_only:
            backend = find_secure_backend()
        self._backend = backend
        self._memory: dict[str, str] = {}
        self._notice: str | None = None
        if backend is None:
            self._notice = SESSION_ONLY_NOTICE if chosen_session_only else MEMORY_NOTICE

    def __repr__(self) -> str:  # names of backends only, never keys
        where = type(self._backend).__name__ if self._backend is not None else "memory"
        return f"<SecretStore in {where}, {len(self._memory)} session keys>"

    @property
    def persistent(self) -> bool:
        return self._backend is not None

    @property
    def notice(self) -> str | None:
        """A sentence for the user when keys are not saved in the keychain."""
        return self._notice

    def get(self, name: str) -> str | None:
        if name in self._memory:
            return self._memory[name]
        if self._backend is None:
            return None
        try:
            return self._backend.get_password(SERVICE, name)
        except Exception as exc:  # locked or broken keychain: behave as if not saved
            self._fall_back(exc, "read")
            return None

    def set(self, name: str, secret: str) -> None:
        secret = secret.strip()
        if not secret:
            raise ValueError("an empty key cannot be stored")
        if self._backend is not None:
            try:
                self._backend.set_password(SERVICE, name, secret)
            except Exception as exc:
                self._fall_back(exc, "store")
            else:
                self._memory.pop(name, None)
                return
        self._memory[name] = secret

    def delete(self, name: str) -> None:
        self._memory.pop(name, None)
        if self._backend is None:
            return
        try:
            self._backend.delete_password(SERVICE, name)
        except Exception as exc:  # PasswordDeleteError when absent is fine
            log.debug("keychain delete did nothing (%s)", type(exc).__name__)

    def _fall_back(self, exc: Exception, action: str) -> None:
        # Only the exception's type: a backend's message could in theory echo what it was given.
        log.warning("keychain could not %s a key (%s); using memory", action, type(exc).__name__)
        self._backend = None
        self._notice = (
            f"The system keychain could not {action} the key ({type(exc).__name__}), so it is "
            "kept in memory for this session only"
        )
