"""Find and key features in one OGR layer of a write session."""

from __future__ import annotations

from typing import Dict, Optional

from osgeo import gdal, ogr

from ..i18n import tr
from .limits import INT64, SHAPEFILE, Source
from .sessions import Session, SourceError, is_connection_lost
from .targets import LayerTarget


def _writable_type(layer_type: int, driver: str) -> int:
    """The geometry type features of the layer may have: a Shapefile line or polygon layer holds multi-part ones too."""
    flat = ogr.GT_Flatten(layer_type)
    if driver == SHAPEFILE and flat in (ogr.wkbLineString, ogr.wkbPolygon):
        multi = ogr.GT_GetCollection(flat)
        multi = ogr.GT_SetZ(multi) if ogr.GT_HasZ(layer_type) else multi
        return ogr.GT_SetM(multi) if ogr.GT_HasM(layer_type) else multi
    return layer_type


class LayerAccess:
    """An OGR layer with its key: the OGR feature id, or a field (indexed on first use)."""

    def __init__(self, session: Session, target: LayerTarget) -> None:
        self.session, self.target = session, target
        self.layer: ogr.Layer = session.layer(target.ogr_layer_names)
        self.defn: ogr.FeatureDefn = self.layer.GetLayerDefn()
        self.field_index: Dict[str, int] = {self.defn.GetFieldDefn(i).GetName(): i
                                            for i in range(self.defn.GetFieldCount())}
        driver = session.dataset.GetDriver().ShortName if session.dataset is not None else ""
        encoding = (self.layer.GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE") or "") if driver == SHAPEFILE else ""
        self.source = Source(target.name, driver, encoding)
        self.geometry_type = _writable_type(self.layer.GetGeomType(), driver)
        self.spatial = self.geometry_type != ogr.wkbNone
        fid_column = self.layer.GetFIDColumn() or ""
        pk = target.pk_name
        self.pk_name = pk or fid_column or "fid"
        self.pk_is_fid = pk is None or pk == fid_column or pk not in self.field_index
        self.pk_field = None if self.pk_is_fid else self.field_index[pk]
        self.pk_is_integer = self.pk_is_fid or self.defn.GetFieldDefn(self.pk_field).GetType() in (
            ogr.OFTInteger, ogr.OFTInteger64)
        self._index: Optional[Dict[str, int]] = None
        self._max_pk = 0

    def _build_index(self) -> Dict[str, int]:
        index: Dict[str, int] = {}
        names = [self.defn.GetFieldDefn(i).GetName() for i in range(self.defn.GetFieldCount())
                 if i != self.pk_field]
        self.layer.SetIgnoredFields(names + ["OGR_GEOMETRY", "OGR_STYLE"])
        self.layer.ResetReading()
        for feature in self.layer:
            if not feature.IsFieldSetAndNotNull(self.pk_field):
                continue
            value = feature.GetField(self.pk_field)
            key = str(value)
            index[key] = feature.GetFID()
            if self.pk_is_integer:
                self._max_pk = max(self._max_pk, int(value))
        self.layer.SetIgnoredFields([])
        self.layer.ResetReading()
        gdal.ErrorReset()
        return index

    @property
    def index(self) -> Dict[str, int]:
        """Key value → OGR feature id (field keys only)."""
        if self._index is None:
            self._index = self._build_index()
        return self._index

    def normalise(self, pk: str) -> Optional[str]:
        """``pk`` as the layer stores it (integers without decoration); None if it cannot be a key."""
        if not self.pk_is_integer:
            return pk
        try:
            number = int(str(pk).strip())
        except ValueError:
            try:
                real = float(pk)
            except (TypeError, ValueError):
                return None
            if not real.is_integer():  # also NaN and Infinity
                return None
            number = int(real)
        return str(number) if INT64[0] <= number <= INT64[1] else None

    def find(self, pk: str) -> Optional[ogr.Feature]:
        """The feature with key ``pk``, or None."""
        key = self.normalise(pk)
        if key is None:
            return None
        if self.pk_is_fid:
            gdal.ErrorReset()
            feature = self.layer.GetFeature(int(key))
            if feature is None:
                message = gdal.GetLastErrorMsg()
                gdal.ErrorReset()
                if is_connection_lost(message):  # a missing feature is not an error; a lost connection is
                    raise SourceError(tr("Cannot read feature {pk}: {error}").format(pk=key, error=message), True)
            return feature
        fid = self.index.get(key)
        return self.layer.GetFeature(fid) if fid is not None else None

    def exists(self, pk: str) -> bool:
        """True when a feature with key ``pk`` exists."""
        return self.find(pk) is not None

    def next_integer_key(self) -> int:
        """A free integer value for a key field (max + 1)."""
        self.index  # noqa: B018 - builds the index and the maximum
        self._max_pk += 1
        return self._max_pk

    def key_of(self, feature: ogr.Feature) -> str:
        """The key value of ``feature`` as text."""
        return str(feature.GetFID()) if self.pk_is_fid else str(feature.GetField(self.pk_field))

    def remember(self, feature: ogr.Feature) -> None:
        """Add a written feature to the key index."""
        if not self.pk_is_fid and self._index is not None:
            self._index[self.key_of(feature)] = feature.GetFID()

    def forget(self, pk: str) -> None:
        """Remove a deleted feature's key from the index."""
        if not self.pk_is_fid and self._index is not None:
            self._index.pop(self.normalise(pk) or pk, None)
