"""State and rules of the loopback QFieldCloud test server (see server.py for the HTTP side).

Follows the recorded contract (tests/cloud/recorded/, trimmed from the live recordings): error
codes and messages, 400 object_not_found for unknown projects, 500 for unknown jobs, the jobs
listing quirk, token expiry per client type, multipart ETags, delta validation.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List, Optional

SERVER_TZ = timezone(timedelta(hours=1))  # the recorded server answered in +01:00
PART_SIZE = 8 * 1024 * 1024
RECORDED, NEWER = "recorded", "newer"


class ApiError(Exception):
    """An error answer: HTTP status, QFieldCloud code/message and the debug detail."""

    def __init__(self, status: int, code: str, message: str, detail: Any = "") -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.detail = status, code, message, detail


def not_found(detail: str = "Project matching query does not exist.") -> ApiError:
    return ApiError(400, "object_not_found", "Object not found", detail)


def unknown_error(detail: str = "") -> ApiError:
    return ApiError(500, "unknown_error", "QFieldcloud Unknown Error", detail)


def server_time() -> str:
    return datetime.now(SERVER_TZ).isoformat()


def etag(data: bytes) -> str:
    """S3 ETag: plain MD5 up to 8 MiB, else md5 of the part md5s + ``-<parts>``."""
    if len(data) <= PART_SIZE:
        return hashlib.md5(data).hexdigest()
    parts = [hashlib.md5(data[i:i + PART_SIZE]).digest() for i in range(0, len(data), PART_SIZE)]
    return f"{hashlib.md5(b''.join(parts)).hexdigest()}-{len(parts)}"


def client_type(user_agent: str) -> str:
    """The server's guess of the client type from the User-Agent (recordings 074–077)."""
    if user_agent.startswith("sdk|"):
        return "sdk"
    if user_agent.startswith("qfield|"):
        return "qfield"
    if "QGIS/3" in user_agent:
        return "qfieldsync"
    return "unknown"


@dataclass
class Token:
    key: str
    username: str
    client_type: str
    expired: bool = False


@dataclass
class FileVersion:
    data: bytes
    md5sum: str
    sha256: str
    version_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


@dataclass
class Knobs:
    """Faults the tests switch on. Counters go down by one each time a fault fires."""

    drop_uploads: int = 0               # close the connection halfway through an upload body
    corrupt_uploads: int = 0            # store a different checksum than the bytes received
    fail_requests: List[Dict[str, Any]] = field(default_factory=list)  # {"method", "path", "status", "count"}
    job_plan: Dict[str, List[str]] = field(default_factory=dict)  # type -> statuses, one step per detail GET


class State:
    """Everything the server holds, guarded by one lock."""

    def __init__(self, mode: str = RECORDED) -> None:
        self.mode = mode
        self.lock = threading.RLock()
        self.users: Dict[str, Dict[str, Any]] = {}
        self.tokens: Dict[str, Token] = {}
        self.projects: Dict[str, Dict[str, Any]] = {}
        self.files: Dict[str, Dict[str, List[FileVersion]]] = {}
        self.jobs: Dict[str, Dict[str, Any]] = {}
        self.deltas: Dict[str, Dict[str, Any]] = {}
        self.knobs = Knobs()
        self.requests: List[Dict[str, Any]] = []  # method, path, user_agent, authorization, body_bytes

    # -- users and tokens -----------------------------------------------------------------
    def add_user(self, username: str, password: str) -> None:
        self.users[username] = {"password": password, "email": f"{username}@example.com", "id": len(self.users) + 2}

    def issue_token(self, username: str, user_agent: str) -> Token:
        kind = client_type(user_agent)
        if kind != "sdk":
            for token in self.tokens.values():
                if token.username == username and token.client_type == kind:
                    token.expired = True
        token = Token(secrets.token_urlsafe(75)[:100], username, kind)
        self.tokens[token.key] = token
        return token

    def login(self, login: str, password: str, user_agent: str) -> Dict[str, Any]:
        username = next((u for u, d in self.users.items() if login in (u, d["email"])), None)
        if username is None or self.users[username]["password"] != password:
            raise ApiError(401, "authentication_failed", "Authentication failed",
                           "Unable to log in with provided credentials.")
        token = self.issue_token(username, user_agent)
        expires = (datetime.now(SERVER_TZ) + timedelta(days=30)).isoformat()
        return {"token": token.key, "expires_at": expires, **self.user_json(username), "type": "1"}

    def user_json(self, username: str) -> Dict[str, Any]:
        return {"username": username, "type": 1, "email": self.users[username]["email"], "avatar_url": None,
                "first_name": "", "last_name": "", "full_name": ""}

    def authenticate(self, authorization: Optional[str]) -> str:
        if not authorization:
            raise ApiError(401, "not_authenticated", "Not authenticated",
                           "Authentication credentials were not provided.")
        scheme, _, key = authorization.partition(" ")
        if scheme.lower() != "token":
            raise ApiError(401, "not_authenticated", "Not authenticated",
                           "Authentication credentials were not provided.")
        token = self.tokens.get(key.strip())
        if token is None:
            raise ApiError(401, "token_authentication_failed", "Token authentication failed", "Invalid token.")
        if token.expired:
            raise ApiError(401, "token_authentication_failed", "Token authentication failed", "Token has expired.")
        return token.username

    # -- projects ---------------------------------------------------------------------------
    def project(self, project_id: str) -> Dict[str, Any]:
        project = self.projects.get(project_id)
        if project is None:
            raise not_found()
        return project

    def create_project(self, owner: str, data: Dict[str, Any]) -> Dict[str, Any]:
        name = (data.get("name") or "").strip()
        if not name:
            raise ApiError(400, "api_error", "API Error", {"name": ["This field is required."]})
        owner = data.get("owner") or owner
        if any(p["name"] == name and p["owner"] == owner for p in self.projects.values()):
            raise ApiError(400, "project_already_exists", "This user already owns a project with the same name.", "")
        now = server_time()
        private = str(data.get("private", data.get("is_public", "") in ("", "false", False))).lower() in ("true", "1")
        project = {"id": str(uuid.uuid4()), "name": name, "owner": owner, "description": data.get("description", ""),
                   "private": private, "is_public": not private, "created_at": now, "updated_at": now,
                   "data_last_packaged_at": None, "data_last_updated_at": None, "can_repackage": True,
                   "needs_repackaging": True, "status": "failed", "user_role": "admin",
                   "user_role_origin": "project_owner", "project_filename": None}
        self.projects[project["id"]] = project
        self.files[project["id"]] = {}
        return project

    def project_json(self, project: Dict[str, Any]) -> Dict[str, Any]:
        busy = any(j["project_id"] == project["id"] and j["status"] in ("queued", "started") for j in self.jobs.values())
        data = {k: v for k, v in project.items() if k != "project_filename"}
        if busy:
            data["status"] = "busy"
        return data

    # -- files ------------------------------------------------------------------------------
    def store_file(self, project_id: str, path: str, data: bytes) -> None:
        project = self.project(project_id)
        is_project_file = path.lower().endswith((".qgs", ".qgz"))
        if is_project_file and project["project_filename"] not in (None, path):
            raise ApiError(400, "multiple_projects", "Multiple projects", "Only one QGIS project per project allowed")
        md5sum, sha256 = etag(data), hashlib.sha256(data).hexdigest()
        if self.knobs.corrupt_uploads > 0:
            self.knobs.corrupt_uploads -= 1
            md5sum, sha256 = etag(data + b"!"), hashlib.sha256(data + b"!").hexdigest()
        self.files[project_id].setdefault(path, []).append(FileVersion(data, md5sum, sha256))
        project["data_last_updated_at"] = server_time()
        if is_project_file:
            project["project_filename"] = path
        if project["project_filename"] and not path.startswith("DCIM/"):
            pending = any(j["project_id"] == project_id and j["type"] == "process_projectfile"
                          and j["status"] == "pending" for j in self.jobs.values())
            if not pending:
                self.create_job(project_id, "process_projectfile", created_by=2)

    def file_list(self, project_id: str, skip_metadata: bool) -> List[Dict[str, Any]]:
        self.project(project_id)
        entries = []
        for name in sorted(self.files[project_id]):
            versions = self.files[project_id][name]
            latest = versions[-1]
            rendered = []
            for version in reversed(versions):
                item = {"size": len(version.data), "md5sum": version.md5sum, "version_id": version.version_id,
                        "last_modified": version.at.strftime("%d.%m.%Y %H:%M:%S UTC"),
                        "is_latest": version is latest, "display": version.at.strftime("v%Y%m%d%H%M%S")}
                if not skip_metadata:
                    item["sha256"] = version.sha256
                rendered.append(item)
            entry = {"versions": rendered, "name": name, "size": len(latest.data), "md5sum": latest.md5sum,
                     "last_modified": rendered[0]["last_modified"], "is_attachment": name.startswith("DCIM/")}
            if not skip_metadata:
                entry["sha256"] = latest.sha256
            entries.append(entry)
        return entries

    def file_bytes(self, project_id: str, path: str, version_id: Optional[str]) -> bytes:
        self.project(project_id)
        versions = self.files[project_id].get(path)
        if not versions:
            raise unknown_error("An error occurred (404) when calling the HeadObject operation: Not Found")
        if version_id:
            match = [v for v in versions if v.version_id == version_id]
            if not match:
                raise unknown_error("An error occurred (404) when calling the HeadObject operation: Not Found")
            return match[0].data
        return versions[-1].data

    # -- jobs -------------------------------------------------------------------------------
    def create_job(self, project_id: str, job_type: str, force: bool = False, created_by: int = 2):
        """Returns (job, created): an unfinished package job is returned unless ``force``."""
        project = self.project(project_id)
        if job_type not in ("package", "process_projectfile", "delta_apply"):
            raise unknown_error(f"'{job_type}' is not a valid choice.")
        if job_type == "delta_apply":
            raise unknown_error('null value in column "overwrite_conflicts" violates not-null constraint')
        if job_type == "package":
            if not project["project_filename"]:
                raise ApiError(400, "no_qgis_project", "The project does not have a valid QGIS project file.", "")
            running = [j for j in self.jobs.values() if j["project_id"] == project_id and j["type"] == "package"
                       and j["status"] in ("pending", "queued", "started")]
            if running and not force:
                return running[0], False
        return self.new_job(project_id, job_type, created_by), True

    def new_job(self, project_id: str, job_type: str, created_by: int = 2) -> Dict[str, Any]:
        now = server_time()
        job = {"id": str(uuid.uuid4()), "created_at": now, "created_by": created_by, "finished_at": None,
               "project_id": project_id, "started_at": None, "status": "pending", "type": job_type,
               "updated_at": now, "feedback": None, "output": None}
        self.jobs[job["id"]] = job
        return job

    def job(self, job_id: str) -> Dict[str, Any]:
        job = self.jobs.get(job_id)
        if job is None:
            raise unknown_error("No Job matches the given query.")
        return job

    def advance_job(self, job: Dict[str, Any]) -> None:
        """Move ``job`` one step along the knobs' plan for its type (a simulated worker)."""
        plan = self.knobs.job_plan.get(job["type"])
        if not plan:
            return
        status = plan.pop(0)
        self.set_job_status(job, status)

    def set_job_status(self, job: Dict[str, Any], status: str) -> None:
        now = server_time()
        job["status"] = status
        if status == "started":
            job["started_at"] = now
        if status in ("finished", "failed", "stopped"):
            job["started_at"] = job["started_at"] or now
            job["finished_at"] = now
        if status == "finished":
            job["feedback"] = {"feedback_version": "2.0", "steps": [{"id": "start_qgis_app", "stage": 1, "returns": {}}],
                               "outputs": {"qgis_layers_data": {"layers_by_id": {}}}}
            job["output"] = f"{job['type']} finished"
            if job["type"] == "package":
                project = self.projects[job["project_id"]]
                project["data_last_packaged_at"], project["needs_repackaging"] = now, False
            if job["type"] == "process_projectfile":
                self.projects[job["project_id"]]["status"] = "ok"
            if job["type"] == "delta_apply":
                self.apply_pending_deltas(job["project_id"])
        if status == "failed":
            job["feedback"] = {"error": "Error while fetching server API version: ('Connection aborted.')",
                               "error_stack": ["  (simulated traceback lines, list of strings)\n"],
                               "error_origin": "worker_wrapper"}

    def apply_pending_deltas(self, project_id: str) -> None:
        """What a finished delta_apply does to the deltas (recording 097's shapes)."""
        for delta in self.deltas.values():
            if delta["project_id"] == project_id and delta["last_status"] == "pending":
                feedback = {"msg": "Successfully applied delta!", "status": "status_applied", "delta_id": delta["id"],
                            "method": delta["content"]["method"], "conflicts": None,
                            "modified_pk": delta["content"]["sourcePk"]}
                delta.update(status="STATUS_APPLIED", last_status="applied", last_feedback=feedback,
                             output=repr(feedback), updated_at=server_time())

    def jobs_of(self, project_id: str) -> List[Dict[str, Any]]:
        self.project(project_id)
        listed = [j for j in self.jobs.values() if j["project_id"] == project_id]
        return [{k: v for k, v in j.items() if k not in ("feedback", "output")} for j in listed]
