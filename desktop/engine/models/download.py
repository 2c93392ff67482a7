"""Resumable, checksummed downloads of model files over HTTP(S) with httpx.

A download writes `<name>.part` beside the target, resumes it with a Range request when it is
there, hashes while it writes, and renames to the final name only after the size and sha256
match. A wrong checksum deletes the partial file: resuming a corrupt prefix would never heal.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop.engine.errors import Cancelled, ModelError

if TYPE_CHECKING:
    import httpx

ProgressFn = Callable[[int, int | None], None]  # (bytes done, total bytes or None)
CancelFn = Callable[[], bool]

_CHUNK = 1024 * 1024


class _Digest(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


_USER_AGENT = "scrubdesk-model-manager"


@dataclass(frozen=True)
class DownloadResult:
    path: Path
    size: int
    sha256: str
    resumed_from: int


def sha256_of(path: Path, *, cancel: CancelFn | None = None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            if cancel and cancel():
                raise Cancelled("checksum cancelled")
            digest.update(chunk)
    return digest.hexdigest()


def auth_headers() -> dict[str, str]:
    # Gated repositories need the person's own hub token; it is never logged.
    token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN")
    return {"Authorization": f"Bearer {token}"} if token else {}


def download_file(
    url: str,
    target: Path,
    *,
    expected_sha256: str | None = None,
    expected_size: int | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    timeout: float = 30.0,
) -> DownloadResult:
    """Download `url` to `target`, resuming `target.part` if present."""
    import httpx

    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    digest: _Digest = hashlib.sha256()
    offset = 0
    if part.exists():
        offset = part.stat().st_size
        if expected_size is not None and offset > expected_size:
            part.unlink()
            offset = 0
        else:
            _hash_prefix(part, digest)
    # identity: byte ranges must count the file's bytes, not a compressed stream's.
    headers = {"User-Agent": _USER_AGENT, "Accept-Encoding": "identity", **auth_headers()}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    try:
        with (
            httpx.Client(follow_redirects=True, timeout=timeout) as client,
            client.stream("GET", url, headers=headers) as response,
        ):
            start = _check_response(response, offset, part, target.name)
            if start != offset:
                digest, offset = hashlib.sha256(), start
            total = _total_size(response, offset, expected_size)
            _write_body(response, part, offset, total, digest, progress, cancel)
    except httpx.HTTPError as exc:
        raise ModelError(
            f"download of '{target.name}' failed: {type(exc).__name__}; run the same command "
            "again to resume"
        ) from exc
    return _finish(part, target, digest.hexdigest(), expected_sha256, expected_size, offset)


def _hash_prefix(part: Path, digest: _Digest) -> None:
    with part.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)


def _check_response(response: httpx.Response, offset: int, part: Path, name: str) -> int:
    if response.status_code in (401, 403):
        raise ModelError(
            f"download of '{name}' was refused ({response.status_code}): the model may be gated; "
            "accept its licence on the hub and set HF_TOKEN, or download it in a browser and use "
            "'scrubdesk models import'"
        )
    if response.status_code == 416 and offset:
        # The partial file already holds everything the server has: nothing left to fetch.
        return offset
    if response.status_code == 200 and offset:
        # The server ignored the Range request: start over rather than append a second copy.
        part.unlink(missing_ok=True)
        return 0
    if response.status_code not in (200, 206):
        raise ModelError(f"download of '{name}' failed: HTTP {response.status_code}")
    return offset


def _total_size(response: httpx.Response, offset: int, expected_size: int | None) -> int | None:
    if response.status_code == 416:
        return offset
    length = response.headers.get("Content-Length")
    if length is not None and length.isdigit():
        return offset + int(length)
    return expected_size


def _write_body(
    response: httpx.Response,
    part: Path,
    offset: int,
    total: int | None,
    digest: _Digest,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> None:
    if response.status_code == 416:
        return
    done = offset
    mode = "ab" if offset else "wb"
    with part.open(mode) as handle:
        # No chunk size: bytes are written as they arrive, so a broken transfer keeps them.
        for chunk in response.iter_bytes():
            if cancel and cancel():
                raise Cancelled("download cancelled; run it again to resume")
            handle.write(chunk)
            digest.update(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)


def _finish(
    part: Path,
    target: Path,
    actual_sha: str,
    expected_sha: str | None,
    expected_size: int | None,
    resumed_from: int,
) -> DownloadResult:
    size = part.stat().st_size
    if expected_size is not None and size != expected_size:
        if size > expected_size:
            part.unlink()
        raise ModelError(
            f"download of '{target.name}' is incomplete: {size:,} of {expected_size:,} bytes; "
            "run the same command again to resume"
        )
    if expected_sha is not None and actual_sha != expected_sha.lower():
        part.unlink()
        raise ModelError(f"download of '{target.name}' has the wrong sha256; it was deleted")
    os.replace(part, target)
    return DownloadResult(target, size, actual_sha, resumed_from)
