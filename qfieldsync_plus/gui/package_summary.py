"""What a package job made: where the package is, what each layer became, how big it is."""

from __future__ import annotations

from html import escape
from typing import Any, Dict, List, Optional

from qgis.PyQt.QtCore import QUrl

from ..core.i18n import tr
from ..core.packaging import actions


def size_text(size: int) -> str:
    """``812 bytes``, ``4.2 KB``, ``12.5 MB`` or ``1.3 GB``."""
    if size < 1000:
        return tr("{size} bytes").format(size=size)
    for unit, factor in ((tr("GB"), 1e9), (tr("MB"), 1e6), (tr("KB"), 1e3)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return str(size)


def _what_became(row: Dict[str, Any]) -> str:
    action = row.get("action")
    if action == actions.OFFLINE:
        return tr("offline into data.gpkg (table {table}) with {count} features").format(
            table=row.get("table", ""), count=row.get("features", 0))
    if action == actions.COPY:
        return tr("copied to {file} ({size})").format(file=row.get("file", ""),
                                                     size=size_text(row.get("size_bytes", 0)))
    if action == actions.KEEP_EXISTENT:
        return tr("copied to {file} only where QField has no copy yet (kept on the device)").format(
            file=row.get("file", ""))
    if action == actions.REMOVE:
        return tr("removed from the package")
    return tr("kept as it is: QField reads its source directly")


def _why(row: Dict[str, Any]) -> str:
    if row.get("prevention_reason") and row.get("warnings"):
        return str(row["warnings"][0])
    if row.get("action_configured"):
        return tr("as set in the layer's QField properties")
    return tr("the default for layers of the {provider} provider").format(provider=row.get("provider", ""))


def package_summary_html(outputs: Optional[Dict[str, Any]]) -> List[str]:
    """Summary lines (HTML) of a finished package job's ``package_project`` outputs (empty when none)."""
    if not outputs or not outputs.get("package_dir"):
        return []
    folder = outputs["package_dir"]
    lines = [tr("Package in {link}, {size} in all.").format(
        link='<a href="{url}">{folder}</a>'.format(url=QUrl.fromLocalFile(folder).toString(), folder=escape(folder)),
        size=size_text(int(outputs.get("package_bytes") or 0)))]
    for row in outputs.get("layers") or []:
        lines.append("&nbsp;&nbsp;• <b>{name}</b>: {what} ({why})".format(
            name=escape(str(row.get("name", ""))), what=escape(_what_became(row)), why=escape(_why(row))))
    for warning in outputs.get("warnings") or []:
        lines.append("⚠ " + escape(str(warning)))
    return lines
