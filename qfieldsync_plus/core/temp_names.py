"""Names of the temporary files and folders a process owns (``qfsp-<kind>-<pid>-…``).

Shared by the runner (which removes a dead process's leftovers, see ``runner/leftovers.py``) and
the cloud client (partial downloads), so the client needs nothing from the runner.
"""

from __future__ import annotations

import os
from pathlib import Path

JOB_PREFIX, SECRETS_PREFIX, DOWNLOAD_PREFIX = "qfsp-job-", "qfsp-secrets-", "qfsp-download-"
STAGING_FOLDER = "cloud_staging"  # beside the job store


def owned_prefix(prefix: str) -> str:
    """``prefix`` with this process's id: the name start of a temporary folder this process owns."""
    return f"{prefix}{os.getpid()}-"


def partial_package_prefix(out_dir: Path) -> str:
    """The name start of a package being built for ``out_dir`` (a folder beside it)."""
    return f".{out_dir.name}.partial-"

