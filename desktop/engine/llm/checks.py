"""The two yes/no checks from the product idea, each with a typed result.

- `check_contains_pii`: a second opinion on the redacted text before it is sent. Long text is
  checked chunk by chunk; any "yes" wins. An unreadable answer counts as "yes" for safety
  (`safe_to_send` is False), and the result says the answer was unreadable.
- `check_needs_cloud`: whether the request needs the cloud model or the local model can answer.
  Text longer than one chunk is routed to the cloud without asking: a small local model is no
  match for a long document, and asking about a cut-down copy would be guessing.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.engine.errors import Cancelled
from desktop.engine.llm.chunking import DEFAULT_CHUNK_CHARS, DEFAULT_OVERLAP_CHARS, chunk_text
from desktop.engine.llm.parse import parse_yes_no
from desktop.engine.llm.prompt import contains_pii_prompt, needs_cloud_prompt
from desktop.engine.llm.schema import yes_no_schema
from desktop.engine.runtimes.base import CancelFn, GenerationRequest, TextModel

_ANSWER_TOKENS = 16


@dataclass(frozen=True)
class PiiCheckResult:
    contains_pii: bool | None  # None: the model's answer could not be read
    chunks: int
    generated_tokens: int
    wall_s: float

    @property
    def safe_to_send(self) -> bool:
        return self.contains_pii is False


@dataclass(frozen=True)
class RoutingResult:
    needs_cloud: bool | None  # None: unreadable answer
    asked_model: bool  # False when decided by a rule (long text, empty text)
    generated_tokens: int
    wall_s: float

    @property
    def use_cloud(self) -> bool:
        # Unreadable answers go to the cloud: the person asked for an answer, not a guess.
        return self.needs_cloud is not False


def _ask(model: TextModel, prompt: str, cancel: CancelFn | None) -> tuple[bool | None, int, float]:
    request = GenerationRequest(prompt=prompt, schema=yes_no_schema(), max_tokens=_ANSWER_TOKENS)
    generation = model.generate(request, cancel)
    return parse_yes_no(generation.text).answer, generation.generated_tokens, generation.wall_s


def check_contains_pii(
    model: TextModel,
    redacted_text: str,
    cancel: CancelFn | None = None,
    *,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
) -> PiiCheckResult:
    if not redacted_text.strip():
        return PiiCheckResult(False, 0, 0, 0.0)
    verdict: bool | None = False
    tokens, wall, count = 0, 0.0, 0
    for chunk in chunk_text(
        redacted_text, chunk_chars, min(DEFAULT_OVERLAP_CHARS, chunk_chars // 4)
    ):
        if cancel is not None and cancel():
            raise Cancelled("the personal-information check was cancelled")
        answer, used, seconds = _ask(model, contains_pii_prompt(chunk.text), cancel)
        tokens, wall, count = tokens + used, wall + seconds, count + 1
        if answer is True:
            return PiiCheckResult(True, count, tokens, wall)
        if answer is None:
            verdict = None
    return PiiCheckResult(verdict, count, tokens, wall)


def check_needs_cloud(
    model: TextModel,
    request_text: str,
    cancel: CancelFn | None = None,
    *,
    max_chars: int = DEFAULT_CHUNK_CHARS,
) -> RoutingResult:
    if not request_text.strip():
        return RoutingResult(False, False, 0, 0.0)
    if len(request_text) > max_chars:
        return RoutingResult(True, False, 0, 0.0)
    answer, tokens, wall = _ask(model, needs_cloud_prompt(request_text), cancel)
    return RoutingResult(answer, True, tokens, wall)
