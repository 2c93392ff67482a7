"""The `scrubdesk` command. Kept light: every sub-command imports what it needs when it runs,
because scripts and the clipboard hotkey pay start-up time on every call."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module

# Sub-command modules, listed explicitly (PyInstaller bundles lose entry points).
COMMANDS = ("scrub", "scrub_image", "scrub_clipboard", "ask", "models")


def build_parser() -> argparse.ArgumentParser:
    from desktop import __version__

    parser = argparse.ArgumentParser(
        prog="scrubdesk",
        description="Scrub personal data from text and screenshots on this device.",
    )
    parser.add_argument("--version", action="version", version=f"scrubdesk {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        import_module(f"desktop.commands.{name}").add_parser(subparsers)
    return parser


def _fail(message: str, code: int = 1) -> int:
    print(f"scrubdesk: error: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    from desktop.engine.errors import ScrubDeskError

    try:
        if args.self_test:
            from desktop.selftest import run_self_test

            passed: bool = run_self_test()
            return 0 if passed else 1
        if args.command is None:
            from desktop.commands.app import launch

            return launch()
        code: int = args.run(args)
        return code
    except ScrubDeskError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); nothing more to say.
        sys.stderr.close()
        return 1
    except Exception as exc:  # never a traceback, never user data in the message
        if os.environ.get("SCRUBDESK_DEBUG"):
            raise
        return _fail(f"internal error ({type(exc).__name__}); set SCRUBDESK_DEBUG=1 for details")


if __name__ == "__main__":
    sys.exit(main())
