"""Parse a JSON object whose one large array is handed over item by item instead of being kept.

A deltafile is one JSON document whose ``deltas`` array holds nearly all of it: parsed whole, every
delta exists as a dict at once. Here each item is parsed, handed to a callback and dropped, so at
most one parsed item exists at a time. Errors are ``json.JSONDecodeError`` with json's own messages
and positions.
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable

_SPACE = re.compile(r"[ \t\n\r]*")
_decoder = json.JSONDecoder()


def _skip(text: str, index: int) -> int:
    return _SPACE.match(text, index).end()


def _expect(text: str, index: int, chars: str, message: str) -> str:
    char = text[index:index + 1]
    if not char or char not in chars:
        raise json.JSONDecodeError(message, text, index)
    return char


def _stream_array(text: str, index: int, take: Callable[[int, Any], None]) -> int:
    """Hand every item of the array starting at ``index`` (its ``[``) to ``take``; the index after it."""
    index = _skip(text, index + 1)
    if text[index:index + 1] == "]":
        return index + 1
    position = 0
    while True:
        item, index = _decoder.raw_decode(text, index)
        take(position, item)
        position += 1
        index = _skip(text, index)
        if _expect(text, index, ",]", "Expecting ',' delimiter") == "]":
            return index + 1
        index = _skip(text, index + 1)


def loads_streaming(text: str, key: str, take: Callable[[int, Any], None]) -> Any:
    """``json.loads(text)``, except that the items of the top-level object's array ``key`` go to
    ``take(index, item)`` one by one and are not kept (that array is ``[]`` in the result)."""
    try:
        return _loads_streaming(text, key, take)
    except json.JSONDecodeError:
        # Broken JSON: report it exactly as json does on this Python (its messages and positions
        # changed in 3.13); parsing the whole text again costs memory only for a file we refuse.
        json.loads(text)
        raise


def _loads_streaming(text: str, key: str, take: Callable[[int, Any], None]) -> Any:
    index = _skip(text, 0)
    if text[index:index + 1] != "{":
        return json.loads(text)  # not an object: nothing to stream (and json's own errors)
    result = {}
    index = _skip(text, index + 1)
    if text[index:index + 1] == "}":
        index += 1
    else:
        while True:
            _expect(text, index, '"', "Expecting property name enclosed in double quotes")
            name, index = _decoder.raw_decode(text, index)
            index = _skip(text, index)
            _expect(text, index, ":", "Expecting ':' delimiter")
            index = _skip(text, index + 1)
            if name == key and text[index:index + 1] == "[":
                index = _stream_array(text, index, take)
                result[name] = []
            else:
                result[name], index = _decoder.raw_decode(text, index)
            index = _skip(text, index)
            if _expect(text, index, ",}", "Expecting ',' delimiter") == "}":
                index += 1
                break
            index = _skip(text, index + 1)
    if _skip(text, index) != len(text):
        raise json.JSONDecodeError("Extra data", text, _skip(text, index))
    return result
