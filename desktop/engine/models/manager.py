"""Finds, imports, downloads, verifies and removes local models.

Models live in two places: the app bundle's `models/` (read-only, for offline installs) and the
user data directory (`<platformdirs user data>/models`, or `SCRUBDESK_MODELS_DIR`). A catalog
model is stored under its catalog file name (single-file GGUF) or in a folder named after its
id (MLX and other multi-file models). Any other GGUF file found there is listed as imported.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.errors import ModelError
from desktop.engine.models.catalog import Catalog, CatalogEntry, bundle_models_dir, load_catalog
from desktop.engine.models.download import CancelFn, ProgressFn, download_file, sha256_of
from desktop.engine.models.gguf_check import read_gguf_info
from desktop.engine.models.hub import resolve_files


def user_models_dir() -> Path:
    override = os.environ.get("SCRUBDESK_MODELS_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("ScrubDesk", appauthor=False)) / "models"


@dataclass(frozen=True)
class InstalledModel:
    id: str
    path: Path  # the GGUF file, or the model folder
    runtime: str
    kind: str
    location: str  # "bundle" or "user"
    entry: CatalogEntry | None  # None for an imported file that matches no catalog entry

    @property
    def size(self) -> int:
        if self.path.is_file():
            return self.path.stat().st_size
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())


@dataclass(frozen=True)
class VerifyReport:
    id: str
    path: Path
    ok: bool
    detail: str  # one line: what was checked, or what is wrong


class ModelManager:
    def __init__(
        self,
        catalog: Catalog | None = None,
        *,
        bundle_dir: Path | None = None,
        user_dir: Path | None = None,
    ) -> None:
        self.catalog = catalog or load_catalog()
        self.bundle_dir = bundle_dir or bundle_models_dir()
        self.user_dir = user_dir or user_models_dir()

    # ----- finding -----

    def installed(self) -> list[InstalledModel]:
        found: dict[str, InstalledModel] = {}
        # The user's copy wins over the bundle's: it is the one the person chose to update.
        for location, folder in (("bundle", self.bundle_dir), ("user", self.user_dir)):
            for model in self._scan(folder, location):
                found[model.id] = model
        return sorted(found.values(), key=lambda m: m.id)

    def find(self, model_id: str) -> InstalledModel | None:
        return next((m for m in self.installed() if m.id == model_id), None)

    def _scan(self, folder: Path, location: str) -> Iterator[InstalledModel]:
        if not folder.is_dir():
            return
        for entry in self.catalog.entries:
            path = self._entry_path(folder, entry)
            if path.exists() and self._complete(entry, path):
                yield InstalledModel(entry.id, path, entry.runtime, entry.kind, location, entry)
        known = {f.name for e in self.catalog.entries if e.single_file for f in e.files or ()}
        for path in sorted(folder.glob("*.gguf")):
            if path.name not in known:
                yield InstalledModel(path.stem, path, "llama.cpp", "text", location, None)

    @staticmethod
    def _entry_path(folder: Path, entry: CatalogEntry) -> Path:
        if entry.single_file and entry.files:
            return folder / entry.files[0].name
        return folder / entry.id

    @staticmethod
    def _complete(entry: CatalogEntry, path: Path) -> bool:
        if path.is_file():
            return True
        if entry.files is None:
            return (path / ".complete").exists()
        return all((path / f.name).is_file() for f in entry.files)

    # ----- verifying -----

    def verify(self, model: InstalledModel, *, cancel: CancelFn | None = None) -> VerifyReport:
        try:
            detail = self._verify(model, cancel)
        except ModelError as exc:
            return VerifyReport(model.id, model.path, False, str(exc))
        return VerifyReport(model.id, model.path, True, detail)

    def _verify(self, model: InstalledModel, cancel: CancelFn | None) -> str:
        checks: list[str] = []
        files = model.entry.files if model.entry and model.entry.files else None
        if model.path.is_file():
            info = read_gguf_info(model.path)
            checks.append(f"GGUF v{info.version} {info.architecture}, {info.tensor_count} tensors")
            pairs = [(model.path, files[0] if files else None)]
        else:
            pairs = [(model.path / f.name, f) for f in files or ()]
            for path, _ in pairs:
                if not path.is_file():
                    raise ModelError(f"model '{model.id}' is missing its file '{path.name}'")
        hashed = 0
        for path, spec in pairs:
            if spec is None:
                continue
            if spec.size is not None and path.stat().st_size != spec.size:
                raise ModelError(
                    f"'{path.name}' has {path.stat().st_size:,} bytes; the catalog says "
                    f"{spec.size:,}"
                )
            if spec.sha256 is not None:
                if sha256_of(path, cancel=cancel) != spec.sha256:
                    raise ModelError(f"'{path.name}' has the wrong sha256 (corrupt or replaced)")
                hashed += 1
        checks.append(f"sha256 matched for {hashed} file(s)" if hashed else "no published sha256")
        return "; ".join(checks)

    # ----- importing -----

    def import_file(self, source: Path, *, cancel: CancelFn | None = None) -> InstalledModel:
        """Check a local GGUF file and copy it into the user model folder."""
        read_gguf_info(source)  # raises a clear ModelError for bad files
        digest = sha256_of(source, cancel=cancel)
        entry = self.catalog.by_sha256(digest)
        named = self.catalog.by_file_name(source.name)
        if entry is None and named is not None and named.files and named.files[0].sha256:
            raise ModelError(
                f"'{source.name}' has the catalog's file name but not its sha256: it is a "
                "different or corrupt file"
            )
        entry = entry or named
        target_name = entry.files[0].name if entry and entry.files else source.name
        target = self.user_dir / target_name
        if target.exists() and target.resolve() == source.resolve():
            return self._installed_at(target, entry)
        self.user_dir.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(target.name + ".importing")
        shutil.copyfile(source, temp)
        os.replace(temp, target)
        return self._installed_at(target, entry)

    def _installed_at(self, path: Path, entry: CatalogEntry | None) -> InstalledModel:
        if entry is not None:
            return InstalledModel(entry.id, path, entry.runtime, entry.kind, "user", entry)
        return InstalledModel(path.stem, path, "llama.cpp", "text", "user", None)

    # ----- downloading -----

    def download(
        self,
        model_id: str,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        url_override: str | None = None,
    ) -> InstalledModel:
        entry = self.catalog.require(model_id)
        files = entry.files if entry.files is not None else resolve_files(entry)
        if entry.single_file and entry.files:
            spec = entry.files[0]
            target = self.user_dir / spec.name
            download_file(
                url_override or spec.url,
                target,
                expected_sha256=spec.sha256,
                expected_size=spec.size,
                progress=progress,
                cancel=cancel,
            )
            if entry.format == "gguf":
                read_gguf_info(target)
            return self._installed_at(target, entry)
        if url_override:
            raise ModelError("--url works only for single-file models")
        folder = self.user_dir / entry.id
        for spec in files:
            download_file(
                spec.url,
                folder / spec.name,
                expected_sha256=spec.sha256,
                expected_size=spec.size,
                progress=progress,
                cancel=cancel,
            )
        (folder / ".complete").write_text("ok\n", encoding="utf-8")
        return InstalledModel(entry.id, folder, entry.runtime, entry.kind, "user", entry)

    # ----- removing -----

    def remove(self, model_id: str) -> Path:
        model = self.find(model_id)
        if model is None:
            raise ModelError(f"model '{model_id}' is not installed")
        if model.location == "bundle":
            raise ModelError(f"model '{model_id}' is part of the app bundle and cannot be removed")
        if model.path.is_dir():
            shutil.rmtree(model.path)
        else:
            model.path.unlink()
        model.path.with_name(model.path.name + ".part").unlink(missing_ok=True)
        return model.path
