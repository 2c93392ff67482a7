"""The model worker process: owns one loaded model and serves requests over its stdin/stdout.

Run as `python -m desktop.engine.runtimes.worker_main` (or, in a frozen bundle, as the app's
executable with `--model-worker`, see `run_worker`). Nothing heavy is imported before the
backend: a CUDA build of llama-cpp-python was seen to crash when numpy was imported first.
Native code that writes to fd 1 would corrupt the protocol, so fd 1 is pointed at stderr and
the protocol uses a private duplicate of the original stdout. Image models (PaliGemma) live in
a worker too, so torch never enters the app's process; they answer "generate_image" requests.
"""

from __future__ import annotations

import base64
import os
import sys
from importlib import import_module
from typing import IO

from desktop.engine.errors import ScrubDeskError
from desktop.engine.runtimes.base import Backend, GenerationRequest
from desktop.engine.runtimes.protocol import read_frame, write_frame

WORKER_FLAG = "--model-worker"

# Explicit: which module implements each in-process backend.
BACKENDS = {
    "llama.cpp": "desktop.engine.runtimes.llamacpp_backend",
    "mlx": "desktop.engine.runtimes.mlx_backend",
    "transformers": "desktop.engine.vision.paligemma_backend",
    "mlx-vlm": "desktop.engine.vision.paligemma_backend",
}
_MAX_ERROR_CHARS = 300


def _make_backend(name: str, path: str, options: dict[str, object]) -> Backend:
    module_name = BACKENDS.get(name)
    if module_name is None:
        raise ScrubDeskError(f"unknown backend '{name}'")
    backend: Backend = import_module(module_name).create_backend(path, {**options, "runtime": name})
    return backend


def _generate_image(backend: Backend | None, message: dict[str, object]) -> dict[str, object]:
    """One prompt about one image (a base64 PNG); the answer text comes back."""
    answer = getattr(backend, "generate_image", None)
    if answer is None:
        raise ScrubDeskError("this worker's model does not read images")
    text = answer(
        base64.b64decode(str(message["image"])),
        str(message["prompt"]),
        int(str(message["max_new_tokens"])),
    )
    return {"ok": True, "text": str(text)}


def _error(exc: BaseException) -> dict[str, object]:
    # Library messages name limits and files, not the prompt; still keep them short.
    message = str(exc) if isinstance(exc, ScrubDeskError) else f"{type(exc).__name__}: {exc}"
    return {"ok": False, "error": message[:_MAX_ERROR_CHARS], "kind": type(exc).__name__}


def serve(requests: IO[bytes], responses: IO[bytes]) -> int:
    backend: Backend | None = None
    while True:
        message = read_frame(requests)
        if message is None or message.get("op") == "shutdown":
            return 0
        op = message.get("op")
        try:
            if op == "load":
                options = message.get("options")
                backend = _make_backend(
                    str(message["backend"]),
                    str(message["path"]),
                    options if isinstance(options, dict) else {},
                )
                reply: dict[str, object] = {"ok": True, "device": backend.load().to_wire()}
            elif op == "generate":
                if backend is None:
                    raise ScrubDeskError("no model is loaded in this worker")
                request = message.get("request")
                assert isinstance(request, dict)
                generation = backend.generate(GenerationRequest.from_wire(request))
                reply = {"ok": True, "generation": generation.to_wire()}
            elif op == "generate_image":
                reply = _generate_image(backend, message)
            elif op == "ping":
                reply = {"ok": True}
            else:
                raise ScrubDeskError(f"unknown request '{op}'")
        except Exception as exc:
            reply = _error(exc)
        write_frame(responses, reply)


def run_worker() -> int:
    responses = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        return serve(sys.stdin.buffer, responses)
    finally:
        responses.close()


if __name__ == "__main__":
    sys.exit(run_worker())
