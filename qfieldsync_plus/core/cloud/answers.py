"""Check that a QFieldCloud answer has the shape the client relies on, before anything reads it.

A field spec maps a key to the accepted Python types; a key written ``"?key"`` may be missing.
A wrong answer (a list where an object belongs, a missing id, a number as text, a web page)
becomes one :class:`CloudError` naming the request and the endpoint, never a KeyError later.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Dict, List, Mapping, Tuple

from ..i18n import tr
from .errors import BAD_ANSWER, CloudError

Spec = Mapping[str, Tuple[type, ...]]
ANY: Spec = MappingProxyType({})  # no particular field required

TEXT: Tuple[type, ...] = (str,)
NUMBER: Tuple[type, ...] = (int,)
OBJECT: Tuple[type, ...] = (dict,)
ARRAY: Tuple[type, ...] = (list,)
TEXT_OR_NULL: Tuple[type, ...] = (str, type(None))

FILE: Spec = {"name": TEXT, "?size": NUMBER, "?md5sum": TEXT_OR_NULL, "?sha256": TEXT_OR_NULL}
PROJECT: Spec = {"id": TEXT, "name": TEXT, "owner": TEXT}
JOB: Spec = {"id": TEXT, "type": TEXT, "status": TEXT, "?created_at": TEXT_OR_NULL,
             "?started_at": TEXT_OR_NULL, "?finished_at": TEXT_OR_NULL, "?project_id": TEXT_OR_NULL,
             "?output": TEXT_OR_NULL, "?feedback": (dict, type(None))}
DELTA: Spec = {"id": TEXT, "last_status": TEXT, "content": OBJECT}


def _kind(value: Any) -> str:
    if value is None:
        return tr("null")
    if isinstance(value, bool):
        return tr("true/false")
    if isinstance(value, (int, float)):
        return tr("a number")
    if isinstance(value, str):
        return tr("text")
    if isinstance(value, list):
        return tr("a list")
    if isinstance(value, dict):
        return tr("an object")
    return type(value).__name__


def _wrong(what: str, where: str, problem: str) -> CloudError:
    return CloudError(tr("QFieldCloud's answer to {what} ({where}) is not what the client expects: {problem}.").format(
        what=what, where=where, problem=problem), BAD_ANSWER,
        hint=tr("Check the QFieldCloud URL; the server may be of another version or misconfigured."))


def _check_fields(data: Dict[str, Any], spec: Spec, what: str, where: str, label: str) -> None:
    for key, types in spec.items():
        optional = key.startswith("?")
        name = key.lstrip("?")
        if name not in data:
            if optional:
                continue
            raise _wrong(what, where, tr("{label}has no '{name}'").format(label=label, name=name))
        value = data[name]
        if isinstance(value, bool) and bool not in types or not isinstance(value, types):
            expected = " / ".join(_kind(t()) if t is not type(None) else tr("null") for t in types)
            raise _wrong(what, where, tr("{label}'{name}' is {got}, expected {expected}").format(
                label=label, name=name, got=_kind(value), expected=expected))


def expect_object(data: Any, what: str, where: str, spec: Spec = ANY) -> Dict[str, Any]:
    """``data`` when it is a JSON object with the fields of ``spec``; else a BAD_ANSWER error."""
    if not isinstance(data, dict):
        raise _wrong(what, where, tr("expected an object, got {got}").format(got=_kind(data)))
    _check_fields(data, spec, what, where, "")
    return data


def expect_list(data: Any, what: str, where: str, spec: Spec = ANY) -> List[Dict[str, Any]]:
    """``data`` when it is a JSON list of objects with the fields of ``spec``; else a BAD_ANSWER error."""
    if not isinstance(data, list):
        raise _wrong(what, where, tr("expected a list, got {got}").format(got=_kind(data)))
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            raise _wrong(what, where, tr("item {n} is {got}, expected an object").format(n=index + 1, got=_kind(item)))
        _check_fields(item, spec, what, where, tr("item {n}: ").format(n=index + 1))
    return data
