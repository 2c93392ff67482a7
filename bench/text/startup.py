"""Start-up time of `scrubdesk scrub --no-llm` on a short text, interpreter start-up included."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

SHORT_TEXT = "請聯絡王小明，手機 0912-345-678，email wang.xm@example.com。\n"


def cli_command(python: Path) -> list[str]:
    """The console script when it is installed, else `python -m desktop.cli` (same code path)."""
    script = python.parent / ("scrubdesk.exe" if sys.platform == "win32" else "scrubdesk")
    if script.exists():
        return [str(script), "scrub", "--no-llm", "-"]
    return [str(python), "-m", "desktop.cli", "scrub", "--no-llm", "-"]


def _time_once(command: list[str], cwd: Path) -> tuple[float, int, str]:
    started = time.perf_counter()
    done = subprocess.run(
        command,
        input=SHORT_TEXT.encode("utf-8"),
        capture_output=True,
        cwd=cwd,
        timeout=60,
        check=False,
    )
    elapsed = time.perf_counter() - started
    last = (
        done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] if done.returncode else []
    )
    return elapsed, done.returncode, (last[0][:200] if last else "")


def measure(command: list[str], cwd: Path, runs: int = 10) -> dict[str, object]:
    """Median wall time of `runs` runs after one untimed run (to warm the file cache)."""
    _time_once(command, cwd)
    times, failures = [], []
    for _ in range(runs):
        elapsed, code, error = _time_once(command, cwd)
        if code == 0:
            times.append(elapsed)
        else:
            failures.append(f"exit {code}: {error}")
    result: dict[str, object] = {"command": " ".join(command), "runs": runs, "ok": not failures}
    if times:
        result |= {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times)}
    if failures:
        result["error"] = failures[0]
    return result


def measure_all(python: Path, cwd: Path, runs: int = 10) -> dict[str, object]:
    return {
        "cli": measure(cli_command(python), cwd, runs),
        "python_floor": measure([str(python), "-c", "pass"], cwd, runs),
    }
