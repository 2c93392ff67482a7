"""Running PaliGemma 2 mix: transformers (CUDA with 4-bit weights where bitsandbytes is there,
else bf16 on CUDA, float32 on the CPU) and mlx-vlm on Apple Silicon. Both load from a local
folder only: nothing is fetched from a hub. The app runs these inside a model worker process
(`paligemma_backend`); benchmarks may run them in-process."""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop.engine.errors import Cancelled, ModelError

if TYPE_CHECKING:
    from PIL import Image


class Generator(Protocol):
    """Answers one prompt about one image with greedy decoding; returns the raw answer, with
    `<locDDDD>` tokens kept."""

    name: str
    device: str  # where it runs once loaded: "cpu", "cuda", "metal"

    def load(self) -> None: ...

    def generate(self, image: Image.Image, prompt: str, max_new_tokens: int) -> str: ...


def transformers_available() -> bool:
    return find_spec("torch") is not None and find_spec("transformers") is not None


def bitsandbytes_available() -> bool:
    return find_spec("bitsandbytes") is not None


def mlx_vlm_available() -> bool:
    """mlx-vlm is installed. It runs on Metal on Apple Silicon, and on the CPU elsewhere through
    `mlx[cpu]` (which is how the tests exercise it on Linux)."""
    return find_spec("mlx_vlm") is not None and find_spec("mlx") is not None


def is_apple_silicon() -> bool:
    import platform
    import sys

    return sys.platform == "darwin" and platform.machine() == "arm64"


def _check_cancel(cancel: Callable[[], bool] | None) -> None:
    """In-process generation cannot be interrupted: `cancel` is checked before it starts (the
    app runs these in a worker process, where cancelling ends the process)."""
    if cancel is not None and cancel():
        raise Cancelled("the image model was cancelled")


class TransformersPaliGemma:
    """PaliGemmaForConditionalGeneration from a local folder (config, weights, processor)."""

    def __init__(
        self, model_dir: str | Path, *, device: str | None = None, quantize: str = "auto"
    ) -> None:
        if not transformers_available():
            raise ModelError(
                "PaliGemma needs torch and transformers (pip install 'scrubdesk[vision]')"
            )
        if quantize not in ("auto", "4bit", "none"):
            raise ValueError("quantize must be auto, 4bit or none")
        self.model_dir = Path(model_dir)
        self.name = f"paligemma:{self.model_dir.name}"
        self.requested_device = device
        self.quantize = quantize
        self.device = "unloaded"
        self.quantized = False
        self._model: Any = None
        self._processor: Any = None
        self._lock = threading.Lock()  # one owner: generate calls never interleave

    def load(self) -> None:
        if self._model is not None:
            return
        import importlib

        import torch

        # Typed as Any: transformers' own annotations do not pass mypy --strict.
        transformers: Any = importlib.import_module("transformers")

        device = self.requested_device or ("cuda" if torch.cuda.is_available() else "cpu")
        four_bit = device.startswith("cuda") and (
            self.quantize == "4bit" or (self.quantize == "auto" and bitsandbytes_available())
        )
        kwargs: dict[str, Any] = {"local_files_only": True}
        if four_bit:
            kwargs["quantization_config"] = transformers.BitsAndBytesConfig(
                load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.bfloat16
            )
            kwargs["device_map"] = {"": device}
        else:
            kwargs["dtype"] = torch.bfloat16 if device.startswith("cuda") else torch.float32
        try:
            model = transformers.PaliGemmaForConditionalGeneration.from_pretrained(
                self.model_dir, **kwargs
            )
            if not four_bit:
                model = model.to(device)
            processor = transformers.AutoProcessor.from_pretrained(
                self.model_dir, local_files_only=True
            )
        except (OSError, ValueError) as exc:
            raise ModelError(
                f"cannot load PaliGemma from '{self.model_dir.name}' ({type(exc).__name__})"
            ) from None
        self._model, self._processor = model.eval(), processor
        self.device, self.quantized = device, four_bit

    def generate(
        self,
        image: Image.Image,
        prompt: str,
        max_new_tokens: int,
        cancel: Callable[[], bool] | None = None,
    ) -> str:
        _check_cancel(cancel)
        import torch

        with self._lock:
            self.load()
            model, processor = self._model, self._processor
            inputs = processor(
                text="<image>" + prompt, images=image.convert("RGB"), return_tensors="pt"
            )
            dtype = next(p.dtype for p in model.parameters() if p.is_floating_point())
            inputs = inputs.to(model.device)
            inputs["pixel_values"] = inputs["pixel_values"].to(dtype)
            prompt_length = inputs["input_ids"].shape[-1]
            with torch.inference_mode():
                output = model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False)
            answer: str = processor.decode(output[0][prompt_length:], skip_special_tokens=True)
            return answer


class MlxPaliGemma:
    """PaliGemma through mlx-vlm, from a local MLX model folder (the hub's layout)."""

    def __init__(self, model_dir: str | Path) -> None:
        if not mlx_vlm_available():
            raise ModelError("this image model needs mlx-vlm (pip install mlx-vlm)")
        self.model_dir = Path(model_dir)
        self.name = f"paligemma-mlx:{self.model_dir.name}"
        self.device = "metal" if is_apple_silicon() else "cpu"
        self._loaded: tuple[Any, Any] | None = None
        self._lock = threading.Lock()

    def load(self) -> None:
        mlx_vlm = _mlx_vlm()
        if self._loaded is None:
            try:
                self._loaded = mlx_vlm.load(str(self.model_dir))
            except (OSError, ValueError) as exc:
                raise ModelError(
                    f"cannot load {self.model_dir.name} ({type(exc).__name__})"
                ) from None

    def generate(
        self,
        image: Image.Image,
        prompt: str,
        max_new_tokens: int,
        cancel: Callable[[], bool] | None = None,
    ) -> str:
        _check_cancel(cancel)
        mlx_vlm = _mlx_vlm()
        with self._lock:
            self.load()
            assert self._loaded is not None
            model, processor = self._loaded
            result = mlx_vlm.generate(
                model,
                processor,
                "<image>" + prompt,  # PaliGemma's prompt format, as for transformers
                image=[image.convert("RGB")],
                max_tokens=max_new_tokens,
                temperature=0.0,
                verbose=False,
            )
            return str(getattr(result, "text", result))


def _mlx_vlm() -> Any:
    """Typed as Any: mlx-vlm's exports and annotations do not pass mypy --strict."""
    import importlib

    return importlib.import_module("mlx_vlm")
