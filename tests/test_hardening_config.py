"""Configuration files that used to crash the loader: deep nesting, huge numbers, a BOM."""

from __future__ import annotations

import json

import pytest

from visualizer.app import main
from visualizer.core.config import Config, ConfigError, load_json


def one_line_error(capsys, argv, *fragments):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("visualizer: error: ") and err.count("\n") == 1
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err
    return err


def test_deeply_nested_json_is_a_config_error(tmp_path, capsys):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ConfigError, match="nested too deeply"):
        load_json(path)
    one_line_error(capsys, ["run", "--config", str(path), "--steps", "0"], "nested too deeply")


@pytest.mark.parametrize(
    ("key", "literal"),
    [
        ("width", "1" + "0" * 400),
        ("batch_size", "1" + "0" * 400),  # no upper bound: used to overflow in validation
        ("samples", "-1" + "0" * 400),
        ("seed", "1" + "0" * 30),
        ("lr", "1" + "0" * 400),  # an integer literal for a float key
        ("lr", "1e400"),  # JSON reads it as infinity
        ("width", "1e400"),
    ],
)
def test_huge_numbers_are_out_of_range(tmp_path, capsys, key, literal):
    path = tmp_path / "huge.json"
    path.write_text(f'{{"{key}": {literal}}}')
    with pytest.raises(ConfigError, match=f"^{key}: .* out of range"):
        Config.from_mapping(load_json(path))
    err = one_line_error(capsys, ["run", "--config", str(path), "--steps", "0"], key)
    assert len(err) < 200  # the 400 digits are shortened


def test_a_number_with_more_digits_than_python_converts_is_a_config_error(tmp_path):
    path = tmp_path / "digits.json"
    path.write_text('{"width": 1' + "0" * 5000 + "}")
    with pytest.raises(ConfigError, match="too long"):
        load_json(path)


@pytest.mark.parametrize("text", ["1" + "0" * 400, "-1e999", "inf", "nan"])
def test_huge_numbers_from_the_command_line_are_out_of_range(capsys, text):
    one_line_error(capsys, ["run", "--set", f"batch_size={text}", "--steps", "0"], "batch_size")


def test_large_exact_integers_stay_exact():
    assert Config(seed="4294967295").seed == 2**32 - 1
    assert Config(seed=4294967295).seed == 2**32 - 1
    assert Config(width="2e3").width == 2000


def test_a_configuration_saved_with_a_utf8_bom_loads(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"depth": 7}).encode())
    assert Config.from_mapping(load_json(path)).depth == 7


def test_an_empty_dataset_says_so(capsys):
    one_line_error(capsys, ["run", "--set", "dataset=", "--steps", "0"], "dataset: empty")
    with pytest.raises(ConfigError, match="dataset: empty"):
        Config(dataset="  ")


@pytest.mark.gui
def test_the_window_shows_a_deep_file_in_the_banner_and_keeps_its_configuration(qtbot, tmp_path):
    from visualizer.ui.main_window import MainWindow

    small = Config(dataset="moons", samples=100, depth=2, width=8)
    window = MainWindow([small], live=False)
    qtbot.addWidget(window)
    window.show()
    path = tmp_path / "deep.json"
    path.write_text("{" + '"a": {' * 50_000 + "}" * 50_001)
    assert not window.file_menu.read_config(path)
    assert window.banner.isVisible() and "nested too deeply" in window.banner.text()
    assert window.controls.configs()[0] == small
