"""The types that cross the seam between detection, redaction and restore."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum


class Label(StrEnum):
    """Kinds of personal data. The names are a public contract (DESIGN.md, "Labels")."""

    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    TW_NATIONAL_ID = "TW_NATIONAL_ID"
    CREDIT_CARD = "CREDIT_CARD"
    BANK_ACCOUNT = "BANK_ACCOUNT"
    IBAN = "IBAN"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    IP_ADDRESS = "IP_ADDRESS"
    PASSPORT = "PASSPORT"
    SECRET = "SECRET"
    # Image-only labels: produced by the vision layer, never by text detectors.
    FACE = "FACE"
    QR_CODE = "QR_CODE"
    SIGNATURE = "SIGNATURE"
    ID_DOCUMENT = "ID_DOCUMENT"


TEXT_LABELS: tuple[Label, ...] = tuple(
    label
    for label in Label
    if label not in (Label.FACE, Label.QR_CODE, Label.SIGNATURE, Label.ID_DOCUMENT)
)


class Source(StrEnum):
    """Which layer produced a span; shown to the user and written in `--json` output."""

    PATTERN = "pattern"  # regex + checksum + context detectors (the fast layer)
    MODEL = "model"  # the local LLM layer
    USER = "user"  # the user's always-redact list or a manual redaction in the UI
    OCR = "ocr"  # text found in an image (positions are in OCR text)
    VISION = "vision"  # PaliGemma boxes


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range `[start, end)` of `str` indices (code points) in the original text."""

    start: int
    end: int
    label: Label
    source: Source = Source.PATTERN
    score: float = 1.0
    detector: str = ""  # which detector found it, for debugging and benchmarks; never user data

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid span range [{self.start}, {self.end})")

    @property
    def length(self) -> int:
        return self.end - self.start

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def shifted(self, offset: int) -> Span:
        return replace(self, start=self.start + offset, end=self.end + offset)


@dataclass(frozen=True, slots=True)
class Finding:
    """A span after redaction: it knows the placeholder that replaced it."""

    span: Span
    placeholder: str

    def to_json(self) -> dict[str, object]:
        """The CLI's finding object (DESIGN.md, "Command-line contract")."""
        return {
            "start": self.span.start,
            "end": self.span.end,
            "label": str(self.span.label),
            "placeholder": self.placeholder,
            "source": str(self.span.source),
            "score": round(self.span.score, 4),
        }
