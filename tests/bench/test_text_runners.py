"""The runner protocol, end to end with the real engine in a separate process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.text.generate import generate
from bench.text.schema import write_jsonl
from bench.text.startup import cli_command

REPO = Path(__file__).resolve().parents[2]


def test_scrubdesk_runner_writes_one_prediction_per_document(tmp_path: Path) -> None:
    docs = generate("dev", n_docs=25, n_long=1, seed=11)
    docs_path, preds, meta = tmp_path / "docs.jsonl", tmp_path / "p.jsonl", tmp_path / "m.json"
    write_jsonl(docs_path, (d.to_json() for d in docs))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.text.runners.scrubdesk",
            "--docs",
            str(docs_path),
            "--out",
            str(preds),
            "--meta",
            str(meta),
        ],
        cwd=REPO,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()[-500:]
    rows = [json.loads(line) for line in preds.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [d.id for d in docs]
    for row, doc in zip(rows, docs, strict=True):
        assert row["seconds"] >= 0
        for start, end, label in row["spans"]:
            assert 0 <= start < end <= len(doc.text) and label
    info = json.loads(meta.read_text(encoding="utf-8"))
    assert info["system"] == "scrubdesk" and info["docs"] == len(docs) and info["errors"] == 0
    assert info["peak_rss_mb"] > 0 and info["load_s"] > 0


def test_startup_prefers_the_console_script(tmp_path: Path) -> None:
    python = tmp_path / "bin" / "python"
    python.parent.mkdir()
    assert cli_command(python)[1:3] == ["-m", "desktop.cli"]
    (python.parent / "scrubdesk").write_text("#!/bin/sh\n", encoding="utf-8")
    assert cli_command(python) == [str(python.parent / "scrubdesk"), "scrub", "--no-llm", "-"]
