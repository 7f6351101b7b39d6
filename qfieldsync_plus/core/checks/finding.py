"""A finding: something the user should know about a project or a layer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Dict, List

ERROR = "error"
WARNING = "warning"
INFO = "info"


@dataclass
class Finding:
    """One check result: an id, a severity, a message, what to do, and the paths it names."""

    id: str
    severity: str
    message: str
    hint: str = ""
    paths: List[str] = field(default_factory=list)
    layer_id: str = ""
    # For showing the texts translated (the desktop does tr(template).format(**params)); message and hint
    # stay English in the feedback.
    message_template: str = ""
    hint_template: str = ""
    params: Dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> Dict[str, Any]:
        """As stored in feedback."""
        return asdict(self)
