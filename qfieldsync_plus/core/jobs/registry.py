"""Which module implements which job type. Each module has ``build_workflow(params)``."""

from __future__ import annotations

import importlib
from types import ModuleType

from .job import DELTA_APPLY, PACKAGE, PROCESS_PROJECTFILE, SYNC

JOB_MODULES = {
    PROCESS_PROJECTFILE: "qfieldsync_plus.core.jobs.process_projectfile",
    PACKAGE: "qfieldsync_plus.core.jobs.package",
    DELTA_APPLY: "qfieldsync_plus.core.jobs.delta_apply",
    SYNC: "qfieldsync_plus.core.jobs.sync",
}


def job_module(job_type: str) -> ModuleType:
    """Import the module that implements ``job_type``."""
    if job_type not in JOB_MODULES:
        raise ValueError(f"Unknown job type {job_type!r}; known: {', '.join(JOB_MODULES)}")
    return importlib.import_module(JOB_MODULES[job_type])
