"""Benchmark: the package job against ogr2ogr copying the same layers into one GeoPackage.

    python benchmarks/package.py [--features 200000] [--work DIR]

Generates a project with point/line/polygon GeoPackage layers (``--features`` in total, 20
mixed-type attributes), a Shapefile and a CSV (a tenth of ``--features`` each), all marked
offline. Then, at full size and at a quarter size (to show linear time and flat memory):
packages it (child process: QGIS start, package workflow) and copies the same layers with
ogr2ogr. Prints times, the ratio, and the peak resident memory of each child (Linux/macOS).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIELD_KINDS = ["String"] * 5 + ["Integer"] * 5 + ["Real"] * 4 + ["Date"] * 2 + ["DateTime"] * 2 + ["Integer64", "String"]
WRAPPER = (
    "import resource, subprocess, sys, time, json\n"
    "commands = json.loads(sys.argv[1]); started = time.perf_counter()\n"
    "for command in commands: subprocess.run(command, check=True, stdout=subprocess.DEVNULL)\n"
    "elapsed = time.perf_counter() - started\n"
    "print(json.dumps({'seconds': elapsed, 'peak_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))\n"
)


def _write_layer(ogr, osr, dataset, name: str, geom_type: int, count: int, geometry) -> None:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    layer = dataset.CreateLayer(name, srs, geom_type)
    for index, kind in enumerate(FIELD_KINDS):
        layer.CreateField(ogr.FieldDefn(f"attr_{index:02d}", getattr(ogr, f"OFT{kind}")))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for i in range(count):
        feature = ogr.Feature(definition)
        for index, kind in enumerate(FIELD_KINDS):
            value = {"String": f"value {i % 977} {index}", "Integer": (i * 7 + index) % 100000,
                     "Integer64": i * 1_000_003, "Real": i / 7.0 + index,
                     "Date": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                     "DateTime": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d} {i % 24:02d}:{i % 60:02d}:00"}[kind]
            feature.SetField(index, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(geometry(i)))
        layer.CreateFeature(feature)
    layer.CommitTransaction()


def generate(folder: Path, total: int) -> Path:
    """Write the data and the project; return the project file."""
    from osgeo import gdal, ogr, osr

    gdal.PushErrorHandler("CPLQuietErrorHandler")  # the Shapefile stores DateTime as Date: expected
    folder.mkdir(parents=True, exist_ok=True)
    per_layer, side = total // 3, max(1, total // 10)

    def x(i):
        return 700000 + (i % 1000) * 50

    def y(i):
        return 5900000 + (i // 1000) * 50

    shapes = {
        "points": (ogr.wkbPoint, lambda i: f"POINT ({x(i)} {y(i)})"),
        "lines": (ogr.wkbLineString, lambda i: f"LINESTRING ({x(i)} {y(i)}, {x(i) + 20} {y(i) + 30}, {x(i) + 40} {y(i)})"),
        "polygons": (ogr.wkbPolygon, lambda i: f"POLYGON (({x(i)} {y(i)}, {x(i) + 30} {y(i)}, {x(i) + 30} {y(i) + 30}, "
                                               f"{x(i)} {y(i) + 30}, {x(i)} {y(i)}))"),
    }
    gpkg = ogr.GetDriverByName("GPKG").CreateDataSource(str(folder / "survey.gpkg"))
    for name, (geom_type, geometry) in shapes.items():
        _write_layer(ogr, osr, gpkg, name, geom_type, per_layer, geometry)
    gpkg = None
    shp = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(folder / "parcels.shp"))
    _write_layer(ogr, osr, shp, "parcels", ogr.wkbPolygon, side, shapes["polygons"][1])
    shp = None
    with open(folder / "observations.csv", "w", encoding="utf-8") as csv:
        csv.write("id,name,x,y,value\n")
        for i in range(side):
            csv.write(f"{i},obs {i % 977},{x(i)},{y(i)},{i / 3.0}\n")
    script = (
        "import sys\nfrom pathlib import Path\nsys.path.insert(0, sys.argv[2])\n"
        "from qfieldsync_plus.core.qgis_app import start_headless_qgis\nstart_headless_qgis()\n"
        "from qgis.core import QgsProject, QgsVectorLayer\n"
        "folder = Path(sys.argv[1]); project = QgsProject()\n"
        "for name in ('points', 'lines', 'polygons'):\n"
        "    project.addMapLayer(QgsVectorLayer(f'{folder}/survey.gpkg|layername={name}', name, 'ogr'))\n"
        "project.addMapLayer(QgsVectorLayer(str(folder / 'parcels.shp'), 'parcels', 'ogr'))\n"
        "csv = (folder / 'observations.csv').as_uri() + '?type=csv&delimiter=,&xField=x&yField=y&crs=EPSG:3857'\n"
        "project.addMapLayer(QgsVectorLayer(csv, 'observations', 'delimitedtext'))\n"
        "assert all(l.isValid() for l in project.mapLayers().values())\n"
        "project.write(str(folder / 'bench.qgs'))\n"
    )
    subprocess.run([sys.executable, "-c", script, str(folder), str(ROOT)], check=True)
    return folder / "bench.qgs"


def measure(commands) -> dict:
    """Run ``commands`` one after another in a wrapper process: wall time and peak child memory."""
    completed = subprocess.run([sys.executable, "-c", WRAPPER, json.dumps(commands)], check=True,
                               capture_output=True, text=True)
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    if sys.platform == "darwin":
        result["peak_kb"] //= 1024  # bytes there
    return result


PACKAGE_CHILD = (
    "import json, sys, time\nsys.path.insert(0, sys.argv[3])\n"
    "from qfieldsync_plus.core.qgis_app import start_headless_qgis\nstart_headless_qgis()\n"
    "from qfieldsync_plus.core.jobs.package import build_workflow\n"
    "from qfieldsync_plus.core.jobs.workflow import JobContext, run_workflow\n"
    "params = {'project': sys.argv[1], 'package_dir': sys.argv[2], 'mode': 'cloud'}\n"
    "started = time.perf_counter()\n"
    "feedback = run_workflow(build_workflow(params), JobContext(params=params))\n"
    "assert not feedback.get('error'), feedback.get('error')\n"
    "outputs = feedback['outputs']['package_project']\n"
    "summary = {'engine_seconds': outputs['seconds'], 'workflow_seconds': time.perf_counter() - started,\n"
    "           'features': sum(r.get('features', 0) for r in outputs['layers']),\n"
    "           'readers': sorted({r.get('reader') for r in outputs['layers']})}\n"
    "open(sys.argv[4], 'w').write(json.dumps(summary))\n"
)


def ogr2ogr_commands(folder: Path, target: Path) -> list:
    """ogr2ogr copying every layer into one GeoPackage (the reference)."""
    commands = [["ogr2ogr", "-f", "GPKG", str(target), str(folder / "survey.gpkg"), "points", "-nln", "points"]]
    for name in ("lines", "polygons"):
        commands.append(["ogr2ogr", "-update", str(target), str(folder / "survey.gpkg"), name, "-nln", name])
    commands.append(["ogr2ogr", "-update", str(target), str(folder / "parcels.shp"), "-nln", "parcels",
                     "-nlt", "MULTIPOLYGON"])
    commands.append(["ogr2ogr", "-update", str(target), str(folder / "observations.csv"), "-nln", "observations",
                     "-oo", "X_POSSIBLE_NAMES=x", "-oo", "Y_POSSIBLE_NAMES=y", "-oo", "AUTODETECT_TYPE=YES",
                     "-oo", "KEEP_GEOM_COLUMNS=YES", "-a_srs", "EPSG:3857"])
    return commands


def run_size(work: Path, total: int) -> dict:
    """Generate, package and ogr2ogr one size; return the figures."""
    folder = work / f"n{total}"
    started = time.perf_counter()
    project = generate(folder / "project", total)
    print(f"  generated {total + 2 * max(1, total // 10)} features in {time.perf_counter() - started:.1f} s", flush=True)
    summary_file = folder / "summary.json"
    package = measure([[sys.executable, "-c", PACKAGE_CHILD, str(project), str(folder / "package"), str(ROOT),
                        str(summary_file)]])
    package.update(json.loads(summary_file.read_text()))
    reference = measure(ogr2ogr_commands(folder / "project", folder / "ogr2ogr.gpkg"))
    return {"total": total, "package": package, "ogr2ogr": reference}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=200_000, help="GeoPackage features in total (default 200000)")
    parser.add_argument("--work", type=Path, help="work folder (default: a temporary folder, removed afterwards)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qfsp-bench-") as temporary:
        work = args.work or Path(temporary)
        results = []
        for total in (args.features // 4, args.features):
            print(f"size {total}:", flush=True)
            results.append(run_size(work, total))
    print()
    print(f"{'features':>9} {'package s':>10} {'engine s':>9} {'ogr2ogr s':>10} {'ratio':>6} {'engine ratio':>13} "
          f"{'package MB':>11} {'ogr2ogr MB':>11}")
    for r in results:
        p, o = r["package"], r["ogr2ogr"]
        print(f"{p['features']:>9} {p['seconds']:>10.2f} {p['engine_seconds']:>9.2f} {o['seconds']:>10.2f} "
              f"{p['seconds'] / o['seconds']:>6.2f} {p['engine_seconds'] / o['seconds']:>13.2f} "
              f"{p['peak_kb'] / 1024:>11.0f} {o['peak_kb'] / 1024:>11.0f}")
    small, large = results
    growth = large["package"]["engine_seconds"] / max(small["package"]["engine_seconds"], 1e-9)
    print(f"\npackage: whole child process (QGIS start + 3 steps); engine: the package_project step alone.")
    print(f"readers used: {large['package']['readers']}")
    print(f"engine time grows {growth:.2f}x for {large['total'] / small['total']:.0f}x the features "
          f"(linear: ~{large['total'] / small['total']:.0f}x); peak memory {small['package']['peak_kb'] / 1024:.0f} MB "
          f"→ {large['package']['peak_kb'] / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
