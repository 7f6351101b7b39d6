"""``cloud deltas pull``: apply the cloud's pending deltas to the local project with delta_apply.

Exit 0: every delta applied (or already applied before); 1: failed, nothing written; 3: some
deltas not applied (``--continue-on-error``); 2: wrong usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import List

from .common import time_limit

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3
PULL_ONLY = ("project", "dry_run", "overwrite_conflicts", "continue_on_error", "ids", "timeout")


def add_pull_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``cloud deltas pull`` (refused without ``pull``)."""
    group = parser.add_argument_group("deltas pull")
    group.add_argument("--project", help="the local .qgs/.qgz (or its folder) to apply to (default: the linked folder)")
    group.add_argument("--id", dest="ids", action="append", default=[], metavar="UUID",
                       help="also apply this cloud delta even if it is not pending (repeatable)")
    group.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    group.add_argument("--overwrite-conflicts", action="store_true", help="apply deltas even when they conflict")
    group.add_argument("--continue-on-error", action="store_true",
                       help="keep the deltas that applied even if others fail or conflict")
    group.add_argument("--timeout", metavar="S", type=time_limit, help="time limit of the local job in seconds")


def refuse_pull_options(args: argparse.Namespace) -> None:
    """Raise a usage error when a pull-only option is given to the listing."""
    from .cloud import UsageError

    given = [name for name in PULL_ONLY if getattr(args, name)]
    if given:
        options = ", ".join("--" + ("id" if n == "ids" else n.replace("_", "-")) for n in given)
        raise UsageError(f"{options} only work with `cloud deltas pull`")


def cmd_pull(args: argparse.Namespace, rest: List[str]) -> int:
    """Pull and apply; print one line per delta; the exit code."""
    from ..core.cloud_sync.deltas_pull import APPLIED_ALL, NOTHING_PENDING, PARTIAL, local_project_for, pull_deltas
    from .cloud import UsageError, client_for, output, project_id_for
    from .common import make_runner, progress_printer

    if args.apply or args.deltafile_id:
        raise UsageError("--apply and --deltafile-id do not work with `cloud deltas pull`")
    if len(rest) > 1:
        raise UsageError(f"unexpected arguments: {' '.join(rest[1:])} (give one folder)")
    folder = Path(rest[0]) if rest else None
    if folder is not None and not folder.is_dir():
        raise UsageError(f"{folder} is not a folder")
    link_folder = folder or (Path(args.project).parent if args.project and Path(args.project).is_file()
                             else Path(args.project) if args.project else None)
    project_id = project_id_for(args, str(link_folder) if link_folder else None)
    project_file = local_project_for(project_id, Path(args.project) if args.project else None, folder)
    client = client_for(args)
    result = pull_deltas(client, make_runner(args.timeout), project_id, project_file, args.ids, args.dry_run,
                         args.overwrite_conflicts, args.continue_on_error,
                         on_progress=None if args.json else progress_printer("delta_apply"))
    if not args.json and sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
    output(args, result.to_dict(), _text(result))
    if not args.json:
        print(_summary(result), file=sys.stderr)
    if result.outcome in (APPLIED_ALL, NOTHING_PENDING):
        return EXIT_OK
    return EXIT_PARTIAL if result.outcome == PARTIAL else EXIT_FAILED


def _text(result) -> str:
    """One line per cloud delta: the local result, method, id, message (and its conflicts)."""
    lines = [f"{d['local_status'] or 'not run':22} {d['method'] or '':7} {d['id']}  {d['message'] or ''}"
             + "".join(f"\n{'':31}{c}" for c in d.get("conflicts") or []) for d in result.deltas]
    return "\n".join(lines) or f"No pending deltas in cloud project {result.project_id}."


def _summary(result) -> str:
    """What happened overall, with the job's error and hint when it failed."""
    if not result.deltas:
        return "Nothing to apply."
    if result.job is None:
        return f"delta_apply not started: {result.skipped_reason}"
    lines = [f"delta_apply {result.job.status}{' (dry run)' if result.dry_run else ''} on "
             f"{os.path.basename(result.project)} (job {result.job.id}): {result.outcome}"]
    if result.error:
        lines.append(f"error: {result.error}")
        hint = (result.job.feedback or {}).get("error_hint")
        if hint:
            lines.append(f"  → {hint}")
    return "\n".join(lines)
