"""Every preset builds, and explains itself in English and Korean in a few sentences."""

import re

import pytest

from visualizer.core import presets
from visualizer.core.config import Config, ConfigError

NAMES = presets.names()


def sentences(text: str) -> int:
    """Rough count: '.', '!' or '?' followed by whitespace or the end (not '0.5' or 'ch. 6')."""
    return len(re.findall(r"[.!?](?=\s+[^\s\d]|\s*$)", text.strip()))


def test_there_are_presets_for_the_design_lessons():
    expected = {"sigmoid_std1", "sigmoid_std001", "relu_std001", "relu_xavier", "relu_he"}
    expected |= {"selu_lecun", "zero_init", "init_compare_digits", "batchnorm_rescue"}
    expected |= {"exploding_gradients", "optimizer_race", "dead_relu", "overfitting"}
    assert expected <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_preset_config_constructs(name):
    preset = presets.get(name)
    assert isinstance(preset.config(), Config)
    if preset.compare is not None:
        side_b = preset.config_b()
        assert isinstance(side_b, Config) and side_b != preset.config()
    else:
        assert preset.config_b() is None


@pytest.mark.parametrize("name", NAMES)
def test_preset_has_english_and_korean_title_and_text(name):
    preset = presets.get(name)
    for lang in ("en", "ko"):
        assert preset.titles[lang].strip(), lang
        assert preset.texts[lang].strip(), lang
    assert re.search("[가-힣]", preset.texts["ko"]) and re.search("[가-힣]", preset.titles["ko"])


@pytest.mark.parametrize("name", NAMES)
def test_english_text_has_two_to_four_sentences(name):
    assert 2 <= sentences(presets.get(name).texts["en"]) <= 4


@pytest.mark.parametrize(
    "name",
    NAMES,
)
def test_korean_text_has_two_to_four_sentences(name):
    assert 2 <= sentences(presets.get(name).texts["ko"]) <= 4


def test_unknown_preset_is_a_config_error_listing_names():
    with pytest.raises(ConfigError, match="relu_he"):
        presets.get("nope")
