"""python -m bench.text.independent --split dev --out FILE.jsonl"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from bench.text.independent.compose import DEFAULT_DOCS, DEFAULT_LONG, DEFAULT_SEED, generate
from bench.text.independent.templates import SPLITS
from bench.text.schema import write_jsonl


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the independent text benchmark corpus.")
    parser.add_argument("--split", choices=SPLITS, required=True)
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    parser.add_argument("--n-docs", type=int, default=DEFAULT_DOCS)
    parser.add_argument("--n-long", type=int, default=DEFAULT_LONG)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    docs = generate(args.split, args.n_docs, args.n_long, args.seed)
    write_jsonl(args.out, (d.to_json() for d in docs))
    print(f"wrote {len(docs)} documents to {args.out}")  # counts only, never document text
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
