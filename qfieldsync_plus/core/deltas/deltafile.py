"""Load a QField deltafile and validate it against ``deltafile_01.json`` (bundled).

The validator is small and explicit (no jsonschema at runtime: QGIS on Windows does not ship
it). It covers the schema keywords the deltafile schema uses: ``type``, ``required``,
``enum``, ``properties``, ``additionalProperties: false``, ``items``, ``uniqueItems``,
and ``$ref``. Like QFieldCloud's validator, ``format`` is not enforced (the cloud accepts such
files). Every problem names the delta (index and uuid) and the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Dict, List, Sequence

from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from .compact import CompactDeltas, encode
from .json_stream import loads_streaming

SCHEMA_PATH = Path(__file__).with_name("deltafile_01.json")
JSON_TYPES = {
    "object": dict, "array": list, "string": str, "boolean": bool, "null": type(None),
}
MAX_PROBLEMS = 20


@dataclass
class DeltaFile:
    """A validated deltafile."""

    id: str
    project: str
    version: str
    deltas: Sequence[Dict[str, Any]]  # a list, or CompactDeltas from load_deltafile
    files: List[str] = field(default_factory=list)
    client_pks: Dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def schema() -> Dict[str, Any]:
    """The bundled deltafile schema."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    expected = JSON_TYPES.get(name)
    if expected is bool:
        return isinstance(value, bool)
    return expected is not None and isinstance(value, expected) and not isinstance(value, bool)


def _resolve(node: Dict[str, Any], root: Dict[str, Any]) -> Dict[str, Any]:
    ref = node.get("$ref")
    if not ref:
        return node
    target: Any = root
    for part in ref.lstrip("#/").split("/"):
        target = target[part]
    return target


def _check(value: Any, node: Dict[str, Any], path: List[Any], root: Dict[str, Any], out: List[tuple]) -> None:
    node = _resolve(node, root)
    types = node.get("type")
    if types is not None:
        names = types if isinstance(types, list) else [types]
        if not any(_is_type(value, n) for n in names):
            out.append((path, tr("must be of type {types}, not {actual}").format(
                types=" or ".join(names), actual=_json_type(value))))
            return
    if "enum" in node and value not in node["enum"]:
        out.append((path, tr("must be one of {values}, not {value}").format(
            values=", ".join(json.dumps(v) for v in node["enum"]), value=json.dumps(value))))
    if isinstance(value, dict):
        for name in node.get("required", []):
            if name not in value:
                out.append((path + [name], tr("is required but missing")))
        properties = node.get("properties", {})
        for name, item in value.items():
            if name in properties:
                _check(item, properties[name], path + [name], root, out)
            elif node.get("additionalProperties") is False:
                out.append((path + [name], tr("is not allowed here")))
    if isinstance(value, list):
        if "items" in node:
            for index, item in enumerate(value):
                _check(item, node["items"], path + [index], root, out)
        if node.get("uniqueItems"):
            seen = set()
            for index, item in enumerate(value):
                key = json.dumps(item, sort_keys=True)
                if key in seen:
                    out.append((path + [index], tr("repeats an earlier item")))
                seen.add(key)


def _json_type(value: Any) -> str:
    for name in ("null", "boolean", "integer", "number", "string", "array", "object"):
        if _is_type(value, name):
            return name
    return type(value).__name__


def _describe(path: List[Any], data: Any) -> str:
    """'delta 3 (uuid …), field "method"' or 'field "files[1]"'."""
    if len(path) >= 2 and path[0] == "deltas" and isinstance(path[1], int):
        delta = data["deltas"][path[1]]
        uuid = delta.get("uuid") if isinstance(delta, dict) else None
        where = tr("delta {index} (uuid {uuid})").format(index=path[1], uuid=uuid or tr("missing"))
        rest = path[2:]
        return f"{where}, " + tr('field "{field}"').format(field=_dotted(rest)) if rest else where
    return tr('field "{field}"').format(field=_dotted(path)) if path else tr("the document")


def _dotted(path: List[Any]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def validation_problems(data: Any) -> List[str]:
    """Human-readable schema violations of ``data`` (empty when valid)."""
    found: List[tuple] = []
    _check(data, schema(), [], schema(), found)
    if isinstance(data, dict) and isinstance(data.get("deltas"), list):
        seen: Dict[str, int] = {}
        for index, delta in enumerate(data["deltas"]):
            uuid = delta.get("uuid") if isinstance(delta, dict) else None
            if isinstance(uuid, str) and uuid in seen:
                found.append((["deltas", index, "uuid"], tr("repeats delta {index}").format(index=seen[uuid])))
            elif isinstance(uuid, str):
                seen[uuid] = index
    return [f"{_describe(path, data)}: {message}" for path, message in found]


def parse_deltafile(data: Any, source: str = "") -> DeltaFile:
    """Validate ``data`` (parsed JSON) and return it as a :class:`DeltaFile`; raise JobError if invalid."""
    _refuse(validation_problems(data), source)
    return DeltaFile(id=data["id"], project=data["project"], version=data["version"], deltas=data["deltas"],
                     files=data.get("files", []), client_pks=dict(data.get("clientPks") or {}))


def _refuse(problems: List[str], source: str) -> None:
    """Raise the JobError that lists ``problems`` (when there are any)."""
    if problems:
        shown = problems[:MAX_PROBLEMS]
        more = len(problems) - len(shown)
        message = tr('The deltafile "{file}" does not match the deltafile schema:').format(file=source or "-")
        message += "\n  " + "\n  ".join(shown)
        if more:
            message += "\n  " + tr("… and {count} more problems").format(count=more)
        raise JobError(message, errors.INVALID_DELTAFILE,
                       hint=tr("Nothing was changed. Push the changes from QField again, or fix the file."))


class _DeltaTaker:
    """Validates and keeps (as compact text) the deltas of a deltafile read item by item."""

    def __init__(self) -> None:
        self.texts: List[str] = []
        self.problems: List[str] = []
        self.seen: Dict[str, int] = {}

    def __call__(self, index: int, delta: Any) -> None:
        root = schema()
        found: List[tuple] = []
        _check(delta, root["properties"]["deltas"]["items"], ["deltas", index], root, found)
        uuid = delta.get("uuid") if isinstance(delta, dict) else None
        if isinstance(uuid, str) and uuid in self.seen:
            found.append((["deltas", index, "uuid"], tr("repeats delta {index}").format(index=self.seen[uuid])))
        elif isinstance(uuid, str):
            self.seen[uuid] = index
        self.problems += [f"{_describe(path, {'deltas': {index: delta}})}: {message}" for path, message in found]
        self.texts.append(encode(delta))


def load_deltafile(path: Path) -> DeltaFile:
    """Read, parse and validate the deltafile at ``path``.

    The ``deltas`` array is read one delta at a time and kept as compact text (CompactDeltas), so a
    large deltafile never exists as parsed dicts all at once.
    """
    taker = _DeltaTaker()
    data = _read_json(Path(path), taker)
    _refuse(validation_problems(data) + taker.problems, str(path))
    return DeltaFile(id=data["id"], project=data["project"], version=data["version"],
                     deltas=CompactDeltas(taker.texts) if taker.texts else data["deltas"],
                     files=data.get("files", []), client_pks=dict(data.get("clientPks") or {}))


def _read_json(path: Path, take_delta: Callable[[int, Any], None]) -> Any:
    """The deltafile's JSON data, its deltas handed to ``take_delta`` (not kept in the data)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise JobError(tr('The deltafile "{file}" does not exist.').format(file=path), errors.FILE_NOT_FOUND)
    except (OSError, UnicodeDecodeError) as err:
        raise JobError(tr('The deltafile "{file}" cannot be read: {error}').format(file=path, error=err),
                       errors.INVALID_DELTAFILE)
    try:
        data = loads_streaming(text, "deltas", take_delta)
    except json.JSONDecodeError as err:
        raise JobError(
            tr('The deltafile "{file}" is not valid JSON (line {line}, column {column}): {error}').format(
                file=path, line=err.lineno, column=err.colno, error=err.msg),
            errors.INVALID_DELTAFILE, hint=tr("Nothing was changed. Push the changes from QField again."))
    except (ValueError, RecursionError) as err:  # a number of thousands of digits, nesting too deep
        raise JobError(tr('The deltafile "{file}" cannot be read: {error}').format(
            file=path, error=str(err).splitlines()[0] if str(err) else type(err).__name__),
            errors.INVALID_DELTAFILE, hint=tr("Nothing was changed. Push the changes from QField again."))
    return data

