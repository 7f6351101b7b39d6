"""``cloud upload|jobs|push-deltas|deltas|download|package-download`` (registered by cli/cloud.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable, List

from . import cloud_deltas_pull as deltas_pull

JOB_TRIGGERS = ("package", "process_projectfile")
EXIT_OK, EXIT_FAILED, EXIT_STILL_RUNNING = 0, 1, 4


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
    _add_wait_timeout(upload)
    jobs = add("jobs", cmd_jobs, "mirror the project's cloud jobs into the job history and show them", project=True)
    jobs.add_argument("folder", nargs="?", help="a linked project folder (instead of --project-id)")
    jobs.add_argument("--trigger", choices=JOB_TRIGGERS, help="start a cloud job first")
    jobs.add_argument("--force", action="store_true", help="with --trigger package: start a new one even if one runs")
    jobs.add_argument("--wait", action="store_true", help="print each job's status as it changes until every job "
                      "ended (exit 0 all finished, 1 one failed, 4 still pending or queued at the time limit)")
    _add_wait_timeout(jobs)
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


def _add_wait_timeout(parser: argparse.ArgumentParser) -> None:
    from ..core.cloud_sync.job_watch import DEFAULT_TIMEOUT

    parser.add_argument("--wait-timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                        help=f"with --wait: stop waiting after S seconds (default {DEFAULT_TIMEOUT:.0f})")


def _progress(args: argparse.Namespace):
    if args.json or not sys.stderr.isatty():
        return None

    def show(progress) -> None:
        sys.stderr.write(f"\r[{progress.file_index}/{progress.file_count}] {progress.name}: "
                         f"{progress.bytes_done / 1e6:.1f}/{progress.bytes_total / 1e6:.1f} MB\033[K")
        sys.stderr.flush()

    return show


def _jobs_text(jobs) -> str:
    from ..core.cloud_sync.mirror import status_explanation

    lines = []
    for job in jobs:
        lines.append(f"{job.status:9} {job.type:20} {job.id}  {job.created_at}")
        lines.append(f"          {status_explanation(job.status, job.type)}")
        if job.error:
            lines.append(f"          error: {job.error}")
    return "\n".join(lines) or "No cloud jobs."


def _store():
    from .common import open_store

    return open_store()


def _folder(path: str) -> Path:
    from .cloud import UsageError

    folder = Path(path)
    if not folder.exists():
        raise UsageError(f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder")
    return folder


def cmd_upload(args: argparse.Namespace) -> int:
    from ..core.cloud.links import project_label
    from ..core.cloud.uploader import execute_upload
    from ..core.cloud_sync.upload import prepare_upload
    from .cloud import UsageError, client_for, output, project_id_for
    from .common import make_runner

    folder = _folder(args.folder)
    project_id = project_id_for(args, args.folder)
    client = client_for(args)
    prepared = prepare_upload(client, make_runner(), project_id, folder, force=args.force, skip_check=args.skip_check)
    report = prepared.report()
    if prepared.refusal:
        output(args, report, prepared.refusal + ("" if prepared.check.fatal else
                                                 "\nFix them, or upload anyway with --force."))
        return 1
    plan = prepared.plan
    delete = args.delete_remote and bool(plan.remote_only)
    report["delete_remote"] = plan.remote_only if delete else []
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
    text = (_plan_text(report) + f"\nUploaded {len(result.uploaded)} files (checksums verified), "
            f"{len(result.unchanged)} unchanged, {len(result.deleted)} deleted, "
            f"{len(result.skipped_hidden)} hidden skipped.")
    return _follow_jobs(args, client, project_id, project_label(project_id, folder), report, text)


def _follow_jobs(args: argparse.Namespace, client, project_id: str, label: str, report: dict, text: str) -> int:
    """Mirror the jobs (or follow them with --wait); print ``text`` and the jobs; the exit code."""
    from ..core.cloud_sync import mirror
    from ..core.cloud_sync.job_watch import ALL_FINISHED, SOME_FAILED, watch_jobs
    from .cloud import output

    store = _store()
    if not args.wait:
        jobs = mirror.mirror_jobs(client, store, project_id, label)
        report["jobs"] = [dict(j.to_dict(), explanation=mirror.status_explanation(j.status, j.type)) for j in jobs]
        output(args, report, "\n".join(t for t in (text, _jobs_text(jobs)) if t))
        return EXIT_OK
    if text and not args.json:
        print(text, flush=True)
    say = (lambda line: None) if args.json else (lambda line: print(line, flush=True))
    watched = watch_jobs(client, store, project_id, label, say, timeout=args.wait_timeout)
    report["jobs"] = [dict(j.to_dict(), explanation=mirror.status_explanation(j.status, j.type)) for j in watched.jobs]
    report["wait"] = {"outcome": watched.outcome, "waited_seconds": round(watched.waited, 1)}
    output(args, report, watched.summary())
    return {ALL_FINISHED: EXIT_OK, SOME_FAILED: EXIT_FAILED}.get(watched.outcome, EXIT_STILL_RUNNING)


def _plan_text(report: dict) -> str:
    plan = report["plan"]
    lines: List[str] = [f"{item['reason']:8} {item['name']} ({item['size']} bytes)" for item in plan["upload"]]
    lines += [f"skipped  {name} (hidden: not uploaded)" for name in plan["skipped_hidden"]]
    lines += [f"delete   {name} (only in the cloud)" for name in report.get("delete_remote", [])]
    lines.append(f"{len(plan['upload'])} to upload ({plan['bytes']} bytes), {len(plan['unchanged'])} unchanged, "
                 f"{len(plan['remote_only'])} only in the cloud, {len(plan['skipped_hidden'])} hidden skipped.")
    for prediction in report["cloud_jobs_triggered"]:
        lines.append(f"cloud {prediction['type']}: {'will run' if prediction['triggered'] else 'not started'} "
                     f"({prediction['reason']})")
    return "\n".join(lines)


def _project_and_client(args: argparse.Namespace, folder=None):
    from .cloud import client_for, project_id_for

    if folder is not None:
        _folder(folder)
    return project_id_for(args, folder), client_for(args)


def cmd_jobs(args: argparse.Namespace) -> int:
    from ..core.cloud.links import project_label
    from ..core.cloud_sync import mirror
    from .cloud import output

    project_id, client = _project_and_client(args, args.folder)
    label = project_label(project_id, Path(args.folder) if args.folder else None)
    if args.trigger:
        mirror.trigger_job(client, _store(), project_id, label, args.trigger, args.force)
    if args.wait:
        return _follow_jobs(args, client, project_id, label, {}, "")
    jobs = mirror.mirror_jobs(client, _store(), project_id, label)
    data = [dict(j.to_dict(), explanation=mirror.status_explanation(j.status, j.type)) for j in jobs]
    output(args, data, _jobs_text(jobs))
    return EXIT_OK


def cmd_push_deltas(args: argparse.Namespace) -> int:
    from ..core.cloud.deltas import check_deltafile, push_deltafile
    from .cloud import UsageError, client_for, output

    if not Path(args.deltafile).is_file():
        raise UsageError(f"{args.deltafile} does not exist")
    project_id = args.project_id or check_deltafile(Path(args.deltafile))["project"]
    summary = push_deltafile(client_for(args), project_id, Path(args.deltafile))
    if not summary["queued"]:
        text = (f"All {summary['deltas']} deltas of deltafile {summary['deltafile_id']} are already on the server; "
                "nothing was pushed and no job was queued.")
    else:
        already = f" ({summary['already_on_server']} already on the server)" if summary["already_on_server"] else ""
        text = (f"Pushed {summary['deltas']} deltas (deltafile {summary['deltafile_id']}){already}; "
                "QFieldCloud queued a delta_apply job.")
    output(args, summary, text)
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
    from ..core.cloud_sync.download import download_linked
    from .cloud import output

    project_id, client = _project_and_client(args, args.folder)
    result = download_linked(client, Path(args.folder), project_id)
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
