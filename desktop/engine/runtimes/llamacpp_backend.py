"""llama.cpp through llama-cpp-python, inside the model worker process.

Loads a GGUF with every layer offloaded when a GPU backend (CUDA, Metal, Vulkan) is compiled in,
and reports where the layers really went by reading llama.cpp's own load log ("layer N assigned
to device X"), not by guessing from the build. Output is constrained with a GBNF grammar built
once per JSON schema and checked lazily (see llamacpp_decode). The KV cache keeps the previous
prompt's tokens and only what differs is evaluated, so the detector's fixed prefix is evaluated
once per worker.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import time
from typing import Any

from desktop.engine.errors import ModelError
from desktop.engine.models.gguf_check import read_gguf_info
from desktop.engine.runtimes.base import DeviceInfo, Generation, GenerationRequest
from desktop.engine.runtimes.llamacpp_decode import LazyGrammar, greedy_generate, render_prompt

_ASSIGNED_RE = re.compile(r"layer\s+\d+ assigned to device (\S+?),")
_OFFLOADED_RE = re.compile(r"offloaded (\d+)/(\d+) layers to GPU")
_DEFAULT_CTX = 4096


def default_threads() -> int:
    """Decode threads: llama-cpp-python's default (half the logical CPUs) leaves one of two
    cores idle on small machines; on larger ones half the logical CPUs is about the physical
    core count, which is what llama.cpp runs best on."""
    logical = os.cpu_count() or 2
    return logical if logical <= 4 else logical // 2


def _backend_name(device: str) -> str:
    lowered = device.lower()
    for name in ("cuda", "metal", "vulkan", "rocm", "hip", "sycl", "opencl"):
        if lowered.startswith(name) or name in lowered:
            return name
    return "cpu" if lowered.startswith("cpu") else lowered


class LlamaCppBackend:
    def __init__(self, path: str, options: dict[str, object]) -> None:
        self.path = path
        self.n_ctx = int(str(options.get("n_ctx", _DEFAULT_CTX)))
        gpu_layers = options.get("n_gpu_layers")
        self.n_gpu_layers = int(str(gpu_layers)) if gpu_layers is not None else -1
        threads = options.get("n_threads")
        self.n_threads = int(str(threads)) if threads is not None else default_threads()
        self.llm: Any = None
        self._log_lines: list[str] = []
        self._log_callback: Any = None  # keep the ctypes callback alive
        self._grammars: dict[str, LazyGrammar] = {}

    # ----- loading -----

    def load(self) -> DeviceInfo:
        from pathlib import Path

        info = read_gguf_info(Path(self.path))  # clear errors before native code sees the file
        import llama_cpp  # first heavy import in this process (see DESIGN.md)

        self._capture_log(llama_cpp)
        offload = bool(llama_cpp.llama_supports_gpu_offload())
        kwargs: dict[str, Any] = {
            "model_path": self.path,
            "n_ctx": self.n_ctx,
            "n_gpu_layers": self.n_gpu_layers if offload else 0,
            "verbose": False,
        }
        if self.n_threads:
            kwargs["n_threads"] = self.n_threads
        try:
            self.llm = llama_cpp.Llama(**kwargs)
        except (ValueError, RuntimeError) as exc:
            hint = self._last_error_line()
            raise ModelError(
                f"llama.cpp could not load '{Path(self.path).name}'" + (f": {hint}" if hint else "")
            ) from exc
        return self._device(info.block_count)

    def _capture_log(self, llama_cpp: Any) -> None:
        lines = self._log_lines

        def record(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
            if len(lines) < 5000:
                lines.append(text.decode("utf-8", errors="replace"))

        self._log_callback = llama_cpp.llama_log_callback(record)
        llama_cpp.llama_log_set(self._log_callback, ctypes.c_void_p(0))

    def _last_error_line(self) -> str:
        for line in reversed(self._log_lines):
            if "error" in line.lower() or "failed" in line.lower():
                return line.strip()[:200]
        return ""

    def _device(self, block_count: int | None) -> DeviceInfo:
        log = "".join(self._log_lines)
        devices = _ASSIGNED_RE.findall(log)
        on_gpu = [d for d in devices if not d.upper().startswith("CPU")]
        offloaded_match = _OFFLOADED_RE.search(log)
        if offloaded_match:
            offloaded, total = int(offloaded_match.group(1)), int(offloaded_match.group(2))
        else:
            offloaded, total = len(on_gpu), len(devices) or (block_count or 0)
        backend = _backend_name(on_gpu[0]) if on_gpu else "cpu"
        detail = f"llama-cpp-python, n_ctx={self.n_ctx}"
        if on_gpu:
            detail += f", device {on_gpu[0]}"
        return DeviceInfo("llama.cpp", backend, offloaded, total, detail)

    # ----- generating -----

    def _grammar(self, schema: dict[str, object]) -> LazyGrammar:
        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            from llama_cpp.llama_grammar import json_schema_to_gbnf

            self._grammars[key] = LazyGrammar(self.llm, json_schema_to_gbnf(key))
        grammar = self._grammars[key]
        grammar.reset()
        return grammar

    def generate(self, request: GenerationRequest) -> Generation:
        if self.llm is None:
            raise ModelError("the model is not loaded")
        if request.temperature > 0:
            return self._sampled(request)
        try:
            tokens = render_prompt(self.llm, request.prompt)
        except Exception as exc:  # jinja2 raise_exception: e.g. a system role on Gemma
            raise ModelError(f"the model's chat template rejected the request: {exc}") from exc
        grammar = self._grammar(request.schema) if request.schema is not None else None
        return greedy_generate(self.llm, tokens, request.max_tokens, grammar)

    def _sampled(self, request: GenerationRequest) -> Generation:
        """Temperature sampling through llama-cpp-python's own chat completion."""
        import llama_cpp
        from llama_cpp.llama_grammar import LlamaGrammar

        llm = self.llm
        kwargs: dict[str, Any] = {
            "messages": [{"role": "user", "content": request.prompt}],
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
        }
        if request.schema is not None:
            kwargs["grammar"] = LlamaGrammar.from_json_schema(
                json.dumps(request.schema), verbose=False
            )
        llama_cpp.llama_perf_context_reset(llm.ctx)
        started = time.perf_counter()
        try:
            result = llm.create_chat_completion(**kwargs)
        except ValueError as exc:
            raise ModelError(f"llama.cpp rejected the request: {exc}") from exc
        perf = llama_cpp.llama_perf_context(llm.ctx)
        choice = result["choices"][0]
        usage = result.get("usage", {})
        return Generation(
            text=choice["message"]["content"] or "",
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            evaluated_tokens=int(perf.n_p_eval),
            generated_tokens=int(usage.get("completion_tokens", perf.n_eval)),
            wall_s=time.perf_counter() - started,
            finish_reason=str(choice.get("finish_reason") or "stop"),
        )


def create_backend(path: str, options: dict[str, object]) -> LlamaCppBackend:
    if "OMP_WAIT_POLICY" not in os.environ:
        # Idle OpenMP threads spinning between requests would steal the UI's cores.
        os.environ["OMP_WAIT_POLICY"] = "PASSIVE"
    return LlamaCppBackend(path, options)
