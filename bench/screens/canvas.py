"""Drawing with ground truth. Every piece of text is drawn on its own, through an 8-bit
coverage patch pasted onto the image, so the ink of each value and each other token is known
to the pixel: ink = the pixels whose glyph coverage exceeds INK_LEVEL (of 255).

A paragraph is a list of segments (text, label); `paragraph` wraps it into a width, breaking
CJK anywhere, Latin at spaces, and over-long Latin words (keys, e-mails) at characters. A value
broken over lines stays one `Value` with several inks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw

from bench.screens import fonts

INK_LEVEL = 80
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
TOKEN = re.compile(r"[A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff]+(?:['._@%+\-/:#][A-Za-z0-9]+)*")
TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
UNIT = re.compile(r"\s+|[\u2e80-\u9fff\uf900-\ufaff]|[^\s\u2e80-\u9fff\uf900-\ufaff]+")

Color = tuple[int, int, int]
Segment = tuple[str, str | None]  # (text, label or None)


@dataclass
class Ink:
    x: int
    y: int
    mask: np.ndarray  # bool, h x w

    def box(self) -> tuple[int, int, int, int]:
        ys, xs = np.nonzero(self.mask)
        if not len(xs):
            return (self.x, self.y, 0, 0)
        return (
            self.x + int(xs.min()),
            self.y + int(ys.min()),
            int(np.ptp(xs)) + 1,
            int(np.ptp(ys)) + 1,
        )


@dataclass
class Value:
    label: str
    text: str
    inks: list[Ink] = field(default_factory=list)
    units: int = 0  # pieces the value was laid out in
    drawn: int = 0  # pieces drawn (a value on a line left out, or cut by the edge, is dropped)

    @property
    def complete(self) -> bool:
        return self.drawn == self.units > 0


@dataclass
class Token:
    text: str
    ink: Ink


@dataclass
class Style:
    face: str  # a fonts.FACES name; CJK characters go to its CJK partner
    size: int
    color: Color
    antialias: bool = True


class Canvas:
    def __init__(self, size: tuple[int, int], background: Color, scale: float = 1.0) -> None:
        self.image = Image.new("RGB", size, background)
        self.draw = ImageDraw.Draw(self.image)
        self.scale = scale
        self.values: list[Value] = []
        self.tokens: list[Token] = []

    def px(self, n: float) -> int:
        """A length in logical pixels, in this canvas's physical pixels."""
        return round(n * self.scale)

    def style(self, face: str, size: float, color: Color, antialias: bool = True) -> Style:
        return Style(face, self.px(size), color, antialias)

    # shapes (no text, no ground truth)
    def rect(
        self,
        box: tuple[float, float, float, float],
        fill: Color | None = None,
        outline: Color | None = None,
        width: int = 1,
        radius: float = 0,
    ) -> None:
        x0, y0, x1, y1 = (round(v) for v in box)
        if radius:
            self.draw.rounded_rectangle((x0, y0, x1, y1), round(radius), fill, outline, width)
        else:
            self.draw.rectangle((x0, y0, x1, y1), fill, outline, width)

    def line(self, xy: tuple[float, float, float, float], color: Color, width: int = 1) -> None:
        self.draw.line(tuple(round(v) for v in xy), fill=color, width=width)

    def circle(self, cx: float, cy: float, r: float, fill: Color) -> None:
        self.draw.ellipse((round(cx - r), round(cy - r), round(cx + r), round(cy + r)), fill)

    # text
    def face_for(self, style: Style, text: str) -> str:
        return fonts.cjk_face(style.face) if CJK.search(text) else style.face

    def width(self, text: str, style: Style) -> float:
        return sum(
            fonts.font(self.face_for(style, u), style.size).getlength(u) for u in UNIT.findall(text)
        )

    def piece(self, x: float, baseline: float, text: str, style: Style) -> Ink | None:
        """Draw one piece of text (a single font) with its left baseline at (x, baseline)."""
        face = fonts.font(self.face_for(style, text), style.size)
        left, top, right, bottom = face.getbbox(text, anchor="ls")
        if right <= left or bottom <= top:
            return None
        patch = Image.new("L", (right - left + 2, bottom - top + 2), 0)
        draw = ImageDraw.Draw(patch)
        draw.fontmode = "L" if style.antialias else "1"
        draw.text((1 - left, 1 - top), text, font=face, fill=255, anchor="ls")
        ox, oy = round(x) + left - 1, round(baseline) + top - 1
        self.image.paste(style.color, (ox, oy, ox + patch.width, oy + patch.height), patch)
        mask = np.asarray(patch) > INK_LEVEL
        return Ink(ox, oy, mask) if mask.any() else None

    def text(self, x: float, baseline: float, segments: list[Segment] | str, style: Style) -> float:
        """One line, no wrapping; returns the x after it."""
        if isinstance(segments, str):
            segments = [(segments, None)]
        for line in self._layout(segments, style, None):
            return self._draw_line(x, baseline, line, style)
        return x

    def paragraph(
        self,
        x: float,
        baseline: float,
        segments: list[Segment],
        style: Style,
        width: float,
        leading: float,
        max_lines: int = 10**6,
    ) -> tuple[int, float]:
        """Wrapped text; returns (lines drawn, widest line)."""
        lines = self._layout(segments, style, width)[:max_lines]
        widest = 0.0
        for i, line in enumerate(lines):
            end = self._draw_line(x, baseline + i * leading, line, style)
            widest = max(widest, end - x)
        return len(lines), widest

    def measure(self, segments: list[Segment], style: Style, width: float) -> tuple[int, float]:
        lines = self._layout(segments, style, width, register=False)
        return len(lines), max((sum(w for _, _, w in ln) for ln in lines), default=0.0)

    # internals: a unit is (text, value index or None, advance)
    def _units(self, segments: list[Segment], register: bool) -> list[tuple[str, int | None]]:
        units: list[tuple[str, int | None]] = []
        for text, label in segments:
            index = None
            if label is not None and not register:
                index = -1
            elif label is not None:
                self.values.append(Value(label, text))
                index = len(self.values) - 1
            units += [(u, index) for u in UNIT.findall(text)]
            if index is not None and register:
                self.values[index].units = sum(not u.isspace() for u in UNIT.findall(text))
        return units

    def _layout(
        self, segments: list[Segment], style: Style, width: float | None, register: bool = True
    ) -> list[list]:
        lines: list[list] = [[]]
        used = 0.0
        for text, index in self._units(segments, register):
            advance = self.width(text, style)
            if width is not None and used + advance > width and not text.isspace():
                if advance > width * 0.6:  # an over-long word breaks at characters
                    for ch in text:
                        w = self.width(ch, style)
                        if used + w > width and used > 0:
                            lines.append([])
                            used = 0.0
                        lines[-1].append((ch, index, w))
                        used += w
                    continue
                if used > 0:
                    lines.append([])
                    used = 0.0
            if text.isspace() and used == 0 and width is not None:
                continue
            lines[-1].append((text, index, advance))
            used += advance
        return [ln for ln in lines if ln]

    def _draw_line(self, x: float, baseline: float, line: list, style: Style) -> float:
        for text, index, advance in line:
            if not text.isspace():
                self._draw_unit(x, baseline, text, index, style)
            x += advance
        return x

    def _draw_unit(
        self, x: float, baseline: float, text: str, index: int | None, style: Style
    ) -> None:
        if index is not None:
            ink = self.piece(x, baseline, text, style)
            if ink is not None:
                self.values[index].inks.append(ink)
            self.values[index].drawn += 1
            return
        # Other text: each Latin word/number and each CJK character is a scored token;
        # punctuation between them is drawn but not scored.
        for part in TOKEN_SPLIT.split(text):
            if not part:
                continue
            ink = self.piece(x, baseline, part, style)
            if ink is not None and (TOKEN.fullmatch(part) or IDEOGRAPH.fullmatch(part)):
                self.tokens.append(Token(part, ink))
            x += self.width(part, style)
