"""Benchmark: the ``jobs`` command on a job store holding 100,000 jobs.

    python benchmarks/job_store.py [--jobs 100000] [--projects 200] [--orphans 5000] [--runs 5]

Fills a store in a temporary data folder with ``--jobs`` jobs shaped like a real one
(``benchmarks/data/process_projectfile_job.json``: the record, feedback and log of a real
process_projectfile run of examples/bees, recorded once), spread over ``--projects`` projects, three
job types and the last 80 days, plus ``--orphans`` jobs left "started" by a process that is gone.
Then times, each as a fresh process as a user runs it:
``python -m qfieldsync_plus jobs`` (the first call sweeps the orphans and applies retention),
``jobs`` again, and ``jobs --json --project X``; the reference is a bare Python process that
counts the jobs with sqlite3. Prints the median seconds, the ratio to the reference and the
store's size. Target: each ``jobs`` call under 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qfieldsync_plus.core.runner.store import COLUMNS, JobStore  # noqa: E402

RECORDED = ROOT / "benchmarks" / "data" / "process_projectfile_job.json"
TYPES = ("process_projectfile", "package", "delta_apply")


def dead_pid() -> int:
    """The id of a process that has ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def fill(path: Path, jobs: int, projects: int, orphans: int) -> str:
    """Write the jobs in one transaction; the project key of the first project."""
    JobStore(path)
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    feedback, log = json.dumps(recorded["feedback"]), recorded["log"]
    now = datetime.now(timezone.utc)
    pid = dead_pid()
    rows = []
    for index in range(jobs + orphans):
        project = f"/data/projects/site_{index % projects:04d}/site.qgs"
        created = now - timedelta(seconds=80 * 86400 * (jobs + orphans - index) / (jobs + orphans))
        orphan = index >= jobs
        status = "started" if orphan else ("failed" if index % 17 == 0 else "finished")
        params = dict(recorded["params"], project=project, job_id=str(uuid.uuid4()))
        rows.append((params["job_id"], TYPES[index % 3], project, "local", status,
                     created.isoformat(timespec="milliseconds"), created.isoformat(timespec="milliseconds"),
                     None if orphan else (created + timedelta(seconds=2)).isoformat(timespec="milliseconds"),
                     json.dumps(params), log, None if orphan else feedback, pid if orphan else None, None))
    connection = sqlite3.connect(str(path))
    with connection:
        connection.executemany(f"INSERT INTO jobs ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})",
                               rows)
    connection.close()
    return rows[0][2]


def timed(command: list, env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--projects", type=int, default=200)
    parser.add_argument("--orphans", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qfsp-bench-store-") as folder:
        path = Path(folder) / "jobs.sqlite"
        started = time.perf_counter()
        project = fill(path, args.jobs, args.projects, args.orphans)
        print(f"filled {args.jobs:,} jobs + {args.orphans:,} orphans in {time.perf_counter() - started:.1f} s; "
              f"store {path.stat().st_size / 2 ** 20:.0f} MB")
        env = dict(os.environ, QFIELDSYNC_PLUS_DATA_DIR=folder)
        cli = [sys.executable, "-m", "qfieldsync_plus", "jobs"]
        reference = [sys.executable, "-c",
                     f"import sqlite3; print(sqlite3.connect({str(path)!r}).execute('SELECT count(*) FROM jobs').fetchone())"]
        first = timed(cli, env)
        with sqlite3.connect(str(path)) as db:
            left = db.execute("SELECT count(*) FROM jobs WHERE status = 'started'").fetchone()[0]
        print(f"first `jobs` (sweeps {args.orphans:,} orphans, applies retention): {first:.2f} s; "
              f"{left} jobs still 'started'")
        results = {
            "reference (python + sqlite3 count)": [timed(reference, env) for _ in range(args.runs)],
            "jobs": [timed(cli, env) for _ in range(args.runs)],
            "jobs --json --project X": [timed(cli + ["--json", "--project", project], env) for _ in range(args.runs)],
        }
        base = statistics.median(results["reference (python + sqlite3 count)"])
        for name, times in results.items():
            median = statistics.median(times)
            print(f"{name:36} median {median:.3f} s  ratio {median / base:.2f}x  {'OK' if median < 1 else 'SLOW'}")


if __name__ == "__main__":
    main()
