"""The lessons: named configurations with a title and explanation in English and Korean.

The texts live in `resources/presets/presets.json` so translators can edit them; each
preset's `config` holds only the keys it changes from the defaults, and an A/B preset's
`compare` holds what side B changes from side A.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from .config import Config, ConfigError
from .registry import Registry, UnknownNameError
from .resources import resource_path


@dataclass(frozen=True)
class Preset:
    name: str
    group: str  # "init" (the seed experiment's variations) or "training"
    titles: dict[str, str]
    texts: dict[str, str]
    changes: dict[str, Any]
    compare: dict[str, Any] | None = None

    def title(self, lang: str = "en") -> str:
        return self.titles.get(lang, self.titles["en"])

    def text(self, lang: str = "en") -> str:
        return self.texts.get(lang, self.texts["en"])

    def configs(self) -> tuple[Config, ...]:
        """Every run: side A, and side B of an A/B preset."""
        b = self.config_b()
        return (self.config(),) if b is None else (self.config(), b)

    def config(self) -> Config:
        """Side A (or the only side): the defaults with this preset's changes."""
        return Config.from_mapping(self.changes)

    def config_b(self) -> Config | None:
        """Side B of an A/B preset."""
        if self.compare is None:
            return None
        return self.config().replace(**self.compare)


@cache
def registry() -> Registry[Preset]:
    """Every preset, in the file's order."""
    data = json.loads(resource_path("presets", "presets.json").read_text(encoding="utf-8"))
    presets: Registry[Preset] = Registry("preset")
    for name, entry in data.items():
        presets.add(
            name,
            Preset(
                name=name,
                group=entry["group"],
                titles=entry["title"],
                texts=entry["text"],
                changes=entry["config"],
                compare=entry.get("compare"),
            ),
        )
    return presets


def get(name: str) -> Preset:
    """The preset called `name`; the error lists valid names."""
    try:
        return registry().get(name)
    except UnknownNameError as error:
        raise ConfigError(str(error)) from None


def names() -> list[str]:
    return registry().names()
