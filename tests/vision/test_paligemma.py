"""PaliGemma: the answer parser on answers in the model's format, and the real transformers code
path on a tiny random-weight model built (and taught one answer) inside the test, on the CPU."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.engine.types import Label
from desktop.engine.vision.geometry import Box
from desktop.engine.vision.paligemma_parse import (
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


def test_answers_decoded_with_special_tokens_kept_parse_the_same() -> None:
    # Decoding without skip_special_tokens leaves "<eos>" (and sometimes a newline) at the end.
    raw = (
        "<loc0386><loc0100><loc0640><loc0400> face ; "
        "<loc0120><loc0700><loc0380><loc0960> qr code<eos>\n"
    )
    found = parse_detections(raw, 1024, 1024)
    assert [(b.label, b.name) for b in found] == [(Label.FACE, "face"), (Label.QR_CODE, "qr code")]
    assert found[1].box == Box(700, 120, 960, 380)
    assert parse_verdict("yes<eos>").verdict is Verdict.YES


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


# The taught detection answer (tiny_paligemma.TAUGHT_DETECTION) mapped onto a 640x360 image.
TAUGHT_BOXES_640x360 = [
    (Label.FACE, Box(80, 90, 320, 270)),
    (Label.QR_CODE, Box(562, 0, 625, 36)),
]


@pytest.fixture(scope="module")
def taught_model(taught_paligemma: Path) -> Path:
    return taught_paligemma


def test_transformers_path_on_cpu_returns_the_taught_boxes(taught_model: Path) -> None:
    from PIL import Image

    from desktop.engine.vision.paligemma import PaliGemmaDetector
    from desktop.engine.vision.paligemma_runtimes import TransformersPaliGemma

    generator = TransformersPaliGemma(taught_model, device="cpu")
    detector = PaliGemmaDetector(generator)
    boxes = detector.find(Image.new("RGB", (640, 360), "white"))
    assert [(b.label, b.box) for b in boxes] == TAUGHT_BOXES_640x360
    assert detector.check(Image.new("RGB", (64, 64), "white")).verdict is Verdict.YES
    assert generator.device == "cpu" and not generator.quantized


class NoText:
    """An OCR engine that reads nothing, so only the visual layer can fill."""

    name = "none"

    def read(self, image, cancel=None):
        from desktop.engine.vision.ocr_types import OcrResult

        return OcrResult((), image.width, image.height, "none")


@pytest.fixture(scope="module")
def worker_detector(taught_model: Path):
    from desktop.engine.vision.paligemma import PaliGemmaDetector, WorkerPaliGemma

    detector = PaliGemmaDetector(WorkerPaliGemma(taught_model, "transformers", device="cpu"))
    yield detector
    detector.generator.close()


def test_worker_process_returns_the_taught_boxes(worker_detector) -> None:
    from PIL import Image

    # A 4K screenshot travels downscaled; the boxes still map onto the full-size image.
    boxes = worker_detector.find(Image.new("RGB", (3840, 2160), "white"))
    assert [(b.label, b.box) for b in boxes] == [
        (Label.FACE, Box(480, 540, 1920, 1620)),
        (Label.QR_CODE, Box(3375, 0, 3750, 211)),
    ]
    assert worker_detector.check(Image.new("RGB", (64, 64), "white")).verdict is Verdict.YES
    assert worker_detector.generator.device() == "transformers on cpu"
    worker = worker_detector.generator.worker
    assert worker.worker_pid is not None and worker.restarts == 0


def test_mlx_vlm_path_in_its_worker_returns_the_taught_boxes(
    taught_model: Path, tmp_path: Path
) -> None:
    # mlx-vlm runs on Metal on Apple Silicon; here on the CPU through mlx[cpu].
    pytest.importorskip("mlx_vlm")
    from PIL import Image

    from desktop.engine.vision.paligemma import PaliGemmaDetector, WorkerPaliGemma
    from tests.vision.tiny_paligemma import to_mlx_layout

    folder = to_mlx_layout(taught_model, tmp_path / "paligemma2-3b-mix-224-mlx-4bit")
    generator = WorkerPaliGemma(folder, "mlx-vlm")
    detector = PaliGemmaDetector(generator)
    try:
        boxes = detector.find(Image.new("RGB", (640, 360), "white"))
        verdict = detector.check(Image.new("RGB", (64, 64), "white")).verdict
        device = generator.device()
    finally:
        generator.close()
    assert [(b.label, b.box) for b in boxes] == TAUGHT_BOXES_640x360
    assert verdict is Verdict.YES and device.startswith("mlx-vlm on ")
    assert generator.name == "paligemma-mlx:paligemma2-3b-mix-224-mlx-4bit"


def test_the_app_process_never_imports_torch(taught_model: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PIL import Image\n"
        "from desktop.engine.vision.paligemma import load_visual_layer\n"
        "layer = load_visual_layer()\n"
        "boxes = layer.find(Image.new('RGB', (64, 64), 'white'))\n"
        "layer.generator.close()\n"
        "print(len(boxes), 'torch' in sys.modules, 'transformers' in sys.modules)\n"
    )
    env = dict(os.environ, SCRUBDESK_MODELS_DIR=str(taught_model.parent))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["2", "False", "False"]


def test_cancel_ends_the_worker_and_the_next_prompt_starts_a_new_one(taught_model: Path) -> None:
    from PIL import Image

    from desktop.engine.errors import Cancelled
    from desktop.engine.vision.paligemma import PaliGemmaDetector, WorkerPaliGemma

    generator = WorkerPaliGemma(taught_model, "transformers", device="cpu")
    detector = PaliGemmaDetector(generator)
    try:
        with pytest.raises(Cancelled):
            detector.find(Image.new("RGB", (64, 64), "white"), cancel=lambda: True)
        assert generator.worker.worker_pid is None  # ended, its memory returned
        assert detector.check(Image.new("RGB", (64, 64), "white")).verdict is Verdict.YES
    finally:
        generator.close()


def test_broken_model_is_skipped_and_the_text_result_stands(tmp_path: Path) -> None:
    from PIL import Image

    from desktop.engine.pipeline import Scrubber
    from desktop.engine.vision.loading import decode_image
    from desktop.engine.vision.output import encode_clean
    from desktop.engine.vision.paligemma import PaliGemmaDetector, WorkerPaliGemma
    from desktop.engine.vision.scrub import scrub_image

    broken = tmp_path / "paligemma2-3b-mix-224"
    broken.mkdir()
    (broken / "config.json").write_text("{not json", encoding="utf-8")
    visual = PaliGemmaDetector(WorkerPaliGemma(broken, "transformers", device="cpu"))
    photo = Image.new("RGB", (320, 200), (10, 20, 30))
    try:
        result = scrub_image(
            decode_image(encode_clean(photo)), NoText(), Scrubber(), use_model=False, visual=visual
        )
    finally:
        visual.generator.close()
    assert result.regions == () and result.check is None
    assert result.skipped and "paligemma:paligemma2-3b-mix-224" in result.skipped[0]
    assert not any(layer.startswith("vision:") for layer in result.layers)
    assert result.image.getpixel((5, 5)) == (10, 20, 30)


def test_scrub_image_fills_the_visual_boxes(worker_detector) -> None:
    from PIL import Image

    from desktop.engine.pipeline import Scrubber
    from desktop.engine.types import Source
    from desktop.engine.vision.loading import decode_image
    from desktop.engine.vision.output import encode_clean
    from desktop.engine.vision.scrub import scrub_image

    photo = Image.new("RGB", (640, 360), (200, 180, 160))
    visual = worker_detector
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
