import subprocess
import sys
from collections.abc import Callable

import pytest

Run = Callable[..., subprocess.CompletedProcess[bytes]]


@pytest.fixture
def scrubdesk() -> Run:
    """Run the real `scrubdesk` entry point in a fresh interpreter."""

    def run(
        *args: str, stdin: bytes | str = b"", timeout: float = 120
    ) -> subprocess.CompletedProcess[bytes]:
        data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        return subprocess.run(
            [sys.executable, "-m", "desktop.cli", *args],
            input=data,
            capture_output=True,
            timeout=timeout,
        )

    return run
