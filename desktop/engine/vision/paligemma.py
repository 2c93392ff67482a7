"""The visual layer: PaliGemma 2 mix finds faces, QR codes, signatures and ID cards, and answers
whether an image contains personal information at all. The model runs in a worker process
(DESIGN.md, "Threads and processes"): cancelling ends the worker, and torch never loads into
the app's process."""

from __future__ import annotations

import base64
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop.engine.errors import ModelError
from desktop.engine.vision.paligemma_parse import (
    PII_QUESTION,
    VISUAL_TARGETS,
    PersonalInfoCheck,
    VisualBox,
    detect_prompt,
    parse_detections,
    parse_verdict,
)
from desktop.engine.vision.paligemma_runtimes import (
    is_apple_silicon,
    mlx_vlm_available,
    transformers_available,
)

if TYPE_CHECKING:
    from PIL import Image

CancelFn = Callable[[], bool]
DETECT_TOKENS = 96  # 4 loc tokens + a label per object: room for about ten objects
CHECK_TOKENS = 4
# The model sees a square of 224-896 px; a smaller copy travels faster through the pipe.
# Boxes are fractions of each side, so they map back onto the full-size image unchanged.
_SEND_MAX_SIDE = 1024


class ImagePrompter(Protocol):
    name: str

    def generate(
        self, image: Image.Image, prompt: str, max_new_tokens: int, cancel: CancelFn | None = None
    ) -> str: ...


class WorkerPaliGemma:
    """PaliGemma in its own worker process, loaded on the first prompt and kept alive."""

    def __init__(
        self,
        model_dir: str | Path,
        runtime: str,
        *,
        device: str | None = None,
        quantize: str = "auto",
    ) -> None:
        from desktop.engine.runtimes.worker_client import WorkerTextModel

        if runtime not in ("transformers", "mlx-vlm"):
            raise ModelError(f"unknown image model runtime '{runtime}'")
        folder = Path(model_dir)
        prefix = "paligemma-mlx" if runtime == "mlx-vlm" else "paligemma"
        self.name = f"{prefix}:{folder.name}"
        options: dict[str, object] = {"quantize": quantize}
        if device:
            options["device"] = device
        self.worker = WorkerTextModel(runtime, str(folder), name=self.name, options=options)

    def device(self) -> str:
        """Where the model runs ("cpu", "cuda", "metal"); loads it first."""
        return self.worker.device().describe()

    def generate(
        self, image: Image.Image, prompt: str, max_new_tokens: int, cancel: CancelFn | None = None
    ) -> str:
        reply = self.worker.request(
            {
                "op": "generate_image",
                "image": base64.b64encode(_png_for_model(image)).decode("ascii"),
                "prompt": prompt,
                "max_new_tokens": max_new_tokens,
            },
            cancel,
        )
        return str(reply.get("text", ""))

    def close(self) -> None:
        self.worker.close()


def _png_for_model(image: Image.Image) -> bytes:
    copy = image.convert("RGB")
    if max(copy.size) > _SEND_MAX_SIDE:
        scale = _SEND_MAX_SIDE / max(copy.size)
        copy = copy.resize((max(1, round(copy.width * scale)), max(1, round(copy.height * scale))))
    buffer = io.BytesIO()
    copy.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


@dataclass
class PaliGemmaDetector:
    generator: ImagePrompter
    targets: Sequence[str] = tuple(VISUAL_TARGETS)

    @property
    def name(self) -> str:
        return self.generator.name

    def find(self, image: Image.Image, cancel: CancelFn | None = None) -> list[VisualBox]:
        prompt = detect_prompt(self.targets)
        answer = self.generator.generate(image, prompt, DETECT_TOKENS, cancel)
        return parse_detections(answer, image.width, image.height)

    def check(self, image: Image.Image, cancel: CancelFn | None = None) -> PersonalInfoCheck:
        return parse_verdict(self.generator.generate(image, PII_QUESTION, CHECK_TOKENS, cancel))

    def close(self) -> None:
        """End the model's worker process (if it runs in one) and give its memory back."""
        close = getattr(self.generator, "close", None)
        if callable(close):
            close()


def open_detector(path: str, runtime: str) -> PaliGemmaDetector:
    return PaliGemmaDetector(WorkerPaliGemma(path, runtime))


def load_visual_layer(model: str | None = None) -> PaliGemmaDetector | None:
    """The installed PaliGemma model (or the one named), or None when none is installed.

    MLX models are preferred on Apple Silicon (Metal), transformers ones elsewhere; a model
    whose runtime is missing here is skipped unless it was asked for by name."""
    from desktop.engine.models.manager import ModelManager

    manager = ModelManager()
    vision = [m for m in manager.installed() if m.kind == "vision"]
    if model is not None:
        chosen = next((m for m in vision if m.id == model), None)
        if chosen is None:
            raise ModelError(f"image model '{model}' is not installed")
        return open_detector(str(chosen.path), chosen.runtime)
    usable = {"mlx-vlm": mlx_vlm_available(), "transformers": transformers_available()}
    order = ("mlx-vlm", "transformers") if is_apple_silicon() else ("transformers", "mlx-vlm")
    for runtime in order:
        for candidate in vision:
            if candidate.runtime == runtime and usable[runtime]:
                return open_detector(str(candidate.path), candidate.runtime)
    return None
