"""visualizer.core stays free of Qt: importing all of it loads no PySide6 or pyqtgraph."""

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import visualizer.core as core
    names = [m.name for m in pkgutil.walk_packages(core.__path__, "visualizer.core.")]
    for name in names:
        importlib.import_module(name)
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"))
    print(len(names), qt)
    """
)


def test_importing_every_core_module_loads_no_qt():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    count, loaded = result.stdout.strip().split(" ", 1)
    assert int(count) >= 10  # the walk really found the engine's modules
    assert loaded == "[]"
