"""`python -m desktop`, and the entry script of the PyInstaller bundle.

A frozen bundle has no `python -m`, so model workers are started as the app's own executable
with `--model-worker`; that flag is handled here before anything else is imported.
"""

from __future__ import annotations

import sys


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--model-worker":
        from desktop.engine.runtimes.worker_main import run_worker

        return run_worker()
    from desktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
