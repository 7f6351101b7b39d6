"""The shared shape of the job algorithms: submit, run with progress/cancel, report outputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFolder,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.i18n import tr
from ..core.jobs.job import FINISHED, Job
from ..core.runner.store_file import StoreError
from ..core.secrets.auth_db import warm_up
from ..gui.formatting import output_folder_of
from ..gui.icons import icon
from ..settings import make_runner

PROJECT = "PROJECT"
FEEDBACK_FILE = "FEEDBACK"
STATUS = "STATUS"
JOB_ID = "JOB_ID"
OUTPUT_FOLDER = "OUTPUT_FOLDER"


class JobAlgorithm(QgsProcessingAlgorithm):
    """Subclasses name the job type and turn parameters into job params."""

    job_type = ""

    def group(self) -> str:  # noqa: D102
        return ""

    def groupId(self) -> str:  # noqa: N802,D102
        return ""

    def icon(self):  # noqa: D102
        return icon("plugin")

    def add_project_parameter(self) -> None:
        """The input project file."""
        self.addParameter(QgsProcessingParameterFile(
            PROJECT, tr("QGIS project file"), fileFilter=tr("QGIS projects (*.qgs *.qgz)")))

    def add_common_outputs(self) -> None:
        """Feedback JSON destination and the outputs every job has."""
        self.addParameter(QgsProcessingParameterFileDestination(
            FEEDBACK_FILE, tr("Feedback JSON"), fileFilter=tr("JSON files (*.json)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputString(STATUS, tr("Job status")))
        self.addOutput(QgsProcessingOutputString(JOB_ID, tr("Job id")))
        self.addOutput(QgsProcessingOutputFolder(OUTPUT_FOLDER, tr("Output folder")))

    def job_params(self, parameters: Dict[str, Any], context) -> Dict[str, Any]:
        """The job's parameters from the algorithm's (override)."""
        return {}

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:  # noqa: N802
        """Main thread, before the worker runs: unlock the auth database now when the project has secrets or
        stored authentication configurations, as the menu does (QGIS's dialog only in the desktop)."""
        project = self.parameterAsFile(parameters, PROJECT, context)
        if project and Path(project).is_file():
            from qgis.utils import iface

            warm_up(project, use_qgis_dialog=iface is not None)
        return True

    def processAlgorithm(self, parameters, context, feedback) -> Dict[str, Any]:  # noqa: N802,D102
        project = self.parameterAsFile(parameters, PROJECT, context)
        if not project:
            raise QgsProcessingException(tr("Choose a QGIS project file (.qgs or .qgz)."))
        try:
            runner = make_runner()
            submission = runner.submit(self.job_type, project, self.job_params(parameters, context))
            if submission.job is None:
                raise QgsProcessingException(submission.skipped_reason or "")
            feedback.pushInfo(tr("Job {id} queued; it runs in a separate QGIS process.").format(id=submission.job.id))
            job = runner.run(submission.job, on_progress=feedback.setProgress, is_cancelled=feedback.isCanceled)
        except StoreError as error:  # locked, deleted or read-only job store: the job was stopped
            raise QgsProcessingException(f"{error}\n→ {error.hint}") from error
        self._report(job, feedback)
        if job.status == FINISHED:
            feedback.setProgress(100)
        feedback_path = self.parameterAsFileOutput(parameters, FEEDBACK_FILE, context)
        if feedback_path:
            Path(feedback_path).write_text(json.dumps(job.feedback, indent=2, ensure_ascii=False), encoding="utf-8")
        if job.status != FINISHED:
            message = (job.feedback or {}).get("error") or tr("The job ended {status}.").format(status=job.status)
            hint = (job.feedback or {}).get("error_hint")
            raise QgsProcessingException(message + (f"\n→ {hint}" if hint else ""))
        return {STATUS: job.status, JOB_ID: job.id, OUTPUT_FOLDER: output_folder_of(job.params) or "",
                FEEDBACK_FILE: feedback_path or None}

    def _report(self, job: Job, feedback) -> None:
        for line in job.log.splitlines()[-40:]:
            feedback.pushConsoleInfo(line)

