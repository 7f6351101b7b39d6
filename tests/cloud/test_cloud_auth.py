"""Sign-in: token in QgsAuthManager (settings hold the authcfg id only), expiry, sign-out."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from qfieldsync_plus.core.cloud import credentials
from qfieldsync_plus.core.cloud.account import sign_in, sign_out, sign_out_everywhere
from qfieldsync_plus.core.cloud.errors import AUTH, NOT_SIGNED_IN, CloudError
from qfieldsync_plus.core.cloud.session import signed_in_client
from qfieldsync_plus.core.cloud.transport import Transport

from .conftest import PASSWORD, USERNAME

QFIELDSYNC_UA = "Mozilla/5.0 QGIS/32216/Debian GNU/Linux 12 (bookworm)"


@pytest.fixture(autouse=True)
def clean_sign_in(signed_out):
    """Every test here starts and ends signed out."""


def all_settings_text() -> str:
    settings = QgsSettings()
    return repr([(k, settings.value(k)) for k in settings.allKeys()])


def test_sign_in_stores_the_token_in_the_auth_database_only(cloud_server):
    user = sign_in(cloud_server.url, USERNAME, PASSWORD)
    assert "token" not in user and user["username"] == USERNAME
    token = next(iter(cloud_server.state.tokens))
    authcfg = credentials.stored_authcfg()
    config = QgsAuthMethodConfig()
    QgsApplication.authManager().loadAuthenticationConfig(authcfg, config, True)
    assert config.method() == "Basic" and config.config("password") == token
    assert token not in all_settings_text() and PASSWORD not in all_settings_text()
    assert credentials.url_history()[0] == cloud_server.url
    loaded = credentials.load_credentials()
    assert loaded.token == token and token not in repr(loaded)
    assert signed_in_client().user()["username"] == USERNAME


def test_signing_in_here_does_not_sign_out_qfieldsync(cloud_server):
    state = cloud_server.state
    qfieldsync_token = state.login(USERNAME, PASSWORD, QFIELDSYNC_UA)["token"]
    sign_in(cloud_server.url, USERNAME, PASSWORD)
    first = credentials.stored_authcfg()
    sign_in(cloud_server.url, USERNAME, PASSWORD)
    ids = QgsApplication.authManager().configIds()
    assert credentials.stored_authcfg() in ids and first not in ids  # the previous sign-in is replaced
    assert all(r["user_agent"].startswith("sdk|py|qfieldsync_plus/") for r in state.requests)
    assert Transport(cloud_server.url, token=qfieldsync_token, user_agent=QFIELDSYNC_UA).request("GET", "projects/").status == 200


def test_expired_token_asks_to_sign_in_again(cloud_server):
    sign_in(cloud_server.url, USERNAME, PASSWORD)
    client = signed_in_client()
    for token in cloud_server.state.tokens.values():
        token.expired = True
    with pytest.raises(CloudError) as caught:
        client.list_projects()
    assert caught.value.kind == AUTH and caught.value.detail == "Token has expired."
    assert "Sign in to QFieldCloud again" in str(caught.value)
    assert client.transport.token not in str(caught.value)


def test_wrong_password_is_refused_without_storing(cloud_server):
    with pytest.raises(CloudError) as caught:
        sign_in(cloud_server.url, USERNAME, "not-the-password-42")
    assert caught.value.kind == AUTH and "not-the-password-42" not in str(caught.value)
    assert "the password is wrong" in caught.value.message and "expired" not in caught.value.message
    assert credentials.stored_authcfg() == ""


def test_sign_out_forgets_locally_and_everywhere_expires(cloud_server):
    sign_in(cloud_server.url, USERNAME, PASSWORD)
    authcfg = credentials.stored_authcfg()
    sign_out()
    assert authcfg not in QgsApplication.authManager().configIds()
    with pytest.raises(CloudError) as caught:
        credentials.load_credentials()
    assert caught.value.kind == NOT_SIGNED_IN
    assert not any(t.expired for t in cloud_server.state.tokens.values())  # still valid on the server
    sign_in(cloud_server.url, USERNAME, PASSWORD)
    token = credentials.load_credentials().token
    sign_out_everywhere()
    assert cloud_server.state.tokens[token].expired and credentials.stored_authcfg() == ""


def test_environment_token_needs_no_sign_in(cloud_server, monkeypatch):
    token = cloud_server.state.issue_token(USERNAME, "sdk|py|ci").key
    monkeypatch.setenv(credentials.TOKEN_ENV, token)
    monkeypatch.setenv(credentials.URL_ENV, cloud_server.url)
    assert signed_in_client().user()["username"] == USERNAME
    assert credentials.stored_authcfg() == ""
