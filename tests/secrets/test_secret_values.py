"""Secret names and values as QFieldCloud accepts them, the private pg_service.conf, redaction helpers."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from qfieldsync_plus.core.redact import redact_data, redact_text
from qfieldsync_plus.core.secrets.job_env import job_secrets, merged_service_file, split_services
from qfieldsync_plus.core.secrets.model import (
    ENVVAR, PGSERVICE, InvalidSecret, Secret, sensitive_values, service_names, validate)

BLOCK = "[field_db]\nhost=db.example.org\nport=5432\ndbname=gis\nuser=field\npassword=Pg-Pass-9d1e\n"


@pytest.mark.parametrize("name", ["FIELD_DB", "A1", "PG_SERVICE_2", "TOKEN"])
def test_names_following_qfieldcloud_rule_are_accepted(name):
    assert validate(Secret(name, ENVVAR, "value")).name == name


@pytest.mark.parametrize("name", ["field_db", "A", "1ABC", "_ABC", "AB-C", "AB C", ""])
def test_names_breaking_qfieldcloud_rule_are_refused_with_the_rule(name):
    with pytest.raises(InvalidSecret, match="not allowed") as caught:
        validate(Secret(name, ENVVAR, "value"))
    assert "capital letter" in caught.value.hint


@pytest.mark.parametrize("value, message", [
    ("host=x\nuser=y\n", r"must start with a \[service_name\] header"),
    ("[a]\npasword=x\n", r"unknown parameters in \[a\]: pasword"),
    ("[a]\nhost=x\n[a]\nhost=y\n", "not valid pg_service.conf content"),
    ("# only a comment\n", "defines no"),
])
def test_pgservice_values_must_be_service_file_content(value, message):
    with pytest.raises(InvalidSecret, match=message):
        validate(Secret("FIELD_DB", PGSERVICE, value))


def test_envvar_secrets_cannot_replace_the_runners_own_variables():
    with pytest.raises(InvalidSecret, match="PGSERVICEFILE"):
        validate(Secret("PGSERVICEFILE", ENVVAR, "/tmp/x"))


def test_secret_repr_hides_the_value():
    assert "Pg-Pass" not in repr(Secret("FIELD_DB", PGSERVICE, BLOCK))


def test_service_names_and_sensitive_values_of_a_pgservice_secret():
    secret = Secret("FIELD_DB", PGSERVICE, BLOCK + "[second]\nhost=h\nsslpassword=Ssl-Pass-77\n")
    assert service_names(secret) == ["field_db", "second"]
    assert {"Pg-Pass-9d1e", "Ssl-Pass-77"} <= set(sensitive_values(secret))
    assert "db.example.org" not in sensitive_values(secret)


def test_merged_service_file_puts_project_services_before_the_users_and_replaces_same_named_ones():
    user = "# mine\n[other]\nhost=o\n\n[field_db]\nhost=stale.example.org\n"
    merged = merged_service_file([Secret("FIELD_DB", PGSERVICE, BLOCK)], user)
    names = [name for name, _ in split_services(merged) if name]
    assert names == ["field_db", "other"]
    assert "stale.example.org" not in merged and "db.example.org" in merged and "# mine" in merged


def test_job_secrets_write_a_private_service_file_and_remove_it(tmp_path, monkeypatch):
    user_file = tmp_path / "user.conf"
    user_file.write_text("[other]\nhost=o\npassword=User-Pass-55\n", encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(user_file))
    secrets = [Secret("FIELD_DB", PGSERVICE, BLOCK), Secret("API_TOKEN", ENVVAR, "tok-1234567")]
    with job_secrets(secrets, tmp_path) as prepared:
        path = prepared.service_file
        assert prepared.env["PGSERVICEFILE"] == str(path)
        assert prepared.env["API_TOKEN"] == "tok-1234567"
        assert prepared.services == ["field_db"]
        assert {"Pg-Pass-9d1e", "tok-1234567", "User-Pass-55"} <= set(prepared.redact)
        content = path.read_text(encoding="utf-8")
        assert "[field_db]" in content and "[other]" in content
        if sys.platform != "win32":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert "API_TOKEN" not in os.environ
    assert not path.parent.exists()


def test_job_secrets_folder_is_removed_when_the_job_raises(tmp_path):
    with pytest.raises(RuntimeError):
        with job_secrets([Secret("FIELD_DB", PGSERVICE, BLOCK)], tmp_path) as prepared:
            folder = prepared.service_file.parent
            raise RuntimeError("job crashed")
    assert not folder.exists()


def test_redaction_removes_known_values_and_data_source_passwords_everywhere():
    feedback = {"error": "failed for dbname='x' password='Plain-77' user=u", "steps": [
        {"returns": {"name": "Title Tok-Value-12"}}], "error_stack": ["https://me:Url-Pass-1@example.org/wms"]}
    cleaned = redact_data(feedback, ["Tok-Value-12"])
    text = repr(cleaned)
    assert "Plain-77" not in text and "Tok-Value-12" not in text and "Url-Pass-1" not in text
    assert cleaned["steps"][0]["returns"]["name"] == "Title ***"
    assert redact_text("nothing secret here", ["abc"]) == "nothing secret here"


@pytest.mark.parametrize("value", [
    "[a]\nhost=x\nPlain-Line-Pw-83\n",
    "password=Plain-Line-Pw-83\n[a]\nhost=x\n",
])
def test_invalid_pgservice_messages_do_not_echo_the_value(value):
    with pytest.raises(InvalidSecret) as caught:
        validate(Secret("FIELD_DB", PGSERVICE, value))
    assert "Plain-Line-Pw-83" not in str(caught.value) + caught.value.hint


def test_desktop_warm_up_does_not_ask_for_a_project_without_secrets(qgis_app, bees_project):
    from qfieldsync_plus.core.secrets.auth_db import warm_up
    from qfieldsync_plus.core.secrets.store import SecretStore

    assert SecretStore().list(str(bees_project)) == []
    assert warm_up(str(bees_project)) is True
