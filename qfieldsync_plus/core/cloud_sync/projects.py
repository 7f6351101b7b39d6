"""Create a cloud project and link a local folder to it (the CLI's ``create --link``, the desktop upload)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Optional

from ..cloud.client import CloudClient
from ..cloud.links import link_folder


def create_linked_project(client: CloudClient, folder: Optional[Path], name: str, owner: Optional[str] = None,
                          description: str = "", private: bool = True) -> Dict[str, Any]:
    """Create the cloud project ``name``; link ``folder`` (when given) to it; returns the project."""
    project = client.create_project(name, owner, description, private=private)
    if folder is not None:
        link_folder(Path(folder), project["id"], client.base_url, project.get("name", name))
    return project
