"""Hand secrets to one job the way QFieldCloud's worker does.

pgservice secrets go into a private ``pg_service.conf`` (mode 0600, in a temporary folder inside the
private folder beside the job store; removed when the job ends, or by the next runner after a kill)
merged with the user's own service file and named by ``PGSERVICEFILE``; envvar secrets go into the
child's environment only.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from ..checks.pg_services import service_file_candidates
from ..temp_names import SECRETS_PREFIX, owned_prefix
from .model import ENVVAR, PGSERVICE, Secret, sensitive_values, service_file_passwords, service_names

SERVICE_FILE_NAME = "pg_service.conf"
_HEADER = re.compile(r"^\s*\[([^\]]*)\]\s*$")


@dataclass
class JobSecrets:
    """What one job receives: environment additions, the values to redact, the secret services."""

    env: Dict[str, str] = field(default_factory=dict)
    redact: List[str] = field(default_factory=list)
    services: List[str] = field(default_factory=list)
    service_file: Optional[Path] = None


def split_services(content: str) -> List[Tuple[Optional[str], str]]:
    """pg_service.conf text as (service name or None for the preamble, block text), in order."""
    blocks: List[Tuple[Optional[str], List[str]]] = [(None, [])]
    for line in content.splitlines():
        match = _HEADER.match(line)
        if match:
            blocks.append((match.group(1).strip(), []))
        blocks[-1][1].append(line)
    return [(name, "\n".join(lines)) for name, lines in blocks if name is not None or any(l.strip() for l in lines)]


def user_service_file() -> Optional[Path]:
    """The user's own service file libpq would read ($PGSERVICEFILE or the per-user default)."""
    path = service_file_candidates()[0]
    return path if path.is_file() else None


def merged_service_file(secrets: Sequence[Secret], user_content: str = "") -> str:
    """The project's pgservice blocks, then the user's blocks for every other service."""
    blocks = [s.value.strip("\n") for s in secrets if s.type == PGSERVICE]
    defined = {name for s in secrets for name in service_names(s)}
    for name, text in split_services(user_content):
        if name is None or name not in defined:
            blocks.append(text)
    return "\n\n".join(blocks) + "\n"


def _write_private(path: Path, content: str) -> None:
    descriptor = os.open(str(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(content)
    os.chmod(path, 0o600)  # umask-proof; on Windows only the read-only bit exists, the folder is private


@contextmanager
def job_secrets(secrets: Sequence[Secret], private_folder: Path) -> Iterator[JobSecrets]:
    """Prepare ``secrets`` for one job (files in ``private_folder``); everything written is removed on exit."""
    if not secrets:
        yield JobSecrets()
        return
    # mkdtemp: readable by this user only; named after this process so a later runner can tell a leftover
    folder = Path(tempfile.mkdtemp(prefix=owned_prefix(SECRETS_PREFIX), dir=str(private_folder)))
    try:
        prepared = JobSecrets()
        for secret in secrets:
            prepared.redact += sensitive_values(secret)
            if secret.type == ENVVAR:
                prepared.env[secret.name] = secret.value
            else:
                prepared.services += service_names(secret)
        if any(s.type == PGSERVICE for s in secrets):
            own = user_service_file()
            user_content = own.read_text(encoding="utf-8", errors="replace") if own else ""
            prepared.redact += service_file_passwords(user_content)
            prepared.service_file = folder / SERVICE_FILE_NAME
            _write_private(prepared.service_file, merged_service_file(secrets, user_content))
            prepared.env["PGSERVICEFILE"] = str(prepared.service_file)
        yield prepared
    finally:
        shutil.rmtree(folder, ignore_errors=True)
