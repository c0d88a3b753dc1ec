"""The window and its panels (PySide6 + pyqtgraph)."""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # before any pyqtgraph import
