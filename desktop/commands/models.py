"""`scrubdesk models list|download|import|verify|remove`: manage local models."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.engine.errors import InputError

if TYPE_CHECKING:
    from desktop.engine.models.manager import InstalledModel, ModelManager


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "models",
        help="list, download, import, verify or remove local models",
        description="Manage the local models the scrubber and the image redactor use.",
    )
    actions = parser.add_subparsers(dest="models_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="known and installed models")
    listing.add_argument("--json", action="store_true", help="print JSON")
    download = actions.add_parser("download", help="download a catalog model (resumable)")
    download.add_argument("id", help="catalog id, see 'scrubdesk models list'")
    download.add_argument("--url", help="download from this mirror instead (single-file models)")
    importing = actions.add_parser("import", help="check a local GGUF file and add it")
    importing.add_argument("path", type=Path)
    verify = actions.add_parser("verify", help="check size, sha256 and GGUF structure")
    verify.add_argument("target", nargs="?", help="model id or file; all installed if omitted")
    remove = actions.add_parser("remove", help="delete an installed model")
    remove.add_argument("id")
    parser.set_defaults(run=run)


def _manager() -> ModelManager:
    from desktop.engine.models.manager import ModelManager

    return ModelManager()


def _size(value: int | None) -> str:
    if value is None:
        return "?"
    return f"{value / 1e9:.2f} GB" if value >= 1e8 else f"{value / 1e6:.1f} MB"


def _list(args: argparse.Namespace) -> int:
    import json

    manager = _manager()
    installed = {m.id: m for m in manager.installed()}
    rows: list[dict[str, object]] = []
    for entry in manager.catalog.entries:
        model = installed.pop(entry.id, None)
        rows.append(
            {
                "id": entry.id,
                "kind": entry.kind,
                "runtime": entry.runtime,
                "size": entry.size,
                "ram_gb": entry.ram_gb,
                "licence": entry.licence,
                "installed": str(model.path) if model else None,
                "default": entry.id == manager.catalog.default_text_model,
            }
        )
    for model in installed.values():  # imported files that match no catalog entry
        rows.append(
            {
                "id": model.id,
                "kind": model.kind,
                "runtime": model.runtime,
                "size": model.size,
                "ram_gb": None,
                "licence": "unknown (imported)",
                "installed": str(model.path),
                "default": False,
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        mark = "installed" if row["installed"] else "-"
        default = " (default)" if row["default"] else ""
        size = row["size"] if isinstance(row["size"], int) else None
        columns = f"{row['id']:<34} {row['kind']:<6} {row['runtime']:<12} {_size(size):>9}"
        print(f"{columns}  {mark}{default}")
    print(f"models folder: {manager.user_dir}", file=sys.stderr)
    return 0


class _Progress:
    """One status line on stderr, redrawn at most a few times a second."""

    def __init__(self) -> None:
        self.last = 0.0

    def __call__(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - self.last < 0.25 and done != total:
            return
        self.last = now
        share = f" {done * 100 // total:3d}%" if total else ""
        print(f"\r  {_size(done)} of {_size(total)}{share}", end="", file=sys.stderr, flush=True)


def _download(args: argparse.Namespace) -> int:
    manager = _manager()
    entry = manager.catalog.require(args.id)
    print(f"downloading {entry.id} ({entry.licence}: {entry.licence_url})", file=sys.stderr)
    model = manager.download(args.id, progress=_Progress(), url_override=args.url)
    print(file=sys.stderr)
    print(f"{model.id}: installed at {model.path}")
    return 0


def _import(args: argparse.Namespace) -> int:
    model = _manager().import_file(args.path)
    print(f"{model.id}: imported to {model.path}")
    return 0


def _resolve(manager: ModelManager, target: str) -> InstalledModel:
    from desktop.engine.models.manager import InstalledModel

    found = manager.find(target)
    if found is not None:
        return found
    path = Path(target).expanduser()
    if path.exists():
        entry = manager.catalog.by_file_name(path.name)
        return InstalledModel(path.stem, path, "llama.cpp", "text", "user", entry)
    raise InputError(f"'{target}' is neither an installed model nor a file")


def _verify(args: argparse.Namespace) -> int:
    manager = _manager()
    models = [_resolve(manager, args.target)] if args.target else manager.installed()
    if not models:
        print("no models installed", file=sys.stderr)
        return 0
    failed = 0
    for model in models:
        report = manager.verify(model)
        print(f"{report.id}: {'ok' if report.ok else 'FAILED'}: {report.detail}")
        failed += 0 if report.ok else 1
    return 1 if failed else 0


def _remove(args: argparse.Namespace) -> int:
    path = _manager().remove(args.id)
    print(f"{args.id}: removed {path}")
    return 0


ACTIONS = {
    "list": _list,
    "download": _download,
    "import": _import,
    "verify": _verify,
    "remove": _remove,
}


def run(args: argparse.Namespace) -> int:
    return ACTIONS[args.models_action](args)
