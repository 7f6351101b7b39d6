"""QFieldCloud REST client: one method per endpoint the plugin uses, with retries and paging."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from ..i18n import tr
from .answers import ANY, DELTA, FILE, JOB, PROJECT, TEXT, Spec, expect_list, expect_object
from .errors import CONNECTION, LIMIT, SERVER, CloudError, as_not_found
from .transport import CancelCheck, ProgressCallback, Response, Transport, Upload, quote_path

PAGE_SIZE = 200
MAX_JSON_BYTES = 64 * 2 ** 20
MAX_PAGES = 10_000
REQUEST_DEADLINE_SECONDS = 120.0
TRANSFER_STALL_SECONDS = 60.0
JOBS_BODY = "body"  # the recorded server reads jobs/?project_id from the request body
JOBS_QUERY = "query"


@dataclass
class RetryPolicy:
    """How often and how long to wait before repeating a failed request (doubling delays)."""

    attempts: int = 4
    base_delay: float = 1.0
    max_delay: float = 20.0
    sleep: Callable[[float], None] = field(default=time.sleep)

    def delays(self):
        """The waits between attempts."""
        delay = self.base_delay
        for _ in range(self.attempts - 1):
            yield min(delay, self.max_delay)
            delay *= 2


@dataclass
class CloudLimits:
    """What the client accepts from a server: answer size, page count and time.

    ``request_deadline`` bounds a whole JSON request (connect to last byte); a file transfer has
    no overall limit but fails when less than 1 KiB moved in ``transfer_stall`` seconds, and a
    download never takes more than the size the server announced.
    """

    max_json_bytes: int = MAX_JSON_BYTES
    max_pages: int = MAX_PAGES
    request_deadline: float = REQUEST_DEADLINE_SECONDS
    transfer_stall: float = TRANSFER_STALL_SECONDS


def _not_found_if_no_match(error: CloudError, detail_start: str, what: str) -> CloudError:
    """The recorded server answers unknown jobs/projects in some views with 500 "No … matches"."""
    if error.status == 500 and (error.detail or "").startswith(detail_start):
        return as_not_found(error, what)
    return error


class CloudClient:
    """Calls QFieldCloud's API v1 through a :class:`Transport`."""

    def __init__(self, transport: Transport, retry: Optional[RetryPolicy] = None,
                 limits: Optional[CloudLimits] = None) -> None:
        self.transport = transport
        self.retry = retry or RetryPolicy()
        self.limits = limits or CloudLimits()
        self.jobs_listing: Optional[str] = None  # learnt on first use: JOBS_QUERY or JOBS_BODY

    @property
    def base_url(self) -> str:
        """The API root, e.g. ``https://app.qfield.cloud/api/v1/``."""
        return self.transport.base_url

    # -- plumbing ---------------------------------------------------------------------------
    def _send(self, method: str, path: str, retry_server_errors: bool = False, **kwargs) -> Response:
        """Send with retries: 502/503/504 always; connection errors for GET/DELETE and when
        ``retry_server_errors`` (file uploads, safe to repeat), which also retries any 5xx.
        Other POSTs are not repeated after a dropped connection: they could run twice."""
        delays = self.retry.delays()
        repeatable = method in ("GET", "DELETE") or retry_server_errors
        if "upload" in kwargs or "download_to" in kwargs:
            kwargs["stall_timeout"] = self.limits.transfer_stall
        else:
            kwargs["deadline"] = self.limits.request_deadline
        if "download_to" not in kwargs:
            kwargs["max_body"] = self.limits.max_json_bytes
        while True:
            try:
                return self.transport.request(method, path, **kwargs)
            except CloudError as error:
                retry = error.status in (502, 503, 504) or (repeatable and error.kind == CONNECTION) or (
                    retry_server_errors and error.retryable)
                delay = next(delays, None) if retry else None
                if delay is None:
                    raise
                self.retry.sleep(delay)

    def _object(self, method: str, path: str, spec: Spec, what: str, **kwargs) -> Dict[str, Any]:
        """The answer as a JSON object with the fields of ``spec`` (else a BAD_ANSWER error)."""
        response = self._send(method, path, what=what, **kwargs)
        return expect_object(response.json(), what, response.where, spec)

    def _list(self, method: str, path: str, spec: Spec, what: str, **kwargs) -> List[Dict[str, Any]]:
        """The answer as a JSON list of objects with the fields of ``spec`` (empty when no body)."""
        response = self._send(method, path, what=what, **kwargs)
        data = response.json()
        return expect_list([] if data is None else data, what, response.where, spec)

    def _paginate(self, path: str, spec: Spec, query: Optional[Dict[str, Any]] = None, json_body: Any = None,
                  what: str = "") -> List[Dict[str, Any]]:
        """Every item of a list endpoint, fetched ``PAGE_SIZE`` at a time (limit/offset + X-Total-Count).

        Stops with an error when a page repeats (same items or same next link as an earlier page)
        or after ``limits.max_pages`` pages, so a misbehaving server cannot keep the client looping.
        """
        items: List[Dict[str, Any]] = []
        seen_pages, seen_links = set(), set()
        for _ in range(self.limits.max_pages):
            page_query = dict(query or {}, limit=PAGE_SIZE, offset=len(items))
            response = self._send("GET", path, query=page_query, json_body=json_body, what=what)
            data = response.json()
            page = expect_list([] if data is None else data, what, response.where, spec)
            total = response.headers.get("x-total-count")
            if not page:
                return items
            digest, link = hashlib.sha256(response.body).digest(), response.headers.get("x-next-page")
            if digest in seen_pages or (link and link in seen_links):
                raise CloudError(tr("QFieldCloud's answer to {what} ({where}) repeats a page it already sent; "
                                    "the listing was stopped.").format(what=what, where=response.where), LIMIT,
                                 hint=tr("The server's paging is broken; try again later."))
            seen_pages.add(digest)
            if link:
                seen_links.add(link)
            items.extend(page)
            if total is None or not total.strip().isdigit() or len(items) >= int(total):
                return items
        raise CloudError(tr("QFieldCloud's answer to {what} has more than {n} pages; the listing was stopped.").format(
            what=what, n=self.limits.max_pages), LIMIT, hint=tr("The server's paging is broken; try again later."))

    # -- auth -------------------------------------------------------------------------------
    def status(self) -> Dict[str, Any]:
        """The server's health (no sign-in needed)."""
        return self._object("GET", "status/", ANY, "status")

    def login(self, username: str, password: str) -> Dict[str, Any]:
        """Exchange a username (or e-mail) and password for a token; returns the user with ``token``."""
        try:
            return self._object("POST", "auth/token/", {"token": TEXT}, tr("sign in"),
                                form={"username": username, "password": password})
        except CloudError as error:
            if error.status != 401:
                raise
            raise CloudError(tr("QFieldCloud did not accept the user name or password: the password is wrong, "
                                "or there is no such user."), error.kind, error.status, error.code, error.detail,
                             tr("Check the user name and the password, then sign in again.")) from None


    def user(self) -> Dict[str, Any]:
        """The signed-in user."""
        return self._object("GET", "auth/user/", ANY, tr("current user"))

    def logout(self) -> None:
        """Expire the token on the server (every device using it is signed out)."""
        self._send("POST", "auth/logout/", what=tr("sign out"))

    # -- projects ---------------------------------------------------------------------------
    def list_projects(self, include_public: bool = False) -> List[Dict[str, Any]]:
        """The projects the user can access."""
        query = {"include-public": "1"} if include_public else None
        return self._paginate("projects/", PROJECT, query, what=tr("list projects"))

    def get_project(self, project_id: str) -> Dict[str, Any]:
        """One project."""
        return self._object("GET", f"projects/{project_id}/", PROJECT, tr("project {id}").format(id=project_id))

    def create_project(self, name: str, owner: Optional[str] = None, description: str = "", private: bool = True) -> Dict[str, Any]:
        """Create a project (201)."""
        form = {"name": name, "description": description, "private": "true" if private else "false"}
        if owner:
            form["owner"] = owner
        return self._object("POST", "projects/", PROJECT, tr("create project {name}").format(name=name), form=form)

    def delete_project(self, project_id: str) -> None:
        """Delete a project with all its files, jobs and deltas (204)."""
        self._send("DELETE", f"projects/{project_id}/", what=tr("delete project {id}").format(id=project_id))

    # -- files ------------------------------------------------------------------------------
    def list_files(self, project_id: str) -> List[Dict[str, Any]]:
        """The project's files with ``md5sum`` (S3 ETag), ``sha256`` and versions."""
        return self._list("GET", f"files/{project_id}/", FILE, tr("list files of project {id}").format(id=project_id))

    def upload_file(self, project_id: str, remote_path: str, local_path: Path,
                    on_bytes: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None) -> None:
        """Upload one file (multipart field ``file``), retrying connection and server errors."""
        self._send("POST", f"files/{project_id}/{quote_path(remote_path)}/", retry_server_errors=True,
                   upload=Upload(Path(local_path), Path(remote_path).name), on_bytes=on_bytes,
                   is_cancelled=is_cancelled, what=tr("upload {path}").format(path=remote_path))

    def download_file(self, project_id: str, remote_path: str, target: Path, version: Optional[str] = None,
                      on_bytes: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None,
                      expected_size: Optional[int] = None) -> None:
        """Download one file (its latest version unless ``version``) into ``target``, never more
        than ``expected_size`` bytes (the size the file listing announced) when given."""
        self._send("GET", f"files/{project_id}/{quote_path(remote_path)}/", retry_server_errors=False,
                   query={"version": version} if version else None, download_to=Path(target),
                   max_download=expected_size, on_bytes=on_bytes, is_cancelled=is_cancelled,
                   what=tr("download {path}").format(path=remote_path))

    def delete_file(self, project_id: str, remote_path: str) -> None:
        """Delete a file and all its versions."""
        self._send("DELETE", f"files/{project_id}/{quote_path(remote_path)}/", what=tr("delete {path}").format(path=remote_path))

    # -- jobs -------------------------------------------------------------------------------
    def list_jobs(self, project_id: str) -> List[Dict[str, Any]]:
        """The project's jobs (without feedback/output).

        Newer servers take ``?project_id=``; the recorded one answers that with 500 and reads the
        id from a JSON body instead. The working form is remembered for this client.
        """
        what = tr("list jobs of project {id}").format(id=project_id)
        if self.jobs_listing != JOBS_BODY:
            try:
                jobs = self._paginate("jobs/", JOB, {"project_id": project_id}, what=what)
                self.jobs_listing = JOBS_QUERY
                return jobs
            except CloudError as error:
                if self.jobs_listing == JOBS_QUERY or error.kind != SERVER or error.status != 500:
                    raise _not_found_if_no_match(error, "No Project matches", what)
                self.jobs_listing = JOBS_BODY
        try:
            return self._paginate("jobs/", JOB, json_body={"project_id": project_id}, what=what)
        except CloudError as error:
            raise _not_found_if_no_match(error, "No Project matches", what)

    def get_job(self, job_id: str) -> Dict[str, Any]:
        """One job with ``feedback`` and ``output`` (the server answers 500 for unknown ids)."""
        what = tr("job {id}").format(id=job_id)
        try:
            return self._object("GET", f"jobs/{job_id}/", JOB, what)
        except CloudError as error:
            raise _not_found_if_no_match(error, "No Job matches", what)

    def create_job(self, project_id: str, job_type: str, force: bool = False) -> Dict[str, Any]:
        """Trigger a job; for ``package`` the server returns the unfinished one unless ``force``."""
        body: Dict[str, Any] = {"project_id": project_id, "type": job_type}
        if force:
            body["force"] = True
        return self._object("POST", "jobs/", JOB, tr("start {type} job").format(type=job_type), json_body=body)

    # -- deltas -----------------------------------------------------------------------------
    def push_deltafile(self, project_id: str, deltafile: Path) -> None:
        """Upload a deltafile (creates the deltas and a delta_apply job)."""
        self._send("POST", f"deltas/{project_id}/", upload=Upload(Path(deltafile), Path(deltafile).name),
                   what=tr("push deltafile {name}").format(name=Path(deltafile).name))

    def list_deltas(self, project_id: str, deltafile_id: Optional[str] = None) -> List[Dict[str, Any]]:
        """The project's deltas (or one deltafile's) with ``last_status`` and ``content``."""
        path = f"deltas/{project_id}/" + (f"{deltafile_id}/" if deltafile_id else "")
        return self._list("GET", path, DELTA, tr("list deltas of project {id}").format(id=project_id))

    def apply_deltas(self, project_id: str) -> None:
        """Ask the server to apply the pending deltas (creates a delta_apply job)."""
        self._send("POST", f"deltas/apply/{project_id}/", what=tr("apply pending deltas"))

    # -- packages ---------------------------------------------------------------------------
    def package_latest(self, project_id: str) -> Dict[str, Any]:
        """The latest finished package: files with checksums, layers, ``package_id``."""
        what = tr("latest package")
        response = self._send("GET", f"packages/{project_id}/latest/", what=what)
        package = expect_object(response.json(), what, response.where, {"files": (list,)})
        expect_list(package["files"], what, response.where, FILE)
        return package

    def download_package_file(self, project_id: str, remote_path: str, target: Path,
                              on_bytes: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None,
                              expected_size: Optional[int] = None) -> None:
        """Download one file of the latest package (never more than ``expected_size`` bytes when given)."""
        self._send("GET", f"packages/{project_id}/latest/files/{quote_path(remote_path)}/", download_to=Path(target),
                   max_download=expected_size, on_bytes=on_bytes, is_cancelled=is_cancelled, what=tr("download package file {path}").format(path=remote_path))
