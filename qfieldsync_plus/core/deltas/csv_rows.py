"""Write a changed CSV back record by record: untouched lines keep their bytes, created rows go last.

QGIS reads a CSV through OGR, which numbers features by record: the first record under the
header is 1 and blank lines do not count. Rewriting the whole file with OGR's CSV writer would
change the quoting, delimiter and line endings of every line. Here a record keeps its bytes
unless its feature changed; in a changed record only the changed fields get new text (quoted
like the field they replace); a deleted feature's record is dropped; created features are
appended after the last record, so every existing feature keeps its number.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from osgeo import gdal, ogr

DELIMITERS = (",", ";", "\t", "|")
QUOTE = '"'


def split_records(text: str) -> List[str]:
    """The records of ``text``, each with its line ending; a line break inside quotes stays in its record."""
    records: List[str] = []
    start, quoted = 0, False
    for index, char in enumerate(text):
        if char == QUOTE:
            quoted = not quoted
        elif char == "\n" and not quoted:
            records.append(text[start:index + 1])
            start = index + 1
    if start < len(text):
        records.append(text[start:])
    return records


def body_and_ending(record: str) -> Tuple[str, str]:
    """``record`` without its line ending, and the line ending (``\\r\\n``, ``\\n`` or empty)."""
    body = record.rstrip("\r\n")
    return body, record[len(body):]


def split_fields(body: str, delimiter: str) -> List[str]:
    """The fields of one record as written (quotes kept)."""
    fields: List[str] = []
    start, quoted = 0, False
    for index, char in enumerate(body):
        if char == QUOTE:
            quoted = not quoted
        elif char == delimiter and not quoted:
            fields.append(body[start:index])
            start = index + 1
    fields.append(body[start:])
    return fields


def unquote(raw: str) -> str:
    """A field's text without its quotes (doubled quotes made single)."""
    if len(raw) >= 2 and raw.startswith(QUOTE) and raw.endswith(QUOTE):
        return raw[1:-1].replace(QUOTE * 2, QUOTE)
    return raw


def quote_like(text: str, like: str, delimiter: str) -> str:
    """``text`` quoted when the field it replaces was quoted, or when it must be."""
    needed = any(char in text for char in (delimiter, QUOTE, "\n", "\r")) or text != text.strip()
    if like.startswith(QUOTE) or needed:
        return QUOTE + text.replace(QUOTE, QUOTE * 2) + QUOTE
    return text


def _delimiter(header: str, names: List[str]) -> Optional[str]:
    """The delimiter that splits ``header`` into exactly the layer's field names."""
    for delimiter in DELIMITERS:
        if [unquote(f).strip() for f in split_fields(header, delimiter)] == names:
            return delimiter
    return None


def _field_texts(layer: ogr.Layer, features: List[ogr.Feature]) -> List[List[str]]:
    """Each feature's field values as OGR's CSV writer spells them (numbers, dates, NULL as empty)."""
    path = f"/vsimem/qfsp_rows_{uuid.uuid4().hex}.csv"
    dataset = gdal.GetDriverByName("CSV").Create(path, 0, 0, 0, gdal.GDT_Unknown)
    rows = dataset.CreateLayer("rows", None, ogr.wkbNone, ["LINEFORMAT=LF"])
    defn = layer.GetLayerDefn()
    for index in range(defn.GetFieldCount()):
        rows.CreateField(defn.GetFieldDefn(index))
    for feature in features:
        row = ogr.Feature(rows.GetLayerDefn())
        row.SetFrom(feature)
        rows.CreateFeature(row)
    dataset = None
    handle = gdal.VSIFOpenL(path, "rb")
    try:
        size = gdal.VSIStatL(path).size
        text = gdal.VSIFReadL(1, size, handle).decode("utf-8")
    finally:
        gdal.VSIFCloseL(handle)
        gdal.Unlink(path)
    return [[unquote(f) for f in split_fields(body_and_ending(r)[0], ",")] for r in split_records(text)[1:]]


def _changed_fields(before: Optional[ogr.Feature], after: ogr.Feature) -> List[int]:
    count = after.GetFieldCount()
    if before is None:
        return list(range(count))
    return [i for i in range(count) if before.IsFieldSetAndNotNull(i) != after.IsFieldSetAndNotNull(i)
            or before.GetField(i) != after.GetField(i)]


def _original_features(path: Path) -> Dict[int, ogr.Feature]:
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    layer = dataset.GetLayer(0)
    features = {feature.GetFID(): feature for feature in layer}
    dataset = None
    return features


def write_changed_rows(layer: ogr.Layer, path: Path) -> bool:
    """Write ``layer`` (the edited copy of the CSV ``path``) over ``path``, changing only changed records.

    Returns False, writing nothing, for a layout this cannot keep (not UTF-8, a geometry read from
    columns, a header that is not the layer's fields, records OGR counts otherwise): the caller
    then rewrites the file whole.
    """
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    records = split_records(text)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    if not records or layer.GetGeomType() != ogr.wkbNone:
        return False
    header, ending = body_and_ending(records[0].lstrip("\ufeff"))
    delimiter = _delimiter(header, names)
    if delimiter is None:
        return False
    original = _original_features(path)
    output, template, fid = [records[0]], split_fields(header, delimiter), 0
    rewritten: List[Tuple[int, List[str], str, ogr.Feature, List[int]]] = []
    for record in records[1:]:
        body, record_ending = body_and_ending(record)
        if not body:
            output.append(record)  # OGR skips blank lines: they number nothing
            continue
        fid += 1
        feature = layer.GetFeature(fid)
        if feature is None:
            continue  # deleted
        fields = split_fields(body, delimiter)
        template = fields
        changed = _changed_fields(original.get(fid), feature)
        if changed:
            rewritten.append((len(output), fields, record_ending, feature, changed))
        output.append(record)
    if fid != len(original) or (original and max(original) != fid):
        return False  # records not numbered as OGR numbers them: do not guess
    layer.ResetReading()
    created = sorted((f for f in layer if f.GetFID() not in original), key=lambda f: f.GetFID())
    texts = _field_texts(layer, [item[3] for item in rewritten] + created)
    for (position, fields, record_ending, _, changed), values in zip(rewritten, texts):
        fields += [""] * (len(values) - len(fields))
        for index in changed:
            fields[index] = quote_like(values[index], fields[index], delimiter)
        output[position] = delimiter.join(fields) + record_ending
    if created and not output[-1].endswith("\n"):
        output[-1] += ending or "\n"
    for values in texts[len(rewritten):]:
        likes = template + [""] * (len(values) - len(template))
        row = delimiter.join(quote_like(value, like, delimiter) for value, like in zip(values, likes))
        output.append(row + (ending or "\n"))
    path.write_bytes("".join(output).encode("utf-8"))
    return True
