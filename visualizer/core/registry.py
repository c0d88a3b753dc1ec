"""One small name -> item registry with aliases, shared by every pluggable kind."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class UnknownNameError(ValueError):
    """Raised by `Registry.get` for a name it does not hold; the message lists valid names."""


class Registry(Generic[T]):
    """Maps canonical snake_case names (and aliases) to items, in insertion order."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}
        self._aliases: dict[str, str] = {}

    def add(self, name: str, item: T, aliases: tuple[str, ...] = ()) -> T:
        """Register `item` under `name` and its `aliases`; returns the item."""
        if name in self._items or name in self._aliases:
            raise ValueError(f"{self.kind} {name!r} is already registered")
        self._items[name] = item
        for alias in aliases:
            self._aliases[alias] = name
        return item

    def canonical(self, name: str) -> str:
        """The canonical name for `name` or one of its aliases (case-insensitive)."""
        key = str(name).strip().lower().replace("-", "_")
        if key in self._items:
            return key
        if key in self._aliases:
            return self._aliases[key]
        raise UnknownNameError(f"unknown {self.kind} {name!r}; valid: {', '.join(self.names())}")

    def get(self, name: str) -> T:
        """The item registered under `name` (or an alias); error lists the valid names."""
        return self._items[self.canonical(name)]

    def names(self) -> list[str]:
        """Canonical names in registration order."""
        return list(self._items)

    def aliases(self) -> dict[str, str]:
        """alias -> canonical name."""
        return dict(self._aliases)

    def __contains__(self, name: object) -> bool:
        try:
            self.canonical(str(name))
        except UnknownNameError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)
