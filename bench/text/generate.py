"""Seeded generator of labelled benchmark documents.

    .venv/bin/python -m bench.text.generate --split dev --out bench/out/text-dev-docs.jsonl

The same seed, split, size and Faker version always give byte-identical output. Templates belong
to one split (bench/text/templates); values are drawn fresh for every document.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence
from pathlib import Path

from bench.text.fill import fill, fullwidth_variant
from bench.text.piece import GenContext, Mark, Piece
from bench.text.schema import BenchDoc, GoldSpan, NegativeSpan, write_jsonl
from bench.text.templates import GENRES, LANGS, SPLITS, Template, templates_for

DEFAULT_SEED = 20240613
DEFAULT_DOCS = 3000
DEFAULT_LONG = 150
GENRE_WEIGHTS = {"chat": 0.25, "email": 0.2, "form": 0.2, "ticket": 0.2, "config": 0.15}
HELDOUT_NAMES = {"dev": 0.0, "test": 0.5}  # share of names from bench/text/names_heldout.py
FULLWIDTH_SHARE = 0.12  # of zh and mixed documents outside config files
LONG_BYTES = (1950, 2300)  # "about 2 KB" of UTF-8: stop adding messages once past the first


def make_context(seed: int, split: str) -> GenContext:
    from faker import Faker

    derived = seed * 10 + SPLITS.index(split)
    fake_zh, fake_en = Faker("zh_TW"), Faker("en_US")
    fake_zh.seed_instance(derived)
    fake_en.seed_instance(derived + 1)
    return GenContext(random.Random(derived), fake_zh, fake_en, heldout_names=HELDOUT_NAMES[split])


def _by_group(templates: Sequence[Template]) -> dict[tuple[str, str], list[Template]]:
    groups: dict[tuple[str, str], list[Template]] = {}
    for t in templates:
        groups.setdefault((t.lang, t.genre), []).append(t)
    return groups


def _to_doc(
    doc_id: str, split: str, lang: str, genre: str, template: str, fullwidth: str, piece: Piece
) -> BenchDoc:
    spans = tuple(GoldSpan(m.start, m.end, m.label) for m in piece.marks if m.label)
    negs = tuple(NegativeSpan(m.start, m.end, m.neg) for m in piece.marks if m.neg)
    return BenchDoc(doc_id, split, lang, genre, template, fullwidth, piece.text, spans, negs)


def _short_doc(
    ctx: GenContext, split: str, index: int, groups: dict[tuple[str, str], list[Template]]
) -> BenchDoc:
    lang = ctx.rng.choice(LANGS)
    genre = ctx.rng.choices(GENRES, weights=[GENRE_WEIGHTS[g] for g in GENRES])[0]
    template = ctx.rng.choice(groups[(lang, genre)])
    ctx.lang = lang
    piece = fill(template.text, ctx)
    mode = "none"
    if lang != "en" and genre != "config" and ctx.chance(FULLWIDTH_SHARE):
        mode = "all" if ctx.chance(0.4) else "pii"
        piece = fullwidth_variant(piece, mode)
    return _to_doc(f"{split}-{index:05d}", split, lang, genre, template.id, mode, piece)


def _long_doc(
    ctx: GenContext,
    split: str,
    index: int,
    lang: str,
    groups: dict[tuple[str, str], list[Template]],
) -> BenchDoc:
    """A thread of several messages of one language, about 2 KB of UTF-8."""
    low, high = LONG_BYTES
    parts: list[Piece] = []
    used: list[str] = []
    size = 0
    ctx.lang = lang
    for _ in range(200):
        if size >= low:
            break
        genre = ctx.rng.choice(("chat", "chat", "email", "ticket", "form"))
        template = ctx.rng.choice(groups[(lang, genre)])
        piece = fill(template.text, ctx)
        extra = len(piece.text.encode("utf-8")) + 2
        if size + extra > high:
            continue
        parts.append(piece)
        used.append(template.id)
        size += extra
    text: list[str] = []
    marks: list[Mark] = []
    offset = 0
    for piece in parts:
        text.append(piece.text)
        marks.extend(Mark(m.start + offset, m.end + offset, m.label, m.neg) for m in piece.marks)
        offset += len(piece.text) + 2
    joined = Piece("\n\n".join(text), tuple(marks))
    return _to_doc(f"{split}-long-{index:04d}", split, lang, "long", "+".join(used), "none", joined)


def generate(
    split: str, n_docs: int = DEFAULT_DOCS, n_long: int = DEFAULT_LONG, seed: int = DEFAULT_SEED
) -> list[BenchDoc]:
    ctx = make_context(seed, split)
    groups = _by_group(templates_for(split))
    docs = [_short_doc(ctx, split, i, groups) for i in range(n_docs)]
    docs += [_long_doc(ctx, split, i, LANGS[i % len(LANGS)], groups) for i in range(n_long)]
    return docs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, required=True)
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    parser.add_argument("--n-docs", type=int, default=DEFAULT_DOCS)
    parser.add_argument("--n-long", type=int, default=DEFAULT_LONG)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    docs = generate(args.split, args.n_docs, args.n_long, args.seed)
    write_jsonl(args.out, (d.to_json() for d in docs))
    print(f"wrote {len(docs)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
