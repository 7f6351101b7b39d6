"""Entry point of a job's child process: ``python -m qfieldsync_plus.core.runner.child REQUEST``.

REQUEST is a JSON file ``{"job_type", "params", "result_path", "time_limit"}``.
The child starts its own headless QgsApplication, runs the job's workflow, and writes the
feedback JSON to ``result_path`` (atomically). Log lines go to stdout, with the protocol markers.
The child never outlives its parent (nor ``time_limit`` seconds), so a killed command line
leaves no job running on its own.

Stdin protocol: the parent writes exactly one line, a JSON object, then nothing more and keeps the
pipe open until the job ends (its closing tells the child that the parent is gone). The object
carries what must never be in argv, the environment or a file: ``{"auth": {"password", "configs"}}``
(``secrets/job_auth.py``) when the project's layers use stored authentication configurations; the
child then opens its own auth database in its private job folder instead of the user's.
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
    with tmp.open("w", encoding="utf-8") as handle:  # json.dump writes piece by piece: no copy of a large feedback
        json.dump(data, handle, indent=1, ensure_ascii=False)
    os.replace(tmp, path)


def _exit_when_stdin_closes() -> None:
    try:
        while os.read(0, 4096):
            pass
    except OSError:
        pass
    os._exit(EXIT_PARENT_GONE)


def _stdin_is_pipe() -> bool:
    try:
        return stat.S_ISFIFO(os.fstat(0).st_mode)
    except OSError:
        return False


def read_parent_message() -> dict:
    """The parent's one-line JSON message on stdin ({} when stdin is no pipe or closed before it came)."""
    if not _stdin_is_pipe():
        return {}
    line = b""
    while not line.endswith(b"\n"):
        chunk = os.read(0, 1)  # byte by byte: nothing after the line may be consumed here
        if not chunk:
            return {}
        line += chunk
    message = json.loads(line.decode("utf-8"))
    return message if isinstance(message, dict) else {}


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
    if _stdin_is_pipe():
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
    from ..qgis_import import import_qgis_headless

    import_qgis_headless()  # first: the imports below load qgis, and a job needs no qgis.gui
    request = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    message = read_parent_message()
    end_with_parent(float(request.get("time_limit") or 0))
    result_path = Path(request["result_path"])
    # The job's own private folder (removed with it, or by the next runner after a kill) holds the
    # temporary files Python code makes here, e.g. the connection-timeout settings, and its auth database.
    tempfile.tempdir = str(Path(argv[0]).parent)
    auth = message.get("auth")
    if auth is not None:
        from ..secrets.auth_db import AUTH_DIR_ENV, PASSWORD_FILE_ENV

        os.environ[AUTH_DIR_ENV] = tempfile.tempdir  # a fresh qgis-auth.db, never the user's
        os.environ.pop(PASSWORD_FILE_ENV, None)  # the user's master password is not this database's

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
        if auth is not None:
            from ..secrets.job_auth import install

            install(auth)
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
