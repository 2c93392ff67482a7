"""The in-worker half of PaliGemma: the worker process (runtimes/worker_main.py) loads the model
here and answers image prompts. torch, transformers and mlx-vlm are imported only in that
process, so a native crash or an out-of-memory kill ends the worker, not the app."""

from __future__ import annotations

import io

from desktop.engine.errors import InputError, ModelError
from desktop.engine.runtimes.base import DeviceInfo, Generation, GenerationRequest
from desktop.engine.vision.paligemma_runtimes import Generator, MlxPaliGemma, TransformersPaliGemma


class PaliGemmaBackend:
    def __init__(self, generator: Generator, runtime: str) -> None:
        self.generator = generator
        self.runtime = runtime

    def load(self) -> DeviceInfo:
        self.generator.load()
        quantized = getattr(self.generator, "quantized", False)
        detail = "4-bit (bitsandbytes)" if quantized else ""
        return DeviceInfo(self.runtime, self.generator.device, detail=detail)

    def generate(self, request: GenerationRequest) -> Generation:
        raise ModelError("an image model answers image prompts only")

    def generate_image(self, png: bytes, prompt: str, max_new_tokens: int) -> str:
        from PIL import Image, UnidentifiedImageError

        try:
            image = Image.open(io.BytesIO(png))
            image.load()
        except (OSError, UnidentifiedImageError) as exc:
            raise InputError(
                f"the image for the model is unreadable ({type(exc).__name__})"
            ) from None
        return self.generator.generate(image, prompt, max_new_tokens)


def create_backend(path: str, options: dict[str, object]) -> PaliGemmaBackend:
    runtime = str(options.get("runtime", "transformers"))
    if runtime == "mlx-vlm":
        return PaliGemmaBackend(MlxPaliGemma(path), runtime)
    if runtime == "transformers":
        device = options.get("device")
        quantize = str(options.get("quantize", "auto"))
        generator = TransformersPaliGemma(
            path, device=str(device) if device else None, quantize=quantize
        )
        return PaliGemmaBackend(generator, runtime)
    raise ModelError(f"unknown image model runtime '{runtime}'")
