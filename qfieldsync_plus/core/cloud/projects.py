"""Cloud project rules that can be checked before asking the server."""

from __future__ import annotations

import re
from typing import Any, Dict, Optional

from ..i18n import tr

# The server's schema (openapi.json, Project.name): letters, digits, "-", "_" and ".", at most 255.
NAME_PATTERN = re.compile(r"^[a-zA-Z0-9\-_.]+$")
MAX_NAME_LENGTH = 255


def check_project_name(name: str) -> Optional[str]:
    """Why ``name`` is not a valid cloud project name, or None."""
    if not name:
        return tr("A project name is required.")
    if len(name) > MAX_NAME_LENGTH:
        return tr("The project name is longer than {n} characters.").format(n=MAX_NAME_LENGTH)
    if not NAME_PATTERN.match(name):
        return tr("The project name {name!r} may only contain letters, digits, '-', '_' "
                  "and '.' (no spaces).").format(name=name)
    return None


def display_status(project: Dict[str, Any]) -> str:
    """The project's status for the user: a project that never had a file is "empty", not "failed"."""
    status = project.get("status") or ""
    if status == "failed" and not project.get("data_last_updated_at"):
        return tr("empty")
    return status
