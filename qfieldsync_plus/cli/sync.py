"""``sync PROJECT DEVICE_FOLDER_OR_ZIP``: bring a device copy's field edits home (cable sync)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.jobs.delta_apply import not_applied_count
from ..core.jobs.job import FINISHED, SYNC, Job
from .common import print_delta_results, print_failure, submit_and_run, write_feedback
from .delta_apply import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, add_apply_options, apply_params


def register(subparsers) -> None:
    """Add the ``sync`` command."""
    parser = subparsers.add_parser(
        "sync", help="synchronize a device copy of a package (folder or QField's zip) back into the project",
        description="Compare the device copy with its last synchronized state and apply the field edits to the "
        "project's data sources, all-or-nothing, conflicts detected. Exit 0 when every change applied; 1 when the "
        "job failed and nothing was written; 3 when some changes were not applied (--continue-on-error, or a "
        "--dry-run that found some); 2 usage.")
    parser.add_argument("project", help="the .qgs or .qgz project file that was packaged")
    parser.add_argument("device", help="the package folder copied from the device, or QField's zip of it")
    parser.add_argument("--compare-to-source", action="store_true",
                        help="diff against the current sources (a package without fingerprint); every "
                        "difference is a conflict to confirm with --overwrite-conflicts")
    add_apply_options(parser)
    parser.set_defaults(func=run)


def print_summary(job: Job) -> None:
    """Per layer: created / changed / deleted / conflicts; then the files."""
    outputs = ((job.feedback or {}).get("outputs") or {}).get("sync") or {}
    for row in outputs.get("layers") or []:
        print(f"  {row['name']:30} created {row['created']:>5}  changed {row['changed']:>5}  "
              f"deleted {row['deleted']:>5}  conflicts {row['conflicts']:>5}")
    files = outputs.get("files") or {}
    for path in files.get("copied") or []:
        print(f"  copied     {path}")
    for conflict in files.get("conflicts") or []:
        print(f"  conflict   {conflict['path']}: {conflict['message']}")
    for reason in outputs.get("not_synchronized") or []:
        print(f"  [warning] {reason}")


def run(args: argparse.Namespace) -> int:
    """Run the sync job and report."""
    params = {"device": str(Path(args.device).expanduser().resolve()), "compare_to_source": args.compare_to_source,
              **apply_params(args)}
    job = submit_and_run(SYNC, args.project, params, args.timeout)
    if job is None:
        return EXIT_FAILED
    write_feedback(job, args.feedback)
    print_summary(job)
    entries = print_delta_results(job, problems_only=True)
    if job.status != FINISHED:
        print_failure(job)
        return EXIT_FAILED
    missing = not_applied_count(job.feedback or {})
    print(f"sync finished in {job.duration_seconds():.1f} s (job {job.id}): "
          f"{len(entries) - missing} of {len(entries)} changes applied or skipped", file=sys.stderr)
    return EXIT_PARTIAL if missing else EXIT_OK
