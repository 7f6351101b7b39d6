"""Apply one delta (create, patch, delete) to a layer, finding conflicts first."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from osgeo import gdal, ogr

from ..i18n import tr
from . import geometry as geom
from .layer_access import LayerAccess
from .sessions import SourceError
from .values import ValueError_, read_value, show, values_equal, write_value

CONFLICT, ERROR = "CONFLICT", "ERROR"


FIELD, SOURCE = "field", "source"  # a conflict resolution: take the field's value, keep the source's
ALL = "*"  # the resolution key that stands for every attribute (and the geometry) of a delta
GEOMETRY = "geometry"


class DeltaProblem(Exception):
    """Why a delta was not applied: ``e_type`` CONFLICT or ERROR (``details``: the conflicting values)."""

    def __init__(self, message: str, e_type: str = ERROR, conflicts: Optional[List[str]] = None,
                 provider_errors: Optional[str] = None, connection_lost: bool = False,
                 details: Optional[List[Dict[str, Any]]] = None) -> None:
        super().__init__(message)
        self.e_type, self.conflicts, self.provider_errors = e_type, conflicts, provider_errors
        self.connection_lost, self.details = connection_lost, details


@dataclass
class Done:
    """A delta applied: the feature's key before and after, and notes for the message."""

    feature_pk: Optional[str]
    modified_pk: Optional[str]
    notes: List[str] = field(default_factory=list)


@dataclass
class Conflict:
    """One attribute (or the geometry) whose source value is not the delta's old value."""

    name: str
    message: str
    old: str
    source: str


def find_conflicts(access: LayerAccess, feature: ogr.Feature, old: Dict[str, Any]) -> List[Conflict]:
    """Differences between the delta's ``old`` values and the current feature, one per attribute."""
    found: List[Conflict] = []
    for name, expected in (old.get("attributes") or {}).items():
        index = access.field_index.get(name)
        if name == access.pk_name or name in access.target.skipped_fields or index is None:
            continue
        defn = access.defn.GetFieldDefn(index)
        current = read_value(feature, index, defn)
        if not values_equal(current, expected, defn):
            found.append(Conflict(name, tr('attribute "{name}": expected {expected} (the value when the edit was '
                                           "made), found {current}").format(
                name=name, expected=show(expected), current=show(current)), show(expected), show(current)))
    if "geometry" in old and access.spatial:
        try:
            expected_geometry = geom.parse_wkt(old.get("geometry"))
            if expected_geometry is not None and not expected_geometry.IsEmpty():  # empty compares as NULL
                expected_geometry = geom.fit_to_layer(expected_geometry, access.geometry_type, dimensions=False)
        except geom.GeometryError as err:
            message = tr("geometry: the delta's old geometry is unusable ({error})").format(error=err)
            found.append(Conflict(GEOMETRY, message, str(old.get("geometry")), ""))
            return found
        current_geometry = feature.GetGeometryRef()
        if not geom.geometries_equal(current_geometry, expected_geometry):
            found.append(Conflict(GEOMETRY, tr("geometry: expected {expected}, found {current}").format(
                expected=geom.show(expected_geometry), current=geom.show(current_geometry)),
                geom.show(expected_geometry), geom.show(current_geometry)))
    return found


def choice_for(resolution: Dict[str, str], name: str) -> Optional[str]:
    """The user's choice (FIELD, SOURCE or None) for attribute ``name`` of a delta."""
    return resolution.get(name, resolution.get(ALL))


def _check_conflicts(access: LayerAccess, feature: ogr.Feature, delta: Dict[str, Any], overwrite: bool,
                     resolution: Dict[str, str], notes: List[str]) -> List[str]:
    """Raise for conflicts nobody decided; the names of the conflicting attributes whose source value is kept."""
    conflicts = find_conflicts(access, feature, delta.get("old") or {})
    undecided = [c for c in conflicts if choice_for(resolution, c.name) is None]
    if undecided and not overwrite:
        new = delta.get("new") or {}
        new_values = dict(new.get("attributes") or {})
        details = [{"name": c.name, "old": c.old, "source": c.source,
                    "new": (str(new.get(GEOMETRY)) if c.name == GEOMETRY and GEOMETRY in new
                            else show(new_values[c.name]) if c.name in new_values else None)}
                   for c in conflicts]
        raise DeltaProblem(tr("There are conflicts with the already existing feature!"), CONFLICT,
                           [c.message for c in conflicts], details=details)
    kept = [c.name for c in conflicts if choice_for(resolution, c.name) == SOURCE]
    taken = [c.message for c in conflicts if c.name not in kept]
    if taken:
        notes.append(tr("conflicts overwritten: {conflicts}").format(conflicts="; ".join(taken)))
    if kept:
        notes.append(tr("kept the source's value of {names}").format(names=", ".join(kept)))
    return kept


def _set_attributes(access: LayerAccess, feature: ogr.Feature, attributes: Dict[str, Any]) -> None:
    for name, value in attributes.items():
        if name == access.pk_name or name in access.target.skipped_fields:
            continue
        index = access.field_index.get(name)
        if index is None:
            raise DeltaProblem(tr('The layer "{layer}" has no field "{name}".').format(
                layer=access.target.name, name=name))
        try:
            write_value(feature, index, access.defn.GetFieldDefn(index), value, access.source)
        except ValueError_ as err:
            raise DeltaProblem(str(err))


def _set_geometry(access: LayerAccess, feature: ogr.Feature, values: Dict[str, Any], notes: List[str]) -> None:
    if "geometry" not in values:
        return
    wkt = values.get("geometry")
    if not access.spatial:
        if wkt:
            notes.append(tr("geometry ignored: the layer has no geometry"))
        return
    try:
        feature.SetGeometry(geom.fit_to_layer(geom.parse_wkt(wkt), access.geometry_type))
    except geom.GeometryError as err:
        raise DeltaProblem(tr("Geometry not applicable: {error}").format(error=err))


def _write(access: LayerAccess, call, feature_or_fid, what: str) -> None:
    gdal.ErrorReset()
    try:
        access.session.check(call(feature_or_fid), what)
    except SourceError as err:
        raise DeltaProblem(str(err), provider_errors=str(err), connection_lost=err.connection_lost)


def _existing(access: LayerAccess, pk: Optional[str]) -> ogr.Feature:
    if not pk:
        raise DeltaProblem(tr("The delta names no feature (empty sourcePk and no key from a create)."))
    try:
        feature = access.find(pk)
    except SourceError as err:
        raise DeltaProblem(str(err), provider_errors=str(err), connection_lost=err.connection_lost)
    if feature is None:
        raise DeltaProblem(tr('Unable to find feature with key {pk} in layer "{layer}".').format(
            pk=pk, layer=access.target.name))
    return feature


def patch(access: LayerAccess, delta: Dict[str, Any], pk: Optional[str], overwrite: bool,
          resolution: Optional[Dict[str, str]] = None) -> Done:
    """Change the attributes and geometry given in ``new``, except those whose source value the user keeps."""
    resolution = resolution or {}
    feature = _existing(access, pk)
    done = Done(pk, pk)
    _check_conflicts(access, feature, delta, overwrite, resolution, done.notes)
    new = delta.get("new") or {}
    _set_attributes(access, feature, {name: value for name, value in (new.get("attributes") or {}).items()
                                      if choice_for(resolution, name) != SOURCE})
    if choice_for(resolution, GEOMETRY) != SOURCE:
        _set_geometry(access, feature, new, done.notes)
    _write(access, access.layer.SetFeature, feature, tr("Cannot update feature {pk}").format(pk=pk))
    return done


def delete(access: LayerAccess, delta: Dict[str, Any], pk: Optional[str], overwrite: bool,
           resolution: Optional[Dict[str, str]] = None) -> Done:
    """Delete the feature after comparing it with ``old`` (kept when the user keeps a source value)."""
    resolution = resolution or {}
    feature = _existing(access, pk)
    done = Done(pk, pk)
    if _check_conflicts(access, feature, delta, overwrite, resolution, done.notes) or resolution.get(ALL) == SOURCE:
        done.notes.append(tr("the feature was kept, as chosen"))
        return done
    _write(access, access.layer.DeleteFeature, feature.GetFID(), tr("Cannot delete feature {pk}").format(pk=pk))
    access.forget(pk or "")
    return done


def create(access: LayerAccess, delta: Dict[str, Any], keep_pk: Optional[str]) -> Done:
    """Add a feature from ``new``. Its key comes from the source unless ``keep_pk`` (inverse of a delete)."""
    new = delta.get("new") or {}
    attributes = new.get("attributes") or {}
    feature = ogr.Feature(access.defn)
    done = Done(keep_pk or delta.get("sourcePk") or None, None)
    _set_attributes(access, feature, attributes)
    _set_geometry(access, feature, new, done.notes)
    wanted = keep_pk
    if wanted is None and not access.pk_is_integer:
        wanted = str(attributes.get(access.pk_name) or delta.get("localPk") or "")
    if wanted:
        key = access.normalise(wanted)
        if key is None:
            raise DeltaProblem(tr("The key {pk} does not fit the key field of layer \"{layer}\".").format(
                pk=wanted, layer=access.target.name))
        if access.exists(key):
            raise DeltaProblem(tr('A feature with key {pk} already exists in layer "{layer}".').format(
                pk=key, layer=access.target.name), CONFLICT, [tr("key {pk} already exists").format(pk=key)])
        _set_key(access, feature, key)
    elif not access.pk_is_fid:
        _set_key(access, feature, str(access.next_integer_key()))
    _write(access, access.layer.CreateFeature, feature, tr("Cannot add the feature"))
    access.remember(feature)
    done.modified_pk = access.key_of(feature)
    return done


def _set_key(access: LayerAccess, feature: ogr.Feature, key: str) -> None:
    if access.pk_is_fid:
        feature.SetFID(int(key))
        return
    try:  # a key field has the limits of any field (a 32-bit integer, a varchar(n))
        write_value(feature, access.pk_field, access.defn.GetFieldDefn(access.pk_field),
                    int(key) if access.pk_is_integer else key, access.source)
    except ValueError_ as err:
        raise DeltaProblem(str(err))
