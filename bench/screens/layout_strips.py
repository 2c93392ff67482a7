"""Single-line strips: one chat line, one terminal line (1440 wide, 60-200 high), and a
vertical 60 x 1440 strip (a CJK column, one character under the other)."""

from __future__ import annotations

from bench.screens import content
from bench.screens.canvas import IDEOGRAPH, Canvas, Token, Value
from bench.screens.screen import Screen, Spec, finish, theme


def chat_strip(spec: Spec) -> Screen:
    rng, t = spec.rng(), theme(spec)
    c = Canvas(spec.size, t.panel if rng.random() < 0.5 else t.bg, spec.scale)
    w, h = spec.size
    size = min(spec.text_size, h / c.scale * 0.45)
    style = c.style(spec.face, size, t.text, spec.antialias)
    name = c.style("sans-bold" if spec.face != "cjk" else "cjk-bold", size, t.accent)
    baseline = h / 2 + style.size * 0.35
    x = c.px(16)
    if rng.random() < 0.6:
        c.circle(x + style.size * 0.8, h / 2, style.size * 0.8, t.line)
        x += style.size * 2.2
    if rng.random() < 0.7:
        x = c.text(x, baseline, [content.value_for("PERSON", rng, spec.split, spec.lang)], name)
        x = c.text(
            x + c.px(10),
            baseline,
            content.filler("time", rng),
            c.style(spec.face, size * 0.8, t.muted),
        )
        x += c.px(14)
    segments = []
    while c.measure(segments, style, 10**6)[1] < (w - x) * 0.7:
        segments += [*content.chat_message(rng, spec.split, spec.lang), ("  ", None)]
    leading = style.size * 1.6
    lines = max(1, int((h - baseline) / leading) + 1)
    c.paragraph(x, baseline, segments, style, w - x - c.px(8), leading, max_lines=lines)
    return finish(spec, c)


def terminal_strip(spec: Spec) -> Screen:
    rng = spec.rng()
    bg = (12, 12, 12) if spec.dark else (250, 250, 250)
    fg = (204, 204, 204) if spec.dark else (30, 30, 30)
    c = Canvas(spec.size, bg, spec.scale)
    w, h = spec.size
    size = min(spec.text_size, h / c.scale * 0.5)
    style = c.style("mono", size, fg, spec.antialias)
    baseline = h / 2 + style.size * 0.35
    prompt = c.style("mono-bold", size, (78, 154, 6) if not spec.dark else (138, 226, 52))
    x = c.text(c.px(8), baseline, "dev@build-7:~$" if rng.random() < 0.5 else "PS C:\\> ", prompt)
    segments = []
    while c.measure(segments, style, 10**6)[1] < (w - x) * 0.8:
        template = rng.choice([t for t in content.TERMINAL[spec.split] if content.has_value(t)])
        segments += [*content.fill(template.lstrip("$ "), rng, spec.split, "en"), (" ; ", None)]
    c.text(x + c.px(8), baseline, segments, style)
    return finish(spec, c)


def vertical_strip(spec: Spec) -> Screen:
    """Vertical CJK text: each character drawn centred in its own row."""
    rng, t = spec.rng(), theme(spec)
    c = Canvas(spec.size, t.bg, spec.scale)
    w, h = spec.size
    size = min(spec.text_size, w / c.scale * 0.6)
    style = c.style("cjk", size, t.text, spec.antialias)
    y = c.px(12) + style.size
    while y < h - style.size:
        segments = content.chat_message(rng, spec.split, "zh")
        for text, label in segments:
            chars = [ch for ch in text if not ch.isspace()]
            if label is not None:
                c.values.append(Value(label, text, units=len(chars)))
            for ch in chars:
                advance = style.size * (1.15 if IDEOGRAPH.match(ch) else 0.8)
                x = (w - c.width(ch, style)) / 2
                ink = c.piece(x, y, ch, style)
                if label is not None:
                    c.values[-1].drawn += 1
                    if ink is not None:
                        c.values[-1].inks.append(ink)
                elif ink is not None and IDEOGRAPH.fullmatch(ch):
                    c.tokens.append(Token(ch, ink))
                y += advance
        y += style.size
    return finish(spec, c)
