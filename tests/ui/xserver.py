"""A private Xvfb display for tests that need a real X server."""

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def xvfb_display(
    first: int, screen: str, tools: tuple[str, ...] = ("Xvfb", "xdotool")
) -> Iterator[str]:
    """Start Xvfb on a display number near `first`; skip when the tools are not installed."""
    missing = [tool for tool in tools if not shutil.which(tool)]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (.ci/run installs them)")
    display = f":{first + os.getpid() % 9}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", screen, "-nolisten", "tcp"])
    try:
        for _ in range(100):
            if os.path.exists(f"/tmp/.X11-unix/X{display[1:]}"):
                break
            time.sleep(0.05)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)
