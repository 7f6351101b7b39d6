"""Read-only tables as the dock shows them."""

from __future__ import annotations

from typing import List

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def read_only_table(headers: List[str], stretched: int = 1) -> QTableWidget:
    """A read-only table; the last ``stretched`` columns share the spare width and wrap."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = QHeaderView.Stretch if column >= len(headers) - stretched else QHeaderView.ResizeToContents
        header.setSectionResizeMode(column, mode)
    # Wrapped rows need their height again once the columns have their final widths.
    header.sectionResized.connect(lambda *_: QTimer.singleShot(0, table.resizeRowsToContents))
    return table


def item(text: str, tooltip: str = "") -> QTableWidgetItem:
    """A cell showing ``text`` (its tooltip: ``tooltip``, else the text)."""
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip or text)
    return item
