"""The image list of each split: 60 recipes (layout, size, HiDPI scale, text size), whose
language, theme, face, anti-aliasing and JPEG re-compression are drawn from the split's seed.
Both splits use every layout; their seeds and content templates differ (see `content`)."""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.screens import layout_desktop, layout_forms, layout_mobile, layout_strips, layout_tables
from bench.screens.screen import Screen, Spec

LAYOUTS: dict[str, Callable[[Spec], Screen]] = {
    "chat-strip": layout_strips.chat_strip,
    "terminal-strip": layout_strips.terminal_strip,
    "vertical-strip": layout_strips.vertical_strip,
    "mobile-chat": layout_mobile.mobile_chat,
    "desktop-chat": layout_desktop.slack_chat,
    "terminal": layout_desktop.terminal,
    "form": layout_forms.form,
    "mail": layout_forms.mail,
    "spreadsheet": layout_tables.spreadsheet,
    "table": layout_tables.admin_table,
}
MONO = {"terminal", "terminal-strip"}
FHD, PHONE = (1920, 1080), (1170, 2532)

# (layout, size, scale, text size in logical px)
RECIPES: tuple[tuple[str, tuple[int, int], float, float], ...] = (
    ("chat-strip", (1440, 60), 1.0, 14),
    ("chat-strip", (1440, 80), 1.0, 16),
    ("chat-strip", (1440, 120), 1.5, 14),
    ("chat-strip", (1440, 200), 2.0, 14),
    ("chat-strip", (1440, 100), 1.25, 12),
    ("terminal-strip", (1440, 60), 1.0, 13),
    ("terminal-strip", (1440, 90), 1.5, 12),
    ("terminal-strip", (1440, 140), 1.0, 22),
    ("vertical-strip", (60, 1440), 1.0, 18),
    ("vertical-strip", (60, 1440), 1.5, 14),
    *[("mobile-chat", PHONE, 3.0, s) for s in (16, 16, 15, 17, 16, 19, 14)],
    ("desktop-chat", FHD, 1.0, 15),
    ("desktop-chat", FHD, 1.25, 14),
    ("desktop-chat", FHD, 1.5, 13),
    ("desktop-chat", (1440, 900), 1.0, 12),
    ("desktop-chat", (2560, 1440), 1.75, 14),
    ("desktop-chat", (1280, 800), 1.0, 11),
    ("desktop-chat", (1920, 1200), 1.0, 22),
    ("desktop-chat", (1536, 960), 1.25, 12),
    ("terminal", FHD, 1.0, 13),
    ("terminal", FHD, 1.25, 12),
    ("terminal", (1440, 900), 1.0, 11),
    ("terminal", (2560, 1440), 1.75, 12),
    ("terminal", (1280, 800), 1.0, 16),
    ("terminal", FHD, 1.5, 14),
    ("terminal", (1024, 768), 1.0, 12),
    ("form", FHD, 1.5, 14),
    ("form", (1440, 900), 1.0, 13),
    ("form", FHD, 1.0, 12),
    ("form", (1280, 800), 1.25, 13),
    ("form", (2560, 1440), 1.75, 14),
    ("form", PHONE, 3.0, 16),
    ("form", (1366, 768), 1.0, 11),
    ("mail", FHD, 1.0, 13),
    ("mail", (1440, 900), 1.25, 12),
    ("mail", FHD, 1.5, 12),
    ("mail", (1280, 800), 1.0, 11),
    ("mail", (2560, 1440), 1.75, 13),
    ("mail", FHD, 1.0, 20),
    ("mail", (1536, 864), 1.25, 12),
    ("spreadsheet", FHD, 1.0, 11),
    ("spreadsheet", FHD, 1.25, 12),
    ("spreadsheet", (1440, 900), 1.0, 13),
    ("spreadsheet", (1280, 800), 1.5, 11),
    ("spreadsheet", (2560, 1440), 1.75, 12),
    ("spreadsheet", FHD, 1.0, 18),
    ("spreadsheet", (1366, 768), 1.0, 12),
    ("table", FHD, 1.25, 13),
    ("table", (1440, 900), 1.0, 12),
    ("table", FHD, 1.0, 14),
    ("table", (1280, 800), 1.0, 16),
    ("table", (2560, 1440), 1.5, 13),
    ("table", (1600, 900), 1.25, 12),
    ("table", (1920, 1200), 1.0, 12),
)
SPLITS = ("dev", "test")


def specs(split: str) -> list[Spec]:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split}")
    rng = random.Random(f"screens-catalogue:{split}")
    out = []
    for index, (layout, size, scale, text_size) in enumerate(RECIPES):
        lang = rng.choice(["zh", "zh", "en", "mixed", "mixed"])
        face = (
            "mono" if layout in MONO else rng.choice(["sans", "cjk", "cjk", "sans-cond", "serif"])
        )
        out.append(
            Spec(
                split,
                index,
                layout,
                size,
                scale,
                dark=(layout in MONO and rng.random() < 0.7) or rng.random() < 0.3,
                lang="zh" if layout == "vertical-strip" else lang,
                text_size=text_size,
                face=face,
                antialias=rng.random() > 0.12,
                jpeg=rng.choice([55, 70, 85]) if rng.random() < 0.22 else None,
            )
        )
    return out


def render(spec: Spec) -> Screen:
    return LAYOUTS[spec.layout](spec)


def screens(split: str, limit: int | None = None) -> list[Screen]:
    return [render(s) for s in specs(split)[:limit]]
