"""The sync job: field edits of a device copy (folder or zip) come home, through the delta_apply engine.

Workflow ``sync``: recover killed runs, read the device copy and diff it against the copy's last
synced state (``core/sync/``), load the deltafile it produced (delta log), copy new attachments,
apply all-or-nothing, record the copy's new state, check. Per-delta results are at
``outputs.apply_deltas.delta_feedback`` (as delta_apply); ``outputs.sync`` has the ids, per-layer
counts and the files.

Parameters: ``project``, ``device`` (folder or zip), ``dry_run``, ``overwrite_conflicts``,
``continue_on_error``, ``inverse``, ``compare_to_source`` (booleans), ``store_path``, ``job_id``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List

from ..archives import ArchiveLimits
from ..deltas.engine import APPLIED, CONFLICT, SKIPPED
from ..deltas.log import DeltaLog
from ..deltas.targets import project_targets
from ..i18n import tr
from ..project_io import open_project
from ..sync.device import DeviceCopy, open_device
from ..sync.prepare import check_belongs, prepare_compare, prepare_sync, project_facts, read_package
from ..sync.source_compare import SOURCE_GPKG, export_sources, packaged_tables
from ..sync.state import SyncState
from . import delta_apply, errors, sync_qfieldsync
from .errors import JobError
from .workflow import JobContext, Step, Workflow

SYNC_OUTPUTS = ("project_id", "package_id", "copy_id", "deltafile_id", "layers", "files", "not_synchronized")


def _state(context: JobContext) -> SyncState:
    return SyncState(delta_apply._store(context))


def read_device(context: JobContext) -> Dict[str, Any]:
    """Step 2: copy the device's data.gpkg privately, check it belongs to the project, diff, write deltas."""
    params = context.params
    project_file = Path(params["project"]).expanduser().resolve()
    state = _state(context)
    project = open_project(project_file, limits=ArchiveLimits.from_params(params))
    targets = project_targets(project)
    facts = project_facts(project, project_file)
    device = open_device(Path(params["device"]), state.work_folder, ArchiveLimits.from_params(params))
    try:
        package = read_package(device)
        if package is None and params.get("compare_to_source") and not params.get("inverse"):
            tables = export_sources(project, packaged_tables(device), device.work_dir / SOURCE_GPKG)
            project.clear()
            prepared = prepare_compare(device, facts, state, params, tables, device.work_dir / SOURCE_GPKG)
        elif package is None:
            raise JobError(tr('"{device}" has no synchronization fingerprint: it was packaged before cable sync, or by '
                              "another tool.").format(device=device.source), errors.INVALID_ARGUMENTS,
                           hint=tr("Nothing was changed. Compare it with the current data sources instead "
                                   "(compare to source), or package the project again before the next field trip."))
        else:
            check_belongs(package, facts, project_file, device, state)
            prepared = prepare_sync(device, package, facts, state, params,
                                    lambda tables, path: export_sources(project, tables, path))
    except BaseException:
        device.close()
        raise
    finally:
        project.clear()
    params["deltafile"] = str(prepared.deltafile)
    return {"targets": targets, "device": device, "prepared": prepared, "facts": facts}


def copy_attachments(context: JobContext) -> Dict[str, Any]:
    """Step 4: plan the device's new attachments and copy them (before the deltas; a dry run only plans)."""
    device: DeviceCopy = context.returns["open_project"]["device"]
    facts = context.returns["open_project"]["facts"]
    project_dir = Path(context.params["project"]).expanduser().resolve().parent
    if context.params.get("inverse") or not any((device.root / d).is_dir() for d in facts.attachment_dirs):
        return {"plan": None, "copied": None}
    from ..sync.attachments import copy_attachments as copy_files, plan_attachments

    plan = plan_attachments(device.root, project_dir, facts.attachment_dirs)
    copied = None if context.params.get("dry_run") else copy_files(plan)
    return {"plan": plan, "copied": copied}


def apply_deltas(context: JobContext) -> Dict[str, Any]:
    """Step 5: delta_apply's apply step; if it fails outright, the copied attachments go again."""
    prepared = context.returns["open_project"]["prepared"]
    log = DeltaLog(delta_apply._store(context))
    log.save_created_pks(delta_apply._project(context.params), {  # this copy's creates, whatever the project path
        key: (*value, None) for key, value in _state(context).created_keys(prepared.copy_id).items()})
    try:
        return delta_apply.apply_deltas(context)
    except BaseException:
        _undo_attachments(context)
        context.returns["open_project"]["device"].close()
        raise


def _undo_attachments(context: JobContext) -> None:
    copied = context.returns["copy_attachments"]["copied"]
    if copied is not None:
        from ..sync.attachments import rollback_attachments

        rollback_attachments(copied)


def _layer_rows(feedback: List[Dict[str, Any]], names: Dict[str, str]) -> List[Dict[str, Any]]:
    rows: Dict[str, Dict[str, Any]] = {}
    methods = {"create": "created", "patch": "changed", "delete": "deleted"}
    for entry in feedback:
        layer_id = entry.get("layer_id") or ""
        row = rows.setdefault(layer_id, {"layer_id": layer_id, "name": names.get(layer_id, layer_id), "created": 0,
                                         "changed": 0, "deleted": 0, "conflicts": 0})
        if entry["status"] == APPLIED:
            row[methods.get(entry.get("method"), "changed")] += 1
        elif entry["status"] == CONFLICT:
            row["conflicts"] += 1
    return list(rows.values())


def _files(plan, project_dir: Path) -> Dict[str, Any]:
    if plan is None:
        return {"copied": [], "identical": [], "conflicts": []}
    copied = []
    for _, target in plan.to_copy:
        target = Path(target)
        copied.append(target.relative_to(project_dir).as_posix() if target.is_absolute() else target.as_posix())
    return {"copied": copied, "identical": list(plan.identical),
            "conflicts": [{"path": str(c.path), "message": c.message} for c in plan.conflicts]}


def finish_sync(context: JobContext) -> Dict[str, Any]:
    """Step 6: keep the copy's new state (everything applied) or undo the attachment copies (rolled back)."""
    params, opened = context.params, context.returns["open_project"]
    device: DeviceCopy = opened["device"]
    prepared, facts = opened["prepared"], opened["facts"]
    outcome = context.returns["apply_deltas"]
    attachments = context.returns["copy_attachments"]
    feedback = outcome["delta_feedback"]
    try:
        everything = all(e["status"] in (APPLIED, SKIPPED) for e in feedback)
        if outcome["committed"] and not outcome["dry_run"]:
            state = _state(context)
            state.save_created_keys(prepared.copy_id, DeltaLog(delta_apply._store(context)).created_pks(
                delta_apply._project(params)))
            if params.get("inverse"):
                state.undo_sync(prepared.copy_id)
            elif everything:
                state.record_sync(prepared.copy_id, prepared.package.package_id, prepared.package.project_id,
                                  params.get("job_id") or prepared.deltafile_id, str(prepared.deltafile), device.gpkg,
                                  device.extra)
        else:
            _undo_attachments(context)
    finally:
        device.close()
    project_dir = Path(params["project"]).expanduser().resolve().parent
    return {"project_id": prepared.package.project_id, "package_id": prepared.package.package_id,
            "copy_id": prepared.copy_id, "deltafile_id": prepared.deltafile_id,
            "layers": _layer_rows(feedback, {**facts.layer_names, **prepared.missing_layers}),
            "files": _files(attachments["plan"], project_dir), "not_synchronized": prepared.not_synchronized}


def build_workflow(params: Dict[str, Any]) -> Workflow:
    """The sync workflow (delta_apply's steps where they are the same); QFieldSync packages have their own."""
    if sync_qfieldsync.is_qfieldsync_device(params.get("device")):
        return sync_qfieldsync.build_workflow(SYNC_OUTPUTS)
    return Workflow(
        id="sync",
        name="Synchronize from QField",
        steps=[
            Step("recover_interrupted", "Recover Interrupted Runs", delta_apply.recover_interrupted,
                 output_names=("messages",)),
            Step("open_project", "Read Device Copy", read_device),
            Step("load_deltas", "Load Deltas", delta_apply.load_deltas,
                 output_names=("deltafile_id", "delta_count", "to_apply")),
            Step("copy_attachments", "Copy Attachments", copy_attachments),
            Step("apply_deltas", "Apply Deltas", apply_deltas,
                 output_names=("delta_feedback", "committed", "dry_run", "counts")),
            Step("sync", "Record Synchronization", finish_sync, output_names=SYNC_OUTPUTS),
            Step("check_result", "Check Result", delta_apply.check_result),
        ],
    )
