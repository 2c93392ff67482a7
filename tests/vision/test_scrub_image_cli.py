"""`scrubdesk scrub-image` end to end in a fresh interpreter (DESIGN.md contract)."""

import json
import subprocess
import sys

import pytest
from PIL import Image

from tests.vision.render import ink_covered, render

pytest.importorskip("rapidocr")


def scrub_image(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "scrub-image", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_writes_the_redacted_png_and_prints_regions(tmp_path) -> None:
    shot = render(["客戶王小明 手機 0912-345-678"], ["0912-345-678"])
    source = tmp_path / "in.jpg"
    shot.image.save(source, quality=95)
    out = tmp_path / "out.png"
    result = scrub_image(str(source), "-o", str(out), "--json", "--no-llm", "--no-vision")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["width"], data["height"]) == shot.image.size
    assert "PHONE" in {r["label"] for r in data["regions"]}
    written = Image.open(out)
    assert written.format == "PNG" and not written.getexif()
    assert ink_covered(shot.image, written, shot.boxes["0912-345-678"]) >= 0.98
    assert "0912" not in result.stderr and "layers ran: ocr:rapidocr, pattern" in result.stderr


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"", "empty"), (b"not an image at all", "not an image"), (None, "no such file")],
)
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, content, fragment) -> None:
    source = tmp_path / "in.png"
    if content is not None:
        source.write_bytes(content)
    out = tmp_path / "out.png"
    result = scrub_image(str(source), "-o", str(out), "--no-llm")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert fragment in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() and result.stdout == ""
