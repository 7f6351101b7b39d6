"""Which deltas a run applies: from a deltafile, or re-applied from the delta log; inverted for ``--inverse``."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence

from ..i18n import tr
from . import log as delta_log
from .compact import CompactDeltas
from .engine import Item

INVERSE_METHOD = {"create": "delete", "delete": "create", "patch": "patch"}


def inverse_delta(delta: Dict[str, Any]) -> Dict[str, Any]:
    """The delta that undoes ``delta``: old and new swapped, create ↔ delete."""
    inverted = dict(delta)
    inverted["old"], inverted["new"] = delta.get("new") or {}, delta.get("old") or {}
    inverted["method"] = INVERSE_METHOD.get(delta.get("method"), delta.get("method"))
    return inverted


def plan_items(deltas: Sequence[Dict[str, Any]], deltafile_ids: List[str], statuses: Dict[str, str],
               inverse: bool, reapply: bool) -> List[Item]:
    """Items for ``deltas`` (in deltafile order), with skip messages for deltas not to apply.

    A plain run skips deltas the log has as applied (or reverted, ignored, unpermitted);
    ``reapply`` applies them anyway (the user asked). ``inverse`` reverts only applied deltas,
    newest first.
    """
    items = []
    for index, (delta, deltafile_id) in enumerate(zip(deltas, deltafile_ids)):
        status = statuses.get(delta["uuid"])
        skip: Optional[str] = None
        if inverse:
            if status != delta_log.APPLIED:
                skip = tr("Not reverted: the delta log has it as {status}, not applied.").format(
                    status=status or tr("unknown"))
            item = Item(inverse_delta(delta), index, deltafile_id, keep_pk=delta.get("method") == "delete",
                        skip_message=skip)
        else:
            if not reapply and status is not None and status not in delta_log.RETRY_STATUSES:
                skip = tr("Skipped: the delta log has it as {status}; use \"deltas reapply\" to apply it "
                          "again.").format(status=status)
            text = deltas.text(index) if isinstance(deltas, CompactDeltas) else None
            item = Item(delta, index, deltafile_id, skip_message=skip, text=text)
        items.append(item)
    return list(reversed(items)) if inverse else items
