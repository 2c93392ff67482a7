"""`scrubdesk ask`: scrub a text, send the redacted text to a cloud LLM, print the restored
answer (DESIGN.md, "Command-line contract").

The key comes from SCRUBDESK_API_KEY when set, else from the keychain entry for the provider.
It is never printed. Failures are one line on stderr with a non-zero exit (desktop.cli).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from desktop.commands.inputs import read_text, report_read
from desktop.commands.outputs import Output
from desktop.engine.errors import InputError, ScrubDeskError

if TYPE_CHECKING:
    from desktop.engine.cloud.registry import ProviderSpec
    from desktop.engine.send import Reply

# Kept in step with desktop.engine.cloud.registry (a test checks it); not imported from there
# so that building the CLI parser stays cheap for every other command.
PROVIDER_CHOICES = ("openai", "anthropic", "gemini", "openai-compatible")
API_KEY_ENV = "SCRUBDESK_API_KEY"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ask",
        help="scrub a text, ask a cloud LLM, print the answer with the real values restored",
        description=(
            "Scrub the input on this device, send only the redacted text to the provider, and "
            f"print the answer with placeholders restored. The API key comes from {API_KEY_ENV} "
            "when set, else from the system keychain entry for the provider."
        ),
    )
    parser.add_argument("file", nargs="?", default="-", help="input file, or - for stdin")
    parser.add_argument("--provider", required=True, choices=PROVIDER_CHOICES)
    parser.add_argument("--base-url", metavar="URL", help="API base URL (proxies, local servers)")
    parser.add_argument("--model", metavar="M", help="the cloud model to ask")
    parser.add_argument("--no-llm", action="store_true", help="detect with the fast layer only")
    parser.add_argument(
        "--local-model", metavar="ID|PATH", help="local model for detection (default: installed)"
    )
    parser.add_argument(
        "--max-tokens", type=int, default=4096, metavar="N", help="longest answer (tokens)"
    )
    from desktop.commands.scrub import add_keep_encoding_argument

    add_keep_encoding_argument(parser)
    parser.set_defaults(run=run)


def resolve_api_key(spec: ProviderSpec) -> str:
    """SCRUBDESK_API_KEY when set, else the keychain entry named after the provider."""
    from_env = os.environ.get(API_KEY_ENV, "").strip()
    if from_env:
        return from_env
    from desktop.engine.keystore import SecretStore

    store = SecretStore()
    saved = store.get(spec.name)
    if saved:
        return saved
    if not spec.key_required:
        return ""
    if store.persistent:
        hint = f"set {API_KEY_ENV} or save a key for {spec.name} in the app (system keychain)"
    else:
        hint = f"set {API_KEY_ENV} (no system keychain is available to hold a saved key)"
    raise InputError(f"no API key for {spec.name}: {hint}")


def _model_layer(args: argparse.Namespace) -> Any:
    from desktop.commands.scrub import model_layer

    return model_layer(argparse.Namespace(no_llm=args.no_llm, model=args.local_model))


def run(args: argparse.Namespace) -> int:
    from desktop.commands.scrub import report_layers
    from desktop.engine.cloud.registry import get_spec
    from desktop.engine.cloud.transport import TransportOptions
    from desktop.engine.pipeline import Scrubber
    from desktop.engine.send import Conversation

    if args.max_tokens < 1:
        raise InputError("--max-tokens must be at least 1")
    spec = get_spec(args.provider)
    model = args.model or spec.default_model
    if not model:
        raise InputError(f"--model is required for the {spec.name} provider")
    if not (args.base_url or spec.default_base_url):
        raise InputError(f"--base-url is required for the {spec.name} provider")
    if args.base_url and not args.base_url.startswith(("http://", "https://")):
        raise InputError("--base-url must start with http:// or https://")
    decoded = read_text(args.file)
    api_key = resolve_api_key(spec)
    conversation = Conversation(
        provider=spec.create(args.base_url),
        model=model,
        scrubber=Scrubber(model=_model_layer(args)),
        max_tokens=args.max_tokens,
        options=TransportOptions(wait=_wait_visibly),
    )
    result = conversation.scrub(decoded.text, use_model=not args.no_llm)
    report_read(args.file, decoded.encoding, decoded.warnings)
    report_layers(result.layers, result.skipped)
    turn = conversation.prepare(result, api_key)
    print(
        f"scrubdesk: sending {len(result.findings)} redaction(s) to {spec.label}", file=sys.stderr
    )
    reply = conversation.send(turn, api_key)
    if args.keep_encoding:
        _write_whole_reply(reply, Output(decoded.encoding))
    else:
        _print_reply(reply, stream=sys.stdout.isatty())
    _warn_about(reply)
    return 0


def _wait_visibly(seconds: float, cancel: Any) -> bool:
    """Before a retry, say why the command is quiet (waits can reach 30 s)."""
    from desktop.engine.cloud.retry import cancellable_sleep

    print(f"scrubdesk: the provider is busy; trying again in {seconds:.1f} s", file=sys.stderr)
    return cancellable_sleep(seconds, cancel)


def _print_reply(reply: Reply, *, stream: bool) -> None:
    """On a terminal the answer streams; into a pipe or file it is written only once it is
    complete, so a failed call never leaves output that looks like a whole answer."""
    if not stream:
        text = reply.read()
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    written = False
    try:
        for piece in reply:
            sys.stdout.write(piece)
            sys.stdout.flush()
            written = True
    except ScrubDeskError:
        if written:
            sys.stdout.write("\n")  # the error line then starts on its own line
        raise
    sys.stdout.write("\n")


def _write_whole_reply(reply: Reply, output: Output) -> None:
    """--keep-encoding: the whole answer, encoded before any of it is written (an answer may
    hold a character the input's encoding lacks, and a half-written answer must not look
    complete)."""
    text = reply.read()
    output.write(output.render(text if text.endswith("\n") else text + "\n"))


def _warn_about(reply: Reply) -> None:
    missing = sorted(reply.report.unknown)
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        print(
            f"scrubdesk: warning: {len(missing)} placeholder(s) in the answer could not be "
            f"restored: {shown}",
            file=sys.stderr,
        )
    if reply.truncated:
        print("scrubdesk: warning: the answer was cut off at --max-tokens", file=sys.stderr)
