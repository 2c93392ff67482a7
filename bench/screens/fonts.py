"""System fonts: Noto CJK (TC faces, found inside the .ttc collections) and DejaVu."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PIL import ImageFont

NOTO = Path("/usr/share/fonts/opentype/noto")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

# name -> (file, family wanted inside a collection or None for a plain .ttf)
FACES: dict[str, tuple[Path, str | None]] = {
    "cjk": (NOTO / "NotoSansCJK-Regular.ttc", "Noto Sans CJK TC"),
    "cjk-bold": (NOTO / "NotoSansCJK-Bold.ttc", "Noto Sans CJK TC"),
    "cjk-mono": (NOTO / "NotoSansCJK-Regular.ttc", "Noto Sans Mono CJK TC"),
    "cjk-serif": (NOTO / "NotoSerifCJK-Regular.ttc", "Noto Serif CJK TC"),
    "sans": (DEJAVU / "DejaVuSans.ttf", None),
    "sans-bold": (DEJAVU / "DejaVuSans-Bold.ttf", None),
    "sans-cond": (DEJAVU / "DejaVuSansCondensed.ttf", None),
    "serif": (DEJAVU / "DejaVuSerif.ttf", None),
    "mono": (DEJAVU / "DejaVuSansMono.ttf", None),
    "mono-bold": (DEJAVU / "DejaVuSansMono-Bold.ttf", None),
}

# A Latin face's partner for CJK characters (DejaVu has none).
CJK_PARTNER = {
    "sans": "cjk",
    "sans-bold": "cjk-bold",
    "sans-cond": "cjk",
    "serif": "cjk-serif",
    "mono": "cjk-mono",
    "mono-bold": "cjk-mono",
}


@cache
def _index(path: Path, family: str | None) -> int:
    if family is None:
        return 0
    for index in range(16):
        try:
            face = ImageFont.truetype(str(path), 12, index=index)
        except OSError:
            break
        if face.getname()[0] == family:
            return index
    raise RuntimeError(f"font family {family} not found in {path}")


@cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path, family = FACES[name]
    return ImageFont.truetype(str(path), max(6, size), index=_index(path, family))


def cjk_face(name: str) -> str:
    """The face that draws CJK characters for text set in `name`."""
    return CJK_PARTNER.get(name, name)


def available() -> bool:
    return all(path.exists() for path, _ in FACES.values())
