"""Fixtures for secrets tests: a password-protected PostGIS role, the user's own service file, a
project whose layer connects through a pg_service entry, and the command line on a private auth database."""

from __future__ import annotations

import uuid
from contextlib import closing
from pathlib import Path
from typing import Iterator

import psycopg2
import pytest

from tests.fixtures.secrets_env import Cli, PasswordRole, write_service_project


@pytest.fixture
def password_role(postgis_db) -> Iterator[PasswordRole]:
    """A role with a random password (scram on loopback) that may read and edit ``plots``."""
    role = PasswordRole(postgis_db, f"qfsp_field_{uuid.uuid4().hex[:8]}", f"pg-Secret-{uuid.uuid4().hex}")
    postgis_db.execute(f"CREATE ROLE {role.name} LOGIN PASSWORD %s", (role.password,))
    postgis_db.execute(
        "CREATE TABLE plots (id serial PRIMARY KEY, name text, geom geometry(Point, 3857));"
        "INSERT INTO plots (name, geom) VALUES ('a', ST_SetSRID(ST_MakePoint(739000, 5906000), 3857)),"
        "('b', ST_SetSRID(ST_MakePoint(739100, 5906100), 3857));"
        f"GRANT CONNECT ON DATABASE \"{postgis_db.dbname}\" TO {role.name};"
        f"GRANT USAGE ON SCHEMA public TO {role.name};"
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role.name};"
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role.name};")
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


@pytest.fixture
def service_project(qgis_app, tmp_path, password_role, user_service_file) -> Path:
    """A project with one layer on ``service='field_db'`` (not defined in the user's service file)."""
    return write_service_project(tmp_path / "project", password_role)


@pytest.fixture
def cli(tmp_path) -> Cli:
    """The command line on a fresh auth database (master password from a file)."""
    return Cli(tmp_path / "cli")
