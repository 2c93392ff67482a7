"""Make `resources/ocr/`: an 8-bit copy of the text detector inside the installed rapidocr wheel.

    .venv/bin/python -m pip install onnx        # only this script needs it
    .venv/bin/python -m scripts.quantize_ocr_detector

Static quantization (ONNX Runtime, QDQ format: unsigned 8-bit activations, signed 8-bit weights,
min-max ranges) calibrated on the detection tiles that ScrubDesk itself hands the detector for
the screenshots of the independent benchmark's dev split (`bench/screens`, the split that may be
tuned on; the test split is never read here). Ranges per channel (the model is converted to
opset 13 for that), and DB's head stays in float (see `head_nodes`). Writes the model and
`manifest.json`, which records the float model's sha256 (`desktop/engine/vision/ocr_int8.py`
says why).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.engine.vision.ocr_int8 import MANIFEST, ocr_resources, rapidocr_models, sha256

SOURCE = "PP-OCRv6_det_small.onnx"
TARGET = "PP-OCRv6_det_small.int8.onnx"


def quantize(source: Path, target: Path, tiles: Iterable[Any]) -> None:
    """Write the 8-bit model of `source` to `target`, calibrated on `tiles` (the detector's
    normalised (1, 3, H, W) inputs)."""
    from onnxruntime import InferenceSession
    from onnxruntime.quantization import (
        CalibrationDataReader,
        QuantFormat,
        QuantType,
        quantize_static,
    )
    from onnxruntime.quantization.shape_inference import quant_pre_process

    input_name = InferenceSession(str(source)).get_inputs()[0].name

    class Tiles(CalibrationDataReader):
        def __init__(self) -> None:
            self._tiles = iter(tiles)

        def get_next(self) -> dict[str, Any] | None:
            tile = next(self._tiles, None)
            return None if tile is None else {input_name: tile}

    import onnx
    from onnx import version_converter

    with tempfile.TemporaryDirectory() as scratch:
        prepared = Path(scratch) / "prepared.onnx"
        quant_pre_process(str(source), str(prepared), skip_symbolic_shape=True)
        # Opset 13 has per-channel DequantizeLinear: one range per output channel.
        model = version_converter.convert_version(onnx.load(str(prepared)), 13)
        onnx.save(model, str(prepared))
        quantize_static(
            str(prepared),
            str(target),
            Tiles(),
            quant_format=QuantFormat.QDQ,
            activation_type=QuantType.QUInt8,
            weight_type=QuantType.QInt8,
            per_channel=True,
            nodes_to_exclude=head_nodes(model),
        )


def head_nodes(model: Any) -> list[str]:
    """The nodes after the last Concat: DB's head, which turns the fused features into the
    text probability map. Kept in float, it draws the line boxes as the float model does (in
    8 bits, 58 of 2,943 dev boxes moved; with this and per-channel ranges, 37), and it is a
    small share of the time."""
    nodes = list(model.graph.node)
    last = max(i for i, node in enumerate(nodes) if node.op_type == "Concat")
    return [node.name for node in nodes[last + 1 :]]


def detector_inputs(images: Iterable[Any], limit: int) -> list[Any]:
    """The normalised tiles the float detector receives while ScrubDesk detects lines in
    `images`, recorded from RapidOCR's own pre-processing."""
    import numpy as np

    from desktop.engine.vision.ocr_rapid import RapidOcrEngine, RapidSettings, _rapidocr

    settings = RapidSettings(int8_detector=False)
    engine = RapidOcrEngine(settings)
    rapid = _rapidocr(settings)
    detector = rapid._load_det_model()  # RapidOCR loads its models on first use
    recorded: list[Any] = []
    session = detector.session
    original = session.__call__

    def record(inputs: Any) -> Any:
        if len(recorded) < limit:
            recorded.append(np.array(inputs, copy=True))
        return original(inputs)

    detector.session = _Recorder(session, record)
    try:
        for image in images:
            rgb = np.asarray(image.convert("RGB"))
            engine._detect(rapid, np.ascontiguousarray(rgb[:, :, ::-1]))
            if len(recorded) >= limit:
                break
    finally:
        detector.session = session
    return recorded


class _Recorder:
    """Stands in for RapidOCR's session object, recording what it is called with."""

    def __init__(self, session: Any, call: Any) -> None:
        self._session, self._call = session, call

    def __call__(self, inputs: Any) -> Any:
        return self._call(inputs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ocr_resources())
    parser.add_argument("--tiles", type=int, default=160, help="calibration tiles")
    args = parser.parse_args(argv)
    from importlib.metadata import version

    from bench.screens import catalogue

    models = rapidocr_models()
    if models is None or not (models / SOURCE).is_file():
        print(f"rapidocr with {SOURCE} is not installed", file=sys.stderr)
        return 1
    screens = catalogue.screens("dev")
    tiles = detector_inputs((s.image for s in screens), args.tiles)
    args.out.mkdir(parents=True, exist_ok=True)
    quantize(models / SOURCE, args.out / TARGET, tiles)
    manifest = {
        "detector": {
            "file": TARGET,
            "sha256": sha256(args.out / TARGET),
            "source": {
                "file": SOURCE,
                "sha256": sha256(models / SOURCE),
                "package": f"rapidocr {version('rapidocr')} (PP-OCR models, Apache-2.0)",
            },
            "made_with": f"onnxruntime {version('onnxruntime')} quantize_static, QDQ, "
            "uint8 activations, int8 weights per channel, head in float, "
            f"min-max over {len(tiles)} detection tiles of the bench/screens dev split",
            "licence": "Apache-2.0 (a derivative of PaddleOCR's PP-OCRv6 detector)",
        }
    }
    (args.out / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out / TARGET} from {len(tiles)} tiles", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
