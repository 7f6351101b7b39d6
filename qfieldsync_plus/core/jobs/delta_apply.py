"""The delta_apply job: make QField's field edits permanent, all-or-nothing, with conflicts found.

Workflow ``apply_changes`` (QFieldCloud's id). Per-delta results are at
``outputs.apply_deltas.delta_feedback`` in the cloud worker's shape.

Parameters: ``project`` (path); ``deltafile`` (path) or ``delta_ids`` (re-apply from the delta
log) or ``from_delta`` (that delta and every newer one); ``overwrite_conflicts``, ``inverse``,
``dry_run``, ``continue_on_error``, ``any_project`` (apply a deltafile of another cloud project
than the one the local project is linked to) (booleans); ``resolutions`` (the user's decisions on
conflicts: ``{delta_uuid: {attribute | "geometry" | "*": "field" | "source"}}``; "field" writes the
field's value despite the conflict, "source" keeps the source's value; conflicts nobody decided still
stop the run); ``store_path`` (job store with the delta log); ``job_id``; ``recover_only`` (only
finish or roll back interrupted runs, e.g. when the plugin starts).

A conflicting delta's feedback entry has ``conflict_values``: per conflicting attribute its value when
the edit was made (``old``), in the source now (``source``) and the field's new value (``new``).
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any, Dict, List, Optional

from ..archives import ArchiveLimits
from ..deltas import log as delta_log
from ..cloud.links import linked_project
from ..deltas.deltafile import DeltaFile, load_deltafile
from ..deltas.engine import APPLIED, SKIPPED, ApplyOptions, DeltaRun, Item
from ..deltas.journal import Journal, journal_folder
from ..deltas.operations import FIELD, SOURCE
from ..deltas.planning import plan_items
from ..deltas.recovery import record_results, recover
from ..deltas.sessions import Session, SourceError
from ..deltas.targets import POSTGRES, LayerTarget, find_target, project_targets
from ..i18n import QT_TR_NOOP, tr
from ..paths import store_path as default_store_path
from ..project_io import open_project
from . import errors
from .errors import JobError
from .workflow import JobContext, Step, Workflow


class Plan:
    """The items of a run (kept out of the feedback JSON)."""

    def __init__(self, items: List[Item], deltafile_id: Optional[str], client_pks: Dict[str, str]) -> None:
        self.items, self.deltafile_id, self.client_pks = items, deltafile_id, client_pks


def _store(context_or_params) -> Path:
    params = getattr(context_or_params, "params", context_or_params)
    return Path(params.get("store_path") or default_store_path())


def _project(params: Dict[str, Any]) -> str:
    return delta_log.project_key(params["project"])


def options_of(params: Dict[str, Any]) -> ApplyOptions:
    """The run options in ``params``."""
    return ApplyOptions(overwrite_conflicts=bool(params.get("overwrite_conflicts")),
                        inverse=bool(params.get("inverse")), dry_run=bool(params.get("dry_run")),
                        continue_on_error=bool(params.get("continue_on_error")),
                        resolutions=resolutions_of(params))


def resolutions_of(params: Dict[str, Any]) -> Dict[str, Dict[str, str]]:
    """The ``resolutions`` parameter, checked: refused (nothing changed) unless every choice is field or source."""
    given = params.get("resolutions") or {}
    valid = isinstance(given, dict) and all(
        isinstance(delta, str) and isinstance(choices, dict) and all(
            isinstance(name, str) and choice in (FIELD, SOURCE) for name, choice in choices.items())
        for delta, choices in given.items())
    if not valid:
        raise JobError(tr("The conflict resolutions {given} are not understood; nothing was changed.").format(
            given=json.dumps(given)[:200]), errors.INVALID_ARGUMENTS,
            hint=tr('Give for each delta id the attributes to resolve, each with "field" or "source".'))
    return {delta: dict(choices) for delta, choices in given.items()}


def recover_interrupted(context: JobContext) -> Dict[str, Any]:
    """Step 1: finish or roll back runs killed midway (journal)."""
    store = _store(context)
    return {"messages": recover(store, lambda journal, entry: _finish_database(store, journal, entry))}


def _finish_database(store: Path, journal: Journal, entry: Dict[str, Any]) -> bool:
    """Complete one database source of an interrupted commit: already committed, or re-apply its deltas."""
    project = open_project(Path(journal.data["project"]))
    targets = project_targets(project)
    project.clear()
    mine = {k: t for k, t in targets.items() if t.source_key == entry["key"] and not t.error}
    if not mine:
        return False
    if entry.get("kind") == POSTGRES and entry.get("txid"):
        probe = Session(next(iter(mine.values())), "recovery")
        try:
            probe.open()
            status = probe.execute(f"SELECT txid_status({int(entry['txid'])})")[0][0]
        except SourceError:
            status = None
        finally:
            probe.rollback()
        if status == "committed":
            return True
    applied = {d for d, s in journal.data.get("results", []) if s == APPLIED}
    log = delta_log.DeltaLog(store)
    logged = [d for d in log.list(journal.data["project"], ids=journal.data.get("delta_ids", [])) if d.id in applied]
    options = ApplyOptions(**{k: v for k, v in journal.data.get("options", {}).items()
                              if k in ("inverse", "overwrite_conflicts", "resolutions")})
    items = plan_items([d.content for d in logged], [d.deltafile_id for d in logged],
                       {d.id: delta_log.APPLIED for d in logged}, options.inverse, reapply=True)
    run = DeltaRun(mine, options, log.created_pks(journal.data["project"]))
    result = run.run([i for i in items if i.delta.get("sourceLayerId") in mine or i.delta.get("localLayerId") in mine])
    return result.committed


def load_deltas(context: JobContext) -> Dict[str, Any]:
    """Step 2: read and validate the deltafile (or take the deltas from the log); decide what to apply."""
    params = context.params
    project = _project(params)
    log = delta_log.DeltaLog(_store(context))
    options = options_of(params)
    origin: Dict[str, Any] = {}
    if params.get("delta_ids") or params.get("from_delta"):
        logged = _logged_for_reapply(log, project, params)
        deltas = [d.content for d in logged]
        statuses = {d.id: d.status for d in logged}
        items = plan_items(deltas, [d.deltafile_id for d in logged], statuses, options.inverse, reapply=True)
        plan = Plan(items, None, {})
    else:
        deltafile = load_deltafile(Path(params["deltafile"]))
        cloud_project = _check_cloud_project(params, deltafile)
        if options.dry_run:
            statuses = log.statuses(project, [x["uuid"] for x in deltafile.deltas])
        else:
            statuses = log.register(project, deltafile.id, deltafile.deltas, params.get("job_id"))
        items = plan_items(deltafile.deltas, [deltafile.id] * len(deltafile.deltas), statuses, options.inverse,
                           reapply=False)
        plan = Plan(items, deltafile.id, deltafile.client_pks)
        origin = {"deltafile_project": deltafile.project, "cloud_project": cloud_project}
    to_apply = sum(1 for i in plan.items if not i.skip_message)
    return {"plan": plan, "deltafile_id": plan.deltafile_id, "delta_count": len(plan.items), "to_apply": to_apply,
            **origin}


def _check_cloud_project(params: Dict[str, Any], deltafile: DeltaFile) -> Optional[str]:
    """The cloud project the local project is linked to; refuse a deltafile of another one (unless ``any_project``)."""
    link = linked_project(Path(_project(params)).parent)
    linked_id = link.get("project_id") if link else None
    if linked_id and linked_id != deltafile.project and not params.get("any_project"):
        raise JobError(tr('The deltafile "{file}" is for cloud project {theirs}, but this project is linked to cloud '
                          "project {ours}{name}. Nothing was changed.").format(
            file=params["deltafile"], theirs=deltafile.project, ours=linked_id,
            name=f' ("{link["name"]}")' if link.get("name") else ""), errors.INVALID_DELTAFILE,
            hint=tr('If the changes are meant for this project anyway, apply them with "Apply even if the deltafile '
                    'is for another cloud project" (Processing: Apply deltas) or --any-project.'))
    return linked_id


def _logged_for_reapply(log: delta_log.DeltaLog, project: str, params: Dict[str, Any]) -> List[delta_log.LoggedDelta]:
    if params.get("from_delta"):
        logged = log.this_and_newer(project, params["from_delta"])
        if not logged:
            raise JobError(tr("The delta {delta} is not in the delta log of this project.").format(
                delta=params["from_delta"]), errors.INVALID_ARGUMENTS)
        return logged
    wanted = list(params["delta_ids"])
    logged = [d for d in log.list(project, ids=wanted)]
    missing = sorted(set(wanted) - {d.id for d in logged})
    if missing:
        raise JobError(tr("These deltas are not in the delta log of this project: {ids}").format(
            ids=", ".join(missing)), errors.INVALID_ARGUMENTS)
    return logged


def open_project_step(context: JobContext) -> Dict[str, Any]:
    """Step 3: open the project (its own QGIS instance) and find every layer's data source."""
    project = open_project(Path(context.params["project"]), limits=ArchiveLimits.from_params(context.params))
    targets = project_targets(project)
    layer_count = len(targets)
    project.clear()  # close QGIS's own connections to the sources before writing to them
    return {"targets": targets, "layer_count": layer_count}


def apply_deltas(context: JobContext) -> Dict[str, Any]:
    """Step 4: apply, then commit everything or roll everything back."""
    params = context.params
    store, project = _store(context), _project(params)
    plan: Plan = context.returns["load_deltas"]["plan"]
    options = options_of(params)
    log = delta_log.DeltaLog(store)
    targets = context.returns["open_project"]["targets"]
    sources = _sources(plan.items, targets)
    if plan.deltafile_id is not None and not options.inverse:
        _skip_applied_elsewhere(plan.items, log.applied_elsewhere(project, sources))
    active = [i for i in plan.items if not i.skip_message]
    if not options.dry_run:
        log.set_statuses(project, [(i.uuid, delta_log.STARTED, None) for i in active], params.get("job_id"))
        log.set_sources(project, [(i.uuid, sources[i.uuid]) for i in active if i.uuid in sources])
    # A dry run is journalled too (its working copies must go if it is killed), without log updates.
    journal = Journal.start(journal_folder(store), params.get("job_id") or uuid.uuid4().hex, project,
                            [] if options.dry_run else [i.uuid for i in active],
                            {"inverse": options.inverse, "overwrite_conflicts": options.overwrite_conflicts,
                             "resolutions": options.resolutions})
    run = DeltaRun(targets, options, log.created_pks(project),
                   plan.client_pks, journal, on_progress=context.progress, is_cancelled=context.is_cancelled)
    try:
        result = run.run(plan.items)
    except Exception as err:
        if not options.dry_run and not getattr(err, "partial", False):
            log.set_statuses(project, [(i.uuid, delta_log.PENDING, None) for i in active])
        if isinstance(err, SourceError):
            raise JobError(str(err), errors.WRITE_FAILED, hint=_connection_hint() if err.connection_lost else "")
        raise
    if not options.dry_run:
        record_results(log, project, ((e["delta_id"], e["status"], e) for e in result.feedback),
                       [[*k, *v] for k, v in result.created.items()], options.inverse, params.get("job_id"))
    journal.remove()
    counts: Dict[str, int] = {}
    for entry in result.feedback:
        counts[entry["status"]] = counts.get(entry["status"], 0) + 1
    return {"delta_feedback": result.feedback, "committed": result.committed, "dry_run": options.dry_run,
            "counts": counts, "failure": result.failure, "connection_lost": result.connection_lost,
            "conflict": result.conflict}


def _sources(items: List[Item], targets: Dict[str, LayerTarget]) -> Dict[str, str]:
    """Delta id → the data source and layer it writes to (deltas whose layer is missing are left out)."""
    found = {}
    names: Dict[str, str] = {}  # layer id → its source name, one string for all deltas of the layer
    for item in items:
        target = find_target(targets, item.delta)
        if target is not None and target.source_key:
            if target.layer_id not in names:
                names[target.layer_id] = f"{target.source_key}#{','.join(target.ogr_layer_names)}"
            found[item.uuid] = names[target.layer_id]
    return found


def _skip_applied_elsewhere(items: List[Item], elsewhere: Dict[str, str]) -> None:
    """Skip deltas that another project already applied to the same data source (dry run and apply alike)."""
    for item in items:
        other = elsewhere.get(item.uuid)
        if other and not item.skip_message:
            item.skip_message = tr('Skipped: the project "{project}" already applied it to the same data source; '
                                   'use "deltas reapply" to apply it again.').format(project=other)


def _connection_hint() -> str:
    return tr("At least one of the online databases used in the project reset the connection. The transaction "
              "was rolled back by the database; check the connection and run the job again.")


def check_result(context: JobContext) -> Dict[str, Any]:
    """Step 5: fail the job when the run was rolled back (nothing written)."""
    outcome = context.returns["apply_deltas"]
    if outcome["dry_run"] or outcome["committed"]:
        return {}
    if outcome["connection_lost"]:
        raise JobError(tr("The database connection was lost while applying the changes; every data source was "
                          "rolled back and nothing was changed.\n{failure}").format(failure=outcome["failure"]),
                       errors.WRITE_FAILED, hint=_connection_hint())
    if outcome.get("conflict"):
        hint = tr("Resolve the conflict (or run again with --overwrite-conflicts), or use "
                  "--continue-on-error to apply the other deltas.")
    else:
        hint = tr("Correct what the message names (the delta's value, or the data source), or use "
                  "--continue-on-error to apply the other deltas.")
    raise JobError(tr("No change was applied: a delta could not be applied, so every data source was rolled "
                      "back.\n{failure}").format(failure=outcome["failure"]), errors.WRITE_FAILED, hint=hint)


def build_workflow(params: Dict[str, Any]) -> Workflow:
    """The apply_changes workflow (its first step only with ``recover_only``)."""
    recover_step = Step("recover_interrupted", QT_TR_NOOP("Recover Interrupted Runs"), recover_interrupted,
                        output_names=("messages",))
    if params.get("recover_only"):
        return Workflow(id="apply_changes", name="Apply Changes", steps=[recover_step])
    return Workflow(
        id="apply_changes",
        name="Apply Changes",
        steps=[
            recover_step,
            Step("load_deltas", QT_TR_NOOP("Load Deltas"), load_deltas,
                 output_names=("deltafile_id", "deltafile_project", "cloud_project", "delta_count", "to_apply")),
            Step("open_project", QT_TR_NOOP("Open Project"), open_project_step),
            Step("apply_deltas", QT_TR_NOOP("Apply Deltas"), apply_deltas,
                 output_names=("delta_feedback", "committed", "dry_run", "counts")),
            Step("check_result", QT_TR_NOOP("Check Result"), check_result),
        ],
    )


def not_applied_count(feedback: Dict[str, Any]) -> int:
    """How many deltas of a finished job were neither applied nor deliberately skipped."""
    entries = ((feedback.get("outputs") or {}).get("apply_deltas") or {}).get("delta_feedback") or []
    return sum(1 for e in entries if e.get("status") not in (APPLIED, SKIPPED))



