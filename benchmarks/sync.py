"""Benchmark: synchronizing a device folder (240,000 features, 10,000 field edits, 200 photos).

Peak memory is the child's VmHWM on Linux (ru_maxrss elsewhere).

    python benchmarks/sync.py [--features 240000] [--edits 10000] [--photos 200] [--work DIR]

Generates a GeoPackage (three layers, ``--features`` in total), a package of it, and a device
copy with ``--edits`` field edits (50% attribute/geometry changes, 25% creates, 25% deletes,
written through GDAL) and ``--photos`` photos in DCIM. Then, each in its own child process
(time and peak resident memory): ogr2ogr copying the same layers once (the reference); a plain
SQL diff (ATTACH the baseline, join on the feature key, compare every column); pygeodiff's
changeset of the same two files (when ``pip install pygeodiff`` worked); planning and copying
the photos; and the real ``sync`` job through the job runner when that job type exists.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR_ENV = "QFIELDSYNC_PLUS_DATA_DIR"
LAYERS = ("points", "lines", "polygons")
# Peak memory: the child's own high-water mark (VmHWM: ru_maxrss would include the parent's pages
# at fork time) and the largest of its own children (ogr2ogr, the job's QGIS process).
MEASURED = (
    "import json, re, resource, sys, time\nsys.path.insert(0, {root!r})\n"
    "started = time.perf_counter()\n{body}\n"
    "seconds = time.perf_counter() - started\n"
    "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())\n"
    "own = int(hwm.group(1)) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "print(json.dumps({{'seconds': seconds, 'result': result,\n"
    "  'peak_kb': max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)}}))\n"
)


def _geometry(name: str, i: int) -> str:
    x, y = 700000 + (i % 1000) * 50, 5900000 + (i // 1000) * 50
    if name == "points":
        return f"POINT ({x} {y})"
    if name == "lines":
        return f"LINESTRING ({x} {y}, {x + 20} {y + 30}, {x + 40} {y})"
    return f"POLYGON (({x} {y}, {x + 30} {y}, {x + 30} {y + 30}, {x} {y + 30}, {x} {y}))"


def generate(folder: Path, total: int) -> Path:
    """The source GeoPackage ``survey.gpkg`` with ``total`` features in three layers."""
    from osgeo import ogr, osr

    folder.mkdir(parents=True, exist_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(folder / "survey.gpkg"))
    kinds = {"points": ogr.wkbPoint, "lines": ogr.wkbLineString, "polygons": ogr.wkbPolygon}
    for name in LAYERS:
        layer = dataset.CreateLayer(name, srs, kinds[name], ["FID=fid"])
        for field, kind in (("name", ogr.OFTString), ("count", ogr.OFTInteger), ("ratio", ogr.OFTReal),
                            ("day", ogr.OFTDate), ("note", ogr.OFTString)):
            layer.CreateField(ogr.FieldDefn(field, kind))
        definition = layer.GetLayerDefn()
        layer.StartTransaction()
        for i in range(total // len(LAYERS)):
            feature = ogr.Feature(definition)
            feature.SetField("name", f"{name} {i % 977}")
            feature.SetField("count", i)
            feature.SetField("ratio", i / 7.0)
            feature.SetField("day", f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}")
            feature.SetField("note", "surveyed" if i % 3 else None)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(_geometry(name, i)))
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    dataset = None
    return folder / "survey.gpkg"


def field_work(gpkg: Path, edits: int, seed: int = 11) -> dict:
    """Edit ``gpkg`` as the field does: half changes, a quarter creates, a quarter deletes."""
    from osgeo import ogr

    rng = random.Random(seed)
    dataset = ogr.Open(str(gpkg), 1)
    done = {"changed": 0, "created": 0, "deleted": 0}
    per_layer = edits // len(LAYERS)
    for name in LAYERS:
        layer = dataset.GetLayerByName(name)
        count = layer.GetFeatureCount()
        fids = rng.sample(range(1, count + 1), per_layer // 2 + per_layer // 4)
        changes, deletes = fids[:per_layer // 2], fids[per_layer // 2:]
        dataset.StartTransaction()
        for number, fid in enumerate(changes):
            feature = layer.GetFeature(fid)
            feature.SetField("name", f"field edit {fid}")
            if number % 4 == 0:
                feature.SetGeometry(ogr.CreateGeometryFromWkt(_geometry(name, fid + 7)))
            layer.SetFeature(feature)
        for fid in deletes:
            layer.DeleteFeature(fid)
        for i in range(per_layer // 4):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("name", f"created in the field {i}")
            feature.SetField("count", -i)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(_geometry(name, i * 13)))
            layer.CreateFeature(feature)
        dataset.CommitTransaction()
        done["changed"] += len(changes)
        done["deleted"] += len(deletes)
        done["created"] += per_layer // 4
    dataset = None
    return done


def photos(folder: Path, count: int) -> None:
    """``count`` photo-sized files (150 KB of noise each) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(5)
    for i in range(count):
        (folder / f"JPEG_2026112{i % 10}{i:05d}.jpg").write_bytes(rng.randbytes(150_000))


def measure(body: str) -> dict:
    """Run ``body`` (sets ``result``) in a child Python: wall time, peak memory, result."""
    completed = subprocess.run([sys.executable, "-c", MEASURED.format(root=str(ROOT), body=body)], check=True,
                               capture_output=True, text=True)
    return json.loads(completed.stdout.strip().splitlines()[-1])


SQL_DIFF = """
import sqlite3
connection = sqlite3.connect({device!r})
connection.execute("ATTACH DATABASE ? AS base", ({baseline!r},))
result = {{}}
for name in {layers!r}:
    columns = [row[1] for row in connection.execute(f"PRAGMA table_info('{{name}}')") if row[1] != 'fid']
    compare = " OR ".join(f'd."{{c}}" IS NOT b."{{c}}"' for c in columns)
    created = connection.execute(f'SELECT count(*) FROM main."{{name}}" d LEFT JOIN base."{{name}}" b USING (fid) WHERE b.fid IS NULL').fetchone()[0]
    deleted = connection.execute(f'SELECT count(*) FROM base."{{name}}" b LEFT JOIN main."{{name}}" d USING (fid) WHERE d.fid IS NULL').fetchone()[0]
    changed = connection.execute(f'SELECT count(*) FROM main."{{name}}" d JOIN base."{{name}}" b USING (fid) WHERE {{compare}}').fetchone()[0]
    result[name] = [created, changed, deleted]
"""

FINGERPRINT = """
import hashlib, sqlite3
def row_hash(*values):
    return hashlib.blake2b(repr(values).encode(), digest_size=16).digest()
connection = sqlite3.connect({database!r})
connection.create_function("row_hash", -1, row_hash, deterministic=True)
{setup}
result = {{}}
for name in {layers!r}:
    columns = ", ".join(f'"{{row[1]}}"' for row in connection.execute(f"PRAGMA table_info('{{name}}')") if row[1] != 'fid')
    {body}
connection.commit()
"""
# The baseline's fingerprint (fid, hash of the row), written once when packaging: not timed.
FINGERPRINT_SETUP = dict(setup="", body=(
    'connection.execute(f\'CREATE TABLE "fp_{name}" AS SELECT fid, row_hash({columns}) AS hash FROM "{name}"\')\n'
    '    connection.execute(f\'CREATE UNIQUE INDEX "fp_{name}_fid" ON "fp_{name}" (fid)\')'))
FINGERPRINT_DIFF = dict(setup="connection.execute('ATTACH DATABASE ? AS base', (BASELINE,))", body=(
    'connection.execute(f\'CREATE TEMP TABLE "d_{name}" AS SELECT fid, row_hash({columns}) AS hash FROM main."{name}"\')\n'
    '    created = connection.execute(f\'SELECT count(*) FROM "d_{name}" d LEFT JOIN base."fp_{name}" b USING (fid) WHERE b.fid IS NULL\').fetchone()[0]\n'
    '    deleted = connection.execute(f\'SELECT count(*) FROM base."fp_{name}" b LEFT JOIN "d_{name}" d USING (fid) WHERE d.fid IS NULL\').fetchone()[0]\n'
    '    changed = connection.execute(f\'SELECT count(*) FROM "d_{name}" d JOIN base."fp_{name}" b USING (fid) WHERE d.hash != b.hash\').fetchone()[0]\n'
    '    result[name] = [created, changed, deleted]'))

GEODIFF = """
import pygeodiff, json
geodiff = pygeodiff.GeoDiff()
geodiff.create_changeset({baseline!r}, {device!r}, {changeset!r})
geodiff.list_changes_summary({changeset!r}, {summary!r})
result = {{row["table"]: [row["insert"], row["update"], row["delete"]]
          for row in json.load(open({summary!r}))["geodiff_summary"] if row["table"] in {layers!r}}}
"""

ATTACHMENTS = """
from pathlib import Path
from qfieldsync_plus.core.sync.attachments import copy_attachments, plan_attachments
plan = plan_attachments(Path({device!r}), Path({project!r}), ["DCIM", "audio", "video", "files"])
result = len(copy_attachments(plan).files)
"""

OGR2OGR = """
import subprocess
for number, name in enumerate({layers!r}):
    subprocess.run(["ogr2ogr"] + (["-update"] if number else ["-f", "GPKG"]) + [{target!r}, {source!r}, name, "-nln", name],
                   check=True)
result = None
"""

SYNC_JOB = """
from qfieldsync_plus.core.qgis_app import start_headless_qgis
start_headless_qgis()
from qfieldsync_plus.settings import make_runner
runner = make_runner()  # its store is in QFIELDSYNC_PLUS_DATA_DIR, beside the package's sync state
submission = runner.submit("sync", {project!r}, {{"device": {device!r}}})
job = runner.run(submission.job)
outputs = (job.feedback or {{}}).get("outputs", {{}}).get("sync", {{}})
result = {{"status": job.status, "error": (job.feedback or {{}}).get("error"), "layers": outputs.get("layers"),
          "copied": len((outputs.get("files") or {{}}).get("copied") or [])}}
"""


def sync_job_available() -> bool:
    """True when the job registry knows the ``sync`` job type."""
    completed = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]);"
                                "from qfieldsync_plus.core.jobs.registry import JOB_MODULES; print('sync' in JOB_MODULES)",
                                str(ROOT)], capture_output=True, text=True)
    return completed.stdout.strip() == "True"


def package_project(work: Path, source: Path) -> tuple:
    """A project on ``source`` and its cable package (package job in a child process)."""
    script = (
        "import sys\nfrom pathlib import Path\nsys.path.insert(0, sys.argv[3])\n"
        "from qfieldsync_plus.core.qgis_app import start_headless_qgis\nstart_headless_qgis()\n"
        "from qgis.core import QgsProject, QgsVectorLayer\n"
        "from qfieldsync_plus.core.jobs.package import build_workflow\n"
        "from qfieldsync_plus.core.jobs.workflow import JobContext, run_workflow\n"
        "project = QgsProject()\n"
        "for name in ('points', 'lines', 'polygons'):\n"
        "    layer = QgsVectorLayer(f'{sys.argv[1]}|layername={name}', name, 'ogr')\n"
        "    layer.setCustomProperty('QFieldSync/action', 'offline'); project.addMapLayer(layer)\n"
        "project_file = str(Path(sys.argv[1]).with_name('bench.qgs')); project.write(project_file)\n"
        "params = {'project': project_file, 'package_dir': sys.argv[2], 'mode': 'cable', 'store_path': sys.argv[4]}\n"
        "feedback = run_workflow(build_workflow(params), JobContext(params=params))\n"
        "assert not feedback.get('error'), feedback.get('error')\n"
    )
    subprocess.run([sys.executable, "-c", script, str(source), str(work / "package"), str(ROOT),
                    str(work / "data" / "jobs.sqlite")], check=True)
    return source.with_name("bench.qgs"), work / "package"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=240_000)
    parser.add_argument("--edits", type=int, default=10_000)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--work", type=Path, help="work folder (default: a temporary folder, removed afterwards)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qfsp-sync-bench-") as temporary:
        work = args.work or Path(temporary)
        os.environ[DATA_DIR_ENV] = str(work / "data")  # job store and sync state: never the user's profile
        source = generate(work / "project", args.features)
        baseline, device = work / "baseline.gpkg", work / "device"
        shutil.copy2(source, baseline)
        device.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, device / "data.gpkg")
        done = field_work(device / "data.gpkg", args.edits)
        photos(device / "DCIM", args.photos)
        print(f"{args.features} features, field edits {done}, {args.photos} photos", flush=True)
        rows = {"ogr2ogr copy (reference)": measure(OGR2OGR.format(layers=LAYERS, target=str(work / "copy.gpkg"),
                                                                    source=str(source)))}
        rows["SQL diff (ATTACH + key/columns)"] = measure(SQL_DIFF.format(
            device=str(device / "data.gpkg"), baseline=str(baseline), layers=LAYERS))
        fingerprints = work / "fingerprint.sqlite"
        shutil.copy2(baseline, fingerprints)
        measure(FINGERPRINT.format(database=str(fingerprints), layers=LAYERS, **FINGERPRINT_SETUP))
        diff = dict(FINGERPRINT_DIFF, setup=FINGERPRINT_DIFF["setup"].replace("BASELINE", repr(str(fingerprints))))
        rows["SQL diff (ATTACH + key/row hash)"] = measure(FINGERPRINT.format(
            database=str(device / "data.gpkg"), layers=LAYERS, **diff))
        try:
            rows["pygeodiff changeset"] = measure(GEODIFF.format(
                baseline=str(baseline), device=str(device / "data.gpkg"), changeset=str(work / "changes.bin"),
                summary=str(work / "summary.json"), layers=LAYERS))
        except subprocess.CalledProcessError as err:
            print(f"pygeodiff not measured (install it with .venv/bin/pip install pygeodiff): {err.stderr[-300:]}")
        (work / "office").mkdir()
        rows["photos: plan + copy"] = measure(ATTACHMENTS.format(device=str(device), project=str(work / "office")))
        if sync_job_available():
            project, package = package_project(work, source)
            field_work(package / "data.gpkg", args.edits)
            photos(package / "DCIM", args.photos)
            rows["sync job (runner, child QGIS)"] = measure(SYNC_JOB.format(project=str(project), device=str(package)))
        else:
            print("the sync job type is not registered here: measured the diff step alone")
    reference = rows["ogr2ogr copy (reference)"]["seconds"]
    print(f"\n{'step':<34} {'seconds':>8} {'x ogr2ogr':>10} {'peak MB':>8}  result")
    for name, row in rows.items():
        print(f"{name:<34} {row['seconds']:>8.2f} {row['seconds'] / reference:>10.2f} {row['peak_kb'] / 1024:>8.0f}  "
              f"{json.dumps(row['result'])[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
