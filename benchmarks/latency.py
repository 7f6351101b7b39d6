"""Benchmark: a check of the bundled example from request to result, against a bare QgsProject.read.

Run: .venv/bin/python benchmarks/latency.py [--runs 3] [--code DIR]
Both sides start a fresh process: ``python -m qfieldsync_plus process-projectfile examples/bees/bees.qgs``
(the command line's parent plus the job's child, with a profile auth database present, as on a
desktop machine) and a plain Python process that starts QGIS and reads the same project file.
Prints the medians, their ratio and the peak memory of the command line's parent process.
``--code`` measures another checkout of the plugin (e.g. before a change).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Tuple

ROOT = Path(__file__).resolve().parents[1]
PROJECT = ROOT / "examples" / "bees" / "bees.qgs"
BARE_READ = """
import sys
from qgis.core import QgsApplication, QgsProject
app = QgsApplication([], False)
app.initQgis()
assert QgsProject.instance().read(sys.argv[1])
"""
# The command line as ``python -m qfieldsync_plus``, then its own peak RSS (MiB) and CPU seconds (no children).
CLI_MEASURED = """
import resource, runpy, sys
sys.argv = ["qfieldsync_plus", *sys.argv[1:]]
try:
    runpy.run_module("qfieldsync_plus", run_name="__main__")
except SystemExit as end:
    code = end.code
usage = resource.getrusage(resource.RUSAGE_SELF)
print(f"{usage.ru_maxrss / 1024:.1f} {usage.ru_utime + usage.ru_stime:.2f}", file=sys.stderr)
sys.exit(code)
"""
MAKE_AUTH_DB = "from qfieldsync_plus.core.qgis_app import start_headless_qgis; start_headless_qgis()"


def timed(command: List[str], env: dict) -> Tuple[float, str]:
    """Wall seconds and the last line ``command`` wrote to stderr."""
    started = time.perf_counter()
    completed = subprocess.run(command, env=env, cwd=env["QFIELDSYNC_PLUS_DATA_DIR"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)  # cwd: import the plugin from --code only
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise SystemExit(f"{command} failed ({completed.returncode}): {completed.stderr}")
    return seconds, (completed.stderr.strip().splitlines() or [""])[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--code", default=str(ROOT), help="the plugin checkout to measure (default: this one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qfsp-latency-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QFIELDSYNC_PLUS_DATA_DIR=str(Path(tmp) / "state"),
                   QGIS_AUTH_DB_DIR_PATH=str(Path(tmp) / "auth"), PYTHONPATH=args.code)
        env.pop("QGIS_AUTH_PASSWORD_FILE", None)
        Path(env["QFIELDSYNC_PLUS_DATA_DIR"]).mkdir()
        timed([sys.executable, "-c", MAKE_AUTH_DB], env)
        assert (Path(tmp) / "auth" / "qgis-auth.db").is_file(), "QGIS made no auth database"
        check = [sys.executable, "-c", CLI_MEASURED, "process-projectfile", str(PROJECT)]
        bare, jobs, rss, cpu = [], [], [], []
        for _ in range(args.runs):
            bare.append(timed([sys.executable, "-c", BARE_READ, str(PROJECT)], env)[0])
            seconds, parent = timed(check, env)
            jobs.append(seconds)
            rss.append(float(parent.split()[0]))
            cpu.append(float(parent.split()[1]))
    bare_s, job_s = statistics.median(bare), statistics.median(jobs)
    print(f"project: {PROJECT.relative_to(ROOT)}, code: {args.code}, median of {args.runs} runs")
    print(f"bare QgsProject.read in a fresh process:     {bare_s:6.2f} s")
    print(f"process-projectfile, request to result:      {job_s:6.2f} s  (command line parent: peak RSS "
          f"{statistics.median(rss):.0f} MiB, CPU {statistics.median(cpu):.2f} s)")
    print(f"ratio check / bare read:                     {job_s / bare_s:6.2f}x")


if __name__ == "__main__":
    main()
