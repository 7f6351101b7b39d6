"""Benchmark: apply 10,000 mixed deltas (70% patch, 20% create, 10% delete) to a 100,000-feature GeoPackage.

Compares the delta_apply workflow (validation, delta log, conflict checks, journal, one
transaction) with plain OGR applying the same changes in one transaction (the physical limit).
The job runs in its own child process, as the runner starts it; its peak RSS is printed for each
delta count, to show that memory stays flat as the deltafile grows.
Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/delta_apply.py [--features N] [--deltas N[,N…]]``,
e.g. ``--features 200000 --deltas 10000,100000``.
Target: >= 2,000 deltas/s and within 3x of plain OGR; peak RSS under 400 MiB for 100,000 deltas.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from osgeo import ogr, osr  # noqa: E402

from qfieldsync_plus.core.qgis_app import start_headless_qgis  # noqa: E402


def make_gpkg(path: Path, count: int) -> None:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("trees", srs, ogr.wkbPoint, ["FID=fid"])
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("height", ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("planted", ogr.OFTDate))
    ds.StartTransaction()
    defn = layer.GetLayerDefn()
    for index in range(1, count + 1):
        feature = ogr.Feature(defn)
        feature.SetField("name", f"tree {index}")
        feature.SetField("height", index % 40 + 0.5)
        feature.SetField("planted", 2020, 1 + index % 12, 1 + index % 28, 0, 0, 0, 0)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({index % 1000} {index // 1000})"))
        layer.CreateFeature(feature)
    ds.CommitTransaction()


def make_deltas(layer_id: str, features: int, count: int) -> list:
    rng = random.Random(42)
    targets = rng.sample(range(1, features + 1), int(count * 0.8))
    patches, deletes = targets[: int(count * 0.7)], targets[int(count * 0.7):]
    deltas = []
    for pk in patches:
        deltas.append({"method": "patch", "sourcePk": str(pk), "localPk": str(pk),
                       "old": {"attributes": {"name": f"tree {pk}", "height": pk % 40 + 0.5}},
                       "new": {"attributes": {"name": f"tree {pk} checked", "height": pk % 40 + 1.5},
                               "geometry": f"POINT ({pk % 1000 + 0.5} {pk // 1000})"}})
    for index in range(int(count * 0.2)):
        deltas.append({"method": "create", "sourcePk": "", "localPk": str(features + index + 1),
                       "new": {"attributes": {"name": f"new {index}", "height": 1.0, "planted": "2024-05-01"},
                               "geometry": f"POINT ({index} -1)"}})
    for pk in deletes:
        deltas.append({"method": "delete", "sourcePk": str(pk), "localPk": str(pk),
                       "old": {"attributes": {"name": f"tree {pk}", "height": pk % 40 + 0.5}}})
    rng.shuffle(deltas)
    client = str(uuid.uuid4())
    for delta in deltas:
        delta.update(uuid=str(uuid.uuid4()), clientId=client, localLayerId=layer_id, sourceLayerId=layer_id)
    return deltas


def plain_ogr(path: Path, deltas: list) -> float:
    started = time.perf_counter()
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("trees")
    defn = layer.GetLayerDefn()
    ds.StartTransaction()
    for delta in deltas:
        if delta["method"] == "patch":
            feature = layer.GetFeature(int(delta["sourcePk"]))
            for name, value in delta["new"]["attributes"].items():
                feature.SetField(name, value)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(delta["new"]["geometry"]))
            layer.SetFeature(feature)
        elif delta["method"] == "create":
            feature = ogr.Feature(defn)
            for name, value in delta["new"]["attributes"].items():
                feature.SetField(name, value)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(delta["new"]["geometry"]))
            layer.CreateFeature(feature)
        else:
            layer.DeleteFeature(int(delta["sourcePk"]))
    ds.CommitTransaction()
    ds = None
    return time.perf_counter() - started


# Runs the command in argv, then prints its peak RSS in KiB.
PEAK_OF_CHILD = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(code)
"""


def run_child(params: dict, folder: Path, code: Path) -> Tuple[float, float, dict]:
    """Run the delta_apply job in its own child process, as the runner does: wall seconds, the
    child's peak RSS (MiB) and its feedback."""
    request, result = folder / "request.json", folder / "feedback.json"
    request.write_text(json.dumps({"job_type": "delta_apply", "params": params, "result_path": str(result)}))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(code))
    started = time.perf_counter()
    # Started from a small Python process: Linux counts the memory a process had before exec() in its
    # peak RSS, so a child forked from this (large) process would report this process's size.
    completed = subprocess.run([sys.executable, "-c", PEAK_OF_CHILD, sys.executable, "-m",
                                "qfieldsync_plus.core.runner.child", str(request)],
                               env=env, cwd=str(folder), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seconds = time.perf_counter() - started
    if completed.returncode != 0 or not result.is_file():
        raise SystemExit(f"the job's child process failed (exit {completed.returncode})")
    peak_kib = float(completed.stdout.strip().splitlines()[-1])
    return seconds, peak_kib / 1024, json.loads(result.read_text(encoding="utf-8"))


def measure(folder: Path, source: Path, features: int, count: int, code: Path) -> None:
    """Apply ``count`` deltas to a fresh copy of ``source`` in a child process; print the numbers."""
    from qgis.core import QgsProject, QgsVectorLayer

    run_dir = folder / f"run_{count}"
    run_dir.mkdir()
    gpkg, reference_copy = run_dir / "trees.gpkg", run_dir / "reference.gpkg"
    shutil.copyfile(source, gpkg)
    shutil.copyfile(source, reference_copy)
    project = QgsProject()
    layer = QgsVectorLayer(f"{gpkg}|layername=trees", "trees", "ogr")
    project.addMapLayer(layer)
    project.write(str(run_dir / "trees.qgs"))
    deltas = make_deltas(layer.id(), features, count)
    project.clear()
    deltafile = run_dir / "deltas.json"
    deltafile.write_text(json.dumps({"version": "1.0", "project": str(uuid.uuid4()), "id": str(uuid.uuid4()),
                                     "deltas": deltas, "files": []}))
    (run_dir / "state").mkdir()
    params = {"project": str(run_dir / "trees.qgs"), "deltafile": str(deltafile),
              "store_path": str(run_dir / "state" / "jobs.sqlite")}
    ours, peak_mib, feedback = run_child(params, run_dir, code)
    if feedback.get("error"):
        raise SystemExit(f"delta_apply failed: {feedback['error']}")
    applied = feedback["outputs"]["apply_deltas"]["counts"]
    reference = plain_ogr(reference_copy, deltas)
    print(f"features: {features:,}, deltas: {len(deltas):,} (70% patch, 20% create, 10% delete)")
    print(f"  delta_apply job in its child process (start QGIS, validate, log, open project, conflicts, journal, "
          f"1 transaction): {ours:.2f} s = {len(deltas) / ours:,.0f} deltas/s  {applied}")
    print(f"  plain OGR, one transaction, no checks: {reference:.2f} s = {len(deltas) / reference:,.0f} deltas/s")
    print(f"  ratio delta_apply / plain OGR: {ours / reference:.2f}x   (target <= 3x, >= 2,000 deltas/s)")
    print(f"  peak RSS of the job's child process: {peak_mib:,.0f} MiB   (target < 400 MiB, flat in the deltas)")
    shutil.rmtree(run_dir, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=100_000)
    parser.add_argument("--deltas", default="10000", help="delta counts, comma-separated (e.g. 10000,100000)")
    parser.add_argument("--code", default=str(ROOT), help="the plugin checkout to measure (default: this one)")
    args = parser.parse_args()
    counts = [int(c) for c in args.deltas.split(",")]
    start_headless_qgis()
    folder = Path(tempfile.mkdtemp(prefix="qfsp-bench-"))
    try:
        source = folder / "source.gpkg"
        make_gpkg(source, args.features)
        for count in counts:
            measure(folder, source, args.features, count, Path(args.code))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
