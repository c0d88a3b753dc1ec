"""The lesson editor's screenshots for the README (offscreen, in a scratch data folder):
the seed experiment edited as a copy, its question step selected, in English and Korean.

    .venv/bin/python tools/editor_screenshot.py
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parents[1] / "screenshots"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="visualizer-editor-shot-") as scratch:
        os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = scratch
        from visualizer.core import lessons
        from visualizer.ui import i18n
        from visualizer.ui.launch import application
        from visualizer.ui.main_window import MainWindow

        app = application()
        for lang, name in (("en", "lesson-editor"), ("ko", "lesson-editor-ko")):
            i18n.install(lang)
            lesson = lessons.get("seed_experiment")
            window = MainWindow(lesson.configs(), live=False, lang=lang)
            window.resize(1280, 720)
            window.show()
            window.load_preset("seed_experiment")
            window.menus.editing.edit_action.setEnabled(True)
            window.menus.editing.edit_action.trigger()
            editor = window.menus.editing.editor
            editor.pages.setCurrentIndex(1)
            editor.steps.setCurrentRow(3)
            editor.resize(820, 680)
            app.processEvents()
            path = OUT / f"{name}.png"
            editor.grab().save(str(path))
            print(f"wrote {path}")
            editor.close()
            window.close()
            app.processEvents()


if __name__ == "__main__":
    main()
