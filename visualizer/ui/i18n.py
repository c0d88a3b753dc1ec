"""Interface language: Qt translators loaded from resources/translations/*.qm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..core.resources import resource_path

CORE_CONTEXT = "core"
"""The translation context of texts declared in the core (hyper-parameter labels and
tooltips, dataset titles); tools/update_translations.py collects them from the registries."""
_installed: list[QTranslator] = []


def system_language() -> str:
    """'ko' on a Korean system, else 'en'."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def translation_file(lang: str):
    return resource_path("translations", f"visualizer_{lang}.qm")


def install(lang: str) -> bool:
    """Make `lang` the language of every `tr()` from now on; True if a translation loaded
    (English needs none)."""
    app = QApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(str(translation_file(lang))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def core_text(text: str) -> str:
    """A text declared in the core, in the interface language."""
    return QCoreApplication.translate(CORE_CONTEXT, text)
