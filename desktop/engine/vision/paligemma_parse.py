"""PaliGemma prompts and the parsing of its answers (pure functions, no model needed).

Detection answers are `<locY0><locX0><locY1><locX1> label` per object, objects separated by
" ; ". Each `<locDDDD>` is one of 1024 bins over the (square, resized) model input, so a bin is
converted with the original image's own width and height: x = bin / 1024 * width.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.engine.types import Label
from desktop.engine.vision.geometry import Box

LOC_BINS = 1024

# What PaliGemma is asked to find, and the label each becomes.
VISUAL_TARGETS: dict[str, Label] = {
    "face": Label.FACE,
    "qr code": Label.QR_CODE,
    "signature": Label.SIGNATURE,
    "id card": Label.ID_DOCUMENT,
}
PII_QUESTION = "answer en does this image contain personal information?"

_OBJECT = re.compile(r"((?:<loc\d{4}>\s*){4})([^;<]*)")
_LOC = re.compile(r"<loc(\d{4})>")


class Verdict(StrEnum):
    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"  # the model answered something else; treat as "may contain"


@dataclass(frozen=True)
class PersonalInfoCheck:
    verdict: Verdict
    answer: str  # the model's short answer, normalised (yes/no words only; never image text)

    @property
    def may_contain(self) -> bool:
        return self.verdict is not Verdict.NO


@dataclass(frozen=True)
class VisualBox:
    box: Box
    label: Label
    name: str  # the object name the model gave, e.g. "face"


def detect_prompt(targets: Sequence[str] = tuple(VISUAL_TARGETS)) -> str:
    return "detect " + " ; ".join(targets)


def parse_detections(
    answer: str, width: int, height: int, targets: dict[str, Label] | None = None
) -> list[VisualBox]:
    """Boxes in original-image pixels; objects whose name is not a target are dropped, and
    malformed or empty boxes are skipped rather than guessed."""
    targets = VISUAL_TARGETS if targets is None else targets
    found = []
    for match in _OBJECT.finditer(answer):
        bins = [int(v) for v in _LOC.findall(match.group(1))]
        name = " ".join(match.group(2).split()).lower()
        label = _label_for(name, targets)
        if label is None or any(v >= LOC_BINS for v in bins):
            continue
        y0, x0, y1, x1 = bins
        if y1 <= y0 or x1 <= x0:
            continue
        box = Box(
            int(x0 / LOC_BINS * width),
            int(y0 / LOC_BINS * height),
            min(width, -(-x1 * width // LOC_BINS)),  # ceiling: never shrink the object
            min(height, -(-y1 * height // LOC_BINS)),
        )
        if not box.empty:
            found.append(VisualBox(box, label, name))
    return found


def _label_for(name: str, targets: dict[str, Label]) -> Label | None:
    if name in targets:
        return targets[name]
    singular = name[:-1] if name.endswith("s") else name
    return targets.get(singular)


def parse_verdict(answer: str) -> PersonalInfoCheck:
    words = re.findall(r"[a-z]+", answer.lower())
    first = words[0] if words else ""
    if first in ("yes", "yeah", "true"):
        return PersonalInfoCheck(Verdict.YES, "yes")
    if first in ("no", "none", "false"):
        return PersonalInfoCheck(Verdict.NO, "no")
    return PersonalInfoCheck(Verdict.UNCLEAR, "")
