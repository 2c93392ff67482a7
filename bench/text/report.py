"""Markdown tables for one benchmark run, and the section of bench/RESULTS.md that holds them."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

SYSTEMS = {
    "scrubdesk": "ScrubDesk fast layer",
    "presidio-patterns": "Presidio (patterns)",
    "presidio-spacy": "Presidio + spaCy sm",
    "scrubadub": "scrubadub zh_TW",
}
REFERENCE = "presidio-spacy"  # the throughput target is relative to this one
TARGETS = {
    "spans": 0.97, "per_group": 0.95, "precision": 0.95, "negatives": 0.03,
    "free_per_1000": 2.0, "speedup": 10.0, "long_p95_ms": 10.0, "startup_s": 0.5,
}  # fmt: skip


def _num(value: float, digits: int = 3) -> str:
    return (
        "n/a"
        if value is None or (isinstance(value, float) and math.isnan(value))
        else f"{value:.{digits}f}"
    )


def _pct(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{100 * value:.1f}%"


def _mark(ok: bool | None) -> str:
    return "" if ok is None else (" ✅" if ok else " ❌")


def _row(name: str, target: str, cells: list[str]) -> str:
    return f"| {name} | {target} | " + " | ".join(cells) + " |"


class _Table:
    """Rows for the main table; the ScrubDesk column gets a pass/fail mark where a target exists."""

    def __init__(self, results: Mapping[str, Any]) -> None:
        self.results = results
        self.systems = [s for s in SYSTEMS if s in results]
        self.lines = [
            "| Metric | Target (fast layer) | "
            + " | ".join(SYSTEMS[s] for s in self.systems)
            + " |",
            "|---|---|" + "---|" * len(self.systems),
        ]
        self.passed: list[bool] = []

    def add(self, name: str, target: str, value_of: Any, fmt: Any, check: Any = None) -> None:
        cells = []
        for system in self.systems:
            scores = self.results[system].get("scores")
            if scores is None:
                cells.append(self.results[system].get("status", "failed"))
                continue
            value = value_of(system, scores)
            ok = None
            if check is not None and system == "scrubdesk":
                # NaN compares False, so a missing number fails; None means "cannot be judged"
                verdict = check(value)
                ok = None if verdict is None else bool(verdict)
                if ok is not None:
                    self.passed.append(ok)
            cells.append(fmt(value) + _mark(ok))
        self.lines.append(_row(name, target, cells))


def _speedup(results: Mapping[str, Any], system: str) -> float:
    ref = results.get(REFERENCE, {}).get("scores")
    own = results[system].get("scores")
    if not ref or not own:
        return math.nan
    return float(own["latency"]["chars_per_s"] / ref["latency"]["chars_per_s"])


def main_table(
    results: Mapping[str, Any], startup: Mapping[str, Any] | None
) -> tuple[str, int, int]:
    t = _Table(results)
    T = TARGETS
    t.add(
        "PII spans fully masked (all)",
        f"≥ {T['spans']}",
        lambda s, r: r["spans_masked"]["value"],
        _num,
        lambda v: v >= T["spans"],
    )
    for lang in ("en", "zh", "mixed"):
        t.add(
            f"… {lang} documents",
            f"≥ {T['per_group']}",
            lambda s, r, lang=lang: r["spans_masked_by_lang"].get(lang, {}).get("value", math.nan),
            _num,
            lambda v: v >= T["per_group"],
        )

    def worst(_s: str, r: Mapping[str, Any]) -> tuple[str, float]:
        by = r["spans_masked_by_label"]
        label = min(by, key=lambda k: by[k]["value"])
        return label, by[label]["value"]

    t.add(
        "… worst label (all labels in the table below)",
        f"≥ {T['per_group']}",
        worst,
        lambda v: f"{_num(v[1])} ({v[0]})",
        lambda v: v[1] >= T["per_group"],
    )
    t.add(
        "Character precision",
        f"≥ {T['precision']}",
        lambda s, r: r["char"]["precision"],
        _num,
        lambda v: v >= T["precision"],
    )
    t.add("Character recall", "", lambda s, r: r["char"]["recall"], _num)
    t.add("Character F2", "", lambda s, r: r["char"]["f2"], _num)
    t.add(
        "Hard negatives hit",
        f"≤ {_pct(T['negatives'])}",
        lambda s, r: r["hard_negatives_hit"]["value"],
        _pct,
        lambda v: v <= T["negatives"],
    )
    t.add(
        "Falsely masked chars per 1,000 (PII-free docs)",
        f"≤ {T['free_per_1000']:g}",
        lambda s, r: r["pii_free"]["per_1000"],
        lambda v: _num(v, 2),
        lambda v: v <= T["free_per_1000"],
    )
    t.add(
        "Throughput (chars/s)",
        f"≥ {T['speedup']:g}× Presidio + spaCy",
        lambda s, r: (r["latency"]["chars_per_s"], _speedup(results, s)),
        lambda v: f"{v[0]:,.0f} ({_num(v[1], 1)}×)",
        lambda v: None if math.isnan(v[1]) else v[1] >= T["speedup"],
    )
    t.add("Throughput (docs/s)", "", lambda s, r: r["latency"]["docs_per_s"], lambda v: f"{v:,.0f}")
    t.add(
        "Latency p50 / p95 per document (ms)",
        "",
        lambda s, r: (r["latency"]["p50_ms"], r["latency"]["p95_ms"]),
        lambda v: f"{_num(v[0], 2)} / {_num(v[1], 2)}",
    )
    t.add(
        "Latency p50 / p95, ~2 KB documents (ms)",
        f"p95 ≤ {T['long_p95_ms']:g}",
        lambda s, r: (r["latency"]["long_p50_ms"], r["latency"]["long_p95_ms"]),
        lambda v: f"{_num(v[0], 2)} / {_num(v[1], 2)}",
        lambda v: v[1] <= T["long_p95_ms"],
    )
    t.add(
        "Peak RSS of the process (MB)",
        "",
        lambda s, r: results[s]["meta"]["peak_rss_mb"],
        lambda v: f"{v:,.0f}",
    )
    t.add("Load time (s)", "", lambda s, r: results[s]["meta"]["load_s"], lambda v: _num(v, 2))
    lines = t.lines
    if startup and "scrubdesk" in t.systems:
        cli = startup["cli"]
        ok = cli.get("ok") and cli.get("median_s", math.inf) <= T["startup_s"]
        t.passed.append(bool(ok))
        value = (
            f"{_num(cli['median_s'], 3)}" if "median_s" in cli else f"n/a ({cli.get('error', '')})"
        )
        blanks = ["–"] * (len(t.systems) - 1)
        lines.append(
            _row(
                "`scrubdesk scrub --no-llm` start-up, median (s)",
                f"≤ {T['startup_s']}",
                [value + _mark(bool(ok)), *blanks],
            )
        )
    return "\n".join(lines), sum(t.passed), len(t.passed)


def breakdown_table(results: Mapping[str, Any], key: str, title: str) -> str:
    systems = [s for s in SYSTEMS if s in results and results[s].get("scores")]
    keys: list[str] = sorted({k for s in systems for k in results[s]["scores"][key]})
    lines = [
        f"| {title} | n | " + " | ".join(SYSTEMS[s] for s in systems) + " |",
        "|---|---|" + "---|" * len(systems),
    ]
    for k in keys:
        n = next(
            results[s]["scores"][key][k]["total"] for s in systems if k in results[s]["scores"][key]
        )
        cells = [_num(results[s]["scores"][key].get(k, {}).get("value", math.nan)) for s in systems]
        lines.append(f"| {k} | {n} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def render(
    split: str,
    results: Mapping[str, Any],
    startup: Mapping[str, Any] | None,
    machine: Mapping[str, str],
    run: Mapping[str, Any],
) -> str:
    """The whole Markdown block for one split."""
    table, passed, total = main_table(results, startup)
    failed = [
        f"{SYSTEMS[s]}: {results[s].get('status')}"
        for s in SYSTEMS
        if s in results and results[s].get("scores") is None
    ]
    floor = (startup or {}).get("python_floor", {})
    parts = [
        f"### Split `{split}` — {run['date']}",
        "",
        f"- Command: `{run['command']}`",
        f"- Machine: {machine['cpu']}, {machine['cores']}, {machine['ram']} RAM; {machine['os']}; "
        f"Python {machine['python']}",
        f"- Data: {run['dataset']}",
        f"- Code: commit `{run['commit']}`; wall time of the whole run {run['wall_s']:.0f} s",
        "- Timing: one timed call per document"
        if run.get("repeat", 1) == 1
        else f"- Timing: fastest of {run['repeat']} calls per document",
        f"- Versions: {run['versions']}",
        f"- ScrubDesk targets met: **{passed} / {total}**",
        "",
        table,
        "",
    ]
    if startup:
        parts += [
            f"Start-up command: `{startup['cli']['command']}` (median of "
            f"{startup['cli']['runs']} runs); bare `python -c pass` on this machine: "
            f"{_num(floor.get('median_s', math.nan), 3)} s.",
            "",
        ]
    if failed:
        parts += ["Not scored: " + "; ".join(failed), ""]
    for key, title in (
        ("spans_masked_by_label", "Spans fully masked, by label"),
        ("spans_masked_by_genre", "… by genre"),
        ("spans_masked_by_fullwidth", "… by full-width variant"),
        ("hard_negatives_hit_by_kind", "Hard negatives hit, by kind"),
    ):
        parts += [breakdown_table(results, key, title), ""]
    return "\n".join(parts)


def _markers(split: str) -> tuple[str, str]:
    return f"<!-- text-bench:{split}:begin -->", f"<!-- text-bench:{split}:end -->"


def update_results(path: Path, split: str, block: str) -> None:
    """Replace this split's block between its markers (append the markers if they are missing)."""
    begin, end = _markers(split)
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    new = f"{begin}\n{block.rstrip()}\n{end}"
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _m: new, text)
    else:
        text = text.rstrip() + "\n\n" + new + "\n"
    path.write_text(text, encoding="utf-8")
