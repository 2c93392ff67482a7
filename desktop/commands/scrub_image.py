"""`scrubdesk scrub-image IN -o OUT [--json] [--no-llm] [--no-vision]` (DESIGN.md contract)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from desktop.commands.scrub import build_scrubber, report_layers

if TYPE_CHECKING:
    from desktop.engine.vision.scrub import VisualLayer


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scrub-image",
        help="redact personal data in a screenshot",
        description="Read the image's text on this device, fill every value found with a solid "
        "box, and write the image without metadata (PNG unless OUT ends in .jpg or .webp).",
    )
    parser.add_argument("input", metavar="IN", help="the image to scrub")
    parser.add_argument("-o", "--output", metavar="OUT", required=True, help="where to write it")
    parser.add_argument("--json", action="store_true", help="print the filled regions as JSON")
    parser.add_argument("--no-llm", action="store_true", help="use only the fast text layer")
    parser.add_argument(
        "--no-vision", action="store_true", help="skip the image model (faces, QR codes, ...)"
    )
    parser.add_argument("--model", metavar="ID|PATH", help="local text model id or GGUF file")
    parser.add_argument("--vision-model", metavar="ID", help="installed image model to use")
    parser.add_argument(
        "--ocr",
        metavar="ENGINE",
        help="rapidocr, apple-vision or tesseract (default: the first "
        "one installed, in that order)",
    )
    parser.set_defaults(run=run)


def visual_layer(args: argparse.Namespace) -> VisualLayer | None:
    """PaliGemma when installed (or named), None with --no-vision or when none is installed."""
    if args.no_vision:
        if args.vision_model:
            from desktop.engine.errors import InputError

            raise InputError("--vision-model and --no-vision contradict each other")
        return None
    from desktop.engine.vision.paligemma import load_visual_layer

    return load_visual_layer(args.vision_model)


def run(args: argparse.Namespace) -> int:
    from desktop.engine.vision.loading import load_image
    from desktop.engine.vision.output import save_clean
    from desktop.engine.vision.registry import default_ocr
    from desktop.engine.vision.scrub import scrub_image

    loaded = load_image(args.input)  # bad input fails here, before any model loads
    ocr = default_ocr(args.ocr)
    scrubber = build_scrubber(args)
    visual = visual_layer(args)
    result = scrub_image(loaded, ocr, scrubber, use_model=not args.no_llm, visual=visual)
    save_clean(result.image, args.output)
    report_layers(result.layers, result.skipped)
    if not args.no_vision and visual is None:
        print(
            "scrubdesk: note: no image model installed; faces and QR codes were not checked",
            file=sys.stderr,
        )
    if result.check is not None:
        print(
            f"scrubdesk: image model says personal information: {result.check.verdict}",
            file=sys.stderr,
        )
    for note in result.notes:
        print(f"scrubdesk: note: {note}", file=sys.stderr)
    if args.json:
        sys.stdout.write(json.dumps(result.to_json()) + "\n")
    return 0
