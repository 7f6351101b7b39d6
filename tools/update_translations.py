"""Merge strings extracted by pylupdate5 into the plugin's .ts files (one context, QFieldSyncPlus).

pylupdate5 files calls of our ``tr()`` helper under the context ``@default``; at run time they are
looked up under ``QFieldSyncPlus`` (core/i18n.py). This moves every message into that context,
keeps existing translations, marks new messages unfinished and drops messages no longer in the code.

Usage: python tools/update_translations.py EXTRACTED.ts TARGET.ts [TARGET.ts …]
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Dict, List, Tuple

CONTEXT = "QFieldSyncPlus"


def extracted_messages(path: Path) -> List[Tuple[str, List[Tuple[str, str]]]]:
    """(source, [(file, line)…]) for every message, in first-seen order, duplicates merged."""
    found: Dict[str, List[Tuple[str, str]]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        locations = [(l.get("filename", ""), l.get("line", "")) for l in message.findall("location")]
        found.setdefault(source, []).extend(locations)
    return list(found.items())


def existing_translations(path: Path) -> Dict[str, str]:
    """source → finished translation of an existing .ts file."""
    if not path.is_file():
        return {}
    result = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") not in ("unfinished", "obsolete",
                                                                                              "vanished"):
            result[message.findtext("source") or ""] = translation.text
    return result


def language_of(path: Path) -> str:
    """``de`` from ``qfieldsync_plus_de.ts``."""
    return path.stem.rsplit("_", 1)[-1]


def write_ts(path: Path, messages, translations: Dict[str, str], extracted_dir: Path) -> Tuple[int, int]:
    """Write ``path``; return (translated, unfinished) counts."""
    root = ET.Element("TS", version="2.1", language=language_of(path))
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    done = todo = 0
    for source, locations in messages:
        message = ET.SubElement(context, "message")
        for filename, line in locations:
            relative = Path(extracted_dir, filename).resolve()
            try:
                filename = relative.relative_to(path.parent.resolve()).as_posix()
            except ValueError:
                filename = Path("..", relative.relative_to(path.parent.parent.resolve())).as_posix()
            ET.SubElement(message, "location", filename=filename, line=line)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in translations:
            translation.text = translations[source]
            done += 1
        else:
            translation.set("type", "unfinished")
            todo += 1
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return done, todo


def main(argv: List[str]) -> int:
    """Merge the extracted file into every target."""
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    extracted = Path(argv[0])
    messages = extracted_messages(extracted)
    for target in map(Path, argv[1:]):
        done, todo = write_ts(target, messages, existing_translations(target), extracted.parent)
        print(f"{target}: {done} translated, {todo} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
