"""A LINE-like mobile chat at 1170 x 2532 (3x): status bar, a header with the contact's name,
incoming bubbles with avatar and sender name, outgoing green bubbles with read receipts and
times, a date chip, and the input bar."""

from __future__ import annotations

from bench.screens import content
from bench.screens.canvas import Canvas
from bench.screens.screen import Screen, Spec, finish


def mobile_chat(spec: Spec) -> Screen:
    rng = spec.rng()
    w, h = spec.size
    bg = (
        (34, 34, 34)
        if spec.dark
        else rng.choice([(140, 171, 216), (155, 184, 222), (236, 229, 221)])
    )
    ink = (240, 240, 240) if spec.dark else (20, 20, 20)
    muted = (160, 160, 160) if spec.dark else (70, 80, 95)
    incoming = (60, 60, 60) if spec.dark else (255, 255, 255)
    outgoing = (70, 150, 70) if spec.dark else (133, 226, 97)
    c = Canvas(spec.size, bg, spec.scale)
    face = spec.face if spec.face.startswith("cjk") else "cjk"
    body = c.style(face, spec.text_size, ink, spec.antialias)
    small = c.style(face, spec.text_size * 0.68, muted, spec.antialias)
    bold = c.style("cjk-bold", spec.text_size * 1.05, ink, spec.antialias)

    # status bar and header
    bar = (20, 20, 20) if spec.dark else (247, 247, 247)
    c.rect((0, 0, w, c.px(100)), fill=bar)
    c.text(c.px(24), c.px(32), f"{rng.randint(8, 23)}:{rng.randint(10, 59)}", small)
    c.rect(
        (w - c.px(60), c.px(16), w - c.px(24), c.px(32)),
        outline=muted,
        width=c.px(1.5),
        radius=c.px(4),
    )
    c.text(c.px(24), c.px(82), "<", bold)
    contact = content.value_for("PERSON", rng, spec.split, spec.lang)
    c.text(c.px(60), c.px(82), [contact] if rng.random() < 0.8 else "工作群組 (12)", bold)

    # input bar
    c.rect((0, h - c.px(90), w, h), fill=bar)
    c.rect((c.px(60), h - c.px(76), w - c.px(60), h - c.px(44)), fill=incoming, radius=c.px(16))
    c.text(c.px(76), h - c.px(54), "Aa" if spec.lang == "en" else "輸入訊息", small)

    y = c.px(118)
    if rng.random() < 0.6:
        label = f"{rng.randint(1, 12)}/{rng.randint(1, 28)}(週{rng.choice('一二三四五六日')})"
        lw = c.width(label, small) + c.px(24)
        c.rect(
            ((w - lw) / 2, y, (w + lw) / 2, y + c.px(22)),
            fill=(0, 0, 0) if spec.dark else (120, 140, 170),
            radius=c.px(11),
        )
        c.text(
            (w - lw) / 2 + c.px(12),
            y + c.px(16),
            label,
            c.style(face, spec.text_size * 0.68, (255, 255, 255)),
        )
        y += c.px(36)
    max_w = w * 0.62
    leading = body.size * 1.35
    sender = content.value_for("PERSON", rng, spec.split, spec.lang)
    while True:
        mine = rng.random() < 0.45
        segments = content.chat_message(rng, spec.split, spec.lang)
        if rng.random() < 0.3:
            segments += [(" ", None), *content.chat_message(rng, spec.split, spec.lang)]
        lines, widest = c.measure(segments, body, max_w)
        bubble_h = lines * leading + c.px(16)
        extra = 0 if mine else c.px(20)
        if y + extra + bubble_h > h - c.px(100):
            break
        if mine:
            x0 = w - c.px(14) - widest - c.px(24)
            c.rect((x0, y, w - c.px(14), y + bubble_h), fill=outgoing, radius=c.px(16))
            c.paragraph(x0 + c.px(12), y + c.px(8) + body.size, segments, body, max_w, leading)
            c.text(x0 - c.px(44), y + bubble_h - c.px(18), "已讀", small)
            c.text(x0 - c.px(44), y + bubble_h - c.px(4), content.filler("time", rng), small)
        else:
            c.circle(c.px(34), y + c.px(18), c.px(18), (200, 170, 140))
            if rng.random() < 0.5:
                sender = content.value_for("PERSON", rng, spec.split, spec.lang)
            c.text(c.px(62), y + c.px(13), [sender], small)
            y += extra
            x0 = c.px(62)
            c.rect((x0, y, x0 + widest + c.px(24), y + bubble_h), fill=incoming, radius=c.px(16))
            c.paragraph(x0 + c.px(12), y + c.px(8) + body.size, segments, body, max_w, leading)
            c.text(
                x0 + widest + c.px(30), y + bubble_h - c.px(4), content.filler("time", rng), small
            )
        y += bubble_h + c.px(12)
    return finish(spec, c)
