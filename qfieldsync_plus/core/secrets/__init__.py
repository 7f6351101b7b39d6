"""Project secrets (pgservice, envvar) kept encrypted in the QGIS authentication database."""

from .auth_db import SecretsUnavailable, WrongMasterPassword, prepare_headless_auth, unlock, warm_up
from .job_env import JobSecrets, job_secrets
from .model import ENVVAR, PGSERVICE, SECRET_TYPES, InvalidSecret, Secret, validate
from .store import SecretStore

__all__ = [
    "ENVVAR", "PGSERVICE", "SECRET_TYPES", "InvalidSecret", "JobSecrets", "Secret", "SecretStore",
    "SecretsUnavailable", "WrongMasterPassword", "job_secrets", "prepare_headless_auth", "unlock",
    "validate", "warm_up",
]
