"""The dock's results folder: never QGIS's temporary folder by default, remembered in the project, and a temporary
folder only after the user agreed to lose it."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingUtils, QgsProject
from qgis.PyQt.QtCore import QStandardPaths
from qgis.PyQt.QtWidgets import QMessageBox

from school_connectivity_plugin.gui import results_folder as rf


def test_an_unsaved_project_writes_into_the_documents_not_a_temporary_folder(qgis_app):
    project = QgsProject()
    folder = rf.default_folder(project)
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    assert folder == Path(documents) / rf.IN_DOCUMENTS
    assert not rf.is_temporary(folder)
    assert rf.is_temporary(Path(QgsProcessingUtils.tempFolder()) / "x")


def test_the_chosen_folder_is_saved_with_the_project(qgis_app, tmp_path, dock):
    chosen = tmp_path / "my results"
    assert dock.results.set_folder(chosen, ask=False)
    assert dock._results_root() == chosen
    assert str(chosen) in dock.results.label.text()
    project_file = tmp_path / "plan.qgz"
    assert QgsProject.instance().write(str(project_file))
    reopened = QgsProject()
    assert reopened.read(str(project_file))
    assert rf.results_folder(reopened) == chosen


def test_a_saved_project_keeps_its_results_beside_it(qgis_app, tmp_path):
    project = QgsProject()
    project.setFileName(str(tmp_path / "plan.qgz"))
    assert rf.default_folder(project) == tmp_path / rf.BESIDE_PROJECT


def test_a_temporary_folder_is_refused_unless_the_user_agrees(qgis_app, tmp_path, dock, monkeypatch):
    before = dock._results_root()
    answers = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: answers.append(args) or QMessageBox.No)
    assert not dock.results.set_folder(Path(QgsProcessingUtils.tempFolder()) / "results")
    assert answers and dock._results_root() == before
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.Yes)
    assert dock.results.set_folder(Path(QgsProcessingUtils.tempFolder()) / "results")
