"""Project secrets as QFieldCloud has them: ``pgservice`` (pg_service.conf blocks) and ``envvar``."""

from __future__ import annotations

import configparser
import re
from dataclasses import dataclass
from typing import List, Sequence

from ..i18n import tr
from ..jobs.errors import INVALID_ARGUMENTS, JobError

PGSERVICE = "pgservice"
ENVVAR = "envvar"
SECRET_TYPES = (PGSERVICE, ENVVAR)

# QFieldCloud's rule (its Secret.name RegexValidator).
NAME_PATTERN = re.compile(r"^[A-Z]+[A-Z0-9_]+$")
# Variables that would take over the job's process (which code runs, which files it reads, where
# it writes) or that the runner sets itself: an envvar secret must not set them.
RESERVED_ENV_NAMES = frozenset({
    "PATH", "HOME", "SHELL", "BASH_ENV", "ENV", "IFS", "TMPDIR", "TMP", "TEMP",
    "PGSERVICEFILE", "PGPASSFILE", "PGSYSCONFDIR", "GDAL_DRIVER_PATH", "GDAL_PYTHON_DRIVER_PATH", "GDAL_DATA",
    "PROJ_LIB", "PROJ_DATA", "SSL_CERT_FILE", "SSL_CERT_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
    "XDG_RUNTIME_DIR", "APPDATA", "LOCALAPPDATA", "USERPROFILE", "SYSTEMROOT", "COMSPEC", "PATHEXT",
})
RESERVED_ENV_PREFIXES = ("QGIS_", "QT_", "PYTHON", "LD_", "DYLD_", "QFIELDSYNC_PLUS_")
# libpq connection keywords that may appear in a service block.
LIBPQ_KEYWORDS = frozenset({
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "channel_binding",
    "connect_timeout", "client_encoding", "options", "application_name", "fallback_application_name",
    "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
    "replication", "gssencmode", "sslmode", "requiressl", "sslcompression", "sslcert", "sslkey",
    "sslpassword", "sslcertmode", "sslrootcert", "sslcrl", "sslcrldir", "sslsni", "requirepeer",
    "ssl_min_protocol_version", "ssl_max_protocol_version", "krbsrvname", "gsslib", "gssdelegation",
    "target_session_attrs", "load_balance_hosts", "require_auth", "sslnegotiation",
})
SECRET_KEYWORD_PARTS = ("pass", "secret", "token", "key")


class InvalidSecret(JobError):
    """A secret name, type or value that QFieldCloud (and the runner) would not accept."""

    error_type = INVALID_ARGUMENTS


@dataclass(frozen=True)
class Secret:
    """One project secret. ``repr`` never shows the value."""

    name: str
    type: str
    value: str = ""

    def __repr__(self) -> str:
        return f"Secret(name={self.name!r}, type={self.type!r}, value=<hidden>)"


def validate_name(name: str) -> str:
    """``name`` when it follows QFieldCloud's rule; else :class:`InvalidSecret`."""
    if not NAME_PATTERN.match(name or ""):
        raise InvalidSecret(
            tr('The secret name "{name}" is not allowed.').format(name=name),
            hint=tr("A secret name starts with a capital letter, followed by capital letters, digits or "
                    "underscores (at least two characters), e.g. FIELD_DB."))
    return name


def validate_type(secret_type: str) -> str:
    """``secret_type`` when it is ``pgservice`` or ``envvar``."""
    if secret_type not in SECRET_TYPES:
        raise InvalidSecret(tr('Unknown secret type "{type}": use pgservice or envvar.').format(type=secret_type))
    return secret_type


def parse_pgservice(name: str, value: str) -> configparser.ConfigParser:
    """Parse a pgservice value (pg_service.conf content with ``[service]`` headers), or explain why not."""
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keep keys as written, so the check below sees typos in case too
    try:
        parser.read_string(value, source=name)
    except configparser.MissingSectionHeaderError:
        raise InvalidSecret(
            tr('The pgservice secret "{name}" must start with a [service_name] header.').format(name=name),
            hint=tr("Write it as in pg_service.conf, e.g. [field_db] then host=..., port=..., dbname=..., "
                    "user=..., password=... on their own lines.")) from None
    except configparser.Error as err:
        first_line = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise InvalidSecret(
            tr('The pgservice secret "{name}" is not valid pg_service.conf content: {error}').format(
                name=name, error=first_line)) from None
    if not parser.sections():
        raise InvalidSecret(tr('The pgservice secret "{name}" defines no [service_name] block.').format(name=name))
    for service in parser.sections():
        unknown = [key for key in parser[service] if key not in LIBPQ_KEYWORDS]
        if unknown:
            raise InvalidSecret(
                tr('The pgservice secret "{name}" has unknown parameters in [{service}]: {keys}.').format(
                    name=name, service=service, keys=", ".join(sorted(unknown))),
                hint=tr("Use libpq connection keywords: host, port, dbname, user, password, sslmode…"))
    return parser


def validate(secret: Secret) -> Secret:
    """``secret`` when its name, type and value are acceptable; else :class:`InvalidSecret`."""
    validate_name(secret.name)
    validate_type(secret.type)
    if not secret.value:
        raise InvalidSecret(tr('The secret "{name}" has an empty value.').format(name=secret.name))
    if secret.type == PGSERVICE:
        parse_pgservice(secret.name, secret.value)
    elif is_reserved_env_name(secret.name):
        raise reserved_name_error(secret.name)
    elif "\0" in secret.value:
        raise InvalidSecret(tr('The envvar secret "{name}" contains a NUL character.').format(name=secret.name))
    return secret


def is_reserved_env_name(name: str) -> bool:
    """True for a variable an envvar secret must not set (:data:`RESERVED_ENV_NAMES`, :data:`RESERVED_ENV_PREFIXES`)."""
    return name in RESERVED_ENV_NAMES or name.startswith(RESERVED_ENV_PREFIXES)


def reserved_name_error(name: str) -> InvalidSecret:
    """Why the envvar secret ``name`` is refused."""
    return InvalidSecret(
        tr('"{name}" cannot be an envvar secret: this variable decides which programs and files the job\'s '
           "QGIS process uses, or the job runner sets it itself.").format(name=name),
        hint=tr("Store the value under another name (e.g. FIELD_{name}) and remove the secret {name}.").format(
            name=name))


def refuse_reserved(secrets: Sequence[Secret]) -> None:
    """Raise :class:`InvalidSecret` when one of ``secrets`` is an envvar secret with a reserved name
    (stored before this rule, or by other means): such a job does not run."""
    for secret in secrets:
        if secret.type == ENVVAR and is_reserved_env_name(secret.name):
            raise reserved_name_error(secret.name)


def service_names(secret: Secret) -> List[str]:
    """The services a pgservice secret defines (its ``[headers]``)."""
    return parse_pgservice(secret.name, secret.value).sections() if secret.type == PGSERVICE else []


def sensitive_values(secret: Secret) -> List[str]:
    """The strings to redact for ``secret``: the whole value, and each password-like service parameter."""
    values = [secret.value]
    if secret.type == PGSERVICE:
        values += service_file_passwords(secret.value)
    return values


def service_file_passwords(content: str) -> List[str]:
    """Password-like parameter values (password, sslpassword…) in pg_service.conf content."""
    found: List[str] = []
    for line in content.splitlines():
        key, sep, value = line.partition("=")
        key = key.strip().lower()
        if sep and any(part in key for part in SECRET_KEYWORD_PARTS) and value.strip():
            found.append(value.strip())
    return found
