"""File checksums as QFieldCloud reports them: S3 ETag (``md5sum``) and SHA-256 (``sha256``)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

PART_SIZE = 8 * 1024 * 1024  # the object store's multipart part size
_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class FileChecksums:
    """Size, S3-style ETag and SHA-256 of one file."""

    size: int
    etag: str
    sha256: str


def file_checksums(path: Path, part_size: int = PART_SIZE) -> FileChecksums:
    """Read ``path`` once and compute its size, ETag and SHA-256.

    The ETag is the plain MD5 up to ``part_size`` bytes, else ``<md5 of part md5s>-<parts>``.
    """
    whole_md5, sha256 = hashlib.md5(), hashlib.sha256()
    part_digests = []
    part, part_filled, size = hashlib.md5(), 0, 0
    with open(path, "rb") as handle:
        while True:
            block = handle.read(min(_BLOCK, part_size - part_filled))
            if not block:
                break
            size += len(block)
            whole_md5.update(block)
            sha256.update(block)
            part.update(block)
            part_filled += len(block)
            if part_filled == part_size:
                part_digests.append(part.digest())
                part, part_filled = hashlib.md5(), 0
    if part_filled:
        part_digests.append(part.digest())
    if size <= part_size:
        etag = whole_md5.hexdigest()
    else:
        etag = f"{hashlib.md5(b''.join(part_digests)).hexdigest()}-{len(part_digests)}"
    return FileChecksums(size=size, etag=etag, sha256=sha256.hexdigest())


def matches_remote(local: FileChecksums, remote: dict) -> bool:
    """True when a cloud file entry (``md5sum``, optional ``sha256``) has the same content."""
    remote_sha = remote.get("sha256")
    if remote_sha:
        return remote_sha == local.sha256
    return remote.get("md5sum") == local.etag
