"""Entry point of a job's child process: ``python -m qfieldsync_plus.core.runner.child REQUEST``.

REQUEST is a JSON file ``{"job_type", "params", "result_path", "time_limit"}``.
The child starts its own headless QgsApplication, runs the job's workflow, and writes the
feedback JSON to ``result_path`` (atomically). Log lines go to stdout, with the protocol markers.
The child never outlives its parent (nor ``time_limit`` seconds), so a killed command line
leaves no job running on its own.
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import signal
import stat
import sys
import tempfile
import threading
from pathlib import Path

PR_SET_PDEATHSIG = 1  # linux/prctl.h
EXIT_PARENT_GONE = 75


def _write_json_atomically(path: Path, data: dict) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def _exit_when_stdin_closes() -> None:
    try:
        while os.read(0, 4096):
            pass
    except OSError:
        pass
    os._exit(EXIT_PARENT_GONE)


def end_with_parent(time_limit: float) -> None:
    """End this process when its parent dies or after ``time_limit`` seconds (0 or too large: no limit).

    Linux: the kernel kills us when the parent dies (PR_SET_PDEATHSIG). Everywhere: the parent
    holds our stdin pipe open and never writes; when it dies the pipe closes (also if that
    happened before we got here) and a thread ends us.
    """
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    try:
        stdin_is_pipe = stat.S_ISFIFO(os.fstat(0).st_mode)
    except OSError:
        stdin_is_pipe = False
    if stdin_is_pipe:
        threading.Thread(target=_exit_when_stdin_closes, name="parent-watch", daemon=True).start()
    if 0 < time_limit < threading.TIMEOUT_MAX:
        timer = threading.Timer(time_limit, os._exit, (EXIT_PARENT_GONE,))
        timer.daemon = True
        timer.start()


def main(argv: list) -> int:
    """Run one job as described by the request file named in ``argv[0]``."""
    logging.basicConfig(
        stream=sys.stdout, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", force=True
    )
    request = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    end_with_parent(float(request.get("time_limit") or 0))
    result_path = Path(request["result_path"])
    # The job's own private folder (removed with it, or by the next runner after a kill) holds the
    # temporary files Python code makes here, e.g. the connection-timeout settings.
    tempfile.tempdir = str(Path(argv[0]).parent)

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
