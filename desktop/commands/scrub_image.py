"""`scrubdesk scrub-image IN -o OUT [--json] [--no-llm] [--no-vision]` (DESIGN.md contract)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.commands.scrub import build_scrubber, report_layers


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scrub-image",
        help="redact personal data in a screenshot",
        description="Read the image's text on this device, fill every value found with a solid "
        "box, and write the image without metadata (PNG unless OUT says otherwise).",
    )
    parser.add_argument("input", metavar="IN", help="the image to scrub")
    parser.add_argument("-o", "--output", metavar="OUT", required=True, help="where to write it")
    parser.add_argument("--json", action="store_true", help="print the filled regions as JSON")
    parser.add_argument("--no-llm", action="store_true", help="use only the fast text layer")
    parser.add_argument(
        "--no-vision", action="store_true", help="skip the image model (faces, QR codes, ...)"
    )
    parser.add_argument("--model", metavar="ID|PATH", help="local text model id or GGUF file")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.engine.vision.loading import load_image
    from desktop.engine.vision.output import save_clean
    from desktop.engine.vision.registry import default_ocr
    from desktop.engine.vision.scrub import scrub_image

    loaded = load_image(args.input)  # bad input fails here, before any model loads
    scrubber = build_scrubber(args)
    result = scrub_image(loaded, default_ocr(), scrubber, use_model=not args.no_llm)
    save_clean(result.image, args.output)
    report_layers(result.layers, ())
    for note in result.notes:
        print(f"scrubdesk: note: {note}", file=sys.stderr)
    if args.json:
        sys.stdout.write(json.dumps(result.to_json()) + "\n")
    return 0
