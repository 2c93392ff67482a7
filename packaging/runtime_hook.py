"""PyInstaller runtime hook: runs inside the frozen app before any of its code.

- Points llama-cpp-python at the shared libraries collected into the bundle.
- In a windowed build (no console) stdout/stderr are None: send them to a log file instead, so
  that a stray print or a native library's message cannot crash the app. The log never holds
  user text: the app does not log it.
"""

import os
import sys
from pathlib import Path

_bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
_llama_lib = _bundle / "llama_cpp" / "lib"
if _llama_lib.is_dir():
    os.environ.setdefault("LLAMA_CPP_LIB_PATH", str(_llama_lib))

if sys.stdout is None or sys.stderr is None:
    try:
        from platformdirs import user_log_dir

        _log_dir = Path(user_log_dir("ScrubDesk", "ScrubDesk"))
    except Exception:
        _log_dir = Path.home() / ".scrubdesk"
    _log_dir.mkdir(parents=True, exist_ok=True)
    _log = open(_log_dir / "scrubdesk.log", "a", encoding="utf-8", buffering=1)  # noqa: SIM115
    sys.stdout = sys.stdout or _log
    sys.stderr = sys.stderr or _log
