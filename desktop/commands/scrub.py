"""`scrubdesk scrub`: redact personal data from text (DESIGN.md, "Command-line contract")."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from desktop.commands.inputs import JsonLinesInput, read_text, report_read
from desktop.commands.outputs import Output
from desktop.engine.errors import InputError

if TYPE_CHECKING:
    from desktop.engine.pipeline import ModelLayer, Scrubber


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scrub",
        help="redact personal data from text",
        description="Print the text with personal data replaced by placeholders like [PERSON_1].",
    )
    parser.add_argument("file", nargs="?", default="-", help="input file, or - for stdin")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print {text, findings} as JSON")
    output.add_argument(
        "--jsonl", action="store_true", help='read lines {"id", "text"}; write one result per line'
    )
    add_keep_encoding_argument(parser)
    add_model_arguments(parser)
    parser.set_defaults(run=run)


def add_keep_encoding_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--keep-encoding",
        action="store_true",
        help="write the output in the input's encoding (e.g. Big5, UTF-16) instead of UTF-8",
    )


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-llm", action="store_true", help="use only the fast pattern layer")
    parser.add_argument("--model", metavar="ID|PATH", help="local model id or GGUF file to use")


def model_layer(args: argparse.Namespace) -> ModelLayer | None:
    """The local model layer the arguments ask for, or None for the fast layer only."""
    if args.no_llm:
        if args.model:
            raise InputError("--model and --no-llm contradict each other")
        return None
    from desktop.engine.runtimes import load_model_layer

    layer: ModelLayer | None = load_model_layer(args.model)
    return layer


def build_scrubber(args: argparse.Namespace) -> Scrubber:
    from desktop.engine.pipeline import Scrubber

    return Scrubber(model=model_layer(args))


def report_layers(layers: tuple[str, ...], skipped: tuple[str, ...]) -> None:
    print(f"scrubdesk: layers ran: {', '.join(layers)}", file=sys.stderr)
    for reason in skipped:
        print(f"scrubdesk: warning: layer skipped: {reason}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _run_jsonl(args)
    decoded = read_text(args.file)
    scrubber = build_scrubber(args)
    result = scrubber.scrub(decoded.text)
    output = Output(decoded.encoding if args.keep_encoding else None)
    if args.json:
        piece = output.render(json.dumps(result.to_json(), ensure_ascii=False) + "\n", is_json=True)
    else:
        piece = output.render(result.text)
    report_read(args.file, decoded.encoding, decoded.warnings)
    report_layers(result.layers, result.skipped)
    output.write(piece)
    return 0


def _parse_record(number: int, line: str) -> tuple[Any, str]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"line {number}: not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f'line {number}: expected an object with a string "text"')
    if "id" not in record:
        raise InputError(f'line {number}: missing "id"')
    return record["id"], record["text"]


def _run_jsonl(args: argparse.Namespace) -> int:
    source = JsonLinesInput(args.file)
    try:
        count, layers, skipped = _scrub_lines(args, source)
    finally:
        source.close()
    if count == 0:
        raise InputError("input has no JSON lines")
    report_read(args.file, source.encoding)
    report_layers(layers, tuple(sorted(skipped)))
    return 0


def _scrub_lines(
    args: argparse.Namespace, source: JsonLinesInput
) -> tuple[int, tuple[str, ...], set[str]]:
    """Scrub and write every line; (lines written, layers that ran, skip reasons)."""
    scrubber = None
    layers: tuple[str, ...] = ()
    skipped: set[str] = set()
    count = 0
    output = Output(source.encoding if args.keep_encoding else None)
    for number, line in source.lines():
        record_id, text = _parse_record(number, line)
        if scrubber is None:
            scrubber = build_scrubber(args)
        # Each line is its own document: a fresh vault keeps placeholders per document.
        scrubber.vault = type(scrubber.vault)()
        result = scrubber.scrub(text)
        layers = result.layers
        skipped.update(result.skipped)
        out = {"id": record_id, **result.to_json()}
        output.write_text(json.dumps(out, ensure_ascii=False) + "\n", is_json=True)
        count += 1
    return count, layers, skipped
