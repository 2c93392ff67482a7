"""scrubadub with the zh_TW locale and its default detectors (run from .venv-bench)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from bench.text.runners.common import Spans, parse_args, run

LABELS = {
    "phone": "PHONE",
    "email": "EMAIL",
    "credit_card": "CREDIT_CARD",
    "credential": "SECRET",
    "name": "PERSON",
    "address": "ADDRESS",
    "date_of_birth": "DATE_OF_BIRTH",
}


def _label(filth: object) -> str:
    kind = str(getattr(filth, "type", "unknown"))
    if kind == "unknown" and getattr(filth, "filths", None):  # MergedFilth: the first part's type
        kind = str(filth.filths[0].type)  # type: ignore[attr-defined]
    return LABELS.get(kind, f"OTHER:{kind}")


def load() -> Callable[[str], Spans]:
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import scrubadub

    scrubber = scrubadub.Scrubber(locale="zh_TW")

    def detect(text: str) -> Spans:
        return [(f.beg, f.end, _label(f)) for f in scrubber.iter_filth(text)]

    return detect


def info() -> dict[str, str]:
    from importlib.metadata import version

    return {"scrubadub": version("scrubadub"), "config": "Scrubber(locale='zh_TW') defaults"}


def main(argv: Sequence[str] | None = None) -> int:
    return run("scrubadub", load, parse_args(argv), info)


if __name__ == "__main__":
    raise SystemExit(main())
