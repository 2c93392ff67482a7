"""ScrubDesk's fast layer (the engine without the local model: the `--no-llm` path)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bench.text.runners.common import Spans, parse_args, run


def load() -> Callable[[str], Spans]:
    from desktop.engine.pipeline import Scrubber

    scrubber = Scrubber()

    def detect(text: str) -> Spans:
        return [
            (s.start, s.end, str(s.label)) for s in scrubber.detect(text, use_model=False).spans
        ]

    return detect


def info() -> dict[str, str]:
    from importlib.metadata import version

    return {"scrubdesk": version("scrubdesk"), "config": "Scrubber().detect(text, use_model=False)"}


def main(argv: Sequence[str] | None = None) -> int:
    return run("scrubdesk", load, parse_args(argv), info)


if __name__ == "__main__":
    raise SystemExit(main())
