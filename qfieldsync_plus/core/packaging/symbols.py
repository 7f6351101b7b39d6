"""Symbol files outside the project (SVG and raster markers by absolute path) travel with the package.

libqfieldsync makes such symbols independent of the computer that packaged them; here the file is
copied into the package's ``symbols/`` folder and the symbol points at the copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsRasterMarkerSymbolLayer,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSvgMarkerSymbolLayer,
    QgsSymbol,
    QgsVectorLayer,
)

from ..checks.sources import is_inside
from .files import copy_file

SYMBOLS_DIR = "symbols"


class SymbolEmbedder:
    """Copies each outside symbol file once into ``build_dir/symbols`` and repoints the symbols."""

    def __init__(self, project_dir: Path, build_dir: Path) -> None:
        self.project_dir, self.build_dir = project_dir, build_dir
        self.copied: Dict[Path, Path] = {}

    def _embedded(self, path: Path) -> Path:
        if path not in self.copied:
            taken = set(self.copied.values())
            target, number = self.build_dir / SYMBOLS_DIR / path.name, 2
            while target in taken:
                target, number = self.build_dir / SYMBOLS_DIR / f"{path.stem}_{number}{path.suffix}", number + 1
            copy_file(path, target)
            self.copied[path] = target
        return self.copied[path]

    def _update(self, symbol: QgsSymbol) -> None:
        for symbol_layer in symbol.symbolLayers():
            if isinstance(symbol_layer, (QgsSvgMarkerSymbolLayer, QgsRasterMarkerSymbolLayer)):
                path = Path(symbol_layer.path())
                if path.is_absolute() and path.is_file() and not is_inside(path, self.project_dir):
                    symbol_layer.setPath(str(self._embedded(path)))
            if symbol_layer.subSymbol() is not None:
                self._update(symbol_layer.subSymbol())

    def embed(self, layer: QgsVectorLayer) -> None:
        """Repoint the outside symbol files of ``layer``'s renderer at copies in the package."""
        renderer = layer.renderer()
        if isinstance(renderer, QgsSingleSymbolRenderer) and renderer.symbol() is not None:
            self._update(renderer.symbol())
        elif isinstance(renderer, QgsCategorizedSymbolRenderer):
            for index, category in enumerate(renderer.categories()):
                symbol = category.symbol().clone()
                self._update(symbol)
                renderer.updateCategorySymbol(index, symbol)
        elif isinstance(renderer, QgsGraduatedSymbolRenderer):
            for index, graduated in enumerate(renderer.ranges()):
                symbol = graduated.symbol().clone()
                self._update(symbol)
                renderer.updateRangeSymbol(index, symbol)
        elif isinstance(renderer, QgsRuleBasedRenderer):
            for rule in renderer.rootRule().descendants():
                if rule.symbol() is not None:
                    self._update(rule.symbol())

    def names(self) -> List[str]:
        """The copied files, relative to the package folder."""
        return sorted(p.relative_to(self.build_dir).as_posix() for p in self.copied.values())
