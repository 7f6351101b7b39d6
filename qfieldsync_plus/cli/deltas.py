"""``deltas list PROJECT`` and ``deltas reapply PROJECT (--id UUID… | --from UUID)``: the delta log."""

from __future__ import annotations

import argparse
import json

from ..core.deltas.log import DeltaLog, project_key
from ..core.jobs.job import DELTA_APPLY
from .common import make_runner, submit_and_run
from .delta_apply import EXIT_FAILED, add_apply_options, apply_params, report


def register(subparsers) -> None:
    """Add the ``deltas`` command group."""
    parser = subparsers.add_parser("deltas", help="the delta log: list deltas, re-apply them")
    commands = parser.add_subparsers(dest="deltas_command", metavar="SUBCOMMAND")
    commands.required = True
    listing = commands.add_parser("list", help="every delta of a project, oldest first, with its status")
    listing.add_argument("project", help="the .qgs or .qgz project file")
    listing.add_argument("--json", action="store_true", help="print the log rows as JSON")
    listing.set_defaults(func=run_list)
    reapply = commands.add_parser("reapply", help="apply logged deltas again (also applied ones: you ask for it)")
    reapply.add_argument("project", help="the .qgs or .qgz project file")
    which = reapply.add_mutually_exclusive_group(required=True)
    which.add_argument("--id", dest="ids", nargs="+", metavar="UUID", help="these deltas")
    which.add_argument("--from", dest="from_delta", metavar="UUID", help="this delta and every newer one")
    add_apply_options(reapply)
    reapply.set_defaults(func=run_reapply)


def run_list(args: argparse.Namespace) -> int:
    """Print the delta log of the project."""
    deltas = DeltaLog(make_runner().store.path).list(project_key(args.project))
    if args.json:
        print(json.dumps([d.to_dict() for d in deltas], indent=2))
        return 0
    for delta in deltas:
        print(f"{delta.id}  {delta.status:11} {delta.method:7} {delta.layer_id}  {delta.updated_at}")
    return 0


def run_reapply(args: argparse.Namespace) -> int:
    """Re-apply the chosen deltas through a delta_apply job."""
    params = apply_params(args)
    if args.ids:
        params["delta_ids"] = args.ids
    else:
        params["from_delta"] = args.from_delta
    job = submit_and_run(DELTA_APPLY, args.project, params, args.timeout)
    return EXIT_FAILED if job is None else report(job, args.feedback)
