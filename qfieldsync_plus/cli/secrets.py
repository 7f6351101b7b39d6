"""``secrets list|set|remove PROJECT [NAME]``: project secrets in the QGIS authentication database.

``set`` reads the value from stdin (or a prompt on a terminal), never from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ..core.secrets.auth_db import SecretsUnavailable, unlock
from ..core.secrets.model import ENVVAR, PGSERVICE, SECRET_TYPES, InvalidSecret, Secret, validate, validate_name
from .common import prompt_master_password

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def register(subparsers) -> None:
    """Add the ``secrets`` command."""
    parser = subparsers.add_parser(
        "secrets",
        help="list, set or remove a project's secrets (pgservice, envvar), kept encrypted by QGIS",
        description="Project secrets as QFieldCloud has them, stored encrypted in the QGIS authentication "
        "database. set reads the value from stdin (a pgservice value is pg_service.conf content with "
        "[service_name] headers); the master password comes from a prompt or $QGIS_AUTH_PASSWORD_FILE.",
    )
    parser.add_argument("action", choices=("list", "set", "remove"))
    parser.add_argument("project", help="the project file (.qgs/.qgz)")
    parser.add_argument("name", nargs="?", help="the secret's NAME (capital letter, then capitals, digits, _)")
    parser.add_argument("--type", dest="secret_type", choices=SECRET_TYPES,
                        help="pgservice or envvar (needed when set creates a secret)")
    parser.set_defaults(func=run)


def _read_value(name: str, secret_type: str) -> str:
    if not sys.stdin.isatty():
        value = sys.stdin.read()
    elif secret_type == ENVVAR:
        value = getpass.getpass(f"Value of {name}: ")
    else:
        print(f"Paste the pg_service.conf block(s) for {name}, then press Ctrl-D (Ctrl-Z Enter on Windows):",
              file=sys.stderr)
        value = sys.stdin.read()
    return value.rstrip("\r\n") if secret_type == ENVVAR else value


def _list(store, args) -> int:
    secrets = [s for s in store.list(args.project) if not args.name or s.name == args.name]
    if not secrets:
        print(f"No secrets for {args.project}.")
    for secret in secrets:
        print(f"{secret.name:30} {secret.type}")
    return EXIT_OK


def _set(store, args) -> int:
    if not Path(args.project).is_file():
        print(f'The project file "{args.project}" does not exist.', file=sys.stderr)
        return EXIT_USAGE
    existing = {s.name: s.type for s in store.list(args.project)}
    secret_type = args.secret_type or existing.get(args.name)
    if secret_type is None:
        print(f"{args.name} is a new secret: give its type with --type pgservice or --type envvar.", file=sys.stderr)
        return EXIT_USAGE
    value = _read_value(args.name, secret_type)
    secret = Secret(args.name, secret_type, value)
    validate(secret)  # before asking for the master password
    unlock(prompt_master_password)
    store.set(args.project, secret)
    kind = "pg_service block(s)" if secret_type == PGSERVICE else "environment variable"
    print(f"Stored {args.name} ({kind}) for {args.project}.")
    return EXIT_OK


def _remove(store, args) -> int:
    if args.name in {s.name for s in store.list(args.project)}:
        unlock(prompt_master_password)
    if not store.remove(args.project, args.name, args.secret_type):
        print(f"{args.project} has no secret {args.name}" + (f" of type {args.secret_type}." if args.secret_type
                                                              else "."), file=sys.stderr)
        return EXIT_FAILED
    print(f"Removed {args.name} from {args.project}.")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Run one secrets action; print errors with what to do."""
    from ..core.secrets.provider import open_store

    try:
        if args.action != "list" or args.name:
            if not args.name:
                print(f"secrets {args.action} needs a NAME.", file=sys.stderr)
                return EXIT_USAGE
            validate_name(args.name)
        store = open_store()
        return {"list": _list, "set": _set, "remove": _remove}[args.action](store, args)
    except InvalidSecret as err:
        print(f"Error: {err}", file=sys.stderr)
        if err.hint:
            print(f"  → {err.hint}", file=sys.stderr)
        return EXIT_USAGE
    except SecretsUnavailable as err:
        print(f"Error: {err}", file=sys.stderr)
        if err.hint:
            print(f"  → {err.hint}", file=sys.stderr)
        return EXIT_FAILED
