"""Benchmark: apply 10,000 mixed deltas (70% patch, 20% create, 10% delete) to a 100,000-feature GeoPackage.

Compares the delta_apply workflow (validation, delta log, conflict checks, journal, one
transaction) with plain OGR applying the same changes in one transaction (the physical limit).
Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/delta_apply.py [--features N] [--deltas N]``.
Target: >= 2,000 deltas/s and within 3x of plain OGR.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=100_000)
    parser.add_argument("--deltas", type=int, default=10_000)
    args = parser.parse_args()
    start_headless_qgis()
    from qgis.core import QgsProject, QgsVectorLayer

    from qfieldsync_plus.core.jobs.delta_apply import build_workflow
    from qfieldsync_plus.core.jobs.workflow import JobContext, run_workflow

    folder = Path(tempfile.mkdtemp(prefix="qfsp-bench-"))
    try:
        gpkg = folder / "trees.gpkg"
        make_gpkg(gpkg, args.features)
        reference_copy = folder / "reference.gpkg"
        shutil.copyfile(gpkg, reference_copy)
        project = QgsProject()
        layer = QgsVectorLayer(f"{gpkg}|layername=trees", "trees", "ogr")
        project.addMapLayer(layer)
        project.write(str(folder / "trees.qgs"))
        deltas = make_deltas(layer.id(), args.features, args.deltas)
        deltafile = folder / "deltas.json"
        deltafile.write_text(json.dumps({"version": "1.0", "project": str(uuid.uuid4()), "id": str(uuid.uuid4()),
                                         "deltas": deltas, "files": []}))
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        params = {"project": str(folder / "trees.qgs"), "deltafile": str(deltafile),
                  "store_path": str(folder / "state" / "jobs.sqlite")}
        (folder / "state").mkdir()
        started = time.perf_counter()
        feedback = run_workflow(build_workflow(params), JobContext(params=params))
        ours = time.perf_counter() - started
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if feedback.get("error"):
            print("delta_apply failed:", feedback["error"])
            return 1
        applied = feedback["outputs"]["apply_deltas"]["counts"]
        reference = plain_ogr(reference_copy, deltas)
        print(f"features: {args.features}, deltas: {len(deltas)} (70% patch, 20% create, 10% delete)")
        print(f"delta_apply job (validate, log, open project, conflicts, journal, 1 transaction): "
              f"{ours:.2f} s = {len(deltas) / ours:,.0f} deltas/s  {applied}")
        print(f"plain OGR, one transaction, no checks:                                         "
              f"{reference:.2f} s = {len(deltas) / reference:,.0f} deltas/s")
        print(f"ratio delta_apply / plain OGR: {ours / reference:.2f}x   (target <= 3x, >= 2,000 deltas/s)")
        print(f"peak RSS growth during the job: {(rss_after - rss_before) / 1024:.1f} MiB")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
