"""``jobs``: list the job history (local and cloud) from the shared store."""

from __future__ import annotations

import argparse
import json

from .common import make_runner


def register(subparsers) -> None:
    """Add the ``jobs`` command."""
    parser = subparsers.add_parser("jobs", help="list recent jobs, local and cloud, newest first")
    parser.add_argument("--project", help="only jobs of this project file")
    parser.add_argument("--limit", type=int, default=20, help="how many jobs (default 20)")
    parser.add_argument("--json", action="store_true", help="print the job records as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the jobs."""
    from ..core.runner.runner import project_key

    store = make_runner().store
    jobs = store.list(project=project_key(args.project) if args.project else None, limit=args.limit,
                      summary=not args.json)
    if args.json:
        print(json.dumps([j.to_dict() for j in jobs], indent=2))
        return 0
    for job in jobs:
        duration = job.duration_seconds()
        shown = f"{duration:.1f} s" if duration is not None else "-"
        print(f"{job.status:9} {job.type:20} {job.origin:6} {shown:>8}  {job.created_at}  {job.project}")
    return 0
