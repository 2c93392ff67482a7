from collections.abc import Iterator

import pytest

from tests.cloud.fake_server import FakeProviderServer


@pytest.fixture
def server() -> Iterator[FakeProviderServer]:
    with FakeProviderServer() as running:
        yield running
    assert running.errors == []
