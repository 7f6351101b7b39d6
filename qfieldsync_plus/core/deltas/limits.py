"""What a field can hold: a delta value that the data source would store changed is refused.

OGR clamps integers to the field's size (32-bit, 16-bit, boolean) and cuts text at a NUL
character; SQLite stores NaN as NULL; drivers truncate: PostgreSQL ``varchar(n)``/``char(n)`` to
``n`` characters, Shapefile (DBF) text to 254 bytes in the file's encoding and numbers to the
field's width. The limits come from the OGR field definition (type, subtype, width, precision:
GDAL reads a GeoPackage ``MEDIUMINT`` as 32-bit, ``SMALLINT`` as 16-bit, ``INTEGER`` as 64-bit,
PostgreSQL ``int2/int4/int8`` alike) and the driver. GeoPackage/SQLite keep text longer than a
declared ``TEXT(n)`` and are not limited by width.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Optional

from osgeo import ogr

from ..i18n import tr

INT16 = (-(2 ** 15), 2 ** 15 - 1)
INT32 = (-(2 ** 31), 2 ** 31 - 1)
INT64 = (-(2 ** 63), 2 ** 63 - 1)
FLOAT32_MAX = 3.4028234663852886e38
SHAPEFILE, POSTGRESQL = "ESRI Shapefile", "PostgreSQL"
SQLITE_DRIVERS = ("GPKG", "SQLite")
DBF_TEXT_BYTES = 254
DBF_INTEGER64_WIDTH = 18  # a wider DBF number is read back as a real (losing digits)
INTEGER_KINDS = (ogr.OFTInteger, ogr.OFTInteger64)
TEXT_KINDS = (ogr.OFTString, ogr.OFTWideString)


@dataclass(frozen=True)
class Source:
    """The layer written to: its name (for messages), OGR driver short name and (Shapefile) text encoding."""

    layer: str = ""
    driver: str = ""
    encoding: str = ""


def integer_range(defn: ogr.FieldDefn) -> tuple:
    """(lowest, highest) value of an integer field, and its description."""
    if defn.GetType() == ogr.OFTInteger64:
        return INT64, tr("64-bit integer")
    if defn.GetSubType() == ogr.OFSTBoolean:
        return (0, 1), tr("boolean: 0 or 1")
    if defn.GetSubType() == ogr.OFSTInt16:
        return INT16, tr("16-bit integer")
    return INT32, tr("32-bit integer")


def integer_misfit(number: int, defn: ogr.FieldDefn, source: Source) -> Optional[str]:
    """Why ``number`` does not fit the integer field (None: it fits)."""
    (low, high), label = integer_range(defn)
    if not low <= number <= high:
        return label
    if source.driver == SHAPEFILE and defn.GetType() == ogr.OFTInteger64 and len(str(number)) > DBF_INTEGER64_WIDTH:
        return tr("Shapefile integer of at most {digits} characters").format(digits=DBF_INTEGER64_WIDTH)
    return None


def real_misfit(number: float, defn: ogr.FieldDefn, source: Source) -> Optional[str]:
    """Why ``number`` does not fit the real field (None: it fits; rounding to its decimals is allowed)."""
    if source.driver in SQLITE_DRIVERS and math.isnan(number):
        return tr("SQLite stores NaN as NULL")
    if source.driver == POSTGRESQL and defn.GetSubType() == ogr.OFSTFloat32 and math.isfinite(number) \
            and abs(number) > FLOAT32_MAX:
        return tr("32-bit floating point number")
    if source.driver == POSTGRESQL and defn.GetWidth() > 0 and math.isfinite(number) and \
            abs(round(number, defn.GetPrecision())) >= 10.0 ** (defn.GetWidth() - defn.GetPrecision()):
        return tr("number of {width} digits, {decimals} of them decimals").format(
            width=defn.GetWidth(), decimals=defn.GetPrecision())
    if source.driver != SHAPEFILE or not math.isfinite(number) or defn.GetWidth() <= 0:
        return None
    width, decimals = defn.GetWidth(), defn.GetPrecision()
    written = f"{number:{width}.{decimals}f}"[:width]  # DBF keeps the first ``width`` characters
    try:
        stored = float(written)
    except ValueError:
        stored = math.nan
    if abs(stored - number) <= 0.5 * 10 ** -decimals + 1e-9 * abs(number):
        return None
    return tr("Shapefile number of {width} characters with {decimals} decimals").format(
        width=width, decimals=decimals)


def text_misfit(text: str, defn: ogr.FieldDefn, source: Source) -> Optional[str]:
    """Why ``text`` would not be stored as it is (None: it would)."""
    if "\x00" in text:
        return tr("text with a NUL character would be cut short")
    if source.driver == POSTGRESQL and defn.GetWidth() > 0 and len(text) > defn.GetWidth():
        return tr("text of at most {count} characters").format(count=defn.GetWidth())
    if source.driver == SHAPEFILE:
        encoding = source.encoding or "utf-8"
        try:
            size = len(text.encode(encoding))
        except UnicodeEncodeError:
            return tr("text in the Shapefile's encoding {encoding}").format(encoding=encoding)
        except LookupError:
            size = len(text.encode("utf-8"))
        if size > DBF_TEXT_BYTES:
            return tr("Shapefile text of at most {count} bytes").format(count=DBF_TEXT_BYTES)
    return None


def non_finite_misfit(value: Any, defn: ogr.FieldDefn) -> Optional[str]:
    """NaN or Infinity fits only a real field."""
    if isinstance(value, float) and not math.isfinite(value) and defn.GetType() != ogr.OFTReal:
        return tr("{type} field: NaN and Infinity fit only decimal number fields").format(
            type=defn.GetFieldTypeName(defn.GetType()))
    return None
