"""Launch one job in a child process, enforce its time limit, collect its feedback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, List, Optional, Sequence

from ..i18n import tr
from ..jobs import errors
from ..jobs.job import FAILED, FINISHED, QUEUED, READ_ONLY_JOB_TYPES, STARTED, STOPPED, Job, utc_now
from ..jobs.workflow import failure_feedback
from ..paths import private_dir
from ..qt_messages import is_auth_noise
from ..readonly_sources import release_in_own_process, sqlite_sidecars
from ..redact import redact_data, redact_text
from . import protocol
from .interpreter import InterpreterNotFound, child_environment, find_qgis_python
from ..temp_names import JOB_PREFIX, owned_prefix
from .store import JobStore

DEFAULT_TIMEOUT_SECONDS = 600
LOG_SAVE_INTERVAL = 2.0
# The child ends itself this long after its time limit, should its parent not have killed it.
CHILD_GRACE_SECONDS = 30

ProgressCallback = Callable[[float], None]


class ChildRun:
    """A job's child process and what it printed so far.

    The child's stdin is a pipe this process writes one JSON line to (``message``: what must reach
    the child only, see runner/child.py), then never again: when this process dies, the pipe
    closes and the child ends itself (besides Linux's parent-death signal).
    On POSIX the child leads its own process group, so killing it kills what it started too.
    """

    def __init__(self, command: List[str], env: dict, cwd: str, redact: Sequence[str] = (),
                 message: Optional[dict] = None) -> None:
        self.lines: List[str] = []
        self.redact = list(redact)
        self.started = threading.Event()
        self.progress: Optional[float] = None
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.PIPE,
            env=env,
            cwd=cwd,
            start_new_session=os.name == "posix",
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        try:
            assert self.process.stdin is not None
            self.process.stdin.write(json.dumps(message or {}) + "\n")
            self.process.stdin.flush()
        except OSError:  # the child is already gone: it reports (or its exit code says) why
            pass

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            line = raw.rstrip("\n")
            parsed = protocol.parse_line(line)
            if parsed is None:
                if not is_auth_noise(line):  # printed around Qt's message handler (e.g. by a provider)
                    self.lines.append(redact_text(line, self.redact))
            elif parsed[0] == protocol.STARTED:
                self.started.set()
            else:
                self.progress = parsed[1]

    def finish_reading(self) -> None:
        """Wait for the reader to drain the pipe after the process ended."""
        self._reader.join(timeout=5)
        self._close_stdin()

    def kill(self) -> None:
        """Kill the child and its process group (and wait for it)."""
        if self.process.poll() is None:
            if os.name == "posix":
                try:
                    os.killpg(self.process.pid, signal.SIGKILL)
                except OSError:  # already gone
                    pass
            else:
                self.process.kill()
        self.process.wait()
        self._close_stdin()

    def _close_stdin(self) -> None:
        if self.process.stdin is not None and not self.process.stdin.closed:
            try:
                self.process.stdin.close()
            except OSError:
                pass


def run_job(
    job: Job,
    store: JobStore,
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS,
    on_progress: Optional[ProgressCallback] = None,
    is_cancelled: Callable[[], bool] = lambda: False,
    python: Optional[str] = None,
    extra_env: Optional[dict] = None,
    redact: Sequence[str] = (),
    message: Optional[dict] = None,
) -> Job:
    """Run ``job`` in a child process until it finishes, fails, times out or is cancelled.

    Blocks the calling thread (call it from a QgsTask or the command line). The job record in
    ``store`` follows every status change; the returned job is the final record. Credentials in
    data sources and every string in ``redact`` (the job's secret values) are removed from the
    log and the feedback before they are stored. ``message`` reaches the child over its stdin only.
    """
    try:
        interpreter = find_qgis_python(python)
    except InterpreterNotFound as err:
        return _end(job, store, FAILED, failure_feedback(job.type, str(err), errors.UNKNOWN))

    try:
        private = private_dir(store.path)
    except errors.JobError as err:
        return _end(job, store, FAILED, failure_feedback(job.type, str(err), err.error_type, err.hint))
    # Private (0700, beside the store) and named after this process: the next runner removes it after a kill.
    with tempfile.TemporaryDirectory(prefix=owned_prefix(JOB_PREFIX), dir=str(private)) as workdir:
        request_path = Path(workdir) / "request.json"
        result_path = Path(workdir) / "feedback.json"
        request_path.write_text(
            json.dumps({"job_type": job.type, "params": job.params, "result_path": str(result_path),
                        "time_limit": timeout_seconds + CHILD_GRACE_SECONDS}),
            encoding="utf-8",
        )
        command = [interpreter, "-m", "qfieldsync_plus.core.runner.child", str(request_path)]
        env = child_environment(extra_env)
        project_dir = Path(job.project).parent
        sidecars = sqlite_sidecars(project_dir) if job.type in READ_ONLY_JOB_TYPES else None
        child = ChildRun(command, env, cwd=workdir, redact=redact, message=message)
        try:
            job.status, job.pid = QUEUED, child.process.pid
            store.save(job)
            outcome = _supervise(job, store, child, timeout_seconds, on_progress, is_cancelled)
        except BaseException:  # the store failed (the job cannot be recorded) or Ctrl+C: never leave the child
            child.kill()
            child.finish_reading()
            if sidecars is not None:
                release_in_own_process(interpreter, env, project_dir, sidecars)
            raise
        child.finish_reading()
        if sidecars is not None:
            left = release_in_own_process(interpreter, env, project_dir, sidecars)
            if left:
                child.lines.append(tr("SQLite files the job could not remove (another program uses them, or they "
                                      "hold data): {files}").format(files=", ".join(left)))
        job.log = "\n".join(child.lines)
        if outcome is not None:
            status, feedback = outcome
        elif result_path.is_file():
            feedback = json.loads(result_path.read_text(encoding="utf-8"))
            status = FAILED if feedback.get("error") else FINISHED
        else:
            status, feedback = FAILED, _crash_feedback(job, child.process.returncode)
    return _end(job, store, status, redact_data(feedback, redact))



def _supervise(job, store, child, timeout_seconds, on_progress, is_cancelled):
    """Poll the child; return (status, feedback) when we ended it, None when it exited."""
    deadline = time.monotonic() + timeout_seconds
    last_save = time.monotonic()
    last_progress = None
    while child.process.poll() is None:
        if job.status == QUEUED and child.started.is_set():
            job.status, job.started_at = STARTED, utc_now()
            store.save(job)
        if on_progress and child.progress is not None and child.progress != last_progress:
            last_progress = child.progress
            on_progress(child.progress)
        if is_cancelled():
            child.kill()
            return STOPPED, failure_feedback(job.type, tr("The job was cancelled by the user."), "CANCELLED")
        if time.monotonic() > deadline:
            child.kill()
            message = tr(
                "The job did not finish within its time limit of {seconds} seconds and was terminated. "
                "QFieldCloud stops jobs after 10 minutes too: make the project lighter or split it."
            ).format(seconds=int(timeout_seconds))
            return FAILED, failure_feedback(job.type, message, errors.TIMEOUT)
        if time.monotonic() - last_save > LOG_SAVE_INTERVAL:
            job.log = "\n".join(child.lines)
            store.save(job)
            last_save = time.monotonic()
        time.sleep(0.05)
    return None


def _crash_feedback(job: Job, returncode: Optional[int]) -> dict:
    if returncode is not None and returncode < 0:
        how = tr("was killed by signal {signal}").format(signal=-returncode)
    else:
        how = tr("exited with code {code}").format(code=returncode)
    message = tr("The job's QGIS process {how} before reporting a result.").format(how=how)
    hint = tr(
        "QGIS may be crashing while opening the project. Try to identify the layer that is causing "
        "the crash by removing one layer at a time from the project and running the job again."
    )
    return failure_feedback(job.type, message, errors.CRASH, hint=hint)


def _end(job: Job, store: JobStore, status: str, feedback: dict) -> Job:
    job.status = status
    job.feedback = feedback
    job.started_at = job.started_at or utc_now()
    job.finished_at = utc_now()
    store.save(job)
    return job
