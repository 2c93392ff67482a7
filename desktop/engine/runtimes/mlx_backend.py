"""MLX through mlx-lm (Apple Silicon; `mlx[cpu]` on Linux for tests), inside the model worker.

mlx-lm has no grammar sampler, so JSON output is held to the schema by the prompt, a tolerant
parser downstream, and one retry here when the first answer is not JSON at all. The prompt
cache is kept between requests and trimmed back to the longest common token prefix, so the
detector's fixed instructions are evaluated once, as on llama.cpp.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from desktop.engine.errors import ModelError
from desktop.engine.runtimes.base import DeviceInfo, Generation, GenerationRequest

_RETRY_HINT = "\n(Your previous answer was not valid JSON. Reply with one JSON object only.)"
_FENCE_RE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)


def _is_json(text: str) -> bool:
    try:
        json.loads(_FENCE_RE.sub("", text))
    except ValueError:
        return False
    return True


def _common_prefix(a: list[int], b: list[int]) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


class MlxBackend:
    def __init__(self, path: str, options: dict[str, object]) -> None:
        self.path = path
        self.model: Any = None
        self.tokenizer: Any = None
        self.cache: Any = None
        self.cached_tokens: list[int] = []

    def load(self) -> DeviceInfo:
        folder = Path(self.path)
        if not (folder / "config.json").is_file():
            raise ModelError(f"'{folder.name}' is not an MLX model folder (no config.json)")
        if not any(folder.glob("*.safetensors")):
            raise ModelError(f"'{folder.name}' has no weights (*.safetensors)")
        import mlx.core as mx
        from mlx_lm import load

        try:
            loaded: Any = load(str(folder))
            self.model, self.tokenizer = loaded[0], loaded[1]
        except (ValueError, OSError, KeyError) as exc:
            raise ModelError(f"MLX could not load '{folder.name}': {type(exc).__name__}") from exc
        on_gpu = mx.default_device().type == mx.DeviceType.gpu
        layers = len(getattr(self.model, "layers", []))
        return DeviceInfo(
            "mlx",
            "mlx-gpu" if on_gpu else "mlx-cpu",
            layers if on_gpu else 0,
            layers,
            f"mlx {getattr(mx, '__version__', '?')}",
        )

    def _tokens(self, prompt: str) -> list[int]:
        text = self.tokenizer.apply_chat_template(
            [{"role": "user", "content": prompt}], add_generation_prompt=True, tokenize=False
        )
        tokens: list[int] = self.tokenizer.encode(text, add_special_tokens=False)
        return tokens

    def _prepare_cache(self, tokens: list[int]) -> int:
        """Trim the kept cache to the shared prefix; return how many tokens it still holds."""
        from mlx_lm.models.cache import can_trim_prompt_cache, make_prompt_cache, trim_prompt_cache

        reuse = min(_common_prefix(self.cached_tokens, tokens), len(tokens) - 1)
        if self.cache is not None and reuse > 0 and can_trim_prompt_cache(self.cache):
            excess = len(self.cached_tokens) - reuse
            trimmed: Any = trim_prompt_cache(self.cache, excess)
            if trimmed == excess:
                return reuse
        self.cache = make_prompt_cache(self.model)
        self.cached_tokens = []
        return 0

    def _run(self, prompt: str, request: GenerationRequest) -> tuple[Generation, list[int]]:
        from mlx_lm import stream_generate
        from mlx_lm.sample_utils import make_sampler

        tokens = self._tokens(prompt)
        reused = self._prepare_cache(tokens)
        started = time.perf_counter()
        pieces: list[str] = []
        generated: list[int] = []
        finish = "length"
        for response in stream_generate(
            self.model,
            self.tokenizer,
            prompt=tokens[reused:],
            max_tokens=request.max_tokens,
            sampler=make_sampler(temp=request.temperature),
            prompt_cache=self.cache,
        ):
            pieces.append(response.text)
            generated.append(int(response.token))
            if response.finish_reason:
                finish = response.finish_reason
        offset = int(self.cache[0].offset) if self.cache else 0
        self.cached_tokens = (tokens + generated)[:offset]
        generation = Generation(
            text="".join(pieces),
            prompt_tokens=len(tokens),
            evaluated_tokens=len(tokens) - reused,
            generated_tokens=len(generated),
            wall_s=time.perf_counter() - started,
            finish_reason=finish,
        )
        return generation, tokens

    def generate(self, request: GenerationRequest) -> Generation:
        if self.model is None:
            raise ModelError("the model is not loaded")
        first, _ = self._run(request.prompt, request)
        if request.schema is None or _is_json(first.text) or first.finish_reason == "length":
            return first
        second, _ = self._run(request.prompt + _RETRY_HINT, request)
        return Generation(
            text=second.text,
            prompt_tokens=first.prompt_tokens + second.prompt_tokens,
            evaluated_tokens=first.evaluated_tokens + second.evaluated_tokens,
            generated_tokens=first.generated_tokens + second.generated_tokens,
            wall_s=first.wall_s + second.wall_s,
            finish_reason=second.finish_reason,
        )


def create_backend(path: str, options: dict[str, object]) -> MlxBackend:
    return MlxBackend(path, options)
