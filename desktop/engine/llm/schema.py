"""JSON schemas that constrain the local model's output.

The root is an object (`{"findings": [...]}`), not a bare array: OpenAI-compatible servers only
accept object roots for structured output, and one schema should serve every runtime. String
lengths and item counts are bounded so that even a confused model finishes; llama.cpp enforces
those bounds in its grammar (numeric bounds it does not, so the parser validates anyway).
"""

from __future__ import annotations

from desktop.engine.types import TEXT_LABELS, Label

MAX_VALUE_CHARS = 160
MAX_FINDINGS_PER_CHUNK = 40


def detector_schema(labels: tuple[Label, ...] = TEXT_LABELS) -> dict[str, object]:
    return {
        "type": "object",
        "properties": {
            "findings": {
                "type": "array",
                "maxItems": MAX_FINDINGS_PER_CHUNK,
                "items": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string", "minLength": 1, "maxLength": MAX_VALUE_CHARS},
                        "label": {"type": "string", "enum": [str(label) for label in labels]},
                    },
                    "required": ["text", "label"],
                    "additionalProperties": False,
                },
            }
        },
        "required": ["findings"],
        "additionalProperties": False,
    }


def yes_no_schema() -> dict[str, object]:
    return {
        "type": "object",
        "properties": {
            "answer": {"type": "string", "enum": ["yes", "no"]},
        },
        "required": ["answer"],
        "additionalProperties": False,
    }
