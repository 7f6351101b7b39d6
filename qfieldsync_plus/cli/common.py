"""Shared command-line helpers: the runner from the user's settings, running a job, output."""

from __future__ import annotations

import argparse
import getpass
import json
import math
import os
import sys
from pathlib import Path
from typing import Optional

from ..core.jobs.job import Job
from ..core.runner.runner import JobRunner
from ..core.runner.store import JobStore
from ..core.runner.store_file import folder_error


_qt_handler = None


def quiet_qt_debug() -> None:
    """Keep Qt/QGIS debug output (the auth database's key-derivation lines among it) off the terminal;
    warnings and errors still reach stderr."""
    global _qt_handler
    from qgis.PyQt.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind, _context, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            sys.stderr.write(message + "\n")

    _qt_handler = handler  # keep a reference: Qt holds only a pointer to it
    qInstallMessageHandler(handler)


def add_job_output_options(parser) -> None:
    """The options every job command shares: ``--feedback FILE`` and ``--timeout S``."""
    parser.add_argument("--feedback", metavar="FILE", help="write the feedback JSON (QFieldCloud format v2) here")
    parser.add_argument("--timeout", metavar="S", type=time_limit,
                        help="time limit in seconds (default: the desktop's setting, 600)")


def time_limit(text: str) -> float:
    """``--timeout`` as argparse reads it: a finite number of seconds above 0 (else a usage error)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"the time limit must be a number of seconds above 0, not {text!r}")
    return value


def can_prompt() -> bool:
    """True when a person can be asked for a password (a terminal is attached)."""
    if sys.stdin.isatty():
        return True
    if os.name != "posix":
        return False
    try:
        os.close(os.open("/dev/tty", os.O_RDWR))
    except OSError:
        return False
    return True


def prompt_master_password(new_database: bool) -> Optional[str]:
    """Ask for the QGIS master password on the terminal (None when there is no terminal)."""
    if not can_prompt():
        return None
    if not new_database:
        return getpass.getpass("QGIS authentication master password: ") or None
    print("The QGIS authentication database has no master password yet: choose one (QGIS will ask for it).",
          file=sys.stderr)
    first = getpass.getpass("New master password: ")
    if first and getpass.getpass("Repeat the master password: ") == first:
        return first
    print("The passwords are empty or do not match.", file=sys.stderr)
    return None


def load_secrets(project: str) -> list:
    """The project's secrets for a job run from the command line."""
    from ..core.secrets.provider import load_project_secrets

    return load_project_secrets(project, prompt=prompt_master_password)


def load_auth(project: str):
    """The authentication configurations the project's layers use, for a job run from the command line."""
    from ..core.secrets.provider import load_project_auth

    return load_project_auth(project, prompt=prompt_master_password)


def make_runner(timeout: Optional[float] = None) -> JobRunner:
    """The desktop's runner (``settings.make_runner``: its data folder, Python for jobs, time limit and
    .qgz limits, read from the QGIS profile's settings file), with the project secrets from the user's
    QGIS authentication database; a store notice (a damaged store was replaced) goes to stderr."""
    from ..settings import make_runner as settings_runner, profile_settings

    try:
        return settings_runner(profile_settings(), secrets_for=load_secrets, auth_for=load_auth,
                               timeout_seconds=timeout, on_notice=lambda message: print(message, file=sys.stderr))
    except OSError as error:  # the data folder cannot be created
        raise folder_error(Path(error.filename or ""), error) from error


def open_store() -> JobStore:
    """The shared job store (the one the desktop uses); a notice (a damaged store was replaced) goes to stderr."""
    from ..settings import profile_settings, store_file

    try:
        path = store_file(profile_settings())
    except OSError as error:  # the data folder cannot be created
        raise folder_error(Path(error.filename or ""), error) from error
    return JobStore(path, on_notice=lambda message: print(message, file=sys.stderr))


def progress_printer(label: str):
    """A progress callback that redraws one line on a terminal (silent when piped)."""
    if not sys.stderr.isatty():
        return None

    def report(percent: float) -> None:
        sys.stderr.write(f"\r{label}: {percent:5.1f}%")
        sys.stderr.flush()

    return report


def submit_and_run(job_type: str, project: str, params: dict, timeout: Optional[float]) -> Optional[Job]:
    """Queue a job (obeying trigger rules) and run it; print why when it is not queued."""
    runner = make_runner(timeout)
    submission = runner.submit(job_type, project, params)
    if submission.job is None:
        print(f"{job_type} not started: {submission.skipped_reason}", file=sys.stderr)
        return None
    try:
        job = runner.run(submission.job, on_progress=progress_printer(job_type))
    finally:
        if sys.stderr.isatty():
            sys.stderr.write("\r\033[K")
    return job


def write_feedback(job: Job, path: Optional[str]) -> None:
    """Write the job's feedback JSON to ``path`` (when given)."""
    if path:
        Path(path).write_text(json.dumps(job.feedback, indent=2, ensure_ascii=False), encoding="utf-8")


def print_failure(job: Job) -> None:
    """Print a failed job's error and hint to stderr."""
    feedback = job.feedback or {}
    print(f"{job.type} {job.status}: {feedback.get('error', '')}", file=sys.stderr)
    if feedback.get("error_hint"):
        print(f"  → {feedback['error_hint']}", file=sys.stderr)


def print_delta_results(job: Job, problems_only: bool = False) -> list:
    """Print one line per delta result of ``job`` (with its conflicts); return all the results.

    ``problems_only`` leaves out applied and skipped deltas.
    """
    entries = (((job.feedback or {}).get("outputs") or {}).get("apply_deltas") or {}).get("delta_feedback") or []
    for entry in entries:
        if problems_only and entry["status"] in ("status_applied", "status_skipped"):
            continue
        print(f"{entry['status']:22} {entry.get('method') or '':7} {entry.get('delta_id')}  {entry.get('msg')}")
        for conflict in entry.get("conflicts") or []:
            print(f"{'':31}{conflict}")
    return entries
