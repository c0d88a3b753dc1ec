"""The one Registry every pluggable kind uses."""

import pytest

from visualizer.core.registry import Registry, UnknownNameError


def test_names_aliases_and_case_insensitive_lookup():
    registry: Registry[int] = Registry("thing")
    registry.add("first_one", 1, aliases=("first", "one"))
    registry.add("second", 2)
    assert registry.names() == ["first_one", "second"]
    assert registry.aliases() == {"first": "first_one", "one": "first_one"}
    assert registry.get("First-One") == 1 and registry.get("one") == 1
    assert "ONE" in registry and "third" not in registry
    assert len(registry) == 2 and list(registry) == ["first_one", "second"]


def test_unknown_name_lists_the_valid_ones_and_duplicates_are_refused():
    registry: Registry[int] = Registry("thing")
    registry.add("alpha", 1, aliases=("a",))
    with pytest.raises(UnknownNameError, match="unknown thing 'beta'; valid: alpha"):
        registry.get("beta")
    with pytest.raises(ValueError, match="already registered"):
        registry.add("a", 2)
