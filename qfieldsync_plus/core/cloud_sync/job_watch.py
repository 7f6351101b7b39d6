"""Follow a project's cloud jobs until they end or a time limit: one line per status change."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Dict, List

from ..cloud.client import CloudClient
from ..i18n import tr
from ..jobs.job import FAILED, STOPPED, UNFINISHED_STATUSES, Job
from ..runner.store import JobStore
from .mirror import poll_jobs, status_explanation

ALL_FINISHED, SOME_FAILED, TIMED_OUT = "finished", "failed", "timed_out"
DEFAULT_TIMEOUT = 900.0
QUIET_LINE_EVERY = 30.0


@dataclass
class WatchResult:
    """The jobs followed, their last state and how the watch ended."""

    jobs: List[Job] = field(default_factory=list)
    outcome: str = ALL_FINISHED
    waited: float = 0.0

    def summary(self) -> str:
        """One sentence saying how the watch ended."""
        if self.outcome == TIMED_OUT:
            left = [j for j in self.jobs if j.status in UNFINISHED_STATUSES]
            return tr("{count} cloud job(s) still pending, queued or running after {seconds:.0f} s; they go on "
                      "in QFieldCloud. Look again later.").format(count=len(left), seconds=self.waited)
        if self.outcome == SOME_FAILED:
            bad = [j for j in self.jobs if j.status in (FAILED, STOPPED)]
            return tr("{count} cloud job(s) failed or were stopped: {jobs}.").format(
                count=len(bad), jobs=", ".join(f"{j.type} {j.id}" for j in bad))
        if not self.jobs:
            return tr("No cloud job was pending, queued or running.")
        return tr("Every cloud job finished.")


def job_line(job: Job) -> str:
    """``<status> <type> <id>: <explanation>`` for one job."""
    return f"{job.status:9} {job.type:20} {job.id}  {status_explanation(job.status, job.type)}"


def watch_jobs(client: CloudClient, store: JobStore, project_id: str, project_label: str,
               on_line: Callable[[str], None], timeout: float = DEFAULT_TIMEOUT,
               sleep: Callable[[float], None] = time.sleep,
               is_cancelled: Callable[[], bool] = lambda: False) -> WatchResult:
    """Mirror the jobs until none of those followed is unfinished, or ``timeout`` seconds.

    Followed are the jobs unfinished at the start, those that ended or were created since. Each
    status change is reported through ``on_line``, and a line every 30 s while nothing changes.
    """
    started = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
    seen: Dict[str, str] = {}
    followed: set = set()
    clock = {"waited": 0.0, "last_line": 0.0, "first": True}

    def timed_sleep(seconds: float) -> None:
        seconds = min(seconds, max(0.0, timeout - clock["waited"]))  # never beyond the time limit
        sleep(seconds)
        clock["waited"] += seconds

    def update(jobs: List[Job]) -> None:
        changed = False
        for job in jobs:
            if clock["first"] and job.status not in UNFINISHED_STATUSES and (job.finished_at or "") < started:
                seen[job.id] = job.status
                continue
            followed.add(job.id)
            if seen.get(job.id) != job.status:
                seen[job.id] = job.status
                on_line(job_line(job))
                changed = True
        clock["first"] = False
        if changed:
            clock["last_line"] = clock["waited"]
        elif clock["waited"] - clock["last_line"] >= QUIET_LINE_EVERY:
            clock["last_line"] = clock["waited"]
            waiting = sum(1 for j in jobs if j.id in followed and j.status in UNFINISHED_STATUSES)
            on_line(tr("… still waiting for {count} cloud job(s) ({seconds:.0f} s).").format(
                count=waiting, seconds=clock["waited"]))

    jobs = poll_jobs(client, store, project_id, project_label, on_update=update, is_cancelled=is_cancelled,
                     sleep=timed_sleep, max_delay=QUIET_LINE_EVERY, max_wait=timeout)
    mine = [j for j in jobs if j.id in followed]
    result = WatchResult(mine, ALL_FINISHED, clock["waited"])
    if any(j.status in UNFINISHED_STATUSES for j in mine):
        result.outcome = TIMED_OUT
    elif any(j.status in (FAILED, STOPPED) for j in mine):
        result.outcome = SOME_FAILED
    return result
