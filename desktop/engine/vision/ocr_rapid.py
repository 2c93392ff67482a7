"""RapidOCR (PP-OCR models in ONNX, shipped inside the `rapidocr` wheel), tuned for screenshots.

RapidOCR's one-call pipeline resizes the whole image to at most 2000 px and crops the text
lines from that copy, so a 4K screenshot is read at half resolution. Here detection runs on a
copy scaled to a pixel budget (detection is the part that costs per pixel), and every line is
then recognised from the original pixels, which keeps small text readable at any size. Screens
are upright, so the angle classifier is skipped. Character positions come from the CTC columns
of the recogniser, so character ranges map to pixels without guessing from the line width.
A tall box that holds a column of upright characters (vertical CJK) is read by ocr_vertical.
"""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.engine.errors import ModelError
from desktop.engine.vision.geometry import Box
from desktop.engine.vision.ocr_int8 import int8_detector
from desktop.engine.vision.ocr_tiles import (
    MIN_SIDE,
    merge_rows,
    pad_for_detection,
    pad_for_recognition,
    tiles,
)
from desktop.engine.vision.ocr_types import (
    CancelFn,
    OcrLine,
    OcrResult,
    char_weight,
    spread_over,
    stop_if_cancelled,
)
from desktop.engine.vision.ocr_vertical import columns, is_column, read_column

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

NAME = "rapidocr"


@dataclass(frozen=True)
class RapidSettings:
    # Detection runs on at most this many pixels (1920x1080 is 2.07 M: read at full size) ...
    det_max_pixels: int = 2_200_000
    # ... but never below this scale. 1.0: never shrink; 18 px text on a 100%-scaled 4K screen
    # is lost at 0.75 already, and a missed value is a leak.
    det_min_scale: float = 1.0
    box_thresh: float = 0.5  # DB box score below which a detected region is dropped
    unclip_ratio: float = 1.6  # how far DB grows the text kernel into a line box
    min_line_score: float = 0.3  # recognition confidence below which a line is dropped
    tile: int = 768  # detection tile size (see _tiles) ...
    tile_overlap: int = 128  # ... and how much neighbouring tiles share
    invert_dark: bool = True  # read light-on-dark themes as dark-on-light
    threads: int = 0  # ONNX Runtime threads; 0: the CPU count, at most 4
    int8_detector: bool = True  # the 8-bit detector in resources/ocr (see ocr_int8), if it fits


def is_available() -> bool:
    from importlib.util import find_spec

    return find_spec("rapidocr") is not None and find_spec("onnxruntime") is not None


_ENGINES: dict[RapidSettings, Any] = {}
_ENGINES_LOCK = threading.Lock()


def _rapidocr(settings: RapidSettings) -> Any:
    """One RapidOCR object per settings, loaded once (model loading takes about a second)."""
    with _ENGINES_LOCK:
        engine = _ENGINES.get(settings)
        if engine is None:
            try:
                from rapidocr import RapidOCR
            except ImportError as exc:
                raise ModelError(
                    "RapidOCR is not installed (pip install 'scrubdesk[ocr]')"
                ) from exc
            threads = settings.threads or min(os.cpu_count() or 1, 4)
            _no_spinning()
            params = {
                "Global.log_level": "error",
                "Global.use_cls": False,
                "Global.max_side_len": 100_000,  # scaling is done here, not by RapidOCR
                "Global.min_side_len": MIN_SIDE,  # every piece handed over is at least this big
                # RapidOCR pads wide, short images with black bars, which hides the text of a
                # light strip from the detector; ocr_tiles pads with the image's own edge instead.
                "Global.use_vertical_padding": False,
                "Det.limit_type": "max",
                "Det.limit_side_len": 100_000,
                "Det.box_thresh": settings.box_thresh,
                "Det.unclip_ratio": settings.unclip_ratio,
                "Rec.rec_batch_num": REC_BATCH,
                "EngineConfig.onnxruntime.intra_op_num_threads": threads,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            }
            detector = int8_detector() if settings.int8_detector else None
            if detector is not None:
                params["Det.model_path"] = str(detector)
            try:
                engine = RapidOCR(params=params)
            except Exception as exc:  # a broken install: say so in one line
                raise ModelError(f"RapidOCR failed to start ({type(exc).__name__})") from None
            _ENGINES[settings] = engine
        return engine


def _no_spinning() -> None:
    """Make ONNX Runtime's worker threads sleep instead of spinning between runs. Spinning
    threads burn the cores they wait on; with other work on a 2-core machine a 1920x1080 read
    took 24 s instead of 6. RapidOCR builds its SessionOptions itself and has no setting for
    this, so the options it builds get one more entry. Skipped if RapidOCR's layout differs."""
    try:
        from rapidocr.inference_engine.onnxruntime import main as ort_main
    except ImportError:
        return
    session_class = getattr(ort_main, "OrtInferSession", None)
    build = getattr(session_class, "_init_sess_opts", None)
    if build is None or getattr(build, "_scrubdesk_no_spin", False):
        return

    def options(cfg: Any) -> Any:
        opts = build(cfg)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
        return opts

    options._scrubdesk_no_spin = True  # type: ignore[attr-defined]
    session_class._init_sess_opts = staticmethod(options)  # type: ignore[union-attr]


class RapidOcrEngine:
    name = NAME

    def __init__(self, settings: RapidSettings | None = None) -> None:
        self.settings = settings or RapidSettings()
        self._lock = threading.Lock()  # RapidOCR keeps per-call flags on the object

    def read(self, image: Image.Image, cancel: CancelFn | None = None) -> OcrResult:
        import numpy as np

        engine = _rapidocr(self.settings)
        rgb = np.asarray(image.convert("RGB"))
        bgr = np.ascontiguousarray(rgb[:, :, ::-1])
        if self.settings.invert_dark and _is_dark(rgb):
            bgr = 255 - bgr
        timings: dict[str, float] = {}
        with self._lock:
            started = time.perf_counter()
            boxes = self._detect(engine, bgr)
            timings["detect"] = time.perf_counter() - started
            started = time.perf_counter()
            lines = _recognise_all(engine, bgr, boxes, self.settings.min_line_score, cancel)
            timings["recognise"] = time.perf_counter() - started
        return OcrResult(tuple(lines), image.width, image.height, NAME, timings)

    def _detect(self, engine: Any, bgr: np.ndarray) -> list[Box]:
        import cv2

        height, width = bgr.shape[:2]
        scale = min(1.0, (self.settings.det_max_pixels / float(width * height)) ** 0.5)
        scale = max(scale, self.settings.det_min_scale)
        small = bgr
        if scale < 0.999:
            size = (max(1, round(width * scale)), max(1, round(height * scale)))
            small = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
        sx, sy = width / small.shape[1], height / small.shape[0]
        boxes = []
        for x0, y0, tile in tiles(small, self.settings.tile, self.settings.tile_overlap):
            for box in _detect_tile(engine, tile):
                scaled = Box(
                    int((box.x0 + x0) * sx),
                    int((box.y0 + y0) * sy),
                    round((box.x1 + x0) * sx),
                    round((box.y1 + y0) * sy),
                ).clipped(width, height)
                if scaled.width >= 2 and scaled.height >= 4:
                    boxes.append(scaled)
        return columns(bgr, merge_rows(boxes))


def _detect_tile(engine: Any, tile: np.ndarray) -> list[Box]:
    padded, top = pad_for_detection(tile)
    result = engine(padded, use_det=True, use_cls=False, use_rec=False)
    quads = getattr(result, "boxes", None)
    if quads is None or len(quads) == 0:
        return []
    return [Box.from_points([(float(x), float(y) - top) for x, y in quad]) for quad in quads]


def _is_dark(rgb: np.ndarray) -> bool:
    """A light-on-dark screen: the median grey level (on a coarse grid) is dark."""
    import numpy as np

    step = max(1, min(rgb.shape[0], rgb.shape[1]) // 200)
    grey = rgb[::step, ::step].mean(axis=2)
    return bool(np.median(grey) < 100)


def _recognise_all(
    engine: Any, bgr: np.ndarray, boxes: list[Box], min_score: float, cancel: CancelFn | None
) -> list[OcrLine]:
    """Every box's line, in the order of the boxes. The recogniser pads each crop with blank
    columns to at least its minimum input width (320 x 48), so short crops (table cells, labels,
    chat names: most lines of a dense screen) all reach it in exactly that shape, alone or
    together: they go in batches, which costs about a third less per crop on 2 cores and gives
    the same answers. Longer lines go one at a time: in a batch they would be padded to the
    longest one, which changes what is read and costs more than it saves."""
    crops = [pad_for_recognition(bgr[box.y0 : box.y1, box.x0 : box.x1]) for box in boxes]
    read: dict[int, tuple[str, float, Any]] = {}
    recogniser = _batch_recogniser(engine)
    short = [i for i, (crop, _, _) in enumerate(crops) if _fits_minimum(crop)] if recogniser else []
    for start in range(0, len(short), REC_BATCH):
        stop_if_cancelled(cancel)
        chunk = short[start : start + REC_BATCH]
        read.update(
            zip(chunk, _recognise_batch(recogniser, [crops[i][0] for i in chunk]), strict=True)
        )
    lines: list[OcrLine] = []
    for index, (box, (crop, left, right)) in enumerate(zip(boxes, crops, strict=True)):
        if index not in read:
            stop_if_cancelled(cancel)
            read[index] = _recognise_one(engine, crop)
        text, score, words = read[index]
        column = _read_column(engine, bgr, box, score, cancel) if is_column(box) else None
        if column is not None:
            lines.extend(line for line in column if line.score >= min_score)
        elif text.strip() and score >= min_score:
            lines.append(
                OcrLine(text, box, _extents_from_columns(text, words, box, left, right), score)
            )
    return lines


def _read_column(
    engine: Any, bgr: np.ndarray, box: Box, score: float, cancel: CancelFn | None
) -> list[OcrLine] | None:
    """A tall box read as a column of upright characters (ocr_vertical), if that reads better
    than the box read as a row."""

    def read_row(row: np.ndarray) -> tuple[str, float, tuple[tuple[float, float], ...]]:
        text, score, words = _recognise_one(engine, row)
        return (
            text,
            score,
            _extents_from_columns(text, words, Box(0, 0, row.shape[1], row.shape[0])),
        )

    stop_if_cancelled(cancel)
    column = read_column(bgr, box, read_row)
    if column is None or column[1] <= score:
        return None
    return list(column[0])


REC_BATCH = 16  # short crops per recogniser run
REC_SHAPE = (48, 320)  # the recogniser's input height and minimum width (RapidOCR's rec_img_shape)


def _fits_minimum(crop: np.ndarray) -> bool:
    height, width = crop.shape[:2]
    return bool(width * REC_SHAPE[0] <= REC_SHAPE[1] * height)


def _batch_recogniser(engine: Any) -> Any:
    """RapidOCR's recogniser object, which takes a list of crops; None if this RapidOCR has
    none of that shape or another input size (then every line is read alone)."""
    load = getattr(engine, "_load_rec_model", None)  # RapidOCR loads its models on first use
    recogniser = load() if callable(load) else getattr(engine, "text_rec", None)
    shape = getattr(recogniser, "rec_image_shape", None)
    if recogniser is None or shape is None or tuple(shape[1:3]) != REC_SHAPE:
        return None
    return recogniser


def _recognise_batch(recogniser: Any, crops: list[np.ndarray]) -> list[tuple[str, float, Any]]:
    from rapidocr.ch_ppocr_rec.typings import TextRecInput

    result = recogniser(TextRecInput(img=crops, return_word_box=True))
    words = result.word_results or [None] * len(crops)
    return [
        (str(text), float(score), info)
        for text, score, info in zip(result.txts, result.scores, words, strict=True)
    ]


def _recognise_one(engine: Any, crop: np.ndarray) -> tuple[str, float, Any]:
    result = engine(crop, use_det=False, use_cls=False, use_rec=True, return_word_box=True)
    texts = getattr(result, "txts", None)
    if not texts:
        return "", 0.0, None
    score = float(result.scores[0]) if result.scores else 0.0
    return str(texts[0]), score, result.word_results[0] if result.word_results else None


def _extents_from_columns(
    text: str, info: Any, box: Box, left: int = 0, right: int = 0
) -> tuple[tuple[float, float], ...]:
    """Per-character pixel extents from the recogniser's CTC columns (see module docstring).
    `left` and `right`: padding added to the crop, which the columns span too."""
    columns = _columns(text, info)
    total = float(getattr(info, "line_txt_len", 0.0) or 0.0)
    if columns is None or total <= 0:
        return spread_over(text, box.x0, box.x1)
    origin, width = box.x0 - left, box.width + left + right
    centres = {i: origin + (col + 0.5) / total * width for i, col in columns}
    return _extents_around(text, centres, box)


def _columns(text: str, info: Any) -> list[tuple[int, int]] | None:
    """(index in text, CTC column) for every non-space character, or None if they disagree."""
    words: Sequence[Sequence[str]] = getattr(info, "words", None) or []
    cols: Sequence[Sequence[int]] = getattr(info, "word_cols", None) or []
    flat = [
        (c, col)
        for word, wcols in zip(words, cols, strict=False)
        for c, col in zip(word, wcols, strict=False)
    ]
    indices = [i for i, c in enumerate(text) if not c.isspace()]
    if len(flat) != len(indices) or any(
        text[i] != c for i, (c, _) in zip(indices, flat, strict=True)
    ):
        return None
    return [(i, col) for i, (_, col) in zip(indices, flat, strict=True)]


def _extents_around(
    text: str, centres: dict[int, float], box: Box
) -> tuple[tuple[float, float], ...]:
    order = sorted(centres)
    weights = {i: char_weight(text[i]) for i in order}
    # Pixels per unit of character weight, from the spacing of neighbouring centres.
    units = [
        (centres[b] - centres[a]) / ((weights[a] + weights[b]) / 2 + _space_weight(text, a, b))
        for a, b in itertools.pairwise(order)
        if centres[b] > centres[a]
    ]
    units.sort()
    unit = units[len(units) // 2] if units else box.width / max(sum(weights.values()), 1.0)
    left = {i: centres[i] - unit * weights[i] / 2 for i in order}
    right = {i: centres[i] + unit * weights[i] / 2 for i in order}
    for a, b in itertools.pairwise(order):
        if b == a + 1:  # touching characters share one boundary, split by their widths
            cut = centres[a] + (centres[b] - centres[a]) * weights[a] / (weights[a] + weights[b])
            right[a] = left[b] = cut
        else:  # a space between: each keeps its own half-width, but they never cross
            mid = (centres[a] + centres[b]) / 2
            right[a], left[b] = min(right[a], mid), max(left[b], mid)
    extents: list[tuple[float, float]] = []
    previous = float(box.x0)
    for i, _char in enumerate(text):
        if i in centres:
            start, end = max(left[i], box.x0), min(right[i], box.x1)
            extents.append((start, max(start, end)))
            previous = max(start, end)
        else:  # a space: from the previous character to the next one
            following = next((left[j] for j in order if j > i), float(box.x1))
            extents.append((previous, max(previous, following)))
    return tuple(extents)


def _space_weight(text: str, a: int, b: int) -> float:
    return sum(char_weight(c) for c in text[a + 1 : b])
