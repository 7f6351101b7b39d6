"""``cloud upload|jobs|push-deltas|deltas|download|package-download`` (registered by cli/cloud.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable, List

from . import cloud_deltas_pull as deltas_pull

JOB_TRIGGERS = ("package", "process_projectfile")


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the synchronisation subcommands through cloud.py's ``add`` helper."""
    upload = add("upload", cmd_upload, "upload new and changed files of a project folder (checked first)", project=True)
    upload.add_argument("folder", help="the local project folder")
    upload.add_argument("--delete-remote", action="store_true", help="delete cloud files that no longer exist locally")
    upload.add_argument("--yes", action="store_true", help="do not ask before deleting cloud files")
    upload.add_argument("--skip-check", action="store_true", help="do not run the local process_projectfile first")
    upload.add_argument("--force", action="store_true", help="upload even when the local check finds problems")
    upload.add_argument("--dry-run", action="store_true", help="only show what would be uploaded")
    upload.add_argument("--wait", action="store_true", help="after uploading, follow the cloud jobs until they end")
    jobs = add("jobs", cmd_jobs, "mirror the project's cloud jobs into the job history and show them", project=True)
    jobs.add_argument("folder", nargs="?", help="a linked project folder (instead of --project-id)")
    jobs.add_argument("--trigger", choices=JOB_TRIGGERS, help="start a cloud job first")
    jobs.add_argument("--force", action="store_true", help="with --trigger package: start a new one even if one runs")
    jobs.add_argument("--wait", action="store_true", help="poll until no job is pending, queued or started")
    push = add("push-deltas", cmd_push_deltas, "check a deltafile locally, then push it to the cloud", project=True)
    push.add_argument("deltafile", help="the deltafile JSON (every delta needs a clientId)")
    deltas = add("deltas", cmd_deltas, "list the cloud's deltas with their last status; `deltas pull`: apply "
                 "the pending ones locally (exit 0 all applied, 1 failed and nothing written, 3 some not applied)",
                 project=True)
    deltas.add_argument("target", nargs="*", metavar="[pull] [FOLDER]",
                        help="`pull` to apply the cloud's pending deltas to the local project; "
                        "a linked project folder (instead of --project-id)")
    deltas.add_argument("--deltafile-id", help="only the deltas of this deltafile")
    deltas.add_argument("--apply", action="store_true", help="ask the cloud to apply the pending deltas")
    deltas_pull.add_pull_options(deltas)
    download = add("download", cmd_download, "bring back the files the cloud changed (backups kept)", project=True)
    download.add_argument("folder", help="the local project folder")
    package = add("package-download", cmd_package_download, "download the latest cloud package", project=True)
    package.add_argument("target", help="folder to download the package into")


def _progress(args: argparse.Namespace):
    if args.json or not sys.stderr.isatty():
        return None

    def show(progress) -> None:
        sys.stderr.write(f"\r[{progress.file_index}/{progress.file_count}] {progress.name}: "
                         f"{progress.bytes_done / 1e6:.1f}/{progress.bytes_total / 1e6:.1f} MB\033[K")
        sys.stderr.flush()

    return show


def _jobs_text(jobs) -> str:
    from ..core.cloud.mirror import status_explanation

    lines = []
    for job in jobs:
        lines.append(f"{job.status:9} {job.type:20} {job.id}  {job.created_at}")
        lines.append(f"          {status_explanation(job.status)}")
        if job.error:
            lines.append(f"          error: {job.error}")
    return "\n".join(lines) or "No cloud jobs."


def _store():
    from .common import open_store

    return open_store()


def cmd_upload(args: argparse.Namespace) -> int:
    from ..core.cloud import mirror
    from ..core.cloud.links import project_file_in, project_label
    from ..core.cloud.preflight import check_before_upload, predict_cloud_jobs
    from ..core.cloud.uploader import execute_upload, plan_upload
    from .cloud import UsageError, client_for, output, project_id_for
    from .common import make_runner

    folder = Path(args.folder)
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder")
    project_id = project_id_for(args, args.folder)
    client = client_for(args)
    report: dict = {"project_id": project_id, "folder": str(folder.resolve())}
    project_file = project_file_in(folder)
    if project_file is not None and not args.skip_check:
        check = check_before_upload(make_runner(), project_file)
        report["check"] = {"job_id": check.job.id, "status": check.job.status, "problems": check.problems}
        if not check.ok and not args.force:
            output(args, report, "Not uploaded: the local check (target cloud) found problems:\n  "
                   + "\n  ".join(check.problems) + "\nFix them, or upload anyway with --force.")
            return 1
    plan = plan_upload(client, project_id, folder)
    label = project_label(project_id, folder)
    cloud_jobs = [mirror.job_from_cloud(j, label, client.base_url) for j in client.list_jobs(project_id)]
    report["plan"] = {"upload": [{"name": i.name, "reason": i.reason, "size": i.checksums.size} for i in plan.to_upload],
                      "unchanged": plan.unchanged, "remote_only": plan.remote_only, "bytes": plan.total_bytes}
    report["cloud_jobs_triggered"] = predict_cloud_jobs([i.name for i in plan.to_upload], plan.remote_has_project_file, cloud_jobs)
    delete = args.delete_remote and bool(plan.remote_only)
    if delete and not args.yes and not args.dry_run:
        if not sys.stdin.isatty():
            raise UsageError("--delete-remote would delete cloud files; confirm with --yes")
        answer = input(f"Delete {len(plan.remote_only)} cloud files missing locally ({', '.join(plan.remote_only)})? [y/N] ")
        delete = answer.strip().lower() in ("y", "yes")
    if args.dry_run:
        output(args, report, _plan_text(report))
        return 0
    result = execute_upload(client, plan, on_progress=_progress(args), delete_remote=delete)
    if _progress(args) is not None:
        sys.stderr.write("\r\033[K")
    report["result"] = result.to_dict()
    store = _store()
    jobs = (mirror.poll_jobs(client, store, project_id, label) if args.wait
            else mirror.mirror_jobs(client, store, project_id, label))
    report["jobs"] = [j.to_dict() for j in jobs]
    output(args, report, _plan_text(report) + f"\nUploaded {len(result.uploaded)} files (checksums verified), "
           f"{len(result.unchanged)} unchanged, {len(result.deleted)} deleted.\n" + _jobs_text(jobs))
    return 0


def _plan_text(report: dict) -> str:
    plan = report["plan"]
    lines: List[str] = [f"{item['reason']:8} {item['name']} ({item['size']} bytes)" for item in plan["upload"]]
    lines.append(f"{len(plan['upload'])} to upload ({plan['bytes']} bytes), {len(plan['unchanged'])} unchanged, "
                 f"{len(plan['remote_only'])} only in the cloud.")
    for prediction in report["cloud_jobs_triggered"]:
        lines.append(f"cloud {prediction['type']}: {'will run' if prediction['triggered'] else 'not started'} "
                     f"({prediction['reason']})")
    return "\n".join(lines)


def _project_and_client(args: argparse.Namespace, folder=None):
    from .cloud import client_for, project_id_for

    return project_id_for(args, folder), client_for(args)


def cmd_jobs(args: argparse.Namespace) -> int:
    from ..core.cloud import mirror
    from ..core.cloud.links import project_label
    from .cloud import output

    project_id, client = _project_and_client(args, args.folder)
    store = _store()
    label = project_label(project_id, Path(args.folder) if args.folder else None)
    if args.trigger:
        mirror.trigger_job(client, store, project_id, label, args.trigger, args.force)
    jobs = (mirror.poll_jobs(client, store, project_id, label) if args.wait
            else mirror.mirror_jobs(client, store, project_id, label))
    data = [dict(j.to_dict(), explanation=mirror.status_explanation(j.status)) for j in jobs]
    output(args, data, _jobs_text(jobs))
    return 0


def cmd_push_deltas(args: argparse.Namespace) -> int:
    from ..core.cloud.deltas import check_deltafile, push_deltafile
    from .cloud import UsageError, client_for, output

    if not Path(args.deltafile).is_file():
        raise UsageError(f"{args.deltafile} does not exist")
    project_id = args.project_id or check_deltafile(Path(args.deltafile))["project"]
    summary = push_deltafile(client_for(args), project_id, Path(args.deltafile))
    output(args, summary, f"Pushed {summary['deltas']} deltas (deltafile {summary['deltafile_id']}); "
           "QFieldCloud queued a delta_apply job.")
    return 0


def cmd_deltas(args: argparse.Namespace) -> int:
    from ..core.cloud.deltas import apply_pending, list_deltas
    from .cloud import UsageError, output

    if args.target and args.target[0] == "pull":
        return deltas_pull.cmd_pull(args, args.target[1:])
    deltas_pull.refuse_pull_options(args)
    if len(args.target) > 1:
        raise UsageError(f"unexpected arguments: {' '.join(args.target[1:])} (give one folder, or `pull`)")
    project_id, client = _project_and_client(args, args.target[0] if args.target else None)
    if args.apply:
        count = apply_pending(client, project_id)
        output(args, {"pending": count}, f"Asked QFieldCloud to apply {count} pending deltas." if count
               else "No pending deltas.")
        return 0
    deltas = list_deltas(client, project_id, args.deltafile_id)
    lines = [f"{d['last_status']:11} {d['content'].get('method', ''):6} {d['id']}  layer {d['content'].get('sourceLayerId', '')}"
             for d in deltas]
    output(args, deltas, "\n".join(lines) or "No deltas.")
    return 0


def cmd_download(args: argparse.Namespace) -> int:
    from ..core.cloud.download import download_changed_files
    from .cloud import output

    project_id, client = _project_and_client(args, args.folder)
    result = download_changed_files(client, project_id, Path(args.folder))
    warn_skipped_links(result.skipped_links, args.folder)
    output(args, result.to_dict(), f"Downloaded {len(result.downloaded)} changed files "
           f"({len(result.backups)} backups kept), {len(result.unchanged)} unchanged.")
    return 0


def warn_skipped_links(names, folder) -> None:
    """One warning line per file not written because a symbolic link would take it out of ``folder``."""
    for name in names:
        print(f"warning: {name} not downloaded: a symbolic link would take it out of {folder}", file=sys.stderr)


def cmd_package_download(args: argparse.Namespace) -> int:
    from ..core.cloud.download import download_latest_package
    from .cloud import output

    project_id, client = _project_and_client(args)
    result = download_latest_package(client, project_id, Path(args.target))
    warn_skipped_links(result.skipped_links, args.target)
    output(args, result.to_dict(), f"Downloaded {len(result.downloaded)} package files into {args.target} "
           f"({len(result.unchanged)} already up to date).")
    return 0
