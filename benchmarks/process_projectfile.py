"""Benchmark: process_projectfile on a generated 200-layer project vs a bare QgsProject.read.

Run: .venv/bin/python benchmarks/process_projectfile.py [--layers 200]
Prints both times and their ratio. The job includes launching its own QGIS process,
checking every layer, project findings and rendering the thumbnail.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes  # noqa: E402

from qfieldsync_plus.core.jobs.job import FINISHED, PROCESS_PROJECTFILE  # noqa: E402
from qfieldsync_plus.core.qgis_app import start_headless_qgis  # noqa: E402
from qfieldsync_plus.core.runner.runner import JobRunner  # noqa: E402
from qfieldsync_plus.core.runner.store import JobStore  # noqa: E402
from tests.fixtures.projects import save_project, write_gpkg_layer  # noqa: E402


def make_project(folder: Path, layer_count: int) -> Path:
    """A project with ``layer_count`` GeoPackage layers of 50 points each, in 10 files."""
    folder.mkdir(parents=True)
    layers = []
    for index in range(layer_count):
        gpkg = folder / f"data_{index % 10}.gpkg"
        name = f"layer_{index}"
        write_gpkg_layer(gpkg, name, QgsWkbTypes.Point,
                         [(f"POINT ({739000 + i * 10} {5906000 + index})", [f"f{i}", i]) for i in range(50)])
        layers.append(QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr"))
    return save_project(folder / "many.qgs", layers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--layers", type=int, default=200)
    args = parser.parse_args()
    start_headless_qgis()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project_file = make_project(folder / "project", args.layers)

        started = time.perf_counter()
        bare = QgsProject()
        assert bare.read(str(project_file))
        bare_seconds = time.perf_counter() - started
        assert len(bare.mapLayers()) == args.layers

        os.environ["QFIELDSYNC_PLUS_DATA_DIR"] = str(folder / "state")
        runner = JobRunner(JobStore(folder / "state" / "jobs.sqlite"))
        job = runner.submit(PROCESS_PROJECTFILE, str(project_file)).job
        started = time.perf_counter()
        job = runner.run(job)
        job_seconds = time.perf_counter() - started
        assert job.status == FINISHED, job.feedback
        opening = job.feedback["steps"][1]["returns"]["opening_seconds"]

    print(f"layers: {args.layers}")
    print(f"bare QgsProject.read:        {bare_seconds:7.2f} s")
    print(f"process_projectfile job:     {job_seconds:7.2f} s  (opening inside the job {opening:.2f} s)")
    print(f"ratio job / bare read:       {job_seconds / bare_seconds:7.2f}x")


if __name__ == "__main__":
    main()
