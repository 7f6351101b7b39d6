"""Attribute values between a deltafile (JSON) and an OGR field: compare by type, convert to write.

Comparison is type-aware and follows how QField writes old values (``QJsonValue::fromVariant``):
- integers exactly; beyond 2^53 also the double Qt 5 wrote for them (the nearest double);
- real numbers numerically (also numbers kept in text fields, as in CSV); a stored NaN equals
  null (Qt writes NaN as null);
- dates, times and datetimes at millisecond precision (Qt's ``ISODateWithMs``): a stored value
  with microseconds equals the delta's value when it cuts or rounds to it; with a time zone
  on both sides as instants, else as wall-clock times (QGIS reads a datetime without its zone);
- NULL as JSON null (never equal to ""); binary against its text (base64, hex or UTF-8, also
  Qt's lossy UTF-8); JSON fields, lists and maps (PostgreSQL hstore) by content.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from datetime import date, datetime, time, timezone, timedelta
from typing import Any, Optional

from osgeo import ogr

from ..i18n import tr
from . import limits

NUMBER_TYPES = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal)
TEXT_TYPES = (ogr.OFTString, ogr.OFTWideString)
RELATIVE_TOLERANCE = 1e-9
EXACT_DOUBLE_LIMIT = 2 ** 53
QT_PRECISION = timedelta(milliseconds=1)
HSTORE_PAIR = re.compile(r'\s*"((?:[^"\\]|\\.)*)"\s*=>\s*(NULL|"((?:[^"\\]|\\.)*)")\s*(,|$)')


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
    texts.add(data.decode("utf-8", errors="replace"))  # Qt's QString::fromUtf8, as QField writes bytes
    return texts


def _integers_equal(current: int, expected: Any) -> bool:
    """Exact; beyond 2^53 the double Qt 5 wrote for an integer equals it too."""
    if isinstance(expected, int):
        exact = expected
    elif isinstance(expected, str):
        try:
            exact = int(expected.strip())
        except ValueError:
            number = _as_number(expected)
            return number is not None and _numbers_equal(float(current), number)
    elif isinstance(expected, float):
        if expected.is_integer() and abs(expected) < EXACT_DOUBLE_LIMIT:
            return current == int(expected)
        return abs(current) > EXACT_DOUBLE_LIMIT and float(current) == expected
    else:
        return False
    return current == exact or (abs(current) > EXACT_DOUBLE_LIMIT and float(current) == float(exact)
                                and abs(exact) > EXACT_DOUBLE_LIMIT and not _is_exact_spelling(exact))


def _is_exact_spelling(number: int) -> bool:
    """False when ``number`` is how Qt 5 prints a double (17 significant digits, then zeros)."""
    digits = str(abs(number)).rstrip("0")
    return len(digits) > 17


def _instants_equal(current: datetime, expected: datetime) -> bool:
    """``current`` (read through OGR) equals the delta's value written at millisecond precision.

    OGR hands seconds over as a 32-bit float (30.123 arrives as 30.122999…). A delta value in whole
    milliseconds equals ``current`` cut to milliseconds as it arrived (QGIS cuts the same float, so
    QField wrote .122), or cut or rounded after removing that noise (10 µs); a finer delta value
    must be within 10 µs.
    """
    if current.tzinfo is None or expected.tzinfo is None:
        current, expected = current.replace(tzinfo=None), expected.replace(tzinfo=None)
    clean = current + timedelta(microseconds=round(current.microsecond, -1) - current.microsecond)
    if expected.microsecond % 1000:
        return abs(clean - expected) <= timedelta(microseconds=10)
    cut = clean - timedelta(microseconds=clean.microsecond % 1000)
    return expected in (current - timedelta(microseconds=current.microsecond % 1000), cut,
                        cut + QT_PRECISION if clean.microsecond % 1000 >= 500 else cut)


def _times_equal(current: time, expected: Any) -> bool:
    try:
        other = time.fromisoformat(_trim_fraction(str(expected).strip()))
    except ValueError:
        return False
    day = date(2000, 1, 1)
    return _instants_equal(datetime.combine(day, current.replace(tzinfo=None)),
                           datetime.combine(day, other.replace(tzinfo=None)))


def _unescape(part: str) -> str:
    return re.sub(r"\\(.)", r"\1", part)


def parse_hstore(text: str) -> Optional[dict]:
    """A PostgreSQL hstore text (``"a"=>"1", "b"=>NULL``) as a dict; None if it is not one."""
    found, position = {}, 0
    while position < len(text):
        match = HSTORE_PAIR.match(text, position)
        if match is None:
            return None
        found[_unescape(match.group(1))] = None if match.group(2) == "NULL" else _unescape(match.group(3))
        position = match.end()
    return found


def _structures_equal(current: Any, expected: Any) -> bool:
    """JSON text, OGR lists and hstore text against the delta's array or object."""
    if isinstance(current, list):
        if not isinstance(expected, list) or len(current) != len(expected):
            return False
        return all(a == b or (isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool)
                              and _numbers_equal(float(a), float(b))) for a, b in zip(current, expected))
    try:
        loaded = json.loads(current)
    except (TypeError, ValueError):
        loaded = None
    wanted = json.loads(expected) if isinstance(expected, str) and isinstance(loaded, (dict, list)) else expected
    if loaded is not None and loaded == wanted:
        return True
    if isinstance(current, str) and isinstance(expected, dict):  # QGIS 3.22 reads an hstore NULL as "NULL"
        stored = parse_hstore(current)
        return stored is not None and {k: "NULL" if v is None else v for k, v in stored.items()} == \
            {k: "NULL" if v is None else str(v) for k, v in expected.items()}
    return str(current) == str(expected)


def values_equal(current: Any, expected: Any, defn: ogr.FieldDefn) -> bool:
    """True when the field's ``current`` value equals the delta's ``expected`` JSON value."""
    kind = defn.GetType()
    if kind == ogr.OFTReal and isinstance(current, float) and math.isnan(current) and expected is None:
        return True  # Qt writes a NaN as null
    if current is None or expected is None:
        return current is None and expected is None
    if isinstance(current, bytes):
        return isinstance(expected, str) and expected in _binary_texts(current)
    if isinstance(current, datetime) or (isinstance(current, date) and kind == ogr.OFTDate):
        if kind == ogr.OFTDate:
            other = _parse_iso(expected)
            return other is not None and other.date() == current
        other = _parse_iso(expected)
        return other is not None and _instants_equal(current, other)
    if isinstance(current, time):
        return _times_equal(current, expected)
    if isinstance(current, bool) or (kind == ogr.OFTInteger and isinstance(expected, bool)):
        return isinstance(expected, (bool, int, float)) and float(current) == float(expected)
    if kind in (ogr.OFTInteger, ogr.OFTInteger64) and isinstance(current, int):
        return not isinstance(expected, bool) and _integers_equal(current, expected)
    if kind in NUMBER_TYPES:
        left, right = _as_number(current), _as_number(expected)
        return right is not None and left is not None and _numbers_equal(left, right)
    if defn.GetSubType() == ogr.OFSTJSON or isinstance(expected, (dict, list)) or isinstance(current, list):
        return _structures_equal(current, expected)
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
        if isinstance(value, str) and "\ufffd" in value:  # Qt wrote bytes that are not UTF-8 as lossy text
            return tr("bytes: the delta holds them as text with replaced characters, not the original bytes")
        feature.SetFieldBinaryFromHexString(index, _binary_from_text(value).hex())
    elif kind not in limits.TEXT_KINDS:  # lists (PostgreSQL arrays): OGR parses the JSON text
        feature.SetField(index, _as_text(value))
    else:
        text = _as_text(value)
        if isinstance(value, dict) and source.driver == limits.POSTGRESQL and defn.GetSubType() != ogr.OFSTJSON:
            text = _hstore_text(value)  # QGIS reads a PostgreSQL hstore as a map; OGR as text
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


def _hstore_text(value: dict) -> str:
    def quoted(part: Any) -> str:
        return '"' + str(part).replace("\\", "\\\\").replace('"', '\\"') + '"'
    return ", ".join(f"{quoted(k)}=>{'NULL' if v is None else quoted(v)}" for k, v in value.items())


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
