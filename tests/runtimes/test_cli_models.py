"""`scrubdesk models ...` through the command module (argparse + run)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from desktop.commands import models as models_command


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    models_command.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["models", *argv])
    return int(args.run(args))


def test_list_import_verify_remove(
    model_dirs: tuple[Path, Path], tiny_gguf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["id"] == "gemma-2-2b-it-q4km" and rows[0]["default"] is True
    assert all(row["installed"] is None for row in rows)

    assert _run("import", str(tiny_gguf)) == 0
    assert "tiny-gemma2: imported" in capsys.readouterr().out
    assert _run("list") == 0
    listing = capsys.readouterr().out
    assert "tiny-gemma2" in listing and "installed" in listing

    assert _run("verify") == 0
    assert "tiny-gemma2: ok: GGUF v3 gemma2" in capsys.readouterr().out
    _, user = model_dirs
    data = (user / "tiny-gemma2.gguf").read_bytes()
    (user / "tiny-gemma2.gguf").write_bytes(data[:-100])
    assert _run("verify", "tiny-gemma2") == 1
    assert "FAILED" in capsys.readouterr().out

    assert _run("remove", "tiny-gemma2") == 0
    assert not (user / "tiny-gemma2.gguf").exists()


def test_bad_import_raises_a_clear_error(model_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    from desktop.engine.errors import ModelError

    fake = tmp_path / "fake.gguf"
    fake.write_text("hello", encoding="utf-8")
    with pytest.raises(ModelError, match="not a GGUF"):
        _run("import", str(fake))
