"""``delta-apply PROJECT DELTAFILE``: apply QField's changes to the project's data sources."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.jobs.delta_apply import not_applied_count
from ..core.jobs.job import DELTA_APPLY, FINISHED, Job
from .common import add_job_output_options, print_delta_results, print_failure, submit_and_run, write_feedback

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3


def register(subparsers) -> None:
    """Add the ``delta-apply`` command."""
    parser = subparsers.add_parser(
        "delta-apply", help="apply a QField deltafile to the project's data sources (QFieldCloud's delta_apply)",
        description="Apply every delta of DELTAFILE, all-or-nothing. Exit 0 when every delta applied; 1 when the "
        "job failed and nothing was written; 3 when some deltas were not applied (--continue-on-error); 2 usage.")
    parser.add_argument("project", help="the .qgs or .qgz project file")
    parser.add_argument("deltafile", help="the deltafile (JSON) pushed by QField")
    parser.add_argument("--any-project", action="store_true",
                        help="apply the deltafile even if it is for another cloud project than the linked one")
    add_apply_options(parser)
    parser.set_defaults(func=run)


def add_apply_options(parser: argparse.ArgumentParser) -> None:
    """The options shared by ``delta-apply`` and ``deltas reapply``."""
    parser.add_argument("--overwrite-conflicts", action="store_true", help="apply deltas even when they conflict")
    parser.add_argument("--inverse", action="store_true", help="revert the applied deltas instead")
    parser.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    parser.add_argument("--continue-on-error", action="store_true",
                        help="keep the deltas that applied even if others fail or conflict")
    add_job_output_options(parser)


def apply_params(args: argparse.Namespace) -> dict:
    """Job parameters from the shared options."""
    return {"overwrite_conflicts": args.overwrite_conflicts, "inverse": args.inverse, "dry_run": args.dry_run,
            "continue_on_error": args.continue_on_error}


def report(job: Job, feedback_path) -> int:
    """Print the per-delta results; the exit code."""
    write_feedback(job, feedback_path)
    entries = print_delta_results(job)
    if job.status != FINISHED:
        print_failure(job)
        return EXIT_FAILED
    missing = not_applied_count(job.feedback or {})
    print(f"delta_apply finished in {job.duration_seconds():.1f} s (job {job.id}): "
          f"{len(entries) - missing} of {len(entries)} deltas applied or skipped{_origin(job)}", file=sys.stderr)
    return EXIT_PARTIAL if missing else EXIT_OK


def _origin(job: Job) -> str:
    """'; deltafile of cloud project X …' when the local project is not linked to a cloud project."""
    loaded = ((job.feedback or {}).get("outputs") or {}).get("load_deltas") or {}
    if loaded.get("deltafile_project") and not loaded.get("cloud_project"):
        return f"; deltafile of cloud project {loaded['deltafile_project']} (this project is not linked to one)"
    return ""


def run(args: argparse.Namespace) -> int:
    """Run the job and report."""
    params = {"deltafile": str(Path(args.deltafile).resolve()), "any_project": args.any_project,
              **apply_params(args)}
    job = submit_and_run(DELTA_APPLY, args.project, params, args.timeout)
    return EXIT_FAILED if job is None else report(job, args.feedback)
