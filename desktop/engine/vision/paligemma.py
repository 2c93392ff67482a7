"""The visual layer: PaliGemma 2 mix finds faces, QR codes, signatures and ID cards, and answers
whether an image contains personal information at all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
    Generator,
    MlxPaliGemma,
    TransformersPaliGemma,
    mlx_vlm_available,
    transformers_available,
)

if TYPE_CHECKING:
    from PIL import Image

DETECT_TOKENS = 96  # 4 loc tokens + a label per object: room for about ten objects
CHECK_TOKENS = 4


@dataclass
class PaliGemmaDetector:
    generator: Generator
    targets: Sequence[str] = tuple(VISUAL_TARGETS)

    @property
    def name(self) -> str:
        return self.generator.name

    def find(self, image: Image.Image) -> list[VisualBox]:
        answer = self.generator.generate(image, detect_prompt(self.targets), DETECT_TOKENS)
        return parse_detections(answer, image.width, image.height)

    def check(self, image: Image.Image) -> PersonalInfoCheck:
        return parse_verdict(self.generator.generate(image, PII_QUESTION, CHECK_TOKENS))


def open_detector(path: str, runtime: str) -> PaliGemmaDetector:
    if runtime == "mlx-vlm":
        return PaliGemmaDetector(MlxPaliGemma(path))
    if runtime == "transformers":
        return PaliGemmaDetector(TransformersPaliGemma(path))
    raise ModelError(f"unknown image model runtime '{runtime}'")


def load_visual_layer(model: str | None = None) -> PaliGemmaDetector | None:
    """The installed PaliGemma model (or the one named), or None when none is installed.

    MLX models are preferred on Apple Silicon, transformers ones elsewhere; a model whose
    runtime is missing here is skipped unless it was asked for by name."""
    from desktop.engine.models.manager import ModelManager

    manager = ModelManager()
    vision = [m for m in manager.installed() if m.kind == "vision"]
    if model is not None:
        chosen = next((m for m in vision if m.id == model), None)
        if chosen is None:
            raise ModelError(f"image model '{model}' is not installed")
        return open_detector(str(chosen.path), chosen.runtime)
    usable = {"mlx-vlm": mlx_vlm_available(), "transformers": transformers_available()}
    for runtime in ("mlx-vlm", "transformers"):
        for candidate in vision:
            if candidate.runtime == runtime and usable[runtime]:
                return open_detector(str(candidate.path), candidate.runtime)
    return None
