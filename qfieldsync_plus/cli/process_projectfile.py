"""``process-projectfile PROJECT``: run the check and print the layer table."""

from __future__ import annotations

import argparse
import shutil

from ..core.checks.layers import TARGET_CLOUD, TARGET_LOCAL
from ..core.jobs.job import FINISHED, PROCESS_PROJECTFILE
from ..core.jobs.process_projectfile import has_blocking_findings
from ..core.jobs.report import findings_text, layer_table
from .common import add_job_output_options, print_failure, submit_and_run, write_feedback


def register(subparsers) -> None:
    """Add the ``process-projectfile`` command."""
    parser = subparsers.add_parser(
        "process-projectfile",
        help="check that a project and every layer can be opened (QFieldCloud's process_projectfile)",
        description="Open PROJECT in a separate QGIS process, check every layer and data provider, "
        "and print the layer table. Exit 0 when the job finished (even with invalid layers, as the cloud "
        "does), 1 when it failed, 2 on wrong usage, 3 with --strict when it finished with findings.",
    )
    parser.add_argument("project", help="the .qgs or .qgz project file")
    parser.add_argument("--target", choices=(TARGET_LOCAL, TARGET_CLOUD), default=TARGET_LOCAL,
                        help="local: can this machine open every source (default); cloud: can QFieldCloud")
    parser.add_argument("--thumbnail", metavar="FILE", help="copy the rendered thumbnail PNG here")
    add_job_output_options(parser)
    parser.add_argument("--strict", action="store_true", help="exit 3 when the job finished with findings")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the job; print the table; return the exit code."""
    job = submit_and_run(PROCESS_PROJECTFILE, args.project, {"target": args.target}, args.timeout)
    if job is None:
        return 1
    write_feedback(job, args.feedback)
    if job.status != FINISHED:
        print_failure(job)
        return 1
    print(layer_table(job.feedback))
    findings = findings_text(job.feedback)
    if findings:
        print("\n" + findings)
    thumbnail = ((job.feedback.get("outputs") or {}).get("generate_thumbnail") or {}).get("thumbnail")
    if args.thumbnail and thumbnail:
        shutil.copyfile(thumbnail, args.thumbnail)
    print(f"\nprocess_projectfile finished in {job.duration_seconds():.1f} s (job {job.id})")
    return 3 if args.strict and has_blocking_findings(job.feedback) else 0
