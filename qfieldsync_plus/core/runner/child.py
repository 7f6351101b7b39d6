"""Entry point of a job's child process: ``python -m qfieldsync_plus.core.runner.child REQUEST``.

REQUEST is a JSON file ``{"job_type", "params", "result_path"}``. The child starts its own
headless QgsApplication, runs the job's workflow, and writes the feedback JSON to
``result_path`` (atomically). Log lines go to stdout, with the protocol markers.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path


def _write_json_atomically(path: Path, data: dict) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def main(argv: list) -> int:
    """Run one job as described by the request file named in ``argv[0]``."""
    logging.basicConfig(
        stream=sys.stdout, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", force=True
    )
    request = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    result_path = Path(request["result_path"])

    from ..jobs.job import READ_ONLY_JOB_TYPES
    from ..jobs.registry import job_module
    from ..jobs.workflow import JobContext, error_feedback, run_workflow
    from ..qgis_app import start_headless_qgis
    from . import protocol

    def report(percent: float) -> None:
        print(protocol.progress_line(percent), flush=True)

    try:
        if request["job_type"] in READ_ONLY_JOB_TYPES:
            from ..readonly_sources import keep_journal_modes

            keep_journal_modes()
        start_headless_qgis()
        print(protocol.started_line(), flush=True)
        workflow = job_module(request["job_type"]).build_workflow(request["params"])
        feedback = run_workflow(workflow, JobContext(params=request["params"], on_progress=report))
    except Exception as err:  # noqa: BLE001 - the parent must always get feedback
        logging.exception("The job could not run")
        feedback = {"feedback_version": "2.0", "workflow_id": request["job_type"], "steps": [], "outputs": {}}
        feedback.update(error_feedback(err))
    _write_json_atomically(result_path, feedback)
    sys.stdout.flush()
    # Skip QGIS teardown: exitQgis() can crash on some providers after the result is safe.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
