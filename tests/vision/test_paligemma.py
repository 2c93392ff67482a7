"""PaliGemma: the answer parser on answers in the model's format, and the real transformers code
path on a tiny random-weight model built (and taught one answer) inside the test, on the CPU."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.engine.types import Label
from desktop.engine.vision.geometry import Box
from desktop.engine.vision.paligemma_parse import (
    PII_QUESTION,
    Verdict,
    detect_prompt,
    parse_detections,
    parse_verdict,
)

os.environ["HF_HUB_OFFLINE"] = "1"

# Answers as PaliGemma 2 mix writes them (decoded with special tokens skipped).
ONE_FACE = "<loc0208><loc0292><loc0762><loc0746> face"
MIXED = (
    "<loc0100><loc0050><loc0400><loc0300> face ; <loc0512><loc0768><loc1000><loc1023> qr code ;"
    " <loc0900><loc0100><loc0980><loc0400> signature ; <loc0000><loc0000><loc0500><loc0600> id card"
)


def test_prompt_lists_every_target() -> None:
    assert detect_prompt() == "detect face ; qr code ; signature ; id card"


def test_bins_are_y_x_order_over_1024_of_each_side() -> None:
    (face,) = parse_detections(ONE_FACE, 1000, 500)
    # x from bins 292..746 of the width, y from 208..762 of the height; the far edge rounds up
    assert face.box == Box(285, 101, 729, 373) and face.label is Label.FACE


def test_all_four_targets_map_to_image_labels() -> None:
    found = parse_detections(MIXED, 1024, 1024)
    assert [b.label for b in found] == [
        Label.FACE,
        Label.QR_CODE,
        Label.SIGNATURE,
        Label.ID_DOCUMENT,
    ]
    assert found[1].box == Box(768, 512, 1023, 1000)


@pytest.mark.parametrize(
    "answer",
    [
        "",
        "no faces here",
        "<loc0100><loc0100><loc0050><loc0200> face",  # y_max above y_min
        "<loc0100><loc0100><loc0200> face",  # three coordinates
        "<loc0100><loc0100><loc0200><loc0200> cat",  # not a target
        "<loc0100><loc0100><loc0200><loc0200><seg012><seg099> face",  # segmentation tokens
    ],
)
def test_malformed_or_foreign_answers_give_no_box(answer: str) -> None:
    assert parse_detections(answer, 640, 480) == []


def test_spaces_between_tokens_and_plural_names_are_accepted() -> None:
    (face,) = parse_detections("<loc0000> <loc0000> <loc0512> <loc0512> faces", 100, 100)
    assert face.box == Box(0, 0, 50, 50)


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [("yes", Verdict.YES), ("Yes.", Verdict.YES), ("no", Verdict.NO), ("maybe", Verdict.UNCLEAR)],
)
def test_yes_no_check_is_typed(answer: str, verdict: Verdict) -> None:
    check = parse_verdict(answer)
    assert check.verdict is verdict and check.may_contain == (verdict is not Verdict.NO)


TAUGHT = "<loc0256><loc0128><loc0768><loc0512> face ; <loc0000><loc0900><loc0100><loc1000> qr code"


@pytest.fixture(scope="module")
def taught_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from tests.vision.tiny_paligemma import build_tiny_paligemma, teach

    folder = build_tiny_paligemma(tmp_path_factory.mktemp("models") / "paligemma2-3b-mix-224")
    teach(folder, {detect_prompt(): TAUGHT, PII_QUESTION: "yes"})
    (folder / ".complete").touch()
    return folder


def test_transformers_path_on_cpu_returns_the_taught_boxes(taught_model: Path) -> None:
    from PIL import Image

    from desktop.engine.vision.paligemma import PaliGemmaDetector
    from desktop.engine.vision.paligemma_runtimes import TransformersPaliGemma

    generator = TransformersPaliGemma(taught_model, device="cpu")
    detector = PaliGemmaDetector(generator)
    boxes = detector.find(Image.new("RGB", (640, 360), "white"))
    assert [(b.label, b.box) for b in boxes] == [
        (Label.FACE, Box(80, 90, 320, 270)),
        (Label.QR_CODE, Box(562, 0, 625, 36)),
    ]
    assert detector.check(Image.new("RGB", (64, 64), "white")).verdict is Verdict.YES
    assert generator.device == "cpu" and not generator.quantized


def test_scrub_image_fills_the_visual_boxes(taught_model: Path) -> None:
    from PIL import Image

    from desktop.engine.pipeline import Scrubber
    from desktop.engine.types import Source
    from desktop.engine.vision.loading import decode_image
    from desktop.engine.vision.output import encode_clean
    from desktop.engine.vision.paligemma import PaliGemmaDetector
    from desktop.engine.vision.paligemma_runtimes import TransformersPaliGemma
    from desktop.engine.vision.scrub import scrub_image

    class NoText:
        name = "none"

        def read(self, image, cancel=None):
            from desktop.engine.vision.ocr_types import OcrResult

            return OcrResult((), image.width, image.height, "none")

    photo = Image.new("RGB", (640, 360), (200, 180, 160))
    visual = PaliGemmaDetector(TransformersPaliGemma(taught_model, device="cpu"))
    result = scrub_image(
        decode_image(encode_clean(photo)), NoText(), Scrubber(), use_model=False, visual=visual
    )
    assert {(r.label, r.source) for r in result.regions} == {
        (Label.FACE, Source.VISION),
        (Label.QR_CODE, Source.VISION),
    }
    assert result.image.getpixel((200, 180)) == (0, 0, 0)  # inside the face box
    assert result.image.getpixel((400, 300)) == (200, 180, 160)  # outside every box
    assert result.layers[-1].startswith("vision:") and result.check is not None


def test_installed_model_is_found_and_missing_one_is_none(
    taught_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.engine.vision.paligemma import load_visual_layer

    monkeypatch.setenv("SCRUBDESK_MODELS_DIR", str(tmp_path))
    assert load_visual_layer() is None
    monkeypatch.setenv("SCRUBDESK_MODELS_DIR", str(taught_model.parent))
    layer = load_visual_layer()
    assert layer is not None and layer.name == "paligemma:paligemma2-3b-mix-224"


def test_cli_uses_the_installed_image_model(taught_model: Path, tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    from PIL import Image

    source, out = tmp_path / "photo.png", tmp_path / "out.png"
    Image.new("RGB", (640, 360), "white").save(source)
    env = dict(os.environ, SCRUBDESK_MODELS_DIR=str(taught_model.parent), HF_HUB_OFFLINE="1")
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "scrub-image", str(source), "-o", str(out),
         "--json", "--no-llm"],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    regions = json.loads(done.stdout)["regions"]
    assert {(r["label"], r["source"]) for r in regions} == {
        ("FACE", "vision"),
        ("QR_CODE", "vision"),
    }
    assert "vision:paligemma:paligemma2-3b-mix-224" in done.stderr
    assert Image.open(out).getpixel((200, 180)) == (0, 0, 0)
