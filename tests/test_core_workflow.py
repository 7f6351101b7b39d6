"""The workflow engine builds QFieldCloud worker feedback v2."""

import pytest

from qfieldsync_plus.core.jobs.errors import FILE_NOT_FOUND, JobError
from qfieldsync_plus.core.jobs.workflow import (
    STAGE_FINISHED, STAGE_PENDING, STAGE_STARTED, JobContext, Step, Workflow, run_workflow,
)


def make_workflow(fail_second: bool = False):
    def first(ctx):
        return {"answer": 42, "obj": object()}

    def second(ctx):
        if fail_second:
            raise JobError("the file is gone", FILE_NOT_FOUND, hint="put it back")
        return {"double": ctx.returns["first"]["answer"] * 2}

    def third(ctx):
        return {"done": True}

    return Workflow("wf", "Test Workflow", [
        Step("first", "First", first, output_names=("answer",)),
        Step("second", "Second", second, output_names=("double",)),
        Step("third", "Third", third),
    ])


def test_success_feedback_has_steps_outputs_and_returns():
    progress = []
    feedback = run_workflow(make_workflow(), JobContext(params={}, on_progress=progress.append))
    assert feedback["feedback_version"] == "2.0"
    assert feedback["workflow_id"] == "wf" and feedback["workflow_name"] == "Test Workflow"
    assert [s["id"] for s in feedback["steps"]] == ["first", "second", "third"]
    assert all(s["stage"] == STAGE_FINISHED for s in feedback["steps"])
    assert feedback["outputs"] == {"first": {"answer": 42}, "second": {"double": 84}}
    assert feedback["steps"][0]["returns"]["obj"] == "<object>"
    assert "error" not in feedback
    assert progress[-1] == pytest.approx(100.0)
    assert progress == sorted(progress)


def test_failure_stops_and_records_error(caplog):
    caplog.set_level("INFO", logger="qfieldsync_plus.job")
    feedback = run_workflow(make_workflow(fail_second=True), JobContext(params={}))
    stages = [s["stage"] for s in feedback["steps"]]
    assert stages == [STAGE_FINISHED, STAGE_STARTED, STAGE_PENDING]
    assert feedback["error"] == "the file is gone"
    assert feedback["error_type"] == FILE_NOT_FOUND
    assert feedback["error_class"] == "JobError"
    assert feedback["error_hint"] == "put it back"
    assert any("the file is gone" in line for line in feedback["error_stack"])
    assert 'Step "First" (first) started' in caplog.text
    assert 'Step "Second" (second) failed' in caplog.text


def test_unexpected_exception_is_unknown():
    def boom(ctx):
        raise ZeroDivisionError("division by zero")

    feedback = run_workflow(Workflow("wf", "W", [Step("boom", "Boom", boom)]), JobContext(params={}))
    assert feedback["error_type"] == "UNKNOWN"
    assert feedback["error_class"] == "ZeroDivisionError"
