"""Screenshot scrubbing: load safely, OCR, run the text detectors on the OCR text, map every
finding to pixels, add PaliGemma's boxes for faces, QR codes, signatures and ID cards, fill
every region solid, and hand back a metadata-free image. Blur and pixelation are not offered
by default: both can be reversed."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

from desktop.engine.errors import ScrubDeskError
from desktop.engine.pipeline import Scrubber
from desktop.engine.types import Source, Span
from desktop.engine.vision.geometry import Region
from desktop.engine.vision.layout import build_text
from desktop.engine.vision.loading import LoadedImage
from desktop.engine.vision.lookalikes import fold_digit_lookalikes
from desktop.engine.vision.mapping import span_boxes
from desktop.engine.vision.mask import FILL, fill_boxes
from desktop.engine.vision.ocr_types import OcrEngine
from desktop.engine.vision.output import clean_copy, flattened

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

    from desktop.engine.vision.paligemma_parse import PersonalInfoCheck, VisualBox

CancelFn = Callable[[], bool]


class VisualLayer(Protocol):
    """An image model that finds visual personal data (see `paligemma.PaliGemmaDetector`)."""

    @property
    def name(self) -> str: ...

    def find(self, image: Image.Image, cancel: CancelFn | None = None) -> list[VisualBox]: ...

    def check(self, image: Image.Image, cancel: CancelFn | None = None) -> PersonalInfoCheck: ...


@dataclass(frozen=True)
class ImageScrubResult:
    image: Image.Image  # the redacted image, without metadata
    regions: tuple[Region, ...]
    layers: tuple[str, ...]  # e.g. ("ocr:rapidocr", "pattern", "vision:paligemma:...")
    notes: tuple[str, ...] = ()  # value-free remarks (e.g. "first frame only")
    skipped: tuple[str, ...] = ()  # layers that failed, and why (value-free)
    check: PersonalInfoCheck | None = None  # PaliGemma's yes/no answer, when it ran
    timings: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """The `scrub-image --json` object (DESIGN.md, "Command-line contract")."""
        return {
            "width": self.image.width,
            "height": self.image.height,
            "regions": [region.to_json() for region in self.regions],
        }


def scrub_image(
    loaded: LoadedImage,
    ocr: OcrEngine,
    scrubber: Scrubber,
    *,
    use_model: bool = True,
    visual: VisualLayer | None = None,
    cancel: CancelFn | None = None,
    fill: tuple[int, int, int] = FILL,
) -> ImageScrubResult:
    import numpy as np

    timings: dict[str, float] = {}
    started = time.perf_counter()
    flat = flattened(loaded.image)
    ocr_result = ocr.read(flat, cancel)
    timings["ocr"] = time.perf_counter() - started
    rgb = np.asarray(flat)
    started = time.perf_counter()
    regions, layers, skipped = text_regions(rgb, ocr_result.lines, scrubber, use_model, cancel)
    timings["text"] = time.perf_counter() - started
    image = fill_boxes(clean_copy(loaded.image), [r.box for r in regions], fill)
    result = ImageScrubResult(
        image,
        tuple(regions),
        (f"ocr:{ocr.name}", *layers),
        loaded.notes,
        tuple(skipped),
        timings=timings,
    )
    if visual is not None:
        result = add_visual_layer(loaded, result, visual, cancel=cancel, fill=fill)
    return result


def add_visual_layer(
    loaded: LoadedImage,
    result: ImageScrubResult,
    visual: VisualLayer,
    *,
    cancel: CancelFn | None = None,
    fill: tuple[int, int, int] = FILL,
) -> ImageScrubResult:
    """Add the image model's boxes to a text-layer result (the app shows that one first). If the
    model fails or is cancelled, the text layer's result stands and `skipped` says why."""
    started = time.perf_counter()
    flat = flattened(loaded.image)
    timings = dict(result.timings)
    try:
        boxes = visual.find(flat, cancel)
        check = visual.check(flat, cancel)
    except Exception as exc:  # a crashed or missing model must not lose the text result
        timings["vision"] = time.perf_counter() - started
        reason = str(exc) if isinstance(exc, ScrubDeskError) else type(exc).__name__
        return replace(result, skipped=(*result.skipped, reason), timings=timings)
    regions = (*result.regions, *(Region(b.box, b.label, Source.VISION, "vision") for b in boxes))
    image = fill_boxes(clean_copy(loaded.image), [r.box for r in regions], fill)
    timings["vision"] = time.perf_counter() - started
    return replace(
        result,
        image=image,
        regions=regions,
        layers=(*result.layers, f"vision:{visual.name}"),
        check=check,
        timings=timings,
    )


def text_regions(
    rgb: np.ndarray,
    lines: tuple[object, ...],
    scrubber: Scrubber,
    use_model: bool,
    cancel: CancelFn | None,
) -> tuple[list[Region], list[str], list[str]]:
    """Regions for the personal data in the OCR text.

    The detectors read the lines twice: as rows joined by newlines (with the model layer), and
    with wrapped paragraphs joined again (fast layer only), which finds values that a line break
    cut in two; from that second reading only the findings that cross a wrap are kept."""
    from desktop.engine.vision.ocr_types import OcrLine

    ocr_lines = tuple(line for line in lines if isinstance(line, OcrLine))
    if not ocr_lines:
        return [], ["pattern"], []
    rows = build_text(ocr_lines)
    detection = scrubber.detect(
        fold_digit_lookalikes(rows.text), use_model=use_model, cancel=cancel
    )
    found = span_boxes(rgb, rows, detection.spans)
    wrapped = build_text(ocr_lines, soft_wrapped=True)
    if wrapped.soft_joins:
        extra: list[Span] = [
            span
            for span in scrubber.detect(fold_digit_lookalikes(wrapped.text), use_model=False).spans
            if wrapped.crosses_soft_join(span.start, span.end)
        ]
        found += span_boxes(rgb, wrapped, extra)
    regions: dict[tuple[object, ...], Region] = {}
    for item in found:  # the two readings often give the same box twice
        region = Region(item.box, item.span.label, Source.OCR, str(item.span.source))
        regions.setdefault((region.box, region.label), region)
    return list(regions.values()), list(detection.layers), list(detection.skipped)
