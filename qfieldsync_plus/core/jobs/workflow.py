"""The workflow/step engine: runs named steps and builds QFieldCloud worker feedback v2.

A job module builds a :class:`Workflow` of :class:`Step`s. Each step is a function that takes
the :class:`JobContext` and returns a dict; the values named in ``output_names`` also go to
``feedback["outputs"][step.id]``, as QFieldCloud's ``qfc_worker`` does.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence

from ..i18n import english, template_fields
from ..redact import strip_credentials
from .errors import UNKNOWN, JobError

FEEDBACK_VERSION = "2.0"
STAGE_PENDING, STAGE_STARTED, STAGE_FINISHED = 0, 1, 2

logger = logging.getLogger("qfieldsync_plus.job")

ProgressCallback = Callable[[float], None]


@dataclass
class JobContext:
    """What a step sees: the job's parameters, earlier steps' returns, and progress."""

    params: Dict[str, Any]
    returns: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    on_progress: Optional[ProgressCallback] = None
    is_cancelled: Callable[[], bool] = lambda: False
    _step_index: int = 0
    _step_count: int = 1

    def progress(self, fraction: float) -> None:
        """Report progress of the current step, ``fraction`` in 0..1."""
        if self.on_progress is None:
            return
        fraction = min(1.0, max(0.0, fraction))
        self.on_progress(100.0 * (self._step_index + fraction) / self._step_count)


@dataclass
class Step:
    """One named step of a workflow (ids are QFieldCloud's)."""

    id: str
    name: str
    method: Callable[[JobContext], Dict[str, Any]]
    output_names: Sequence[str] = ()


@dataclass
class Workflow:
    """An ordered list of steps with the id and name the cloud uses."""

    id: str
    name: str
    steps: List[Step]
    version: str = "1.0"


def json_safe(value: Any) -> Any:
    """Keep what JSON can hold; replace other objects by their type name (as qfc_worker).

    A dict or list that JSON can already hold is returned as it is, not copied: a step's returns
    and its outputs share the per-delta results of a large run instead of holding them twice.
    """
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        safe = {str(k): json_safe(v) for k, v in value.items()}
        same = all(isinstance(k, str) and safe[k] is v for k, v in value.items())
        return value if same else safe
    if isinstance(value, (list, tuple)):
        items = [json_safe(v) for v in value]
        return value if isinstance(value, list) and all(a is b for a, b in zip(items, value)) else items
    return f"<{type(value).__name__}>"


def run_workflow(workflow: Workflow, context: JobContext) -> Dict[str, Any]:
    """Run every step in order and return the feedback document.

    A :class:`JobError` (or any exception) stops the workflow; the feedback then holds
    ``error``, ``error_type``, ``error_class`` and ``error_stack``.
    """
    feedback: Dict[str, Any] = {
        "feedback_version": FEEDBACK_VERSION,
        "workflow_version": workflow.version,
        "workflow_id": workflow.id,
        "workflow_name": workflow.name,
        "steps": [
            {"id": s.id, "name": s.name, "stage": STAGE_PENDING, "returns": {}} for s in workflow.steps
        ],
        "outputs": {},
    }
    context._step_count = len(workflow.steps)
    for index, (step, step_feedback) in enumerate(zip(workflow.steps, feedback["steps"])):
        context._step_index = index
        step_feedback["stage"] = STAGE_STARTED
        logger.info('Step "%s" (%s) started', step.name, step.id)
        try:
            returns = step.method(context) or {}
        except Exception as err:  # noqa: BLE001 - every failure must end in feedback
            logger.error('Step "%s" (%s) failed: %s', step.name, step.id, strip_credentials(str(err)))
            feedback.update(error_feedback(err))
            return feedback
        context.returns[step.id] = returns
        step_feedback["returns"] = json_safe(returns)
        step_feedback["stage"] = STAGE_FINISHED
        if step.output_names:
            feedback["outputs"][step.id] = json_safe({n: returns.get(n) for n in step.output_names})
        logger.info('Step "%s" (%s) finished', step.name, step.id)
        context.progress(1.0)
    return feedback


def error_feedback(err: BaseException) -> Dict[str, Any]:
    """The error part of a feedback document for ``err`` (credentials in data sources removed)."""
    stack = traceback.format_exception(type(err), err, err.__traceback__)
    result: Dict[str, Any] = {
        "error": strip_credentials(english(err.args[0]) if len(err.args) == 1 else str(err)) or type(err).__name__,
        "error_type": getattr(err, "error_type", UNKNOWN) if isinstance(err, JobError) else UNKNOWN,
        "error_class": type(err).__name__,
        "error_stack": [strip_credentials(line) for line in stack],
    }
    if err.args:
        result.update(template_fields("error", err.args[0], strip_credentials))
    hint = getattr(err, "hint", "")
    if hint:
        result["error_hint"] = english(hint)
        result.update(template_fields("error_hint", hint, strip_credentials))
    return result


def failure_feedback(workflow_id: str, message: str, error_type: str, hint: str = "") -> Dict[str, Any]:
    """Feedback for a job that failed outside its workflow (timeout, crash, bad launch)."""
    feedback: Dict[str, Any] = {
        "feedback_version": FEEDBACK_VERSION,
        "workflow_id": workflow_id,
        "steps": [],
        "outputs": {},
        "error": english(message),
        "error_type": error_type,
        "error_class": error_type.title().replace("_", ""),
        "error_stack": [],
    }
    feedback.update(template_fields("error", message))
    if hint:
        feedback["error_hint"] = english(hint)
        feedback.update(template_fields("error_hint", hint))
    return feedback
