"""``cloud …``: sign in, list/create/link projects, upload, jobs, deltas, downloads.

Exit codes: 0 success, 1 failure (with the server's code and message), 2 wrong usage.
Tokens and passwords are never printed; a password is read from a prompt or stdin only.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Optional

from . import cloud_sync
from .common import prompt_master_password

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Wrong or missing arguments (exit 2)."""


def register(subparsers) -> None:
    """Add the ``cloud`` command group."""
    parser = subparsers.add_parser("cloud", help="QFieldCloud: sign in, upload, cloud jobs, deltas, downloads")
    commands = parser.add_subparsers(dest="cloud_command", metavar="SUBCOMMAND")
    commands.required = True

    def add(name: str, func: Callable, help_text: str, project: bool = False) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--url", help="QFieldCloud API URL (default: $QFIELDCLOUD_URL or the last one used)")
        sub.add_argument("--json", action="store_true", help="print machine-readable JSON")
        sub.add_argument("--no-verify-tls", action="store_true",
                         help="do not verify the server's TLS certificate (unsafe; only for test servers)")
        if project:
            sub.add_argument("--project-id", help="the cloud project id (default: the folder's link)")
        sub.set_defaults(func=lambda args, f=func: _run(f, args))
        return sub

    login = add("login", cmd_login, "sign in and store the token in the QGIS authentication database")
    login.add_argument("--username", help="user name or e-mail (prompted when missing)")
    login.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    logout = add("logout", cmd_logout, "forget the stored token on this computer")
    logout.add_argument("--everywhere", action="store_true",
                        help="expire every token of your account on the server: QField, QFieldSync and every "
                        "other program must sign in again (asks first)")
    logout.add_argument("--yes", action="store_true", help="with --everywhere: do not ask for confirmation")
    projects = add("projects", cmd_projects, "list the cloud projects you can access")
    projects.add_argument("--include-public", action="store_true", help="also list public projects")
    create = add("create", cmd_create, "create a cloud project")
    create.add_argument("name", help="project name (letters, digits, -, _, .; unique per owner)")
    create.add_argument("--owner", help="owner (user or organisation; default: you)")
    create.add_argument("--description", default="")
    create.add_argument("--public", action="store_true", help="make the project public")
    create.add_argument("--link", metavar="DIR", help="link this local project folder to the new project")
    link = add("link", cmd_link, "link a local project folder to a cloud project (kept in the profile)", project=True)
    link.add_argument("folder", help="the local project folder")
    cloud_sync.register(add)


def _run(func: Callable[[argparse.Namespace], Any], args: argparse.Namespace) -> int:
    from ..core.cloud.errors import CloudError
    from ..core.qgis_app import start_headless_qgis

    start_headless_qgis()
    try:
        result = func(args)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except CloudError as error:
        if args.json:
            print(json.dumps({"error": error.to_dict()}, indent=2))
        else:
            code = f" [{error.status} {error.code or error.kind}]" if error.status else f" [{error.code or error.kind}]"
            print(f"error{code}: {error}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK if result is None else int(result)


def output(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print ``data`` as JSON with --json, else ``text``."""
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str) if args.json else text)


def client_for(args: argparse.Namespace):
    """The signed-in client (environment token or stored sign-in)."""
    from ..core.cloud.session import signed_in_client

    return signed_in_client(args.url, prompt_master_password, False if args.no_verify_tls else None)


def project_id_for(args: argparse.Namespace, folder: Optional[str] = None) -> str:
    """--project-id, else the link of ``folder`` (or the current folder)."""
    from ..core.cloud.links import linked_project

    if getattr(args, "project_id", None):
        return args.project_id
    link = linked_project(Path(folder or os.getcwd()))
    if link is None:
        raise UsageError(f"no --project-id given and {folder or os.getcwd()} is not linked to a cloud project "
                         "(use `cloud link DIR --project-id ID`)")
    return link["project_id"]


def cmd_login(args: argparse.Namespace) -> None:
    from ..core.cloud.account import sign_in
    from ..core.cloud.credentials import default_url

    username = args.username or (input("QFieldCloud user name or e-mail: ").strip() if sys.stdin.isatty() else "")
    if not username:
        raise UsageError("--username is required when standard input is not a terminal")
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("QFieldCloud password: ")
    else:
        raise UsageError("give the password at the prompt or with --password-stdin")
    url = args.url or default_url()
    user = sign_in(url, username, password, prompt_master_password, False if args.no_verify_tls else None)
    output(args, {"url": url, "username": user.get("username"), "expires_at": user.get("expires_at")},
           f"Signed in to {url} as {user.get('username')} (token stored in the QGIS authentication database).")


def cmd_logout(args: argparse.Namespace) -> None:
    from ..core.cloud.account import sign_out, sign_out_everywhere, sign_out_everywhere_note

    if args.everywhere:
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError("--everywhere signs you out of QField, QFieldSync and every other program; "
                                 "confirm with --yes")
            answer = input(sign_out_everywhere_note() + " Sign out everywhere? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                output(args, {"signed_out": False}, "Not signed out.")
                return
        sign_out_everywhere(prompt_master_password)
        output(args, {"signed_out": "everywhere"}, "Signed out everywhere. " + sign_out_everywhere_note())
    else:
        sign_out(prompt_master_password)
        output(args, {"signed_out": "local"}, "Signed out on this computer (the token was forgotten here).")


def cmd_projects(args: argparse.Namespace) -> None:
    projects = client_for(args).list_projects(args.include_public)
    from ..core.cloud.projects import display_status

    lines = [f"{p['id']}  {p['owner']}/{p['name']}  {display_status(p)}" for p in projects]
    output(args, projects, "\n".join(lines) or "No projects.")


def cmd_create(args: argparse.Namespace) -> None:
    from ..core.cloud.projects import check_project_name
    from ..core.cloud_sync.projects import create_linked_project

    problem = check_project_name(args.name)
    if problem:
        raise UsageError(problem)
    project = create_linked_project(client_for(args), Path(args.link) if args.link else None, args.name, args.owner,
                                    args.description, private=not args.public)
    output(args, project, f"Created {project['owner']}/{project['name']} ({project['id']}).")


def cmd_link(args: argparse.Namespace) -> None:
    from ..core.cloud.links import link_folder

    if not args.project_id:
        raise UsageError("--project-id is required")
    if not Path(args.folder).is_dir():
        raise UsageError(f"{args.folder} is not a folder")
    client = client_for(args)
    project = client.get_project(args.project_id)
    link_folder(Path(args.folder), project["id"], client.base_url, project["name"])
    output(args, {"folder": str(Path(args.folder).resolve()), "project_id": project["id"], "name": project["name"]},
           f"Linked {Path(args.folder).resolve()} to {project['owner']}/{project['name']} ({project['id']}).")
