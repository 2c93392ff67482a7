"""The catalog of known models (`models/catalog.json`): what each is, where it comes from, what
it needs. Loading is strict: a malformed catalog is an error, not a silently shorter list.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.errors import ModelError

CATALOG_FILE = "catalog.json"


@dataclass(frozen=True)
class ModelFile:
    name: str
    url: str
    size: int | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    kind: str  # "text" or "vision"
    runtime: str  # "llama.cpp", "mlx", "transformers", "mlx-vlm"
    format: str  # "gguf", "mlx", "safetensors"
    repo: str
    files: tuple[ModelFile, ...] | None  # None: resolved from the repository at download time
    licence: str
    licence_url: str
    source_url: str
    ram_gb: float
    approx_size: int | None = None
    context_length: int | None = None
    gated: bool = False
    platforms: tuple[str, ...] = ()

    @property
    def single_file(self) -> bool:
        """A single-file model (a GGUF) is stored as that file; others get a folder."""
        return self.files is not None and len(self.files) == 1

    @property
    def size(self) -> int | None:
        if self.files and all(f.size is not None for f in self.files):
            return sum(f.size or 0 for f in self.files)
        return self.approx_size


@dataclass(frozen=True)
class Catalog:
    entries: tuple[CatalogEntry, ...]
    default_text_model: str
    default_text_model_mlx: str | None = None

    def get(self, model_id: str) -> CatalogEntry | None:
        return next((e for e in self.entries if e.id == model_id), None)

    def require(self, model_id: str) -> CatalogEntry:
        entry = self.get(model_id)
        if entry is None:
            known = ", ".join(e.id for e in self.entries)
            raise ModelError(f"unknown model '{model_id}'; known models: {known}")
        return entry

    def by_file_name(self, file_name: str) -> CatalogEntry | None:
        for entry in self.entries:
            if entry.single_file and entry.files and entry.files[0].name == file_name:
                return entry
        return None

    def by_sha256(self, digest: str) -> CatalogEntry | None:
        for entry in self.entries:
            for model_file in entry.files or ():
                if model_file.sha256 and model_file.sha256 == digest:
                    return entry
        return None


def bundle_models_dir() -> Path:
    """The `models/` folder shipped with the app (the repository's, or the frozen bundle's)."""
    override = os.environ.get("SCRUBDESK_BUNDLE_MODELS_DIR")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "models"
    return Path(__file__).resolve().parents[3] / "models"


def default_catalog_path() -> Path:
    override = os.environ.get("SCRUBDESK_CATALOG")
    return Path(override) if override else bundle_models_dir() / CATALOG_FILE


def load_catalog(path: Path | None = None) -> Catalog:
    path = path or default_catalog_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"the model catalog is missing ({path.name})") from exc
    except (OSError, ValueError) as exc:
        raise ModelError(f"the model catalog cannot be read: {type(exc).__name__}") from exc
    try:
        entries = tuple(_entry(item) for item in raw["models"])
        catalog = Catalog(
            entries=entries,
            default_text_model=str(raw["default_text_model"]),
            default_text_model_mlx=raw.get("default_text_model_mlx"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"the model catalog is malformed: {type(exc).__name__}: {exc}") from exc
    ids = [e.id for e in entries]
    if len(set(ids)) != len(ids):
        raise ModelError("the model catalog has duplicate model ids")
    return catalog


def _entry(item: dict[str, object]) -> CatalogEntry:
    files_raw = item.get("files")
    files = None
    if files_raw is not None:
        if not isinstance(files_raw, list) or not files_raw:
            raise ValueError(f"model '{item.get('id')}' has an empty file list")
        files = tuple(_file(f) for f in files_raw)
    platforms = item.get("platforms") or []
    assert isinstance(platforms, list)
    approx = item.get("approx_size")
    context = item.get("context_length")
    return CatalogEntry(
        id=str(item["id"]),
        name=str(item["name"]),
        kind=str(item["kind"]),
        runtime=str(item["runtime"]),
        format=str(item["format"]),
        repo=str(item["repo"]),
        files=files,
        licence=str(item["licence"]),
        licence_url=str(item["licence_url"]),
        source_url=str(item["source_url"]),
        ram_gb=float(str(item["ram_gb"])),
        approx_size=int(str(approx)) if approx is not None else None,
        context_length=int(str(context)) if context is not None else None,
        gated=bool(item.get("gated", False)),
        platforms=tuple(str(p) for p in platforms),
    )


def _file(raw: dict[str, object]) -> ModelFile:
    sha = raw.get("sha256")
    size = raw.get("size")
    if sha is not None and (not isinstance(sha, str) or len(sha) != 64):
        raise ValueError(f"file '{raw.get('name')}' has a malformed sha256")
    return ModelFile(
        name=str(raw["name"]),
        url=str(raw["url"]),
        size=int(str(size)) if size is not None else None,
        sha256=sha.lower() if isinstance(sha, str) else None,
    )
