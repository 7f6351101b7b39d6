"""A QFieldCloud server on loopback for the tests: replays the recorded contract with state.

``CloudTestServer(mode="recorded"|"newer")`` starts a ThreadingHTTPServer on 127.0.0.1 (free
port), ``.url`` is its API root, ``.state`` its :class:`server_state.State` with ``knobs``.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import parse_qs, unquote, urlsplit

from .server_state import RECORDED, ApiError, State, server_time, unknown_error

API = "/api/v1/"
DELTA_KEYS = ("uuid", "localPk", "sourcePk", "localLayerId", "sourceLayerId", "method")
FILE_KEYS = ("version", "project", "id", "deltas", "files")


class Handler(BaseHTTPRequestHandler):
    server: "CloudTestServer"

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    # -- plumbing ---------------------------------------------------------------------------
    def _answer(self, status: int, payload: Any = None, headers: Optional[Dict[str, str]] = None, raw: Optional[bytes] = None) -> None:
        body = raw if raw is not None else (b"" if payload is None else json.dumps(payload).encode("utf-8"))
        self.send_response(status)
        if raw is None and payload is not None:
            self.send_header("Content-Type", "application/json")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, error: ApiError) -> None:
        self._answer(error.status, {"code": error.code, "message": error.message,
                                    "debug": {"view": "test-server", "args": [], "kwargs": {}, "request": self.path,
                                              "detail": error.detail}})

    def _body(self) -> Tuple[Dict[str, Any], Dict[str, Tuple[str, bytes]]]:
        """(fields, files) from a JSON, form-encoded or multipart body."""
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        self.server.state.requests[-1]["body_bytes"] = len(raw)
        kind = self.headers.get("Content-Type", "")
        if not raw:
            return {}, {}
        if kind.startswith("application/json"):
            return json.loads(raw.decode("utf-8")), {}
        if kind.startswith("application/x-www-form-urlencoded"):
            return {k: v[-1] for k, v in parse_qs(raw.decode("utf-8")).items()}, {}
        if kind.startswith("multipart/form-data"):
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                f"Content-Type: {kind}\r\n\r\n".encode("latin-1") + raw)
            fields, files = {}, {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                filename = part.get_filename()
                payload = part.get_payload(decode=True) or b""
                if filename is not None:
                    files[name] = (filename, payload)
                else:
                    fields[name] = payload.decode("utf-8")
            return fields, files
        return {}, {}

    def _paginate(self, items: List[Any], query: Dict[str, str]) -> Tuple[List[Any], Dict[str, str]]:
        if "limit" not in query:
            return items, {}
        limit, offset = int(query["limit"]), int(query.get("offset", 0))
        headers = {"X-Total-Count": str(len(items))}
        if offset + limit < len(items):
            headers["X-Next-Page"] = f"{self.server.url}?limit={limit}&offset={offset + limit}"
        if offset > 0:
            headers["X-Previous-Page"] = f"{self.server.url}?limit={limit}&offset={max(0, offset - limit)}"
        return items[offset:offset + limit], headers

    def _fault(self, method: str, path: str) -> bool:
        """Apply a matching ``fail_requests`` knob (answers the error itself)."""
        for fault in self.server.state.knobs.fail_requests:
            if fault["method"] == method and fault["path"] in path and fault.get("count", 1) > 0:
                fault["count"] = fault.get("count", 1) - 1
                self._body()
                self._error(ApiError(fault.get("status", 500), "unknown_error", "QFieldcloud Unknown Error", "injected fault"))
                return True
        return False

    def _handle(self, method: str) -> None:
        state = self.server.state
        split = urlsplit(self.path)
        state.requests.append({"method": method, "path": split.path, "query": split.query,
                               "user_agent": self.headers.get("User-Agent", ""),
                               "authorization": self.headers.get("Authorization", ""), "body_bytes": 0})
        if not split.path.startswith(API):
            return self._answer(404, raw=b"<h1>Not Found</h1>", headers={"Content-Type": "text/html"})
        route = [unquote(p) for p in split.path[len(API):].strip("/").split("/")]
        query = {k: v[-1] for k, v in parse_qs(split.query).items()}
        if self._fault(method, split.path):
            return
        try:
            with state.lock:
                self._route(method, route, query)
        except ApiError as error:
            self._error(error)
        except _Dropped:
            self.close_connection = True

    do_GET = lambda self: self._handle("GET")  # noqa: E731
    do_POST = lambda self: self._handle("POST")  # noqa: E731
    do_PATCH = lambda self: self._handle("PATCH")  # noqa: E731
    do_DELETE = lambda self: self._handle("DELETE")  # noqa: E731

    # -- routes -----------------------------------------------------------------------------
    def _route(self, method: str, route: List[str], query: Dict[str, str]) -> None:
        state = self.server.state
        head = route[0]
        if head == "status":
            return self._answer(200, {"geodb": "ok", "storage": "ok"})
        if head == "auth" and route[1] in ("token", "login") and method == "POST":
            fields, _ = self._body()
            return self._answer(200, state.login(fields.get("username", ""), fields.get("password", ""),
                                                 self.headers.get("User-Agent", "")))
        user = state.authenticate(self.headers.get("Authorization"))
        if head == "auth" and route[1] == "user":
            return self._answer(200, state.user_json(user))
        if head == "auth" and route[1] == "logout":
            for token in state.tokens.values():  # the server expires every token of the user, of every client
                if token.username == user:
                    token.expired = True
            return self._answer(200, {"detail": "Successfully logged out."})
        if head == "projects":
            return self._projects(method, route, query, user)
        if head == "files":
            return self._files(method, route, query)
        if head == "jobs":
            return self._jobs(method, route, query)
        if head == "deltas":
            return self._deltas(method, route)
        if head == "packages":
            return self._packages(route)
        return self._answer(404, raw=b"<h1>Not Found</h1>", headers={"Content-Type": "text/html"})

    def _projects(self, method: str, route: List[str], query: Dict[str, str], user: str) -> None:
        state = self.server.state
        if len(route) == 1 and method == "GET":
            items, headers = self._paginate([state.project_json(p) for p in state.projects.values()], query)
            return self._answer(200, items, headers)
        if len(route) == 1 and method == "POST":
            fields, _ = self._body()
            return self._answer(201, state.project_json(state.create_project(user, fields)))
        project = state.project(route[1])
        if method == "DELETE":
            del state.projects[route[1]]
            return self._answer(204)
        if method == "PATCH":
            fields, _ = self._body()
            project.update({k: v for k, v in fields.items() if k in ("name", "description")})
        return self._answer(200, state.project_json(project))

    def _files(self, method: str, route: List[str], query: Dict[str, str]) -> None:
        state = self.server.state
        project_id, path = route[1], "/".join(route[2:])
        if not path:
            return self._answer(200, state.file_list(project_id, query.get("skip_metadata") == "1"))
        if method == "POST":
            state.project(project_id)
            if state.knobs.drop_uploads > 0:
                state.knobs.drop_uploads -= 1
                self.rfile.read(int(self.headers.get("Content-Length") or 0) // 2)
                raise _Dropped()
            _, files = self._body()
            if "file" not in files:
                raise ApiError(400, "empty_content", "Empty content", "")
            state.store_file(project_id, path, files["file"][1])
            return self._answer(201)
        if method == "DELETE":
            state.project(project_id)
            if path not in state.files[project_id]:
                raise unknown_error("An error occurred (404) when calling the HeadObject operation: Not Found")
            del state.files[project_id][path]
            return self._answer(200)
        data = state.file_bytes(project_id, path, query.get("version"))
        name = path.rsplit("/", 1)[-1]
        return self._answer(200, raw=data, headers={"Content-Type": "text/html; charset=utf-8",
                                                    "Content-Disposition": f'attachment; filename="{name}"'})

    def _jobs(self, method: str, route: List[str], query: Dict[str, str]) -> None:
        state = self.server.state
        if len(route) > 1:
            job = state.job(route[1])
            state.advance_job(job)
            return self._answer(200, job)
        fields, _ = self._body()
        if method == "POST":
            job, created = state.create_job(fields.get("project_id", ""), fields.get("type", ""),
                                            str(fields.get("force", "")).lower() in ("1", "true"))
            return self._answer(201 if created else 200, job)
        project_id = fields.get("project_id")
        if state.mode != RECORDED:
            project_id = project_id or query.get("project_id")
        if not project_id or project_id not in state.projects:
            raise unknown_error("No Project matches the given query.")
        items, headers = self._paginate(state.jobs_of(project_id), query)
        return self._answer(200, items, headers)

    def _deltas(self, method: str, route: List[str]) -> None:
        state = self.server.state
        if route[1] == "apply":
            project_id = state.project(route[2])["id"]
            if any(d["project_id"] == project_id and d["last_status"] == "pending" for d in state.deltas.values()):
                state.new_job(project_id, "delta_apply")
            return self._answer(200)
        project = state.project(route[1])
        if method == "GET":
            listed = [d for d in state.deltas.values() if d["project_id"] == project["id"]
                      and (len(route) < 3 or d["deltafile_id"] == route[2])]
            return self._answer(200, [{k: v for k, v in d.items() if k != "project_id"} for d in listed])
        _, files = self._body()
        if "file" not in files:
            raise ApiError(400, "empty_content", "Empty content", "")
        if not project["project_filename"]:
            raise ApiError(400, "no_qgis_project", "The project does not have a valid QGIS project file.", "")
        try:
            deltafile = json.loads(files["file"][1].decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise unknown_error("Expecting value: line 1 column 1 (char 0)")
        if not isinstance(deltafile, dict) or any(k not in deltafile for k in FILE_KEYS) or any(
                not isinstance(d, dict) or any(k not in d for k in DELTA_KEYS) for d in deltafile["deltas"]):
            raise unknown_error("'deltas' is a required property")
        if deltafile["project"] != project["id"]:
            raise ApiError(400, "invalid_deltafile", "Invalid deltafile", "Deltafile's project id doesn't match URL")
        if any("clientId" not in d for d in deltafile["deltas"]):
            raise unknown_error("")
        added = 0
        for delta in deltafile["deltas"]:
            if delta["uuid"] in state.deltas:
                continue  # recording 051: a delta uuid already stored is skipped without an error
            added += 1
            now = server_time()
            state.deltas[delta["uuid"]] = {"id": delta["uuid"], "deltafile_id": deltafile["id"], "created_by": "tester",
                                           "created_at": now, "updated_at": now, "status": "STATUS_PENDING",
                                           "output": None, "last_status": "pending", "last_feedback": None,
                                           "content": delta, "project_id": project["id"]}
        if added:  # re-sending only known deltas queues no job (recordings 051 and 061)
            state.new_job(project["id"], "delta_apply")
        return self._answer(200)

    def _packages(self, route: List[str]) -> None:
        state = self.server.state
        project = state.project(route[1])
        finished = [j for j in state.jobs.values() if j["project_id"] == project["id"]
                    and j["type"] == "package" and j["status"] == "finished"]
        if not finished:
            raise ApiError(400, "invalid_job", "Invalid job",
                           "Packaging has never been triggered or successful for this project.")
        if len(route) > 4 and route[3] == "files":
            path = "/".join(route[4:])
            if path not in state.files[project["id"]]:
                raise unknown_error("An error occurred (404) when calling the HeadObject operation: Not Found")
            return self._answer(200, raw=state.file_bytes(project["id"], path, None),
                                headers={"Content-Type": "application/octet-stream"})
        files = [{k: v for k, v in f.items() if k != "versions"} for f in state.file_list(project["id"], False)]
        job = finished[-1]
        return self._answer(200, {"files": files, "layers": {}, "status": "finished", "package_id": job["id"],
                                  "packaged_at": job["finished_at"], "data_last_updated_at": project["data_last_updated_at"]})


class _Dropped(Exception):
    """The handler closes the connection without answering (simulated network failure)."""


class CloudTestServer(ThreadingHTTPServer):
    """The loopback server; use as a context manager or call ``start()``/``stop()``."""

    daemon_threads = True

    def __init__(self, mode: str = RECORDED) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.state = State(mode)
        self.url = f"http://127.0.0.1:{self.server_address[1]}{API}"
        self._thread: Optional[threading.Thread] = None

    def start(self) -> "CloudTestServer":
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def handle_error(self, request, client_address) -> None:
        """Clients that abort (cancel tests) are expected; other errors are printed."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def enable_tls(self, certfile: str, keyfile: str, client_ca: Optional[str] = None) -> None:
        """Serve HTTPS with ``certfile`` (call before ``start``); with ``client_ca``, only to clients
        presenting a certificate that CA signed."""
        import ssl

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certfile, keyfile)
        if client_ca is not None:
            context.verify_mode = ssl.CERT_REQUIRED
            context.load_verify_locations(client_ca)
        self.socket = context.wrap_socket(self.socket, server_side=True)
        self.url = self.url.replace("http://", "https://")

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def __enter__(self) -> "CloudTestServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
