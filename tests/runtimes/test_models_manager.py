from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from local_http import Behaviour, serve

from desktop.engine.errors import ModelError
from desktop.engine.models.catalog import load_catalog
from desktop.engine.models.download import download_file
from desktop.engine.models.manager import ModelManager

REPO = Path(__file__).resolve().parents[2]


def _catalog(tmp_path: Path, base_url: str, blob: bytes, *, sha: str | None = None) -> Path:
    """A catalog like the real one whose single-file model is `blob`, served locally."""
    raw = json.loads((REPO / "models" / "catalog.json").read_text(encoding="utf-8"))
    entry = raw["models"][0]
    entry["files"][0].update(
        name="tiny-gemma2.gguf",
        size=len(blob),
        sha256=sha or hashlib.sha256(blob).hexdigest(),
        url=f"{base_url}/tiny-gemma2.gguf",
    )
    mlx = next(m for m in raw["models"] if m["runtime"] == "mlx")
    mlx.update(files=None, repo="org/tiny-mlx", source_url=f"{base_url}/org/tiny-mlx")
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_shipped_catalog_is_valid() -> None:
    catalog = load_catalog(REPO / "models" / "catalog.json")
    ids = [e.id for e in catalog.entries]
    assert catalog.default_text_model == "gemma-2-2b-it-q4km" and catalog.get(ids[0])
    default = catalog.require("gemma-2-2b-it-q4km")
    assert default.runtime == "llama.cpp" and default.files and default.files[0].sha256
    assert default.files[0].name == "gemma-2-2b-it-Q4_K_M.gguf"
    assert catalog.require("gemma-2-9b-it-q4km").files is not None
    assert catalog.require("gemma-2-2b-it-mlx-4bit").runtime == "mlx"
    assert {e.id for e in catalog.entries if e.kind == "vision"} >= {
        "paligemma2-3b-mix-224",
        "paligemma2-3b-mix-448",
    }
    for entry in catalog.entries:
        assert entry.licence and entry.source_url.startswith("https://") and entry.ram_gb > 0
    with pytest.raises(ModelError, match="unknown model"):
        catalog.require("gpt-5")


def test_malformed_catalog_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "catalog.json"
    bad.write_text('{"models": [{"id": "x"}]}', encoding="utf-8")
    with pytest.raises(ModelError, match="malformed"):
        load_catalog(bad)
    with pytest.raises(ModelError, match="missing"):
        load_catalog(tmp_path / "nope.json")


def test_download_resumes_and_checks_sha256(tiny_gguf: Path, tmp_path: Path) -> None:
    blob = tiny_gguf.read_bytes()
    behaviour = Behaviour(
        files={"/tiny-gemma2.gguf": blob}, cut_after={"/tiny-gemma2.gguf": 100_000}
    )
    with serve(behaviour) as base:
        manager = ModelManager(
            load_catalog(_catalog(tmp_path, base, blob)),
            bundle_dir=tmp_path / "b",
            user_dir=tmp_path / "u",
        )
        with pytest.raises(ModelError, match="resume"):
            manager.download("gemma-2-2b-it-q4km")
        part = tmp_path / "u" / "tiny-gemma2.gguf.part"
        assert part.stat().st_size == 100_000
        seen: list[tuple[int, int | None]] = []
        model = manager.download("gemma-2-2b-it-q4km", progress=lambda d, t: seen.append((d, t)))
    assert model.path.read_bytes() == blob and not part.exists()
    assert behaviour.requests[-1] == ("/tiny-gemma2.gguf", "bytes=100000-")
    assert seen[-1] == (len(blob), len(blob))
    assert [m.id for m in manager.installed()] == ["gemma-2-2b-it-q4km"]
    report = manager.verify(model)
    assert report.ok and "sha256 matched" in report.detail


def test_wrong_checksum_deletes_the_download(tiny_gguf: Path, tmp_path: Path) -> None:
    blob = tiny_gguf.read_bytes()
    with serve(Behaviour(files={"/tiny-gemma2.gguf": blob})) as base:
        catalog = load_catalog(_catalog(tmp_path, base, blob, sha="0" * 64))
        manager = ModelManager(catalog, bundle_dir=tmp_path / "b", user_dir=tmp_path / "u")
        with pytest.raises(ModelError, match="wrong sha256"):
            manager.download("gemma-2-2b-it-q4km")
    assert list((tmp_path / "u").iterdir()) == []


def test_server_that_ignores_range_restarts_cleanly(tmp_path: Path) -> None:
    blob = bytes(range(256)) * 1000
    target = tmp_path / "f.bin"
    target.with_name("f.bin.part").write_bytes(blob[:5000])
    with serve(Behaviour(files={"/f.bin": blob}, ignore_range=True)) as base:
        result = download_file(
            f"{base}/f.bin", target, expected_sha256=hashlib.sha256(blob).hexdigest()
        )
    assert target.read_bytes() == blob and result.resumed_from == 0


def test_refusals_are_explained(tmp_path: Path) -> None:
    behaviour = Behaviour(status={"/gated.gguf": 401})
    with serve(behaviour) as base:
        with pytest.raises(ModelError, match="gated"):
            download_file(f"{base}/gated.gguf", tmp_path / "gated.gguf")
        with pytest.raises(ModelError, match="HTTP 404"):
            download_file(f"{base}/missing.gguf", tmp_path / "missing.gguf")


def test_multi_file_model_is_resolved_from_the_repository_listing(tmp_path: Path) -> None:
    files = {"config.json": b'{"model_type": "gemma2"}', "model.safetensors": b"\x00" * 4096}
    listing = [
        {
            "type": "file",
            "path": name,
            "size": len(data),
            "lfs": {"oid": hashlib.sha256(data).hexdigest()}
            if name.endswith(".safetensors")
            else None,
        }
        for name, data in files.items()
    ] + [{"type": "file", "path": "README.md", "size": 3}, {"type": "directory", "path": "x"}]
    behaviour = Behaviour(
        files={f"/org/tiny-mlx/resolve/main/{n}": d for n, d in files.items()},
        json_routes={"/api/models/org/tiny-mlx/tree/main": listing},
    )
    with serve(behaviour) as base:
        catalog = load_catalog(_catalog(tmp_path, base, b"x"))
        manager = ModelManager(catalog, bundle_dir=tmp_path / "b", user_dir=tmp_path / "u")
        model = manager.download("gemma-2-2b-it-mlx-4bit")
    assert sorted(p.name for p in model.path.iterdir()) == [
        ".complete",
        "config.json",
        "model.safetensors",
    ]
    assert manager.find("gemma-2-2b-it-mlx-4bit") is not None


def test_import_checks_the_file_then_copies_it(tiny_gguf: Path, tmp_path: Path) -> None:
    manager = ModelManager(
        load_catalog(REPO / "models" / "catalog.json"),
        bundle_dir=tmp_path / "b",
        user_dir=tmp_path / "u",
    )
    model = manager.import_file(tiny_gguf)
    assert model.id == "tiny-gemma2" and model.entry is None
    assert model.path.read_bytes() == tiny_gguf.read_bytes()
    assert manager.find("tiny-gemma2") is not None
    bad = tmp_path / "fake.gguf"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="not a GGUF"):
        manager.import_file(bad)
    impostor = tmp_path / "gemma-2-2b-it-Q4_K_M.gguf"  # the catalog's name, another checksum
    impostor.write_bytes(tiny_gguf.read_bytes())
    with pytest.raises(ModelError, match="different or corrupt"):
        manager.import_file(impostor)
    assert not (tmp_path / "u" / "fake.gguf").exists()


def test_verify_notices_corruption_and_remove_deletes(tiny_gguf: Path, tmp_path: Path) -> None:
    blob = tiny_gguf.read_bytes()
    catalog = load_catalog(_catalog(tmp_path, "http://127.0.0.1:9", blob))
    bundle, user = tmp_path / "b", tmp_path / "u"
    user.mkdir()
    bundle.mkdir()
    (user / "tiny-gemma2.gguf").write_bytes(blob[:-10] + b"\x00" * 10)  # same size, bit rot
    manager = ModelManager(catalog, bundle_dir=bundle, user_dir=user)
    model = manager.find("gemma-2-2b-it-q4km")
    assert model is not None
    report = manager.verify(model)
    assert not report.ok and "wrong sha256" in report.detail
    (user / "tiny-gemma2.gguf").write_bytes(blob[:-10])
    assert "truncated" in manager.verify(manager.find("gemma-2-2b-it-q4km")).detail  # type: ignore[arg-type]
    manager.remove("gemma-2-2b-it-q4km")
    assert manager.installed() == []
    (bundle / "shipped.gguf").write_bytes(blob)
    with pytest.raises(ModelError, match="app bundle"):
        manager.remove("shipped")
    with pytest.raises(ModelError, match="not installed"):
        manager.remove("nothing")
