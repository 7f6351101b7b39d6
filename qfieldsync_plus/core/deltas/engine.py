"""Apply a list of deltas to the project's data sources, all-or-nothing.

Every data source touched by the run gets one :class:`Session` (one transaction, or one working
copy). Deltas are applied in order. Unless ``continue_on_error``, the first failing or
conflicting delta stops the run and every session is rolled back. Otherwise the sessions are
committed through the journal (see ``journal.py``).
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

from osgeo import gdal

from ..i18n import QT_TR_NOOP, template_fields, tr
from . import operations
from .journal import Journal
from .layer_access import LayerAccess
from .sessions import Session, SourceError
from .targets import POSTGRES, SQLITE, LayerTarget, find_target

logger = logging.getLogger("qfieldsync_plus.deltas")

APPLIED, CONFLICT, APPLY_FAILED = "status_applied", "status_conflict", "status_apply_failed"
ROLLED_BACK, SKIPPED, NOT_ATTEMPTED = "status_rolled_back", "status_skipped", "status_not_attempted"
APPLIED_MESSAGE = QT_TR_NOOP("Successfully applied delta!")
COMMIT_ORDER = {POSTGRES: 0, SQLITE: 1}
PROGRESS_EVERY = 250


@dataclass
class ApplyOptions:
    """How a run behaves."""

    overwrite_conflicts: bool = False
    inverse: bool = False
    dry_run: bool = False
    continue_on_error: bool = False
    resolutions: Dict[str, Dict[str, str]] = field(default_factory=dict)  # delta id → {attribute: field|source}


class Item:
    """A delta to apply (already inverted for ``--inverse``), with where it came from.

    With ``text`` (the delta as compact JSON, see ``compact.py``) the item keeps the text and
    ``delta`` decodes it when read: a run of many deltas holds text, not dicts.
    """

    __slots__ = ("_delta", "index", "deltafile_id", "keep_pk", "skip_message", "uuid", "method")

    def __init__(self, delta: Dict[str, Any], index: int, deltafile_id: str, keep_pk: bool = False,
                 skip_message: Optional[str] = None, text: Optional[str] = None) -> None:
        self._delta: Union[Dict[str, Any], str] = delta if text is None else text
        self.index, self.deltafile_id, self.keep_pk, self.skip_message = index, deltafile_id, keep_pk, skip_message
        self.uuid: Optional[str] = delta.get("uuid")
        self.method: Optional[str] = delta.get("method")

    @property
    def delta(self) -> Dict[str, Any]:
        """The delta (decoded anew from its text when the item keeps text)."""
        return json.loads(self._delta) if isinstance(self._delta, str) else self._delta


@dataclass
class RunResult:
    """What a run did."""

    feedback: List[Dict[str, Any]]
    committed: bool
    failure: Optional[str] = None
    connection_lost: bool = False
    conflict: bool = False
    created: Dict[Tuple[str, str, str], Tuple[str, Optional[str], str]] = field(default_factory=dict)


def feedback_entry(item: Item, status: str, msg: str, layer_id: Optional[str], feature_pk: Optional[str] = None,
                   modified_pk: Optional[str] = None, e_type: Optional[str] = None,
                   conflicts: Optional[List[str]] = None, provider_errors: Optional[str] = None) -> Dict[str, Any]:
    """One delta's result in the QFieldCloud worker's shape (with the templates of its texts, for display)."""
    entry = {"msg": msg, "status": status, "e_type": e_type, "delta_file_id": item.deltafile_id,
             "layer_id": layer_id, "delta_index": item.index, "delta_id": item.uuid,
             "feature_pk": feature_pk, "modified_pk": modified_pk, "conflicts": conflicts,
             "provider_errors": provider_errors, "method": item.method}
    set_message(entry, msg)
    if conflicts and any(template_fields("conflict", c) for c in conflicts):
        entry["conflicts_templates"] = [template_fields("conflict", c) for c in conflicts]
    return entry


def set_message(entry: Dict[str, Any], msg: str) -> None:
    """Set a delta result's message, with ``msg_template``/``msg_params`` when ``msg`` came from tr()."""
    entry.pop("msg_template", None)
    entry.pop("msg_params", None)
    entry["msg"] = msg
    entry.update(template_fields("msg", msg))


class DeltaRun:
    """One apply run over many data sources."""

    def __init__(self, targets: Dict[str, LayerTarget], options: ApplyOptions,
                 known_pks: Dict[Tuple[str, str, str], Tuple[str, Optional[str]]],
                 client_pks: Optional[Dict[str, str]] = None, journal: Optional[Journal] = None,
                 on_progress: Optional[Callable[[float], None]] = None,
                 is_cancelled: Callable[[], bool] = lambda: False) -> None:
        self.targets, self.options = targets, options
        self.known_pks, self.client_pks = known_pks, client_pks or {}
        self.journal, self.on_progress, self.is_cancelled = journal, on_progress, is_cancelled
        self.run_id = uuid.uuid4().hex
        self.sessions: Dict[str, Session] = {}
        self.accesses: Dict[str, LayerAccess] = {}
        self.created: Dict[Tuple[str, str, str], Tuple[str, Optional[str], str]] = {}

    # -- lookups ---------------------------------------------------------------------------
    def feature_pk(self, target: LayerTarget, delta: Dict[str, Any]) -> Optional[str]:
        """The source key of the delta's feature: from its create (clientId + localPk, per layer), else sourcePk."""
        client, local = delta.get("clientId"), delta.get("localPk")
        if client and local not in (None, ""):
            key = (target.layer_id, str(client), str(local))
            if key in self.created:
                return self.created[key][0]
            known = self.known_pks.get(key)
            export_id = delta.get("exportId")
            if known and (not export_id or not known[1] or known[1] == export_id):
                return known[0]
            mapped = self.client_pks.get(f"{client}__{local}")
            if mapped:
                return str(mapped)
        source_pk = delta.get("sourcePk")
        return str(source_pk) if source_pk not in (None, "") else None

    def access(self, target: LayerTarget) -> LayerAccess:
        """The open layer of ``target`` (opening its source's session on first use)."""
        if target.layer_id in self.accesses:
            return self.accesses[target.layer_id]
        session = self.sessions.get(target.source_key)
        if session is None:
            session = Session(target, self.run_id)
            self.sessions[target.source_key] = session
            self._journal_sources()  # before the working copy exists: a kill while copying leaves no trace
            try:
                session.open()
            finally:
                self._journal_sources()
        access = LayerAccess(session, target)
        self.accesses[target.layer_id] = access
        return access

    def _journal_sources(self) -> None:
        if self.journal is not None:
            self.journal.set_sources([s.journal_entry() for s in self.sessions.values()])

    # -- one delta -------------------------------------------------------------------------
    def apply_one(self, item: Item) -> Dict[str, Any]:
        """Apply ``item``; its feedback entry (never raises for a delta-level problem)."""
        delta = item.delta
        target = find_target(self.targets, delta)
        layer_id = delta.get("sourceLayerId") or delta.get("localLayerId")
        if item.skip_message:
            return feedback_entry(item, SKIPPED, item.skip_message, layer_id, delta.get("sourcePk"))
        if target is None:
            message = tr('No layer with id "{layer}" in the project.').format(layer=layer_id)
            if delta.get("qfspLayerName"):  # cable sync names the packaged layer
                message = tr('The layer "{name}" is no longer in the project; this change was not applied.').format(
                    name=delta["qfspLayerName"])
            return feedback_entry(item, APPLY_FAILED, message, layer_id, delta.get("sourcePk"), e_type=operations.ERROR)
        layer_id = target.layer_id
        if target.error:
            return feedback_entry(item, APPLY_FAILED, target.error, layer_id, delta.get("sourcePk"),
                                  e_type=operations.ERROR)
        pk = self.feature_pk(target, delta)
        try:
            access = self.access(target)
            savepoint = self.options.continue_on_error or self.options.dry_run
            if savepoint:
                access.session.savepoint("qfsp_delta", "SAVEPOINT")
            try:
                done = self._dispatch(access, item, delta, pk)
            except operations.DeltaProblem:
                if savepoint:
                    access.session.savepoint("qfsp_delta", "ROLLBACK TO SAVEPOINT")
                raise
            if savepoint:
                access.session.savepoint("qfsp_delta", "RELEASE SAVEPOINT")
        except SourceError as err:
            return self._failed(item, layer_id, pk, operations.DeltaProblem(
                str(err), provider_errors=str(err), connection_lost=err.connection_lost))
        except operations.DeltaProblem as problem:
            return self._failed(item, layer_id, pk, problem)
        message = APPLIED_MESSAGE if not done.notes else tr("Successfully applied delta! ({notes})").format(
            notes="; ".join(done.notes))
        return feedback_entry(item, APPLIED, message, layer_id, done.feature_pk, done.modified_pk)

    def _resolve_references(self, delta: Dict[str, Any]) -> Dict[str, Any]:
        """``delta`` with each ``qfspReferences`` field set to its parent's source key (cable sync).

        A feature created in the field may point to a parent also created in the field; the parent's
        source key is known only once its create is applied (this run or an earlier one).
        """
        references = delta.get("qfspReferences")
        if not references or self.options.inverse:
            return delta
        new = dict(delta.get("new") or {})
        attributes = dict(new.get("attributes") or {})
        for field_name, parent in references.items():
            key = (str(parent.get("layerId")), str(delta.get("clientId")), str(parent.get("localPk")))
            found = self.created.get(key) or self.known_pks.get(key)
            if not found:
                raise operations.DeltaProblem(tr('Field "{field}" refers to the feature {pk} created in the field in '
                                                 'layer "{layer}", which was not applied.').format(
                    field=field_name, pk=key[2], layer=key[0]))
            attributes[field_name] = found[0]
        new["attributes"] = attributes
        return {**delta, "new": new}

    def _dispatch(self, access: LayerAccess, item: Item, delta: Dict[str, Any], pk: Optional[str]) -> operations.Done:
        delta, method = self._resolve_references(delta), item.method
        overwrite = self.options.overwrite_conflicts
        resolution = self.options.resolutions.get(str(delta.get("uuid")), {})
        confirm = delta.get("qfspConfirm")  # cable sync: reasons to confirm this change before applying it
        if confirm and not overwrite and not resolution and not self.options.inverse:
            raise operations.DeltaProblem(tr("This change must be checked before it is applied (overwrite "
                                             "conflicts to apply it)."), operations.CONFLICT, list(confirm))
        if method == "patch":
            return operations.patch(access, delta, pk, overwrite, resolution)
        if method == "delete":
            return operations.delete(access, delta, pk, overwrite, resolution)
        done = operations.create(access, delta, pk if item.keep_pk else None)
        client, local = delta.get("clientId"), delta.get("localPk")
        if not item.keep_pk and client and local not in (None, "") and done.modified_pk is not None:
            self.created[(access.target.layer_id, str(client), str(local))] = (
                done.modified_pk, delta.get("exportId"), str(delta.get("uuid")))
        return done

    @staticmethod
    def _failed(item: Item, layer_id: str, pk: Optional[str], problem: operations.DeltaProblem) -> Dict[str, Any]:
        status = CONFLICT if problem.e_type == operations.CONFLICT else APPLY_FAILED
        message = problem.args[0] if problem.args else str(problem)  # a tr() text keeps its template
        entry = feedback_entry(item, status, message, layer_id, pk, e_type=problem.e_type,
                               conflicts=problem.conflicts, provider_errors=problem.provider_errors)
        entry["connection_lost"] = problem.connection_lost
        if problem.details:
            entry["conflict_values"] = problem.details
        return entry

    # -- the run ---------------------------------------------------------------------------
    def run(self, items: List[Item]) -> RunResult:
        """Apply every item, then commit or roll back every session."""
        feedback: List[Dict[str, Any]] = []
        failure: Optional[Dict[str, Any]] = None
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            started = time.monotonic()
            for position, item in enumerate(items):
                entry = self.apply_one(item)
                feedback.append(entry)
                if entry["status"] in (CONFLICT, APPLY_FAILED) and failure is None:
                    failure = entry
                    if not (self.options.continue_on_error or self.options.dry_run) or entry.get("connection_lost"):
                        feedback += self._not_attempted(items[position + 1:], entry)
                        break
                if position % PROGRESS_EVERY == 0:
                    self._progress(position / max(1, len(items)))
            logger.info("Applied %d deltas in %.2f s", len(feedback), time.monotonic() - started)
            must_roll_back = self.options.dry_run or (failure is not None and (
                not self.options.continue_on_error or failure.get("connection_lost")))
            if must_roll_back:
                self.rollback()
                if self.options.dry_run:
                    _mark_dry_run(feedback)
                else:
                    self._mark_rolled_back(feedback, failure)
                return RunResult(feedback, committed=False, failure=_failure_text(failure) if failure else None,
                                 connection_lost=bool(failure and failure.get("connection_lost")),
                                 conflict=bool(failure and failure["status"] == CONFLICT))
            self.commit(feedback)
            return RunResult(feedback, committed=True, failure=_failure_text(failure) if failure else None,
                             created=dict(self.created))
        except BaseException:
            self.rollback()
            raise
        finally:
            gdal.PopErrorHandler()
            for entry in feedback:
                entry.pop("connection_lost", None)

    def _progress(self, fraction: float) -> None:
        if self.is_cancelled():
            raise operations.DeltaProblem(tr("The job was cancelled; nothing was changed."))
        if self.on_progress:
            self.on_progress(fraction)

    @staticmethod
    def _not_attempted(items: List[Item], failed: Dict[str, Any]) -> List[Dict[str, Any]]:
        message = tr("Not attempted: delta {delta} failed before it, so the run was rolled back.").format(
            delta=failed["delta_id"])
        entries = []
        for item in items:
            delta = item.delta
            entries.append(feedback_entry(item, NOT_ATTEMPTED, message,
                                          delta.get("sourceLayerId") or delta.get("localLayerId"), delta.get("sourcePk")))
        return entries

    @staticmethod
    def _mark_rolled_back(feedback: List[Dict[str, Any]], failure: Dict[str, Any]) -> None:
        message = tr("Rolled back: delta {delta} failed, so no change of this run was kept.").format(
            delta=failure["delta_id"])
        for entry in feedback:
            if entry["status"] == APPLIED:
                entry.update(status=ROLLED_BACK, modified_pk=None)
                set_message(entry, message)

    def rollback(self) -> None:
        """Discard every session's changes (never raises)."""
        for session in self.sessions.values():
            session.rollback()
        self.sessions.clear()
        self.accesses.clear()
        if self.journal is not None:
            self.journal.remove()

    def commit(self, feedback: List[Dict[str, Any]]) -> None:
        """Prepare every session, enter the journal's commit phase, commit in a safe order."""
        ordered = sorted(self.sessions.values(), key=lambda s: COMMIT_ORDER.get(s.kind, 2))
        entries = [session.prepare() for session in ordered]
        if self.journal is not None:
            results = [[e["delta_id"], e["status"]] for e in feedback]
            created = [[*key, *value] for key, value in self.created.items()]
            self.journal.enter_commit(entries, results, created)
        committed = 0
        try:
            for session in ordered:
                session.commit()
                committed += 1
                if self.journal is not None:
                    self.journal.mark_committed(session.key)
        except SourceError as err:
            if committed == 0:
                self.rollback()
                raise SourceError(tr("Nothing was changed: {error}").format(error=err), err.connection_lost)
            for session in ordered[committed:]:
                session.close_keeping_copy()  # the journal's recovery finishes these
            self.journal, self.sessions, self.accesses = None, {}, {}
            partial = SourceError(tr("{count} of {total} data sources were committed before this failure: {error}. "
                                     "The next delta_apply job completes the rest.").format(
                count=committed, total=len(ordered), error=err), err.connection_lost)
            partial.partial = True
            raise partial
        self.sessions.clear()
        self.accesses.clear()


def _mark_dry_run(feedback: List[Dict[str, Any]]) -> None:
    message = tr("Dry run: this delta would be applied; nothing was written.")
    for entry in feedback:
        if entry["status"] == APPLIED:
            set_message(entry, message)


def _failure_text(entry: Dict[str, Any]) -> str:
    text = tr('Delta {index} ({delta}) on layer "{layer}": {msg}').format(
        index=entry["delta_index"], delta=entry["delta_id"], layer=entry["layer_id"], msg=entry["msg"])
    if entry.get("conflicts"):
        text += "\n  " + "\n  ".join(entry["conflicts"])
    return text
