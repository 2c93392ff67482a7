"""Safe image loading: every bad input becomes a one-line `InputError`, never a crash or an
unbounded memory spike.

Pillow reads only the header on `open`, so the size is checked before any pixel is decoded
(a 30000x30000 "decompression bomb" is refused from its header). Pixels are then decoded with
warnings turned into errors, and normalised to 8-bit RGB or RGBA: CMYK, 16-bit, palette with
transparency, grey and EXIF-rotated images all come out the way a viewer shows them.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.engine.errors import InputError, InputTooLarge

if TYPE_CHECKING:
    from PIL import Image

MAX_FILE_BYTES = 64 * 1024 * 1024
# A long scrolling screenshot (1440 x 30000) or an 8K screen fits; 30000 x 30000 does not.
MAX_PIXELS = 50_000_000
MAX_SIDE = 32_768


@dataclass(frozen=True)
class LoadedImage:
    image: Image.Image  # mode "RGB" or "RGBA", 8 bits per channel, no metadata
    source_format: str  # "PNG", "JPEG", ...
    notes: tuple[str, ...] = ()  # value-free remarks for the user, e.g. "first frame only"

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height


def read_image_bytes(path: str | Path) -> bytes:
    file = Path(path)
    if not file.exists():
        raise InputError(f"no such file: {path}")
    if file.is_dir():
        raise InputError(f"is a directory, not an image: {path}")
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputTooLarge(
                f"image file is larger than the {MAX_FILE_BYTES // (1024 * 1024)} MiB limit"
            )
        with file.open("rb") as stream:
            return stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None


def load_image(path: str | Path) -> LoadedImage:
    return decode_image(read_image_bytes(path))


def check_dimensions(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise InputError(f"image has no pixels ({width}x{height})")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise InputTooLarge(
            f"image is {width}x{height} pixels; the limit is {MAX_PIXELS // 1_000_000} "
            f"megapixels and {MAX_SIDE} pixels a side"
        )


def decode_image(data: bytes) -> LoadedImage:
    if len(data) > MAX_FILE_BYTES:
        raise InputTooLarge("image data is larger than the limit")
    if not data:
        raise InputError("image file is empty")
    from PIL import Image, UnidentifiedImageError

    with warnings.catch_warnings():
        # Pillow's own bomb check only warns below 2x its limit: make every warning fatal.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            opened = Image.open(io.BytesIO(data))
        except UnidentifiedImageError:
            raise InputError("not an image, or an image format this build cannot read") from None
        except Image.DecompressionBombError:
            raise InputTooLarge("image is too large to decode safely") from None
        except (OSError, ValueError, SyntaxError) as exc:
            raise InputError(f"cannot read the image ({_reason(exc)})") from None
        with opened:
            check_dimensions(opened.width, opened.height)
            return _decode(opened)


def _decode(opened: Image.Image) -> LoadedImage:
    from PIL import Image

    notes: list[str] = []
    source_format = opened.format or "unknown"
    frames = getattr(opened, "n_frames", 1)
    if frames > 1:
        # Only the first frame is written out, so the other frames cannot leak anything.
        notes.append(f"{source_format} has {frames} frames; only the first is scrubbed and kept")
    try:
        opened.seek(0)
        opened.load()
        image = _normalise(opened)
    except Image.DecompressionBombError:
        raise InputTooLarge("image is too large to decode safely") from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise InputError(f"cannot decode the image ({_reason(exc)})") from None
    check_dimensions(image.width, image.height)
    return LoadedImage(image, source_format, tuple(notes))


def _normalise(opened: Image.Image) -> Image.Image:
    """8-bit RGB/RGBA with orientation applied and no metadata carried over."""
    from PIL import ImageOps

    image = ImageOps.exif_transpose(opened) or opened
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        image = _sixteen_bit_to_l(image)
    elif mode == "F":
        image = image.point(lambda v: v * 255.0 if v <= 1.0 else v).convert("L")
    elif mode == "P":
        has_alpha = "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else "RGB")
    elif mode in ("LA", "PA", "La", "RGBa"):
        image = image.convert("RGBA")
    elif mode == "CMYK":
        image = image.convert("RGB")  # Pillow already undoes Adobe's inverted CMYK JPEGs
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGB")
    if image.mode == "RGBA" and image.getchannel("A").getextrema()[0] == 255:
        image = image.convert("RGB")  # fully opaque: drop the useless alpha channel
    # A fresh image: no EXIF, no text chunks, no ICC profile travel onwards.
    clean = image.copy()
    clean.info = {}
    return clean


def _sixteen_bit_to_l(image: Image.Image) -> Image.Image:
    """Scale 16-bit grey to 8 bits (Pillow's own convert clips everything above 255 to white)."""
    import numpy as np
    from PIL import Image

    values = np.asarray(image, dtype=np.int64)
    top = 65535 if values.max(initial=0) > 255 else 255
    scaled = np.clip(values * 255 // max(top, 1), 0, 255).astype(np.uint8)
    return Image.fromarray(scaled, mode="L")


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]
