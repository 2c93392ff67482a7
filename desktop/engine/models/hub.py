"""File lists for catalog models published as a whole repository (MLX, transformers).

The hub's tree endpoint lists every file with its size and, for large files, the sha256 of the
stored object, so a multi-file download is checked as strictly as a single GGUF.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from desktop.engine.errors import ModelError
from desktop.engine.models.catalog import CatalogEntry, ModelFile
from desktop.engine.models.download import auth_headers

# Files a runtime needs; repository extras (README, images, original checkpoints) are skipped.
_WANTED_SUFFIXES = (".json", ".safetensors", ".model", ".txt", ".jinja")


def hub_base(entry: CatalogEntry) -> str:
    parts = urlsplit(entry.source_url)
    return f"{parts.scheme}://{parts.netloc}"


def resolve_files(entry: CatalogEntry, *, timeout: float = 30.0) -> tuple[ModelFile, ...]:
    import httpx

    base = hub_base(entry)
    url = f"{base}/api/models/{entry.repo}/tree/main"
    try:
        response = httpx.get(url, headers=auth_headers(), timeout=timeout, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise ModelError(f"cannot list the files of '{entry.id}': {type(exc).__name__}") from exc
    if response.status_code in (401, 403):
        raise ModelError(
            f"'{entry.id}' is gated: accept its licence on the hub and set HF_TOKEN, or download "
            "it in a browser and use 'scrubdesk models import'"
        )
    if response.status_code != 200:
        raise ModelError(f"cannot list the files of '{entry.id}': HTTP {response.status_code}")
    try:
        items = response.json()
        files = tuple(_file(base, entry.repo, item) for item in items if _wanted(item))
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"the file list of '{entry.id}' is malformed") from exc
    if not files:
        raise ModelError(f"the repository of '{entry.id}' lists no model files")
    return files


def _wanted(item: dict[str, object]) -> bool:
    path = str(item.get("path", ""))
    return item.get("type") == "file" and "/" not in path and path.endswith(_WANTED_SUFFIXES)


def _file(base: str, repo: str, item: dict[str, object]) -> ModelFile:
    path = str(item["path"])
    lfs = item.get("lfs")
    sha = str(lfs["oid"]) if isinstance(lfs, dict) and "oid" in lfs else None
    size = item.get("size")
    return ModelFile(
        name=path,
        url=f"{base}/{repo}/resolve/main/{path}",
        size=int(str(size)) if size is not None else None,
        sha256=sha if sha and len(sha) == 64 else None,
    )
