"""Deltas kept as compact JSON text and decoded when read.

A parsed delta takes about four times the memory of its JSON text: a run of 100,000 deltas that
holds dicts needs hundreds of megabytes more than one that holds text and decodes one delta at a time.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Sequence, Union, overload

Delta = Dict[str, Any]


def encode(delta: Delta) -> str:
    """The delta as compact JSON text."""
    return json.dumps(delta, ensure_ascii=False, separators=(",", ":"))


class CompactDeltas(Sequence):
    """A read-only list of deltas stored as text; indexing and iteration give fresh dicts."""

    def __init__(self, texts: List[str]) -> None:
        self._texts = texts

    def __len__(self) -> int:
        return len(self._texts)

    @overload
    def __getitem__(self, index: int) -> Delta: ...

    @overload
    def __getitem__(self, index: slice) -> List[Delta]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[Delta, List[Delta]]:
        if isinstance(index, slice):
            return [json.loads(text) for text in self._texts[index]]
        return json.loads(self._texts[index])

    def __iter__(self) -> Iterator[Delta]:
        return (json.loads(text) for text in self._texts)

    def text(self, index: int) -> str:
        """The compact JSON text of delta ``index``."""
        return self._texts[index]
