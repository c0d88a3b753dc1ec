"""What the app remembers between launches (QSettings): configuration, geometry, language,
theme, font size; and restoring the defaults."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from ..core.config import Config, ConfigError


def store() -> QSettings:
    return QSettings("visualizer", "visualizer")


def save_config(config: Config) -> None:
    store().setValue("config", config.to_json())


def load_config() -> Config | None:
    """The last configuration, or None when there is none or it no longer validates."""
    text = store().value("config")
    if not text:
        return None
    try:
        return Config.from_mapping(json.loads(str(text)))
    except (ConfigError, ValueError, TypeError):
        return None


def save_value(key: str, value) -> None:
    store().setValue(key, value)


def load_value(key: str, default=None):
    value = store().value(key, default)
    return default if value is None else value


def load_geometry() -> QByteArray | None:
    value = store().value("geometry")
    return value if isinstance(value, QByteArray) else None


def clear() -> None:
    """Forget everything (the 'restore defaults' action)."""
    settings = store()
    settings.clear()
    settings.sync()
