"""Grids: a spreadsheet (column letters, row numbers, thin grid lines, a formula bar) and an
admin-page table (bold header, zebra rows). Columns are as wide as their widest cell."""

from __future__ import annotations

from bench.screens import content
from bench.screens.canvas import Canvas, Segment
from bench.screens.screen import Screen, Spec, finish, theme


def _cells(spec: Spec, rows: int) -> tuple[list[str], list[list[Segment]]]:
    rng = spec.rng()
    columns = rng.sample(content.TABLE_COLUMNS[spec.split], k=7)
    head = [
        {"zh": zh, "en": en, "mixed": en if i % 2 else zh}[spec.lang]
        for i, (zh, en, _) in enumerate(columns)
    ]
    body = [
        [content.value_for(kind, rng, spec.split, spec.lang) for _, _, kind in columns]
        for _ in range(rows)
    ]
    return head, body


def _widths(
    c: Canvas, head: list[str], body: list[list[Segment]], style, pad: float
) -> list[float]:
    widths = [c.width(h, style) for h in head]
    for row in body:
        widths = [max(w, c.width(cell[0], style)) for w, cell in zip(widths, row, strict=True)]
    return [w + 2 * pad for w in widths]


def spreadsheet(spec: Spec) -> Screen:
    t = theme(spec)
    w, h = spec.size
    c = Canvas(spec.size, t.bg, spec.scale)
    cell = c.style(spec.face, spec.text_size, t.text, spec.antialias)
    grid = (212, 212, 212) if not spec.dark else (70, 70, 70)
    header_bg = (242, 242, 242) if not spec.dark else (45, 45, 45)
    row_h = cell.size * 1.7
    top = c.px(96)
    c.rect((0, 0, w, c.px(60)), fill=(33, 115, 70) if not spec.dark else (30, 60, 40))
    c.text(
        c.px(16),
        c.px(38),
        "客戶名單.xlsx" if spec.lang != "en" else "customers.xlsx",
        c.style("cjk", 14, (255, 255, 255)),
    )
    c.rect((0, c.px(60), w, top - row_h), fill=header_bg)
    c.text(c.px(12), c.px(80), "fx", c.style("serif", 13, t.muted))
    rows = min(16, int((h - top) / row_h) - 1)
    head, body = _cells(spec, rows)
    pad = c.px(6)
    widths = _widths(c, head, body, cell, pad)
    gutter = c.px(44)
    x_edges = [gutter]
    for width in widths:
        if x_edges[-1] + width > w:
            break
        x_edges.append(x_edges[-1] + width)
    ncols = len(x_edges) - 1
    c.rect((0, top - row_h, w, top), fill=header_bg)
    c.rect((0, top - row_h, gutter, h), fill=header_bg)
    muted = c.style("sans", spec.text_size * 0.85, t.muted)
    for j in range(ncols):
        c.text(
            (x_edges[j] + x_edges[j + 1]) / 2 - c.px(4), top - row_h * 0.3, "ABCDEFGHIJ"[j], muted
        )
    all_rows = [[(name, None) for name in head[:ncols]]] + [r[:ncols] for r in body]
    for i, row in enumerate(all_rows):
        y = top + i * row_h
        if y + row_h > h:
            break
        c.text(c.px(10), y + row_h * 0.7, str(i + 1), muted)
        for j, segment in enumerate(row):
            c.text(x_edges[j] + pad, y + row_h * 0.7, [segment], cell)
        c.line((0, y + row_h, w, y + row_h), grid, 1)
    for x in [*x_edges, w]:
        c.line((x, top - row_h, x, h), grid, 1)
    return finish(spec, c)


def admin_table(spec: Spec) -> Screen:
    t = theme(spec)
    w, h = spec.size
    c = Canvas(spec.size, t.panel, spec.scale)
    cell = c.style(spec.face, spec.text_size, t.text, spec.antialias)
    bold = c.style("cjk-bold" if spec.lang != "en" else "sans-bold", spec.text_size, t.text)
    row_h = cell.size * 2.4
    left, top = c.px(40), c.px(110)
    c.rect((0, 0, w, c.px(56)), fill=t.accent)
    c.text(
        c.px(24),
        c.px(36),
        "後台管理 · 訂單" if spec.lang != "en" else "Admin · Orders",
        c.style("cjk-bold", 16, (255, 255, 255)),
    )
    c.rect(
        (left - c.px(16), c.px(76), w - left + c.px(16), h - c.px(16)), fill=t.bg, radius=c.px(8)
    )
    rows = min(12, int((h - top - c.px(40)) / row_h))
    head, body = _cells(spec, rows)
    pad = c.px(14)
    widths = _widths(c, head, body, bold, pad)
    x_edges = [left]
    for width in widths:
        if x_edges[-1] + width > w - left:
            break
        x_edges.append(x_edges[-1] + width)
    ncols = len(x_edges) - 1
    for j in range(ncols):
        c.text(x_edges[j] + pad, top, head[j], bold)
    c.line((left, top + c.px(12), x_edges[-1], top + c.px(12)), t.line, max(1, c.px(2)))
    for i, row in enumerate(body):
        y = top + (i + 1) * row_h
        if y > h - c.px(30):
            break
        if i % 2:
            c.rect((left, y - row_h * 0.62, x_edges[-1], y + row_h * 0.38), fill=t.panel)
        for j in range(ncols):
            c.text(x_edges[j] + pad, y, [row[j]], cell)
    return finish(spec, c)
