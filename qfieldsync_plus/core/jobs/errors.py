"""Job errors: an exception carries the feedback's ``error_type`` and advice for the user."""

from __future__ import annotations

from typing import Optional

# error_type values written to feedback (QFieldCloud's worker names where it has one).
FILE_NOT_FOUND = "FILE_NOT_FOUND"
INVALID_FILE_EXTENSION = "INVALID_FILE_EXTENSION"
INVALID_PROJECT_FILE = "INVALID_PROJECT_FILE"
INVALID_DELTAFILE = "INVALID_DELTAFILE"
INVALID_ARGUMENTS = "INVALID_ARGUMENTS"
TIMEOUT = "TIMEOUT"
CRASH = "CRASH"
PREREQUISITE_FAILED = "PREREQUISITE_FAILED"
WRITE_FAILED = "WRITE_FAILED"
FOLDER_NOT_OWNED = "FOLDER_NOT_OWNED"  # the package folder holds files a package of this project did not write
UNSAFE_ARCHIVE = "UNSAFE_ARCHIVE"
UNKNOWN = "UNKNOWN"


class JobError(Exception):
    """A failure a user can act on: ``str(err)`` is the message, ``hint`` what to do."""

    error_type: str = UNKNOWN

    def __init__(self, message: str, error_type: Optional[str] = None, hint: str = "") -> None:
        super().__init__(message)
        if error_type:
            self.error_type = error_type
        self.hint = hint
