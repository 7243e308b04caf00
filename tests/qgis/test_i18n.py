"""Russian and Kyrgyz: complete .ts sources, .qm files that load, and a dock that speaks them."""
from __future__ import annotations

import configparser
import re
import shutil
import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTranslator

REPO = Path(__file__).resolve().parents[2]
PLUGIN = REPO / "school_connectivity_plugin"
LANGUAGES = ("ru", "ky")
CYRILLIC = re.compile("[\u0400-\u04ff]")

#: A few strings checked by hand: (context, English, Russian, Kyrgyz).
KNOWN = (
    ("StepsPanel", "Analyse", "Анализ", "Талдоо"),
    ("SchoolConnectivityDock", "Progress over time", "Прогресс во времени", "Убакыт боюнча жылыш"),
    ("StatsSummary", "Schools", "Школы", "Мектептер"),
    ("StatsSummary", "Hard to connect", "Труднодоступные", "Туташтыруу кыйын"),
    ("ProgressPanel", "Record snapshot", "Записать снимок", "Абалды жазуу"),
    ("SchoolConnectivityOptions", "Map colours", "Цвета карты", "Картанын түстөрү"),
)


def ts_path(language: str) -> Path:
    return REPO / "i18n" / f"school_connectivity_{language}.ts"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.find("translation")))
    return found


def fields(text: str) -> set[str]:
    """The str.format fields of a message (or its brace groups when it is no format string): all must survive."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return set(re.findall(r"\{[^{}]*\}", text))


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory) -> Path:
    """The .qm files built from the .ts sources with lrelease, as `make i18n` does."""
    if shutil.which("lrelease") is None:
        pytest.skip("lrelease (qttools5-dev-tools) is not installed")
    out = tmp_path_factory.mktemp("qm")
    for language in LANGUAGES:
        subprocess.run(["lrelease", "-silent", str(ts_path(language)), "-qm",
                        str(out / f"school_connectivity_{language}.qm")], check=True)
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    found = messages(ts_path(language))
    assert len(found) > 100
    unfinished = [(ctx, src) for ctx, src, tr in found if tr is None or tr.get("type") in ("unfinished", "obsolete")]
    empty = [(ctx, src) for ctx, src, tr in found if tr is not None and not (tr.text or "").strip()]
    assert unfinished == [] and empty == []
    for context, source, translation in found:
        assert fields(translation.text) == fields(source), (context, source, translation.text)
        if CYRILLIC.search(translation.text) is None:
            assert translation.text == source or not re.search("[A-Za-z]{4}", source), (context, source)


def test_ts_files_hold_every_string_of_the_code(tmp_path):
    """pylupdate5 over today's code finds no string the committed .ts files lack (and none they keep for nothing)."""
    if shutil.which("pylupdate5") is None:
        pytest.skip("pylupdate5 (pyqt5-dev-tools) is not installed")
    sources = sorted(str(path) for path in PLUGIN.rglob("*.py") if "__pycache__" not in path.parts)
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(ctx, src) for ctx, src, _ in messages(fresh)}
    for language in LANGUAGES:
        assert {(ctx, src) for ctx, src, _ in messages(ts_path(language))} == wanted, language


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_load_and_translate_known_strings(language, qm_dir):
    translator = QTranslator()
    assert translator.load(str(qm_dir / f"school_connectivity_{language}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        for context, english, russian, kyrgyz in KNOWN:
            expected = russian if language == "ru" else kyrgyz
            assert QCoreApplication.translate(context, english) == expected
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_dock_speaks_russian(qm_dir, qtbot):
    from qgis.testing.mocked import get_iface

    from school_connectivity_plugin.gui.dock import SchoolConnectivityDock
    from school_connectivity_plugin.processing.workflow import Stage

    translator = QTranslator()
    assert translator.load(str(qm_dir / "school_connectivity_ru.qm"))
    QCoreApplication.installTranslator(translator)
    iface = get_iface()
    try:
        dock = SchoolConnectivityDock(iface)
        qtbot.addWidget(dock)
        assert dock.step_buttons[Stage.ANALYSIS].text() == "Анализ"
        assert dock.tabs.tabText(1) == "Прогресс во времени"
        assert dock.statistics.table_model.headerData(2, 1) == "Школы"
        dock.close_plugin()
        dock.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)
        iface.mainWindow().deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_algorithm_speaks_the_language_in_the_toolbox(qm_dir, language):
    """What the Toolbox shows of each algorithm (name, group, every parameter and output) is in the language: a string
    the .ts files hold but the code looks up in another context would still show in English."""
    from qgis.core import QgsApplication

    translator = QTranslator()
    assert translator.load(str(qm_dir / f"school_connectivity_{language}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        for algorithm in QgsApplication.processingRegistry().providerById("schoolconnectivity").algorithms():
            fresh = algorithm.create()
            texts = [fresh.displayName(), fresh.group(), fresh.shortHelpString()]
            texts += [definition.description() for definition in fresh.parameterDefinitions()]
            texts += [output.description() for output in fresh.outputDefinitions()]
            english = [text for text in texts if re.search("[A-Za-z]{4}", text) and not CYRILLIC.search(text)]
            assert english == [], (fresh.name(), english)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_metadata_speaks_russian_and_kyrgyz():
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(REPO / "metadata.txt", encoding="utf-8")
    general = metadata["general"]
    for language in LANGUAGES:
        for key in ("description", "about"):
            text = general.get(f"{key}[{language}]", "")
            assert len(text) > 40 and CYRILLIC.search(text), f"{key}[{language}]"
    assert general["description[ru]"] != general["description[ky]"]


@pytest.mark.parametrize("language, heading", [("ru", "Руководство пользователя"), ("en", "User guide"),
                                               ("ky", "Колдонуучунун колдонмосу")])
def test_help_opens_the_bundled_guide_offline(language, heading, qtbot):
    from school_connectivity_plugin.gui.help import HELP_DIR, HelpDialog

    dialog = HelpDialog(language=language)
    qtbot.addWidget(dialog)
    shown = Path(dialog.browser.source().toLocalFile())
    assert shown.parent == HELP_DIR and shown.is_file()
    assert heading in dialog.browser.toPlainText()


def test_strings_outside_classes_translate_at_run_time(qm_dir):
    """pylupdate5 files module-level tr() calls under '@default': the helpers must look them up there."""
    from school_connectivity_plugin.processing.maps import planning_data, planning_pages

    translator = QTranslator()
    assert translator.load(str(qm_dir / "school_connectivity_ru.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert planning_pages.tr("Legend") == "Легенда"
        assert planning_data.tr("Proposed fiber routes") == "Предлагаемые трассы оптоволокна"
        from school_connectivity_plugin.gui.column_mapping_dialog import ColumnMappingDialog

        dialog = ColumnMappingDialog(["Широта", "Долгота"])
        assert dialog.windowTitle() == "Сопоставьте столбцы списка школ"
        assert dialog.combos["latitude"].itemText(0) == "(нет в списке)"
        dialog.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)
