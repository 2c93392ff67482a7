"""The Gemma detector: the local model layer the pipeline runs after the fast layer.

For each chunk it asks the model for `{text, label}` items under the JSON schema, parses and
validates them, and locates each value in the original text. Chunk results are merged without
duplicates. Cancel is checked between chunks here and, inside a chunk, by the runtime (which
ends its worker). The numbers of the last run are kept in `last_stats` for the benchmark and
the UI; they hold counts and timings only, never text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.engine.errors import Cancelled
from desktop.engine.llm.chunking import (
    DEFAULT_CHUNK_CHARS,
    DEFAULT_OVERLAP_CHARS,
    Chunk,
    chunk_text,
)
from desktop.engine.llm.locate import LocateResult, locate_findings
from desktop.engine.llm.parse import ParsedFindings, parse_findings
from desktop.engine.llm.prompt import detector_prompt
from desktop.engine.llm.schema import detector_schema
from desktop.engine.merge import merge_spans
from desktop.engine.runtimes.base import (
    CancelFn,
    ContextOverflow,
    Generation,
    GenerationRequest,
    TextModel,
)
from desktop.engine.textnorm import Document
from desktop.engine.types import Span

_MAX_OUTPUT_TOKENS = 1024
_MIN_SPLIT_CHARS = 200  # below this a chunk that overflows the context is a real error


def output_budget(chunk_chars: int) -> int:
    """Generated-token limit for one chunk: room for many findings, never unbounded.

    A short, dense text (a CSV row of name, e-mail, phone and birth date) needs about as many
    tokens of JSON as it has characters; the benchmark's dev split cut such answers off at half."""
    return min(_MAX_OUTPUT_TOKENS, 128 + chunk_chars)


@dataclass
class DetectorStats:
    chunks: int = 0
    prompt_tokens: int = 0
    evaluated_tokens: int = 0
    generated_tokens: int = 0
    model_wall_s: float = 0.0
    prompt_s: float = 0.0  # of model_wall_s, prompt evaluation (where the runtime measures it)
    items: int = 0  # valid items the model returned
    dropped_items: int = 0  # items that failed validation (bad label, empty, too long)
    not_found: int = 0  # values not in the text verbatim: dropped
    rejected: int = 0  # values too short or generic to mask
    truncated_chunks: int = 0  # answers cut off by the token limit (complete items kept)
    chunk_wall_s: list[float] = field(default_factory=list)


class LlmDetector:
    """A `ModelLayer` for `desktop.engine.pipeline.Scrubber`."""

    def __init__(
        self,
        model: TextModel,
        *,
        name: str | None = None,
        chunk_chars: int = DEFAULT_CHUNK_CHARS,
        overlap_chars: int = DEFAULT_OVERLAP_CHARS,
    ) -> None:
        self.model = model
        self.name = name or f"model:{model.name}"
        self.chunk_chars = chunk_chars
        self.overlap_chars = overlap_chars
        self.schema = detector_schema()
        self.last_stats = DetectorStats()

    def detect_spans(self, text: str, cancel: CancelFn | None = None) -> list[Span]:
        stats = DetectorStats()
        self.last_stats = stats
        if not text.strip():
            return []
        doc = Document(text)
        found: set[Span] = set()
        pending = chunk_text(text, self.chunk_chars, self.overlap_chars)
        while pending:
            chunk = pending.pop(0)
            if cancel is not None and cancel():
                raise Cancelled("the local model layer was cancelled")
            if not chunk.text.strip():
                continue
            try:
                generation = self._ask(chunk, cancel)
            except ContextOverflow:
                # The tokenizer needs more tokens per character than planned: split, never cut.
                if len(chunk.text) < _MIN_SPLIT_CHARS:
                    raise
                overlap = min(self.overlap_chars, len(chunk.text) // 8)
                pieces = chunk_text(chunk.text, len(chunk.text) // 2 + overlap, overlap)
                pending[:0] = [Chunk(chunk.start + p.start, p.text) for p in pieces]
                continue
            parsed = parse_findings(generation.text)
            located = locate_findings(doc, parsed.findings, detector=self.model.name)
            found.update(located.spans)
            _count(stats, generation, parsed, located)
        return merge_spans(found)

    def _ask(self, chunk: Chunk, cancel: CancelFn | None) -> Generation:
        request = GenerationRequest(
            prompt=detector_prompt(chunk.text),
            schema=self.schema,
            max_tokens=output_budget(len(chunk.text)),
        )
        return self.model.generate(request, cancel)

    def status_line(self) -> str:
        """The model, where it runs and its last speed, e.g. for a status-bar badge."""
        stats = self.last_stats
        parts = [self.model.name, self.model.device().describe()]
        if stats.generated_tokens and stats.model_wall_s > 0:
            parts.append(f"{stats.generated_tokens / stats.model_wall_s:.0f} tok/s")
        return " · ".join(parts)

    def close(self) -> None:
        self.model.close()


def _count(
    stats: DetectorStats, generation: Generation, parsed: ParsedFindings, located: LocateResult
) -> None:
    stats.chunks += 1
    stats.prompt_tokens += generation.prompt_tokens
    stats.evaluated_tokens += generation.evaluated_tokens
    stats.generated_tokens += generation.generated_tokens
    stats.model_wall_s += generation.wall_s
    stats.prompt_s += generation.prompt_s
    stats.chunk_wall_s.append(generation.wall_s)
    stats.items += len(parsed.findings)
    stats.dropped_items += parsed.dropped
    stats.not_found += located.not_found
    stats.rejected += located.rejected
    stats.truncated_chunks += 0 if parsed.complete else 1
