"""``package PROJECT --out DIR``: turn a QGIS project into a QField project (QFieldCloud's package job)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.jobs.job import FINISHED, PACKAGE
from ..core.packaging.actions import MODE_CABLE, MODES
from .common import add_job_output_options, print_failure, submit_and_run, write_feedback


def register(subparsers) -> None:
    """Add the ``package`` command."""
    parser = subparsers.add_parser(
        "package",
        help="package a project for QField: <stem>_qfield.qgs + data.gpkg + copied files",
        description="Convert PROJECT into a QField project in DIR (outside the project folder). Layers marked "
        "offline go into one data.gpkg; files are copied; the previous package is replaced only when the new one "
        "is complete and DIR holds nothing else. Exit 0 when finished, 1 when it failed, 2 on wrong usage.",
    )
    parser.add_argument("project", help="the .qgs or .qgz project file")
    parser.add_argument("--out", required=True, metavar="DIR", help="the package folder (outside the project folder)")
    parser.add_argument("--mode", choices=MODES, default=MODE_CABLE,
                        help="cable: QFieldSync/action and cable defaults (default); cloud: QFieldSync/cloud_action")
    parser.add_argument("--aoi-only", action="store_true", help="copy only features inside the area of interest")
    parser.add_argument("--strict", action="store_true",
                        help="fail (exit 1, nothing written) when a layer is invalid or unsupported, instead of "
                        "packaging the rest with a warning")
    parser.add_argument("--force", action="store_true", help="package even when nothing changed since the last package")
    parser.add_argument("--backup-existing", action="store_true",
                        help="when DIR holds files no package of this project wrote (or field work), move it aside "
                        "as DIR.backup-YYYYMMDD-HHMMSS instead of refusing")
    add_job_output_options(parser)
    parser.set_defaults(func=run)


def layer_rows(outputs: dict) -> str:
    """One line per layer: action, name, table or file, features or size."""
    lines = []
    for row in outputs.get("layers", []):
        target = row.get("table") or row.get("file") or ""
        amount = f"{row['features']} features" if "features" in row else (
            f"{row['size_bytes']} bytes" if "size_bytes" in row else "")
        if row.get("prevention_reason"):
            amount = f"not packaged: {row['prevention_reason']}"
        lines.append(f"  {row['action']:13} {row['name']:30} {target:30} {amount}".rstrip())
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Run the package job; print what went where; return the exit code."""
    params = {"package_dir": str(Path(args.out).expanduser().resolve()), "mode": args.mode,
              "aoi_only": args.aoi_only, "force": args.force, "strict": args.strict,
              "backup_existing": args.backup_existing}
    job = submit_and_run(PACKAGE, args.project, params, args.timeout)
    if job is None:
        return 1
    write_feedback(job, args.feedback)
    if job.status != FINISHED:
        print_failure(job)
        return 1
    outputs = (job.feedback.get("outputs") or {}).get("package_project") or {}
    if outputs.get("reused_from_job"):
        print(job.log)
    else:
        print(layer_rows(outputs))
    for warning in outputs.get("warnings", []):
        print(f"[warning] {warning}")
    print(f"\nQField project: {outputs.get('project_file')}")
    print(f"package finished in {job.duration_seconds():.1f} s (job {job.id})")
    return 0
