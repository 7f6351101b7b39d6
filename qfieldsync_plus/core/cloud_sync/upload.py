"""Check then upload: the one upload use case of the dock, the CLI and Processing.

The local process_projectfile (target cloud) runs first; an unreadable project file always
blocks, layers the cloud cannot open and files it would refuse block unless ``force``. Hidden
files never block: the upload skips them and the plan lists them as skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

from ..cloud.client import CloudClient
from ..cloud.errors import REFUSED, CloudError
from ..cloud.links import project_file_in, project_label
from ..cloud.sync_state import record_baseline
from ..cloud.uploader import UploadPlan, UploadProgress, UploadResult, execute_upload, plan_upload
from ..i18n import tr
from ..runner.runner import JobRunner
from .mirror import job_from_cloud
from .preflight import PreflightResult, check_before_upload, predict_cloud_jobs
from .projects import create_linked_project


# The codes of a refused upload: problems ``force`` overrides, and an unreadable project file.
CHECK_PROBLEMS, PROJECT_UNREADABLE = "check_problems", "project_unreadable"


@dataclass
class PreparedUpload:
    """The check's result, and (unless the check refused) the plan and the cloud jobs it triggers."""

    project_id: str
    folder: Path
    check: Optional[PreflightResult] = None
    plan: Optional[UploadPlan] = None
    predictions: List[Dict[str, Any]] = field(default_factory=list)
    refusal: str = ""

    def report(self) -> Dict[str, Any]:
        """Plain data for --json and the feedback of the Processing algorithm."""
        data: Dict[str, Any] = {"project_id": self.project_id, "folder": str(self.folder.resolve())}
        if self.check is not None:
            data["check"] = {"job_id": self.check.job.id, "status": self.check.job.status,
                             "problems": self.check.problems, "fatal": self.check.fatal}
        if self.refusal:
            data["refused"] = self.refusal
        if self.plan is not None:
            plan = self.plan
            data["plan"] = {"upload": [{"name": i.name, "reason": i.reason, "size": i.checksums.size}
                                       for i in plan.to_upload],
                            "unchanged": plan.unchanged, "remote_only": plan.remote_only,
                            "skipped_hidden": plan.skipped_hidden, "bytes": plan.total_bytes}
            data["cloud_jobs_triggered"] = self.predictions
        return data


def refusal_text(check: PreflightResult) -> str:
    """Why the check stops the upload, and what the user can do."""
    if check.fatal:
        return tr("Not uploaded: {reason}").format(reason=check.fatal)
    return tr("Not uploaded: the local check (target cloud) found problems: {problems}.").format(
        problems="; ".join(p.rstrip(".") for p in check.problems))


def prepare_upload(client: CloudClient, runner: JobRunner, project_id: Optional[str], folder: Path,
                   force: bool = False, skip_check: bool = False, new_project_name: str = "",
                   on_progress: Optional[Callable[[float], None]] = None,
                   is_cancelled: Callable[[], bool] = lambda: False) -> PreparedUpload:
    """Run the check (unless ``skip_check``), then plan the upload unless the check refuses it.

    Without ``project_id`` the cloud project ``new_project_name`` is created and the folder linked
    to it only after the check passed, so a refused upload leaves nothing on the server.
    """
    prepared = PreparedUpload(project_id or "", Path(folder))
    project_file = project_file_in(prepared.folder)
    if project_file is not None and not skip_check:
        prepared.check = check_before_upload(runner, project_file, on_progress, is_cancelled)
        if prepared.check.blocks(force):
            prepared.refusal = refusal_text(prepared.check)
            return prepared
    if not prepared.project_id:
        prepared.project_id = create_linked_project(client, prepared.folder, new_project_name)["id"]
    prepared.plan = plan_upload(client, prepared.project_id, prepared.folder)
    label = project_label(prepared.project_id, prepared.folder)
    cloud_jobs = [job_from_cloud(j, label, client.base_url) for j in client.list_jobs(prepared.project_id)]
    prepared.predictions = predict_cloud_jobs([i.name for i in prepared.plan.to_upload],
                                              prepared.plan.remote_has_project_file, cloud_jobs)
    return prepared


def check_and_upload(client: CloudClient, runner: JobRunner, project_id: Optional[str], folder: Path,
                     force: bool = False, delete_remote: bool = False, new_project_name: str = "",
                     on_progress: Optional[Callable[[UploadProgress], None]] = None,
                     is_cancelled: Callable[[], bool] = lambda: False) -> Tuple[str, UploadResult]:
    """Check, then upload what changed; returns (project id, result). A refused check raises
    ``CloudError(REFUSED)`` with the code ``check_problems`` (``force`` overrides them) or
    ``project_unreadable``, and sends nothing (no project is created either)."""
    prepared = prepare_upload(client, runner, project_id, folder, force, new_project_name=new_project_name,
                              is_cancelled=is_cancelled)
    raise_refusal(prepared)
    result = execute_upload(client, prepared.plan, on_progress, is_cancelled, delete_remote)
    record_baseline(prepared.project_id, prepared.folder, client.list_files(prepared.project_id))
    return prepared.project_id, result


def raise_refusal(prepared: PreparedUpload) -> None:
    """Raise ``CloudError(REFUSED)`` (code ``project_unreadable`` or ``check_problems``) when the check refused."""
    if prepared.refusal and prepared.check.fatal:
        raise CloudError(prepared.refusal, REFUSED, code=PROJECT_UNREADABLE)
    if prepared.refusal:
        raise CloudError(prepared.refusal, REFUSED, code=CHECK_PROBLEMS, hint=tr("Fix them, or upload anyway."))
