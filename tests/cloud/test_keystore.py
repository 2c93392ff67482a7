"""SecretStore: the OS keychain when there is a trusted one, memory for the session otherwise,
never plaintext."""

from __future__ import annotations

import logging

import pytest
from keyring.errors import KeyringLocked, PasswordDeleteError

from desktop.engine import keystore
from desktop.engine.keystore import MEMORY_NOTICE, SERVICE, SecretStore
from tests.cloud.helpers import API_KEY


class FakeKeychain:
    """An OS keychain stand-in (kept in a dict); `locked` makes every call fail. Not a
    KeyringBackend subclass on purpose: those register themselves with keyring globally."""

    def __init__(self, locked: bool = False) -> None:
        self.saved: dict[tuple[str, str], str] = {}
        self.locked = locked

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise KeyringLocked("locked")
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked:
            raise KeyringLocked("locked")
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.saved:
            raise PasswordDeleteError("absent")
        del self.saved[(service, username)]


class PlaintextKeyring(FakeKeychain):
    pass


PlaintextKeyring.__module__ = "keyrings.alt.file"  # what keyrings.alt's plaintext backend is


class SecretServiceLike(FakeKeychain):
    pass


SecretServiceLike.__module__ = "keyring.backends.SecretService"


def test_no_usable_backend_keeps_the_key_in_memory_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(keystore, "find_secure_backend", lambda: None)
    store = SecretStore()
    assert not store.persistent and store.notice == MEMORY_NOTICE
    assert store.get("openai") is None
    store.set("openai", f"  {API_KEY}\n")
    assert store.get("openai") == API_KEY
    assert API_KEY not in repr(store)
    store.delete("openai")
    assert store.get("openai") is None
    assert SecretStore().get("openai") is None  # a new session: nothing was written anywhere


def test_the_fail_backend_and_an_empty_chain_mean_no_keychain(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring
    from keyring.backends import chainer, fail

    monkeypatch.setattr(keystore, "platform_backends", list)  # no OS keychain to fall back on
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    assert keystore.find_secure_backend() is None
    monkeypatch.setattr(keyring, "get_keyring", chainer.ChainerBackend)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [PlaintextKeyring()])
    assert keystore.find_secure_backend() is None
    secret_service = SecretServiceLike()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [PlaintextKeyring(), secret_service])
    assert keystore.find_secure_backend() is secret_service


def test_a_bundle_without_entry_points_still_finds_the_os_keychain(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring
    from keyring.backends import fail

    secret_service = SecretServiceLike()
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    monkeypatch.setattr(keystore, "platform_backends", lambda: [PlaintextKeyring(), secret_service])
    assert keystore.find_secure_backend() is secret_service


def test_platform_backends_are_only_usable_ones() -> None:
    for backend in keystore.platform_backends():  # none on a headless CI machine
        assert keystore.is_secure(backend)


def test_a_plaintext_backend_is_refused_even_when_passed_in() -> None:
    plaintext = PlaintextKeyring()
    store = SecretStore(plaintext)
    store.set("openai", API_KEY)
    assert plaintext.saved == {} and not store.persistent and store.notice
    assert store.get("openai") == API_KEY


def test_a_trusted_keychain_stores_under_the_service_name() -> None:
    chain = FakeKeychain()
    store = SecretStore(chain)
    assert store.persistent and store.notice is None
    store.set("anthropic", API_KEY)
    assert chain.saved == {(SERVICE, "anthropic"): API_KEY}
    assert SecretStore(chain).get("anthropic") == API_KEY  # the next session reads it back
    store.delete("anthropic")
    store.delete("anthropic")  # absent: no error
    assert chain.saved == {}


def test_detection_trusts_only_os_keychains(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    monkeypatch.setattr(keystore, "platform_backends", list)
    secret_service = SecretServiceLike()
    monkeypatch.setattr(keyring, "get_keyring", lambda: secret_service)
    assert keystore.find_secure_backend() is secret_service
    monkeypatch.setattr(keyring, "get_keyring", lambda: PlaintextKeyring())
    assert keystore.find_secure_backend() is None
    monkeypatch.setattr(keyring, "get_keyring", lambda: FakeKeychain())  # unknown module
    assert keystore.find_secure_backend() is None


def test_a_locked_keychain_falls_back_to_memory_without_logging_the_key(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    store = SecretStore(FakeKeychain(locked=True))
    store.set("gemini", API_KEY)
    assert store.get("gemini") == API_KEY
    assert not store.persistent and "KeyringLocked" in (store.notice or "")
    assert API_KEY not in caplog.text and "KeyringLocked" in caplog.text


def test_an_empty_key_is_refused() -> None:
    with pytest.raises(ValueError):
        SecretStore(FakeKeychain()).set("openai", "   ")
