"""ScrubDesk's fast layer (the engine without the local model: the `--no-llm` path)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from bench.text.runners.common import Spans, parse_args, run


def _pythonpath_first() -> None:
    """`python -m` puts the working directory (this checkout) ahead of PYTHONPATH, so
    PYTHONPATH=/other/checkout would silently measure this checkout's engine. Put the PYTHONPATH
    entries first again: `desktop` then comes from there (bench itself is already imported)."""
    for entry in reversed([p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]):
        sys.path.insert(0, os.path.abspath(entry))


def load() -> Callable[[str], Spans]:
    _pythonpath_first()
    from desktop.engine.pipeline import Scrubber

    scrubber = Scrubber()

    def detect(text: str) -> Spans:
        return [
            (s.start, s.end, str(s.label)) for s in scrubber.detect(text, use_model=False).spans
        ]

    return detect


def info() -> dict[str, str]:
    from importlib.metadata import version

    import desktop

    info = {"scrubdesk": version("scrubdesk"), "config": "Scrubber().detect(text, use_model=False)"}
    if os.environ.get("PYTHONPATH"):  # say which checkout's engine was measured
        info["engine"] = os.path.dirname(os.path.dirname(os.path.abspath(desktop.__file__)))
    return info


def main(argv: Sequence[str] | None = None) -> int:
    return run("scrubdesk", load, parse_args(argv), info)


if __name__ == "__main__":
    raise SystemExit(main())
