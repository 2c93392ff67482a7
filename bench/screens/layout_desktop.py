"""Desktop screens: a Slack-like chat (sidebar, channel header, messages with bold sender and
time) and a full terminal window (title bar, prompt lines, logs, wrapped long lines)."""

from __future__ import annotations

from bench.screens import content
from bench.screens.canvas import Canvas
from bench.screens.screen import Screen, Spec, finish, theme

CHANNELS_ZH = ("一般", "專案-發票", "客服", "業務週報", "隨便聊")
CHANNELS_EN = ("general", "proj-billing", "support", "random", "deploys", "hr-private")


def slack_chat(spec: Spec) -> Screen:
    rng, t = spec.rng(), theme(spec)
    w, h = spec.size
    c = Canvas(spec.size, t.bg, spec.scale)
    side = c.px(240)
    sidebar = (63, 14, 64) if not spec.dark else (25, 23, 29)
    c.rect((0, 0, side, h), fill=sidebar)
    small = c.style(spec.face, spec.text_size * 0.9, (207, 195, 207), spec.antialias)
    body = c.style(spec.face, spec.text_size, t.text, spec.antialias)
    bold_face = "cjk-bold" if spec.face.startswith("cjk") else "sans-bold"
    bold = c.style(bold_face, spec.text_size, t.text, spec.antialias)
    muted = c.style(spec.face, spec.text_size * 0.8, t.muted, spec.antialias)
    c.text(
        c.px(16),
        c.px(34),
        "Acme 工作區" if spec.lang != "en" else "Acme Corp",
        c.style(bold_face, spec.text_size * 1.1, (255, 255, 255)),
    )
    channels = CHANNELS_EN if spec.lang == "en" else CHANNELS_ZH + CHANNELS_EN[:2]
    y = c.px(80)
    for name in channels:
        c.text(c.px(20), y, f"# {name}", small)
        y += c.px(28)
    y += c.px(20)
    for _ in range(rng.randint(3, 5)):  # direct messages: names in the sidebar
        c.circle(c.px(26), y - c.px(5), c.px(4), (44, 183, 125))
        c.text(c.px(38), y, [content.value_for("PERSON", rng, spec.split, spec.lang)], small)
        y += c.px(28)
    c.rect((side, 0, w, c.px(50)), fill=t.bg)
    c.line((side, c.px(50), w, c.px(50)), t.line, max(1, c.px(1)))
    c.text(side + c.px(20), c.px(32), f"# {rng.choice(channels)}", bold)
    composer = h - c.px(70)
    c.rect(
        (side + c.px(20), composer, w - c.px(20), h - c.px(16)),
        outline=t.line,
        width=max(1, c.px(1)),
        radius=c.px(8),
    )
    c.text(
        side + c.px(36),
        composer + c.px(32),
        "傳訊息到頻道" if spec.lang != "en" else "Message #general",
        muted,
    )
    x0, width = side + c.px(72), w - side - c.px(110)
    leading = body.size * 1.45
    y = c.px(80)
    while True:
        segments = content.chat_message(rng, spec.split, spec.lang)
        if rng.random() < 0.4:
            segments += [(" ", None), *content.chat_message(rng, spec.split, spec.lang)]
        lines, _ = c.measure(segments, body, width)
        need = c.px(26) + lines * leading
        if y + need > composer - c.px(10):
            break
        c.rect(
            (side + c.px(20), y - c.px(14), side + c.px(56), y + c.px(22)),
            fill=(rng.randint(80, 220), rng.randint(80, 200), rng.randint(80, 220)),
            radius=c.px(6),
        )
        end = c.text(x0, y, [content.value_for("PERSON", rng, spec.split, spec.lang)], bold)
        c.text(end + c.px(10), y, content.filler("time", rng), muted)
        c.paragraph(x0, y + c.px(24), segments, body, width, leading)
        y += need + c.px(16)
    return finish(spec, c)


def terminal(spec: Spec) -> Screen:
    rng = spec.rng()
    w, h = spec.size
    dark = spec.dark or rng.random() < 0.6
    bg, fg = ((30, 30, 30), (220, 220, 220)) if dark else ((253, 246, 227), (88, 110, 117))
    c = Canvas(spec.size, bg, spec.scale)
    c.rect((0, 0, w, c.px(30)), fill=(56, 56, 56) if dark else (220, 215, 200))
    for i, color in enumerate([(255, 95, 86), (255, 189, 46), (39, 201, 63)]):
        c.circle(c.px(16 + i * 20), c.px(15), c.px(6), color)
    title = c.style("sans", 12, (200, 200, 200) if dark else (60, 60, 60))
    c.text(w / 2 - c.px(80), c.px(20), "deploy@prod-web-02: ~/app", title)
    mono = c.style("mono", spec.text_size, fg, spec.antialias)
    prompt = c.style("mono-bold", spec.text_size, (133, 153, 0) if not dark else (80, 250, 123))
    leading = mono.size * 1.3
    y = c.px(30) + leading + c.px(4)
    width = w - c.px(16)
    while True:
        line = rng.choice(content.TERMINAL[spec.split])
        segments = content.fill(line, rng, spec.split, spec.lang if spec.lang != "zh" else "mixed")
        lines, _ = c.measure(segments, mono, width)
        if y + (lines - 1) * leading > h - c.px(8):
            break
        x = c.px(8)
        if line.startswith("$ "):
            x = c.text(x, y, "~/app ", prompt)
        c.paragraph(x, y, segments, mono, width - x, leading)
        y += lines * leading
    return finish(spec, c)
