"""The window as real vector files: SVG with <text> elements, PDF with embedded fonts, Korean
included; any other suffix is refused before training."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zlib

import pytest

from visualizer import export_command as export
from visualizer.app import main
from visualizer.core.config import Config
from visualizer.export_command import trained_frame
from visualizer.ui import exporting

pytestmark = pytest.mark.gui
SVG = "{http://www.w3.org/2000/svg}"
SMALL = ["--set", "dataset=moons", "samples=100", "depth=2", "width=8", "--steps", "3"]
TRAIN_KO = "훈련"  # the loss legend's "train" in Korean


def svg_texts(data: bytes) -> list[str]:
    root = ET.fromstring(data)
    assert root.tag == f"{SVG}svg"
    return ["".join(node.itertext()).strip() for node in root.iter(f"{SVG}text")]


def pdf_unicode_text(data: bytes) -> str:
    """Every character the PDF's ToUnicode maps give its glyphs (what a reader extracts as
    text): bfchar lines '<glyph> <char>', bfrange lines '<lo> <hi> <first char>' or
    '<lo> <hi> [<char> ...]'."""
    assert data.startswith(b"%PDF-")
    assert b"/FontFile2" in data and b"/ToUnicode" in data  # embedded fonts, text as text
    characters: list[int] = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            text = zlib.decompress(stream)
        except zlib.error:
            text = stream  # Qt writes the ToUnicode maps uncompressed
        if b"begincmap" not in text:
            continue
        for line in text.split(b"endcodespacerange")[1].splitlines():
            codes = [int(code, 16) for code in re.findall(rb"<([0-9A-Fa-f]+)>", line)]
            if b"[" in line:
                characters += codes[2:]
            elif len(codes) == 3:
                characters += range(codes[2], codes[2] + codes[1] - codes[0] + 1)
            elif len(codes) == 2:
                characters.append(codes[1])
    return "".join(map(chr, characters))


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_cli_export_writes_an_svg_with_text(tmp_path, capsys, lang):
    out = tmp_path / "window.svg"
    assert main(["export", *SMALL, "--lang", lang, "--size", "1200x800", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert not data.startswith(b"\x89PNG")
    texts = svg_texts(data)
    assert len(texts) > 50
    assert (TRAIN_KO if lang == "ko" else "train") in texts
    assert 'viewBox="0 0 1200 800"' in data.decode()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_cli_export_writes_a_pdf_with_fonts(tmp_path, capsys, lang):
    out = tmp_path / "window.pdf"
    assert main(["export", *SMALL, "--lang", lang, "--out", str(out)]) == 0
    text = pdf_unicode_text(out.read_bytes())
    assert set(TRAIN_KO if lang == "ko" else "train") <= set(text)


@pytest.mark.parametrize("name", ["x.jpg", "x.SVGZ", "x", "x.png.txt"])
def test_cli_export_refuses_other_suffixes_before_training(tmp_path, capsys, monkeypatch, name):
    monkeypatch.setattr(export, "trained_frame", lambda *a: pytest.fail("trained"))
    assert main(["export", *SMALL, "--out", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert err == f"visualizer: error: --out: {name!r} must end in .png, .svg, .pdf\n"
    assert not list(tmp_path.iterdir())


def test_cli_export_accepts_upper_case_suffixes(tmp_path, capsys):
    out = tmp_path / "W.PDF"
    assert main(["export", *SMALL, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.fixture
def window(make_window):
    config = Config(dataset="moons", samples=100, depth=2, width=8)
    win = make_window([config], live=False, size=(1000, 700))
    win.show_frame(trained_frame([config], 3)[0])
    return win


def test_the_file_menu_exports_the_window_as_svg_and_pdf_with_the_footer(window, tmp_path):
    window.file_menu.stamp_action.setChecked(True)
    assert window.file_menu.write_window(tmp_path / "w.svg", 2.0)
    texts = svg_texts((tmp_path / "w.svg").read_bytes())
    assert "train" in texts and any("depth=2" in text for text in texts)
    assert window.file_menu.write_window(tmp_path / "w.pdf", 1.0)
    assert set("depth=") <= set(pdf_unicode_text((tmp_path / "w.pdf").read_bytes()))
    window.file_menu.stamp_action.setChecked(False)


def test_the_file_menu_refuses_another_suffix_with_a_banner(window, tmp_path):
    assert not window.file_menu.write_window(tmp_path / "w.gif", 1.0)
    assert "choose a .png, .svg or .pdf file name" in window.banner.text()
    assert not list(tmp_path.iterdir())


def test_vector_documents_have_the_window_size(window):
    svg = exporting.vector_bytes(window, ".svg").decode()
    assert 'viewBox="0 0 1000 700"' in svg
    pdf = exporting.vector_bytes(window, ".pdf")
    assert re.search(rb"/MediaBox \[0 0 1000(\.0+)? 700(\.0+)?\]", pdf)
