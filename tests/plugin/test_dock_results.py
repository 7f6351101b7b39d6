"""Results that say what happened: findings as warnings, a package's summary, same-named projects, the folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from qfieldsync_plus.core.jobs.job import PACKAGE, PROCESS_PROJECTFILE, Job
from qfieldsync_plus.gui.formatting import duration_text
from qfieldsync_plus.gui.jobs_model import COLUMN_DURATION, COLUMN_NOTE, COLUMN_PROJECT, COLUMN_STATUS

from .conftest import wait_until, when_modal


def _finished(plugin, job_id: str) -> Job:
    wait_until(lambda: not plugin.controller.running_ids(), timeout=120)
    plugin.dock.refresh()
    plugin.dock.select_job(job_id)
    return plugin.controller.runner().store.get(job_id)


def test_check_with_findings_ends_as_a_warning_listing_them(plugin, opened_bees):
    folder = opened_bees.parent
    (folder / ".notes.txt").write_text("hidden")
    (folder / "survey?.csv").write_text("a,b\n")
    job = _finished(plugin, plugin.check_project())
    assert job.status == "finished"
    model, row = plugin.dock.model, plugin.dock.model.row_of(job.id)
    assert model.data(model.index(row, COLUMN_STATUS)) == "finished with warnings"
    assert model.data(model.index(row, COLUMN_NOTE)) == "2 findings to look at (see Summary)"
    summary = plugin.dock.details.summary_label.text()
    assert "finished with warnings" in summary and "2 findings to look at" in summary
    assert ".notes.txt" in summary and "survey?.csv" in summary and "Rename them" in summary


def test_package_summary_and_folder_choice(plugin, opened_bees, tmp_path):
    messages = []
    plugin.message = lambda text, level=None: messages.append(text)
    assert plugin.package_into(str(opened_bees.parent / "inside")) is None
    assert "inside the project folder" in messages[-1]
    assert plugin.controller.runner().store.list(job_type=PACKAGE) == []

    out = tmp_path / "packages" / "bees"
    reported = []
    plugin.controller.jobProgress.connect(lambda job_id, percent: reported.append((job_id, percent)))
    job_id = plugin.package_into(str(out))
    job = _finished(plugin, job_id)
    # The job reported progress between its start and end (a 0.1 s job may end before the dock
    # repaints, so the bar's own values are checked below with a report for the selected job).
    assert any(j == job_id and 0 < percent < 100 for j, percent in reported), reported
    assert not plugin.dock.progress_bar.isVisible()
    plugin.controller.jobProgress.emit(job_id, 42.0)
    assert plugin.dock.progress_bar.value() == 42  # the bar follows the selected job's reports
    assert job.status == "finished", job.feedback
    summary = plugin.dock.details.summary_label.text()
    assert f'<a href="file://{out.resolve()}">' in summary
    # Cable mode copies a GeoPackage as it is (the default for OGR files).
    assert "<b>apiary</b>: copied to bees.gpkg (" in summary
    assert "<b>area</b>: copied to bees.gpkg (" in summary
    assert "(the default for layers of the ogr provider)" in summary
    assert " KB in all." in summary
    # The check the package needed ran first: the Duration shown is the whole wait, check included.
    check = plugin.controller.runner().store.list(job_type=PROCESS_PROJECTFILE)[0]
    assert job.waited_seconds() >= job.duration_seconds() + check.duration_seconds()
    row = plugin.dock.model.row_of(job.id)
    assert plugin.dock.model.data(plugin.dock.model.index(row, COLUMN_DURATION)) == duration_text(job.waited_seconds())

    from qfieldsync_plus.plugin import default_package_dir
    assert default_package_dir(str(opened_bees)) == out  # remembered for this project

    # The dialog opens on the suggested folder, created when it does not exist yet.
    shutil.rmtree(out)
    opened = []
    when_modal(lambda dialog: (opened.append(dialog.directory().absolutePath()), dialog.reject()))
    assert plugin.package_project() is None
    assert opened == [str(out)] and out.is_dir()


def test_same_named_projects_are_told_apart(plugin):
    store = plugin.controller.runner().store
    for project in ("/data/north/bees.qgs", "/data/south/bees.qgs", "/data/other/ants.qgs"):
        store.save(Job(type=PROCESS_PROJECTFILE, project=project))
    plugin.dock.refresh()
    model = plugin.dock.model
    shown = sorted(model.data(model.index(r, COLUMN_PROJECT)) for r in range(model.rowCount()))
    assert shown == ["ants.qgs", "bees.qgs in /data/north", "bees.qgs in /data/south"]
    from qgis.PyQt.QtCore import Qt
    assert model.data(model.index(0, COLUMN_PROJECT), Qt.ToolTipRole) == str(Path(model.job_at(0).project))


def test_cancelled_package_is_stopped_without_task_error_or_temporary_folder(plugin, opened_bees, tmp_path):
    out = tmp_path / "packages" / "bees"
    out.parent.mkdir(parents=True)
    job_id = plugin.package_into(str(out))
    task = plugin.controller._tasks[job_id]
    ends = []
    task.taskCompleted.connect(lambda: ends.append("completed"))
    task.taskTerminated.connect(lambda: ends.append("terminated"))
    store = plugin.controller.runner().store
    wait_until(lambda: store.get(job_id).status in ("queued", "started"))  # the child process runs
    (out.parent / ".bees.partial-0a1b2c3d").mkdir()  # what a package build leaves when its process is killed
    plugin.dock.select_job(job_id)
    assert plugin.dock.cancel_action.isEnabled()
    plugin.dock.cancel_action.trigger()
    job = _finished(plugin, job_id)
    wait_until(lambda: ends)
    assert job.status == "stopped" and ends == ["completed"]
    assert plugin.dock.model.data(plugin.dock.model.index(plugin.dock.model.row_of(job_id), COLUMN_STATUS)) == "stopped"
    assert list(out.parent.iterdir()) == []


def test_the_dock_in_german_while_the_feedback_stays_english(plugin, opened_bees, tmp_path):
    import subprocess

    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    qm = tmp_path / "de.qm"
    subprocess.run(["lrelease", str(Path(__file__).parents[2] / "qfieldsync_plus/i18n/qfieldsync_plus_de.ts"),
                    "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        (opened_bees.parent / ".notes.txt").write_text("hidden")
        job = _finished(plugin, plugin.check_project())
        details = plugin.dock.details
        steps = [details.steps_list.item(i).text() for i in range(details.steps_list.count())]
        assert steps == ["Projekt-Gültigkeitsprüfung", "Öffnungsprüfung", "Projektdetails", "Vorschaubild erzeugen"]
        summary = details.summary_label.text()
        assert "mit Warnungen beendet" in summary
        assert "1 versteckte Datei(en) oder Ordner im Projektordner werden nicht zu QFieldCloud hochgeladen." in summary
        # What the job stored (and --feedback writes) keeps its English texts and codes.
        assert [s["name"] for s in job.feedback["steps"]][0] == "Project Validity Check"
        finding = job.feedback["outputs"]["project_details"]["project_details"]["findings"][0]
        assert (finding["id"], finding["message"]) == (
            "hidden_files", "1 hidden file(s) or folder(s) in the project folder are not uploaded to QFieldCloud.")

        # A layer's message too (its data file is gone).
        (opened_bees.parent / "bees.gpkg").rename(opened_bees.parent / "moved.gpkg")
        broken = _finished(plugin, plugin.check_project())
        assert details.layers_table.item(0, 3).text().startswith("Datei „"), details.layers_table.item(0, 3).text()
        stored = broken.feedback["outputs"]["project_details"]["project_details"]["layers_by_id"].values()
        assert all(layer["message"].startswith('File "') for layer in stored)  # stored in English

        # A message made in the desktop process (the runner's own failures) is stored in English too.
        from qfieldsync_plus.core.i18n import tr
        from qfieldsync_plus.core.jobs.workflow import failure_feedback

        feedback = failure_feedback("package", tr("The job was cancelled by the user."), "CANCELLED")
        stopped = plugin.controller.runner().store.save(Job(type=PACKAGE, project=str(opened_bees), status="stopped",
                                                            started_at=job.started_at, finished_at=job.finished_at,
                                                            feedback=feedback))
        assert feedback["error"] == "The job was cancelled by the user."
        plugin.dock.refresh()
        plugin.dock.select_job(stopped.id)
        assert "Der Job wurde vom Benutzer abgebrochen." in details.summary_label.text()
    finally:
        QCoreApplication.removeTranslator(translator)
