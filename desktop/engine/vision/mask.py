"""Solid fills. Never blur or pixelate by default: both can be reversed or read by a model."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.engine.vision.geometry import Box

if TYPE_CHECKING:
    from PIL import Image

FILL = (0, 0, 0)


def fill_boxes(
    image: Image.Image, boxes: Iterable[Box], colour: tuple[int, int, int] = FILL
) -> Image.Image:
    """A copy of `image` with every box painted opaque `colour`."""
    from PIL import ImageDraw

    out = image.copy()
    draw = ImageDraw.Draw(out)
    fill = (*colour, 255) if out.mode == "RGBA" else colour
    for box in boxes:
        clipped = box.clipped(out.width, out.height)
        if not clipped.empty:
            draw.rectangle((clipped.x0, clipped.y0, clipped.x1 - 1, clipped.y1 - 1), fill=fill)
    return clear_hidden_colour(out)


def clear_hidden_colour(image: Image.Image) -> Image.Image:
    """Zero the colour of fully transparent pixels: a viewer shows nothing there, but the
    colour values are still in the file and could carry text."""
    if image.mode != "RGBA":
        return image
    import numpy as np
    from PIL import Image

    pixels = np.array(image)
    hidden = pixels[:, :, 3] == 0
    if hidden.any():
        pixels[hidden] = 0
        return Image.fromarray(pixels, mode="RGBA")
    return image
