"""Regenerate the Korean translation: pyside6-lupdate collects every tr() string of the UI
into resources/translations/visualizer_ko.ts, the Korean texts come from
resources/translations/ko.json (source text -> translation, edited by hand), and
pyside6-lrelease compiles visualizer_ko.qm, which the app loads.

    .venv/bin/python tools/update_translations.py      (exit 1 lists untranslated strings)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
CORE_CONTEXT = "core"  # ui.i18n.CORE_CONTEXT


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "visualizer" / "ui").rglob("*.py"))


def core_texts() -> list[str]:
    """Texts the core declares and the window shows (ui.i18n.core_text): the keys' labels,
    help and group titles (`declared_korean`), dataset titles, why the theory does not
    apply."""
    sys.path.insert(0, str(ROOT))
    from visualizer.core import dataset_names as datasets
    from visualizer.core.prediction import NotApplicable

    texts = list(declared_korean())
    texts += [datasets.DATASETS.get(name).title for name in datasets.DATASETS.names()]
    texts += [reason.text for reason in NotApplicable]
    return list(dict.fromkeys(texts))


def declared_korean() -> dict[str, str]:
    """English -> Korean of every text the key declarations carry in both languages."""
    sys.path.insert(0, str(ROOT))
    from visualizer.core.keys import KEYS, Group

    texts = [group.value for group in Group]
    for key in KEYS:
        texts += [key.label, key.help, *key.choice_help.values()]
        if key.none_text is not None:
            texts.append(key.none_text)
    return {text.en: text.ko for text in texts}


def collect(ts_file: Path) -> None:
    """Run pyside6-lupdate over the UI sources into `ts_file`, then add the core's texts
    in their own context."""
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", *ui_sources(), "-ts", str(ts_file)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts_file)
    root = tree.getroot()
    for old in root.findall("context"):
        if old.findtext("name") == CORE_CONTEXT:
            root.remove(old)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CORE_CONTEXT
    for text in core_texts():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="unfinished")
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def source_texts(ts_file: Path) -> list[str]:
    return [m.findtext("source") for m in ET.parse(ts_file).getroot().iter("message")]


def fill(ts_file: Path, translations: dict[str, str]) -> list[str]:
    """Write the translations into the .ts; returns the sources left untranslated."""
    tree = ET.parse(ts_file)
    root = tree.getroot()
    root.set("language", "ko_KR")
    missing = []
    for message in root.iter("message"):
        source = message.findtext("source")
        target = message.find("translation")
        if source in translations:
            target.text = translations[source]
            target.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    ts_file = FOLDER / "visualizer_ko.ts"
    collect(ts_file)
    translations = json.loads((FOLDER / "ko.json").read_text(encoding="utf-8"))
    translations |= declared_korean()
    missing = fill(ts_file, translations)
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file), "-qm", str(FOLDER / "visualizer_ko.qm")],
        check=True,
        capture_output=True,
    )
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
