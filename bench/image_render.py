"""Seeded screenshot-like images with the ground truth of every text run (bench for issue 5).

Scenes: chat (bubbles that wrap long messages, so values break over lines), form, e-mail and
terminal; zh-TW and English; Noto Sans/Serif/Mono CJK TC and DejaVu; 14-26 px text; light and
dark themes; 1920x1080 and other sizes. Values come from the text benchmark's generators
(bench/text, valid check digits). Every run of text is drawn on its own, so its ink mask is
known exactly: `Shot.runs` lists each run with its label (None: not personal data).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageDraw, ImageFont

NOTO = "/usr/share/fonts/opentype/noto/"
FONTS = {
    "sans": (NOTO + "NotoSansCJK-Regular.ttc", 3),
    "sans-bold": (NOTO + "NotoSansCJK-Bold.ttc", 3),
    "serif": (NOTO + "NotoSerifCJK-Regular.ttc", 3),
    "mono": (NOTO + "NotoSansCJK-Regular.ttc", 8),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
}
LIGHT = {"bg": (255, 255, 255), "ink": (33, 33, 33), "me": (0, 132, 255), "me_ink": (255, 255, 255),
         "them": (233, 233, 235), "muted": (120, 120, 120)}  # fmt: skip
DARK = {"bg": (24, 25, 28), "ink": (225, 225, 225), "me": (38, 90, 160), "me_ink": (240, 240, 240),
        "them": (52, 54, 60), "muted": (150, 150, 150)}  # fmt: skip
SIZES = [(1920, 1080), (1920, 1080), (1280, 800), (1440, 900), (2560, 1440), (828, 1792)]


@dataclass
class Run:
    text: str
    label: str | None
    xy: tuple[int, int]
    font: str
    size: int
    ink: tuple[int, int, int]


@dataclass
class Shot:
    id: str
    image: Image.Image
    runs: list[Run] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


class Canvas:
    def __init__(self, width: int, height: int, theme: dict[str, Any], font: str, size: int):
        self.image = Image.new("RGB", (width, height), theme["bg"])
        self.draw = ImageDraw.Draw(self.image)
        self.theme, self.font_name, self.size = theme, font, size
        self.runs: list[Run] = []

    def font(self, name: str | None = None, size: int | None = None) -> Any:
        path, index = FONTS[name or self.font_name]
        return ImageFont.truetype(path, size or self.size, index=index)

    def write(self, x: float, y: int, pieces: list[tuple[str, str | None]], ink: Any = None,
              font: str | None = None) -> float:  # fmt: skip
        """Draw pieces left to right; returns the x after the last one."""
        face = self.font(font)
        for text, label in pieces:
            if text:
                colour = ink or self.theme["ink"]
                self.draw.text((x, y), text, font=face, fill=colour)
                self.runs.append(Run(text, label, (round(x), y), font or self.font_name,
                                     self.size, colour))  # fmt: skip
                x += face.getlength(text)
        return x

    def wrap(self, pieces: list[tuple[str, str | None]], width: float,
             font: str | None = None) -> list[list[tuple[str, str | None]]]:  # fmt: skip
        """Break pieces into lines no wider than `width` (CJK anywhere, Latin at spaces)."""
        face = self.font(font)
        lines: list[list[tuple[str, str | None]]] = [[]]
        used = 0.0
        for text, label in pieces:
            for token in _tokens(text):
                advance = face.getlength(token)
                if used + advance > width and used > 0:
                    lines.append([])
                    used = 0.0
                    token = token.lstrip()
                    advance = face.getlength(token)
                line = lines[-1]
                if line and line[-1][1] == label:
                    line[-1] = (line[-1][0] + token, label)
                else:
                    line.append((token, label))
                used += advance
        return lines


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for char in text:
        wide = ord(char) > 0x2E80
        if tokens and not wide and not char.isspace() and not _wide(tokens[-1][-1]):
            tokens[-1] += char
        else:
            tokens.append(char)
    return tokens


def _wide(char: str) -> bool:
    return ord(char) > 0x2E80


def render_shot(index: int, seed: int = 7) -> Shot:
    from bench.image_content import scene_content

    rng = random.Random(seed * 1000 + index)
    scene = ("chat", "form", "email", "terminal")[index % 4]
    lang = ("zh", "en")[(index // 4) % 2]
    dark = scene == "terminal" or (index // 8) % 2 == 1
    width, height = SIZES[index % len(SIZES)] if index >= 8 else (1920, 1080)
    hidpi = 2 if width >= 2560 else 1
    size = rng.choice((14, 16, 18, 20, 22, 26)) * hidpi
    if width < 1000:
        size = max(size, 28)
    font = (
        "mono"
        if scene == "terminal"
        else rng.choice(
            ("sans", "sans", "serif", "sans-bold") + (("dejavu",) if lang == "en" else ())
        )
    )
    canvas = Canvas(width, height, DARK if dark else LIGHT, font, size)
    content = scene_content(scene, lang, rng, index)
    LAYOUTS[scene](canvas, content, rng)
    meta = {"scene": scene, "lang": lang, "dark": dark, "size": size, "font": font,
            "width": width, "height": height}  # fmt: skip
    return Shot(f"img{index:03d}-{scene}-{lang}", canvas.image, canvas.runs, meta)


def _chat(canvas: Canvas, content: list[list[tuple[str, str | None]]], rng: random.Random) -> None:
    width, height = canvas.image.size
    line_h = int(canvas.size * 1.45)
    y = 20
    left_margin = 30 if width < 1000 else int(width * 0.22)  # a contact list on wide screens
    if width >= 1000:
        canvas.write(20, 20, [("Chats", None)], canvas.theme["muted"])
    for number, message in enumerate(content):
        mine = number % 2 == 1
        bubble_w = int((width - left_margin) * 0.6)
        lines = canvas.wrap(message, bubble_w - 2 * canvas.size)
        text_w = max(canvas.font().getlength("".join(t for t, _ in ln)) for ln in lines)
        box_w, box_h = int(text_w + 2 * canvas.size), len(lines) * line_h + canvas.size
        if y + box_h > height - 20:
            break
        x = width - 30 - box_w if mine else left_margin
        fill = canvas.theme["me"] if mine else canvas.theme["them"]
        canvas.draw.rounded_rectangle((x, y, x + box_w, y + box_h), radius=canvas.size // 1.5,
                                      fill=fill)  # fmt: skip
        ink = canvas.theme["me_ink"] if mine else canvas.theme["ink"]
        for row, line in enumerate(lines):
            canvas.write(x + canvas.size, y + canvas.size // 2 + row * line_h, line, ink)
        y += box_h + canvas.size


def _form(canvas: Canvas, content: list[list[tuple[str, str | None]]], rng: random.Random) -> None:
    width, height = canvas.image.size
    line_h = int(canvas.size * 2.2)
    columns = 2 if width >= 1400 else 1
    col_w = (width - 80) // columns
    for number, row in enumerate(content):
        column, line = number % columns, number // columns
        y = 40 + line * line_h
        if y > height - line_h:
            break
        x = 40 + column * col_w
        label, *value = row
        canvas.write(x, y, [label], canvas.theme["muted"])
        canvas.write(x + int(canvas.size * 6.5), y, value)


def _email(canvas: Canvas, content: list[list[tuple[str, str | None]]], rng: random.Random) -> None:
    width, height = canvas.image.size
    line_h = int(canvas.size * 1.6)
    y = 30
    for row in content:
        for line in canvas.wrap(row, width * 0.7):
            if y > height - line_h:
                return
            canvas.write(60, y, line)
            y += line_h
        y += line_h // 2


def _terminal(canvas: Canvas, content: list[list[tuple[str, str | None]]],
              rng: random.Random) -> None:  # fmt: skip
    width, height = canvas.image.size
    line_h = int(canvas.size * 1.35)
    y = 12
    for row in content:
        for line in canvas.wrap(row, width - 40):
            if y > height - line_h:
                return
            canvas.write(16, y, line)
            y += line_h


LAYOUTS = {"chat": _chat, "form": _form, "email": _email, "terminal": _terminal}
