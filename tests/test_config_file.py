"""Reading a configuration file in a child process (core.config_file): the window's way
for large files; one pickled protocol message with the runs or the error."""

from __future__ import annotations

import json
import subprocess
import sys

from visualizer.core import config_file
from visualizer.core.config import Config
from visualizer.core.protocol import ConfigsRead, Error
from visualizer.core.runs import runs_to_mapping


def test_a_valid_file_gives_its_runs(tmp_path):
    runs = (Config(depth=4), Config(depth=4, optimizer="adam"))
    path = tmp_path / "runs.json"
    path.write_text(json.dumps(runs_to_mapping(runs)))
    assert config_file.read(str(path)) == ConfigsRead(runs)


def test_a_bad_file_gives_the_loaders_one_line_error(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"depth": 0}')
    answer = config_file.read(str(path))
    assert isinstance(answer, Error) and "depth" in answer.message


def test_the_module_writes_one_protocol_message():
    done = subprocess.run(
        [sys.executable, "-m", "visualizer.core.config_file", "/no/such/file.json"],
        capture_output=True,
        check=True,
    )
    answer = config_file.answer(done.stdout)
    assert isinstance(answer, Error) and "does not exist" in answer.message
    assert config_file.answer(b"") is None and config_file.answer(b"not a pickle") is None
    assert config_file.main([]) == 2
