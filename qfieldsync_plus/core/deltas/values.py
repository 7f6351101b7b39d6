"""Attribute values between a deltafile (JSON) and an OGR field: compare by type, convert to write.

Comparison is type-aware: numbers numerically (also numbers kept in text fields, as in CSV),
dates and datetimes as instants (a value without time zone is taken as UTC), NULL as JSON
null, binary against its text (base64, hex or UTF-8), JSON fields by content.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from datetime import date, datetime, time, timezone, timedelta
from typing import Any, Optional

from osgeo import ogr

from ..i18n import tr
from . import limits

NUMBER_TYPES = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal)
TEXT_TYPES = (ogr.OFTString, ogr.OFTWideString)
RELATIVE_TOLERANCE = 1e-9


class ValueError_(Exception):
    """A delta value that cannot be written to its field (the message names both)."""


def read_value(feature: ogr.Feature, index: int, defn: ogr.FieldDefn) -> Any:
    """The current value of field ``index`` as a Python value (None for NULL)."""
    if not feature.IsFieldSetAndNotNull(index):
        return None
    kind = defn.GetType()
    if kind == ogr.OFTBinary:
        return bytes(feature.GetFieldAsBinary(index))
    if kind in (ogr.OFTDate, ogr.OFTDateTime, ogr.OFTTime):
        return _ogr_datetime(feature.GetFieldAsDateTime(index), kind)
    if kind == ogr.OFTInteger and defn.GetSubType() == ogr.OFSTBoolean:
        return bool(feature.GetFieldAsInteger(index))
    if kind in (ogr.OFTInteger, ogr.OFTInteger64):
        return feature.GetFieldAsInteger64(index)
    if kind == ogr.OFTReal:
        return feature.GetFieldAsDouble(index)
    return feature.GetField(index)


def _ogr_datetime(parts, kind) -> Any:
    year, month, day, hour, minute, second, tz_flag = parts
    if kind == ogr.OFTDate:
        return date(year, month, day)
    whole = int(second)
    micro = int(round((second - whole) * 1_000_000))
    if kind == ogr.OFTTime:
        return time(hour, minute, whole, micro)
    # OGR time zone flag: 0 unknown, 1 local time, 100 UTC, 100 ± n: offset of n quarter hours.
    tzinfo = timezone(timedelta(minutes=(tz_flag - 100) * 15)) if tz_flag > 1 else None
    return datetime(year, month, day, hour, minute, whole, micro, tzinfo=tzinfo)


def _parse_iso(value: Any) -> Optional[datetime]:
    """An ISO 8601 date or datetime text as a datetime (naive when it has no time zone)."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace(" ", "T", 1)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(_trim_fraction(text))
    except ValueError:
        return None


def parse_datetime(value: Any) -> Optional[datetime]:
    """An ISO 8601 text as a timezone-aware datetime (naive → UTC); None if not a datetime."""
    parsed = _parse_iso(value)
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _trim_fraction(text: str) -> str:
    """Python < 3.11 accepts only 3 or 6 fraction digits: normalise to 6."""
    if "." not in text:
        return text
    head, rest = text.split(".", 1)
    digits = ""
    while rest and rest[0].isdigit():
        digits, rest = digits + rest[0], rest[1:]
    return f"{head}.{(digits + '000000')[:6]}{rest}"


def _as_number(value: Any) -> Optional[float]:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def _numbers_equal(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= RELATIVE_TOLERANCE * max(1.0, abs(a), abs(b))


def _binary_texts(data: bytes) -> set:
    texts = {base64.b64encode(data).decode("ascii"), data.hex(), data.hex().upper()}
    try:
        texts.add(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return texts


def values_equal(current: Any, expected: Any, defn: ogr.FieldDefn) -> bool:
    """True when the field's ``current`` value equals the delta's ``expected`` JSON value."""
    if current is None or expected is None:
        return current is None and expected is None
    kind = defn.GetType()
    if isinstance(current, bytes):
        return isinstance(expected, str) and expected in _binary_texts(current)
    if isinstance(current, datetime) or (isinstance(current, date) and kind == ogr.OFTDate):
        if kind == ogr.OFTDate:
            other = parse_datetime(expected)
            return other is not None and other.date() == current
        left, right = parse_datetime(current), parse_datetime(expected)
        return right is not None and left == right
    if isinstance(current, time):
        try:
            return time.fromisoformat(_trim_fraction(str(expected))) == current
        except ValueError:
            return False
    if isinstance(current, bool) or kind in NUMBER_TYPES:
        left, right = _as_number(current), _as_number(expected)
        return right is not None and left is not None and _numbers_equal(left, right)
    if defn.GetSubType() == ogr.OFSTJSON or isinstance(expected, (dict, list)):
        try:
            return json.loads(current) == (expected if not isinstance(expected, str) else json.loads(expected))
        except (TypeError, ValueError):
            return str(current) == str(expected)
    if not isinstance(expected, bool) and str(current) == str(expected):
        return True
    left, right = _as_number(current), _as_number(expected)
    if left is not None and right is not None:
        return _numbers_equal(left, right)
    left_dt, right_dt = parse_datetime(current), parse_datetime(expected)
    return left_dt is not None and right_dt is not None and len(str(current)) > 7 and left_dt == right_dt


def show(value: Any) -> str:
    """A value as shown in conflict messages."""
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def write_value(feature: ogr.Feature, index: int, defn: ogr.FieldDefn, value: Any,
                source: limits.Source = limits.Source()) -> None:
    """Set field ``index`` of ``feature`` from a JSON ``value``; raise ValueError_ if it would not be stored as given.

    The value is checked against the field's limits first, then read back from the feature (OGR
    clamps and cuts values it cannot hold) before anything reaches the data source.
    """
    if value is None:
        feature.SetFieldNull(index)
        return
    kind = defn.GetType()
    try:
        misfit = limits.non_finite_misfit(value, defn) or _set(feature, index, defn, value, source)
    except (ValueError, TypeError, OverflowError, SystemError):
        misfit = defn.GetFieldTypeName(kind)
    if misfit:
        shown = show(value)
        raise ValueError_(tr('value {value} does not fit field "{field}" of layer "{layer}" ({type})').format(
            value=shown if len(shown) <= 80 else shown[:80] + "…", field=defn.GetName(), layer=source.layer,
            type=misfit))


def _set(feature: ogr.Feature, index: int, defn: ogr.FieldDefn, value: Any, source: limits.Source) -> Optional[str]:
    """Write ``value`` into the feature; why it does not fit (None: it was stored as given)."""
    kind = defn.GetType()
    if kind in limits.INTEGER_KINDS:
        number = _as_integer(value)
        misfit = limits.integer_misfit(number, defn, source)
        if misfit is None:
            feature.SetField(index, number)
            if feature.GetFieldAsInteger64(index) != number:
                misfit = limits.integer_range(defn)[1]
        return misfit
    if kind == ogr.OFTReal:
        number = _as_number(value)
        if number is None:
            raise ValueError
        misfit = limits.real_misfit(number, defn, source)
        if misfit is None:
            feature.SetField(index, number)
        return misfit
    if kind in (ogr.OFTDate, ogr.OFTDateTime):
        _write_datetime(feature, index, kind, value)
    elif kind == ogr.OFTTime:
        parsed = time.fromisoformat(_trim_fraction(str(value)))
        feature.SetField(index, 2000, 1, 1, parsed.hour, parsed.minute, parsed.second + parsed.microsecond / 1e6, 0)
    elif kind == ogr.OFTBinary:
        feature.SetFieldBinaryFromHexString(index, _binary_from_text(value).hex())
    elif kind not in limits.TEXT_KINDS:  # lists (PostgreSQL arrays): OGR parses the JSON text
        feature.SetField(index, _as_text(value))
    else:
        text = _as_text(value)
        misfit = limits.text_misfit(text, defn, source)
        if misfit is None:
            feature.SetField(index, text)
            if feature.GetField(index) != text:
                misfit = defn.GetFieldTypeName(kind)
        return misfit
    return None


def _as_text(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def _as_integer(value: Any) -> int:
    """``value`` as an exact integer (integral numbers and texts of them); ValueError if it is none."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    number = float(value) if isinstance(value, (float, str)) else None
    if number is None or not math.isfinite(number) or not number.is_integer():
        raise ValueError
    return int(number)


def _write_datetime(feature: ogr.Feature, index: int, kind: int, value: Any) -> None:
    parsed = _parse_iso(value)
    if parsed is None:
        raise ValueError
    if kind == ogr.OFTDate:
        feature.SetField(index, parsed.year, parsed.month, parsed.day, 0, 0, 0, 0)
        return
    offset = parsed.utcoffset()
    tz_flag = 0 if offset is None else 100 + int(offset.total_seconds() // 900)
    feature.SetField(index, parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute,
                     parsed.second + parsed.microsecond / 1e6, tz_flag)


def _binary_from_text(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    text = str(value)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return text.encode("utf-8")
