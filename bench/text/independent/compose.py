"""Turn templates into `BenchDoc`s: pick language, template and variant per document, fill the
slots with fresh values, and join short fills into ~2 KB documents.

Every document gets its own random.Random seeded by a string (seed, split, kind, index): string
seeds are hashed with SHA-512, so they do not depend on PYTHONHASHSEED, and adding a template
changes only the documents that pick it rather than shifting every later value.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from bench.text.independent.build import Piece, Seg, parse
from bench.text.independent.slots import SLOTS
from bench.text.independent.templates import LANGS, PROSE_GENRES, Template, templates_for
from bench.text.schema import BenchDoc, GoldSpan, NegativeSpan

DEFAULT_SEED = 20261206
DEFAULT_DOCS = 1500
DEFAULT_LONG = 75
PII_FREE_SHARE = 0.17  # of short documents: drawn from templates without PII slots
FULLWIDTH_SHARE = 0.15  # of zh and mixed prose documents
LONG_BYTES = (1950, 2300)  # UTF-8 size of a long document: stop adding once past the first


def _rng(seed: int, split: str, kind: str, index: int) -> random.Random:
    return random.Random(f"independent/{seed}/{split}/{kind}/{index}")


def fill(template: Template, rng: random.Random, fullwidth_pii: bool = False) -> Piece:
    piece = Piece()
    for token, is_slot in parse(template.text):
        if not is_slot:
            piece.add(Seg(token))
            continue
        value = SLOTS[token](rng, template.lang)
        for seg in value.segs:
            piece.add(seg, fullwidth_pii)
        piece.classes.extend(value.classes)
    return piece


def _doc(
    doc_id: str, split: str, lang: str, genre: str, template: str, mode: str, piece: Piece
) -> BenchDoc:
    spans = tuple(GoldSpan(s, e, t) for s, e, t in piece.marks if not t.startswith("~"))
    negs = tuple(NegativeSpan(s, e, t[1:]) for s, e, t in piece.marks if t.startswith("~"))
    return BenchDoc(doc_id, split, lang, genre, template, mode, piece.text, spans, negs)


def _short(
    seed: int, split: str, index: int, by_lang: dict[str, list[Template]]
) -> tuple[BenchDoc, list[str]]:
    rng = _rng(seed, split, "short", index)
    lang = rng.choice(LANGS)
    free = rng.random() < PII_FREE_SHARE
    template = rng.choice([t for t in by_lang[lang] if t.has_pii != free])
    mode = "none"
    if lang != "en" and template.genre in PROSE_GENRES and rng.random() < FULLWIDTH_SHARE:
        mode = "all" if free or rng.random() < 0.4 else "pii"
    piece = fill(template, rng, fullwidth_pii=mode == "pii")
    if mode == "all":
        piece = piece.all_fullwidth()
    doc_id = f"ind-{split}-{index:05d}"
    return _doc(doc_id, split, lang, template.genre, template.id, mode, piece), piece.classes


def _long(
    seed: int, split: str, index: int, by_lang: dict[str, list[Template]]
) -> tuple[BenchDoc, list[str]]:
    """Messages of one language joined by blank lines, about 2 KB of UTF-8."""
    rng = _rng(seed, split, "long", index)
    lang = LANGS[index % len(LANGS)]
    pool = [t for t in by_lang[lang] if t.genre in PROSE_GENRES]
    low, high = LONG_BYTES
    whole, used, size = Piece(), [], 0
    for _ in range(300):
        if size >= low:
            break
        template = rng.choice(pool)
        piece = fill(template, rng)
        extra = len(piece.text.encode("utf-8")) + 2
        if size + extra > high:
            continue
        whole.extend(piece, sep="\n\n")
        used.append(template.id)
        size += extra
    doc_id = f"ind-{split}-long-{index:04d}"
    return _doc(doc_id, split, lang, "long", "+".join(used), "none", whole), whole.classes


def generate_with_classes(
    split: str, n_docs: int = DEFAULT_DOCS, n_long: int = DEFAULT_LONG, seed: int = DEFAULT_SEED
) -> list[tuple[BenchDoc, list[str]]]:
    """Documents plus the value classes used in each (the tests check coverage with them)."""
    by_lang: dict[str, list[Template]] = {lang: [] for lang in LANGS}
    for template in templates_for(split):
        by_lang[template.lang].append(template)
    out = [_short(seed, split, i, by_lang) for i in range(n_docs)]
    out += [_long(seed, split, i, by_lang) for i in range(n_long)]
    return out


def generate(
    split: str, n_docs: int = DEFAULT_DOCS, n_long: int = DEFAULT_LONG, seed: int = DEFAULT_SEED
) -> list[BenchDoc]:
    return [doc for doc, _ in generate_with_classes(split, n_docs, n_long, seed)]


def summary(docs: Sequence[BenchDoc]) -> dict[str, int]:
    return {
        "docs": len(docs),
        "spans": sum(len(d.spans) for d in docs),
        "negatives": sum(len(d.negatives) for d in docs),
        "pii_free": sum(1 for d in docs if d.pii_free),
    }
