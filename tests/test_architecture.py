"""The engine is Qt-free: it imports in a process where PySide6 cannot be imported.

`make test` also runs import-linter (contracts in pyproject.toml) for the static view."""

import pkgutil
import subprocess
import sys

import desktop.engine

BLOCK_QT = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6') or name.startswith('desktop.ui'):
            raise ImportError('blocked in this test: ' + name)
        return None
sys.meta_path.insert(0, Block())
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
print('ok', len(sys.argv) - 1)
"""


def engine_modules() -> list[str]:
    return [info.name for info in pkgutil.walk_packages(desktop.engine.__path__, "desktop.engine.")]


def test_every_engine_module_imports_without_qt() -> None:
    modules = engine_modules()
    assert "desktop.engine.pipeline" in modules
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, *modules], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == f"ok {len(modules)}"
