"""Fixtures for secrets tests: a private auth database, a password-protected PostGIS role and a
project whose layer connects through a pg_service entry."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional

import psycopg2
import pytest

from tests.fixtures.postgis import PostgisDatabase

ROOT = Path(__file__).resolve().parents[2]
SERVICE = "field_db"
MASTER_PASSWORD = "master-Pw-for-tests-7f3a"


@dataclass
class PasswordRole:
    """A login role that can only connect with its password, and a table it may read."""

    database: PostgisDatabase
    name: str
    password: str
    table: str = "plots"

    def service_block(self, service: str = SERVICE, with_password: bool = True) -> str:
        """pg_service.conf content for this role."""
        lines = [f"[{service}]", f"host={self.database.host}", f"port={self.database.port}",
                 f"dbname={self.database.dbname}", f"user={self.name}"]
        if with_password:
            lines.append(f"password={self.password}")
        return "\n".join(lines) + "\n"


@pytest.fixture
def password_role(postgis_db) -> Iterator[PasswordRole]:
    """A role with a random password (scram on loopback) that may read ``plots``."""
    role = PasswordRole(postgis_db, f"qfsp_field_{uuid.uuid4().hex[:8]}", f"pg-Secret-{uuid.uuid4().hex}")
    postgis_db.execute(f"CREATE ROLE {role.name} LOGIN PASSWORD %s", (role.password,))
    postgis_db.execute(
        "CREATE TABLE plots (id serial PRIMARY KEY, name text, geom geometry(Point, 3857));"
        "INSERT INTO plots (name, geom) VALUES ('a', ST_SetSRID(ST_MakePoint(739000, 5906000), 3857)),"
        "('b', ST_SetSRID(ST_MakePoint(739100, 5906100), 3857));"
        f"GRANT CONNECT ON DATABASE \"{postgis_db.dbname}\" TO {role.name};"
        f"GRANT USAGE ON SCHEMA public TO {role.name};"
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role.name};")
    try:
        yield role
    finally:
        connection = psycopg2.connect(postgis_db.dsn())
        connection.autocommit = True
        with closing(connection), connection.cursor() as cursor:
            cursor.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role.name}'")
            cursor.execute(f"DROP OWNED BY {role.name}")
            cursor.execute(f"DROP ROLE {role.name}")


@pytest.fixture
def user_service_file(tmp_path, monkeypatch) -> Path:
    """The user's own pg_service.conf (with an unrelated service and its password), via $PGSERVICEFILE."""
    path = tmp_path / "user_pg_service.conf"
    path.write_text("# my services\n[other_db]\nhost=db.example.org\ndbname=other\nuser=me\n"
                    "password=user-Own-Pass-41c2\n", encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(path))
    return path


def write_service_project(folder: Path, role: PasswordRole, title: str = "Plots",
                          plain_password_layer: bool = False) -> Path:
    """A project whose ``plots`` layer says ``service='field_db'`` (saved while the service resolves)."""
    from qgis.core import QgsVectorLayer

    from tests.fixtures.projects import save_project

    folder.mkdir(parents=True, exist_ok=True)
    service_file = folder.parent / "setup_pg_service.conf"
    service_file.write_text(role.service_block(), encoding="utf-8")
    previous = os.environ.get("PGSERVICEFILE")
    os.environ["PGSERVICEFILE"] = str(service_file)
    try:
        layers = [QgsVectorLayer(f"service='{SERVICE}' key='id' srid=3857 type=Point "
                                 f"table=\"public\".\"{role.table}\" (geom)", "plots", "postgres")]
        assert layers[0].isValid(), layers[0].error().summary()
        if plain_password_layer:
            uri = (f"dbname='{role.database.dbname}' host={role.database.host} port={role.database.port} "
                   f"user='{role.name}' password='{role.password}' key='id' srid=3857 type=Point "
                   f"table=\"public\".\"{role.table}\" (geom)")
            layers.append(QgsVectorLayer(uri, "plots_plain", "postgres"))
            assert layers[1].isValid()
        return save_project(folder / "plots.qgs", layers, title=title)
    finally:
        service_file.unlink()
        if previous is None:
            os.environ.pop("PGSERVICEFILE", None)
        else:
            os.environ["PGSERVICEFILE"] = previous


@pytest.fixture
def service_project(qgis_app, tmp_path, password_role, user_service_file) -> Path:
    """A project with one layer on ``service='field_db'`` (not defined in the user's service file)."""
    return write_service_project(tmp_path / "project", password_role)


class Cli:
    """Runs ``python -m qfieldsync_plus`` with a private auth database, without a terminal."""

    def __init__(self, base: Path) -> None:
        self.auth_dir = base / "auth"
        self.tmp_dir = base / "tmp"
        self.password_file = base / "master_password"
        self.auth_dir.mkdir(parents=True)
        self.tmp_dir.mkdir()
        self.password_file.write_text(MASTER_PASSWORD + "\n", encoding="utf-8")
        self.password_file.chmod(0o600)
        self.outputs: List[str] = []

    def env(self, password_file: Optional[Path] = None, use_password: bool = True) -> Dict[str, str]:
        """The child environment: this test's auth dir, temp dir and master password file."""
        env = dict(os.environ)
        env.pop("QGIS_AUTH_PASSWORD_FILE", None)
        env.update(QGIS_AUTH_DB_DIR_PATH=str(self.auth_dir), TMPDIR=str(self.tmp_dir), QT_QPA_PLATFORM="offscreen",
                   PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]))
        if use_password:
            env["QGIS_AUTH_PASSWORD_FILE"] = str(password_file or self.password_file)
        return env

    def __call__(self, *args: str, stdin: str = "", **env_options) -> subprocess.CompletedProcess:
        completed = subprocess.run(
            [sys.executable, "-m", "qfieldsync_plus", *args], input=stdin, capture_output=True, text=True,
            env=self.env(**env_options), cwd=str(ROOT), timeout=240, start_new_session=True)
        self.outputs += [completed.stdout, completed.stderr]
        return completed

    @property
    def auth_db(self) -> Path:
        """The auth database file."""
        return self.auth_dir / "qgis-auth.db"


@pytest.fixture
def cli(tmp_path) -> Cli:
    """The command line on a fresh auth database (master password from a file)."""
    return Cli(tmp_path / "cli")
