"""Screenshot scrubbing: load safely, OCR, run the text detectors on the OCR text, fill every
finding's pixels solid, and hand back a metadata-free image. Blur and pixelation are not
offered by default: both can be reversed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.engine.pipeline import Scrubber
from desktop.engine.vision.geometry import Region
from desktop.engine.vision.loading import LoadedImage
from desktop.engine.vision.mapping import join_lines, regions_for
from desktop.engine.vision.ocr_types import OcrEngine
from desktop.engine.vision.output import clean_copy

if TYPE_CHECKING:
    from PIL import Image

CancelFn = Callable[[], bool]
FILL = (0, 0, 0)  # solid black: no pixel of the original survives inside a region


@dataclass(frozen=True)
class ImageScrubResult:
    image: Image.Image  # the redacted image, without metadata
    regions: tuple[Region, ...]
    layers: tuple[str, ...]
    notes: tuple[str, ...] = field(default=())  # value-free remarks (e.g. "first frame only")

    def to_json(self) -> dict[str, object]:
        """The `scrub-image --json` object (DESIGN.md, "Command-line contract")."""
        return {
            "width": self.image.width,
            "height": self.image.height,
            "regions": [
                {
                    "x": r.box.x0,
                    "y": r.box.y0,
                    "w": r.box.width,
                    "h": r.box.height,
                    "label": str(r.label),
                    "source": str(r.source),
                }
                for r in self.regions
            ],
        }


def fill_regions(image: Image.Image, regions: tuple[Region, ...]) -> Image.Image:
    from PIL import ImageDraw

    out = clean_copy(image.convert("RGB"))
    draw = ImageDraw.Draw(out)
    for region in regions:
        box = region.box
        draw.rectangle((box.x0, box.y0, box.x1 - 1, box.y1 - 1), fill=FILL)
    return out


def scrub_image(
    loaded: LoadedImage,
    ocr: OcrEngine,
    scrubber: Scrubber,
    *,
    use_model: bool = True,
    cancel: CancelFn | None = None,
) -> ImageScrubResult:
    result = ocr.read(loaded.image, cancel)
    text = join_lines(result)
    detection = scrubber.detect(text.text, use_model=use_model, cancel=cancel)
    regions = tuple(regions_for(text, detection.spans, loaded.width, loaded.height))
    image = fill_regions(loaded.image, regions)
    return ImageScrubResult(image, regions, (f"ocr:{ocr.name}", *detection.layers), loaded.notes)


def scrub_image_bytes(
    data: bytes, scrubber: Scrubber, *, use_model: bool = False, cancel: CancelFn | None = None
) -> tuple[ImageScrubResult, bytes]:
    """Scrub an encoded image (a dropped file, the clipboard): the result and a clean PNG."""
    from desktop.engine.vision.loading import decode_image
    from desktop.engine.vision.output import encode_clean
    from desktop.engine.vision.registry import default_ocr

    result = scrub_image(
        decode_image(data), default_ocr(), scrubber, use_model=use_model, cancel=cancel
    )
    return result, encode_clean(result.image, "PNG")
