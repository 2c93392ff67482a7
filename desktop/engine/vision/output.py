"""Writing the scrubbed image with no metadata at all: no EXIF (GPS included), no PNG text or
time chunks, no ICC profile, no XMP, no comments. PNG unless the file name asks for another
format. The pixels are copied into a fresh image first, so nothing the decoder attached to the
source (Pillow keeps it in `Image.info`) can reach the encoder.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.engine.errors import InputError

if TYPE_CHECKING:
    from PIL import Image

# Suffix -> Pillow format. Anything else is written as PNG (lossless; the default).
_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}


def format_for(path: str | Path) -> str:
    return _FORMATS.get(Path(path).suffix.lower(), "PNG")


def clean_copy(image: Image.Image) -> Image.Image:
    """The same pixels in a new image object whose `info` is empty."""
    from PIL import Image

    fresh = Image.frombytes(image.mode, image.size, image.tobytes())
    fresh.info = {}
    return fresh


def encode_clean(image: Image.Image, image_format: str = "PNG") -> bytes:
    fresh = clean_copy(image)
    if image_format in ("JPEG",) and fresh.mode != "RGB":
        fresh = flattened(fresh)
    buffer = io.BytesIO()
    if image_format == "PNG":
        fresh.save(buffer, "PNG", optimize=False, compress_level=6)
    elif image_format == "JPEG":
        # Lossy, but masks are solid: quality cannot bring a masked value back.
        fresh.save(buffer, "JPEG", quality=92, exif=b"", icc_profile=None)
    else:
        fresh.save(buffer, image_format, lossless=True, exif=b"", icc_profile=None)
    return buffer.getvalue()


def save_clean(image: Image.Image, path: str | Path) -> str:
    """Write `image` to `path` without metadata; returns the format used."""
    image_format = format_for(path)
    data = encode_clean(image, image_format)
    target = Path(path)
    partial = target.with_name(f".{target.name}.partial")
    try:  # never leave a half-written file that looks like a result
        partial.write_bytes(data)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
    return image_format


def flattened(image: Image.Image) -> Image.Image:
    """RGB: transparent areas over white, as most viewers show them (for OCR, and for formats
    without alpha)."""
    if image.mode == "RGB":
        return image
    from PIL import Image

    background = Image.new("RGB", image.size, (255, 255, 255))
    if image.mode == "RGBA":
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB")
