"""Benchmark documents and predictions as JSON lines. Standard library only."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class NegativeSpan:
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class BenchDoc:
    id: str
    split: str
    lang: str  # en | zh | mixed
    genre: str  # chat | email | form | ticket | config | long
    template: str  # template id(s), "+"-joined for long documents
    fullwidth: str  # none | pii (only values) | all (the whole document)
    text: str
    spans: tuple[GoldSpan, ...] = field(default_factory=tuple)
    negatives: tuple[NegativeSpan, ...] = field(default_factory=tuple)

    @property
    def is_long(self) -> bool:
        return self.genre == "long"

    @property
    def pii_free(self) -> bool:
        return not self.spans

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["spans"] = [asdict(s) for s in self.spans]
        data["negatives"] = [asdict(n) for n in self.negatives]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BenchDoc:
        spans = tuple(GoldSpan(**s) for s in data["spans"])
        negs = tuple(NegativeSpan(**n) for n in data["negatives"])
        fields = {k: v for k, v in data.items() if k not in ("spans", "negatives")}
        return cls(**fields, spans=spans, negatives=negs)


def write_jsonl(path: Path, rows: Iterable[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as src:
        for line in src:
            if line.strip():
                yield json.loads(line)


def load_docs(path: Path) -> list[BenchDoc]:
    return [BenchDoc.from_json(row) for row in read_jsonl(path)]
