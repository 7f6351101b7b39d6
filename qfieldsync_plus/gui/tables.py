"""Read-only tables as the dock shows them."""

from __future__ import annotations

from typing import List

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


FITTED_ROWS = 1000  # longer tables are not fitted to their wrapped text (it takes seconds)


class ReadOnlyTable(QTableWidget):
    """A table whose rows follow their wrapped text when the columns change width."""

    def fit_rows(self) -> None:
        """Fit the rows' heights (see :func:`fit_rows`)."""
        fit_rows(self)


def read_only_table(headers: List[str], stretched: int = 1) -> QTableWidget:
    """A read-only table; the last ``stretched`` columns share the spare width and wrap."""
    table = ReadOnlyTable(0, len(headers))
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
    header.sectionResized.connect(lambda *_: QTimer.singleShot(0, table.fit_rows))
    return table


def fit_rows(table: QTableWidget) -> None:
    """Fit the rows' heights to their wrapped text; a table past FITTED_ROWS keeps one row height."""
    if table.rowCount() <= FITTED_ROWS:
        table.resizeRowsToContents()


def item(text: str, tooltip: str = "") -> QTableWidgetItem:
    """A cell showing ``text`` (its tooltip: ``tooltip``, else the text)."""
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip or text)
    return item
