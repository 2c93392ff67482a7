"""A browser form (tabs, address bar, labels ABOVE bordered fields, two columns on wide
screens) and an e-mail client (folder list, message list, reading pane with headers)."""

from __future__ import annotations

from bench.screens import content
from bench.screens.canvas import Canvas
from bench.screens.screen import Screen, Spec, finish, theme


def _browser_chrome(c: Canvas, spec: Spec, title: str) -> int:
    t, w = theme(spec), spec.size[0]
    chrome = (222, 225, 230) if not spec.dark else (32, 33, 36)
    c.rect((0, 0, w, c.px(76)), fill=chrome)
    c.rect((c.px(8), c.px(6), c.px(250), c.px(34)), fill=t.bg, radius=c.px(6))
    c.text(c.px(20), c.px(26), title, c.style("cjk", 12, t.text))
    c.rect((c.px(90), c.px(42), w - c.px(90), c.px(70)), fill=t.panel, radius=c.px(14))
    c.text(
        c.px(110),
        c.px(61),
        "https://portal.example.com.tw/apply?step=2",
        c.style("sans", 13, t.muted),
    )
    return c.px(76)


def form(spec: Spec) -> Screen:
    rng, t = spec.rng(), theme(spec)
    w, h = spec.size
    c = Canvas(spec.size, t.bg, spec.scale)
    top = _browser_chrome(c, spec, "線上申請" if spec.lang != "en" else "Application")
    label_style = c.style(spec.face, spec.text_size * 0.9, t.muted, spec.antialias)
    value_style = c.style(spec.face, spec.text_size, t.text, spec.antialias)
    head = c.style("cjk-bold" if spec.lang != "en" else "sans-bold", spec.text_size * 1.6, t.text)
    c.text(c.px(60), top + c.px(50), "會員資料" if spec.lang != "en" else "Your details", head)
    columns = 2 if w / c.scale > 1100 else 1
    col_w = (w - c.px(120) - c.px(40) * (columns - 1)) / columns
    fields = list(content.FIELDS[spec.split])
    rng.shuffle(fields)
    y0 = top + c.px(90)
    row_h = c.px(28) + value_style.size * 2.2
    for i, (zh, en, label) in enumerate(fields):
        col, row = i % columns, i // columns
        x, y = c.px(60) + col * (col_w + c.px(40)), y0 + row * row_h
        if y + row_h > h - c.px(60):
            break
        name = {"zh": zh, "en": en, "mixed": rng.choice([zh, en])}[spec.lang]
        c.text(x, y + label_style.size, name + (" *" if rng.random() < 0.4 else ""), label_style)
        box_top = y + label_style.size + c.px(8)
        box_bottom = box_top + value_style.size * 1.9
        c.rect(
            (x, box_top, x + col_w, box_bottom),
            fill=t.field,
            outline=t.line,
            width=max(1, c.px(1)),
            radius=c.px(4),
        )
        if label is None:
            segment = (
                rng.choice(
                    [
                        "Acme 科技",
                        "財務部",
                        "PO" + str(rng.randint(10**6, 10**7)),
                        "請於上班時間聯絡",
                    ]
                ),
                None,
            )
        else:
            segment = content.value_for(label, rng, spec.split, spec.lang)
        if label == "SECRET" and rng.random() < 0.5:
            segment = ("•" * rng.randint(8, 12), None)  # a masked password field shows dots
        base = (box_top + box_bottom) / 2 + value_style.size * 0.36
        c.paragraph(
            x + c.px(10),
            base,
            [segment],
            value_style,
            col_w - c.px(20),
            value_style.size,
            max_lines=1,
        )
    button = c.style("sans-bold", spec.text_size, (255, 255, 255))
    by = min(h - c.px(50), y0 + (len(fields) // columns + 1) * row_h)
    c.rect((c.px(60), by - c.px(30), c.px(200), by + c.px(6)), fill=t.accent, radius=c.px(6))
    c.text(c.px(84), by - c.px(6), "送出" if spec.lang != "en" else "Submit", button)
    return finish(spec, c)


def mail(spec: Spec) -> Screen:
    rng, t = spec.rng(), theme(spec)
    w, h = spec.size
    c = Canvas(spec.size, t.bg, spec.scale)
    pool = content.EMAIL[spec.split]
    small = c.style(spec.face, spec.text_size * 0.9, t.muted, spec.antialias)
    body = c.style(spec.face, spec.text_size, t.text, spec.antialias)
    bold = c.style(
        "cjk-bold" if spec.face.startswith("cjk") else "sans-bold", spec.text_size, t.text
    )
    folders, listing = c.px(180), c.px(520)
    c.rect((0, 0, folders, h), fill=t.panel)
    for i, name in enumerate(
        ["收件匣", "寄件備份", "草稿", "垃圾郵件"]
        if spec.lang != "en"
        else ["Inbox", "Sent", "Drafts", "Spam"]
    ):
        c.text(c.px(20), c.px(40 + i * 32), name, small)
    c.line((listing, 0, listing, h), t.line, max(1, c.px(1)))
    y = c.px(30)
    while y < h - c.px(70):
        c.text(
            folders + c.px(16), y, [content.value_for("PERSON", rng, spec.split, spec.lang)], bold
        )
        c.text(listing - c.px(70), y, content.filler("time", rng), small)
        c.text(folders + c.px(16), y + c.px(22), rng.choice(pool["subjects"]), small)
        c.line((folders, y + c.px(38), listing, y + c.px(38)), t.line, 1)
        y += c.px(64)
    x, width = listing + c.px(30), w - listing - c.px(60)
    head = c.style("cjk-bold", spec.text_size * 1.4, t.text)
    c.text(x, c.px(48), rng.choice(pool["subjects"]), head)
    sender = content.value_for("PERSON", rng, spec.split, spec.lang)
    c.text(
        x,
        c.px(84),
        [
            ("From: ", None),
            sender,
            (" <", None),
            content.value_for("EMAIL", rng, spec.split, spec.lang),
            (">", None),
        ],
        small,
    )
    c.text(
        x,
        c.px(108),
        [("To: ", None), content.value_for("EMAIL", rng, spec.split, spec.lang)],
        small,
    )
    c.line((x, c.px(122), w - c.px(30), c.px(122)), t.line, 1)
    leading = body.size * 1.5
    y = c.px(150)
    lines_pool = (
        pool["zh"]
        if spec.lang == "zh"
        else pool["en"]
        if spec.lang == "en"
        else pool["zh"] + pool["en"]
    )
    for template in lines_pool + rng.sample(lines_pool, k=min(3, len(lines_pool))):
        segments = content.fill(template, rng, spec.split, spec.lang)
        lines, _ = c.measure(segments, body, width)
        if y + lines * leading > h - c.px(20):
            break
        c.paragraph(x, y, segments, body, width, leading)
        y += lines * leading + c.px(6)
    return finish(spec, c)
