"""Summaries (scores.json) and the Markdown report; `update_results` rewrites only this
benchmark's marked block of bench/RESULTS.md."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.screens.score import ScreenScore
from bench.screens.screen import Screen

GROUPS = ("label", "layout", "lang", "theme", "scale", "text", "jpeg", "antialias")


def text_class(screen: Screen) -> str:
    px = screen.spec.text_size * screen.spec.scale
    return "small (<=12 px)" if px <= 12.5 else "large (>=20 px)" if px >= 20 else "medium"


def keys(screen: Screen) -> dict[str, str]:
    spec = screen.spec
    return {
        "layout": spec.layout,
        "lang": spec.lang,
        "theme": "dark" if spec.dark else "light",
        "scale": f"{spec.scale:g}x",
        "text": text_class(screen),
        "jpeg": f"q{spec.jpeg}" if spec.jpeg else "png",
        "antialias": "on" if spec.antialias else "off",
    }


def summarise(
    screens: list[Screen],
    scores: dict[str, ScreenScore],
    leaks: dict[str, list[bool]],
    shots: dict[str, Any],
) -> dict[str, Any]:
    groups: dict[str, dict[str, list[int]]] = {g: {} for g in GROUPS}
    token_groups: dict[str, dict[str, list[int]]] = {g: {} for g in GROUPS if g != "label"}
    n = covered = tokens = tokens_hit = leaked = 0
    for screen in screens:
        s, k = scores[screen.id], keys(screen)
        for label, ok, _ in s.values:
            n, covered = n + 1, covered + ok
            for group, key in [("label", label), *k.items()]:
                cell = groups[group].setdefault(key, [0, 0])
                cell[0], cell[1] = cell[0] + 1, cell[1] + ok
        tokens, tokens_hit = tokens + s.tokens, tokens_hit + s.tokens_covered
        for group, key in k.items():
            cell = token_groups[group].setdefault(key, [0, 0])
            cell[0], cell[1] = cell[0] + s.tokens, cell[1] + s.tokens_covered
        leaked += sum(leaks.get(screen.id, []))
    by_size: dict[str, list[float]] = {}
    for screen in screens:
        by_size.setdefault("x".join(map(str, screen.image.size)), []).append(
            shots[screen.id]["seconds"]
        )
    errors = {
        sid: {"layout": sid.split("-", 2)[2], "error": e["error"], "where": e.get("where")}
        for sid, e in shots.items()
        if e.get("error")
    }
    return {
        "values": n,
        "covered": covered,
        "value_coverage": covered / max(n, 1),
        "tokens": tokens,
        "tokens_covered": tokens_hit,
        "non_pii_covered": tokens_hit / max(tokens, 1),
        "leaked": leaked,
        "leak_rate": leaked / max(n, 1),
        "groups": groups,
        "token_groups": token_groups,
        "seconds": {
            size: {"n": len(t), "mean": sum(t) / len(t), "max": max(t)}
            for size, t in by_size.items()
        },
        "seconds_all_mean": sum(shots[s.id]["seconds"] for s in screens) / max(len(screens), 1),
        "internal_errors": errors,
    }


def _rate(cell: list[int] | None) -> str:
    return "–" if not cell else f"{cell[1] / cell[0]:.3f} ({cell[1]}/{cell[0]})"


def _secs(summary: dict[str, Any], size: str) -> str:
    s = summary["seconds"].get(size)
    return "–" if s is None else f"{s['mean']:.2f} / {s['max']:.2f} (n={s['n']})"


def markdown(report: dict[str, Any]) -> str:
    systems = [name for name in ("scrubdesk", "presidio") if name in report]
    title = {"scrubdesk": "ScrubDesk fast layer", "presidio": "Tesseract + Presidio"}
    head = "| | " + " | ".join(title[s] for s in systems) + " |\n|---|" + "---|" * len(systems)
    cli = report.get("cli", {})
    lines = [
        f"### Split `{report['split']}` — {report['date']}",
        "",
        f"- Command: `{report['command']}`",
        f"- Code measured: `{report['code']}` (commit {report['commit']}); "
        f"the CLI imported `{report.get('cli_code', '-')}`",
        f"- Machine: {report['machine']}",
        f"- Data: {report['images']} images, {report['values']} values, "
        f"{report['tokens']} non-PII tokens; {report['readable']} of the values "
        f"({report['readable'] / max(report['values'], 1):.0%}) are readable by the leak "
        "check's Tesseract in the originals",
        f"- Wall time of the run: {report['wall_s']:.0f} s",
        "",
        head,
    ]

    def row(name: str, f: Callable[[dict[str, Any]], str]) -> None:
        lines.append(f"| {name} | " + " | ".join(f(report[s]) for s in systems) + " |")

    row(
        "values covered (>= 98% of ink)",
        lambda r: f"**{r['value_coverage']:.3f}** ({r['covered']}/{r['values']})",
    )
    row(
        "non-PII tokens covered (>= 50%)",
        lambda r: f"{r['non_pii_covered']:.1%} ({r['tokens_covered']}/{r['tokens']})",
    )
    row(
        "OCR leak (Tesseract re-read)",
        lambda r: f"{r['leak_rate']:.1%} ({r['leaked']}/{r['values']})",
    )
    row("s per 1920x1080, mean / max", lambda r: _secs(r, "1920x1080"))
    row("s per 1170x2532, mean / max", lambda r: _secs(r, "1170x2532"))
    row("s per image, all sizes", lambda r: f"{r['seconds_all_mean']:.2f}")
    row("internal errors (in-process)", lambda r: str(len(r["internal_errors"])))
    if cli:
        t = [e["seconds"] for e in cli["shots"].values()]
        bad = [sid for sid, e in cli["shots"].items() if e["error"]]
        lines += [
            "",
            f"CLI, one run per image (`{cli['command']}`, wall time with start-up): "
            f"mean {sum(t) / len(t):.2f} s, max {max(t):.2f} s; **internal errors: {len(bad)}**"
            + (f" ({', '.join(bad)})" if bad else "")
            + ".",
        ]
    errs = report["scrubdesk"]["internal_errors"] if "scrubdesk" in report else {}
    if errs:
        lines.append(
            "In-process errors: "
            + ", ".join(f"{k} ({v['error']} in {v['where']})" for k, v in errs.items())
            + "."
        )
    for group in ("label", "layout", "lang", "theme", "scale", "text", "jpeg", "antialias"):
        keys_ = sorted({k for s in systems for k in report[s]["groups"][group]})
        lines += [
            "",
            f"| values covered, by {group} | "
            + " | ".join(title[s] for s in systems)
            + (
                " | non-PII covered (ScrubDesk) |"
                if group != "label" and "scrubdesk" in systems
                else " |"
            ),
            "|---|" + "---|" * (len(systems) + (group != "label" and "scrubdesk" in systems)),
        ]
        for k in keys_:
            cells = [_rate(report[s]["groups"][group].get(k)) for s in systems]
            if group != "label" and "scrubdesk" in systems:
                c = report["scrubdesk"]["token_groups"][group].get(k)
                cells.append("–" if not c else f"{c[1] / max(c[0], 1):.1%} ({c[1]}/{c[0]})")
            lines.append(f"| {k} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def update_results(path: Path, split: str, text: str) -> None:
    begin, end = f"<!-- screens-bench:{split}:begin -->", f"<!-- screens-bench:{split}:end -->"
    content = path.read_text()
    block = f"{begin}\n{text}{end}"
    if begin in content and end in content:
        content = re.sub(
            re.escape(begin) + r".*?" + re.escape(end), lambda _: block, content, flags=re.S
        )
    else:
        content = content.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(content)
