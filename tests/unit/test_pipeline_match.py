"""Work-plan matching: ids, Cyrillic/Latin name variants within the district, statuses, nothing dropped."""
from __future__ import annotations

import pandas as pd
import pytest

from school_connectivity_plugin.core.definitions.codes import MatchReason
from school_connectivity_plugin.core.definitions.schema import PipelineStatus
from school_connectivity_plugin.core.errors import InputError
from school_connectivity_plugin.core.planning.pipeline_match import (
    PlanColumns,
    admin_key,
    match_plan,
    name_key,
    name_score,
    normalise_status,
    plan_columns,
)

SCHOOLS = pd.DataFrame({
    "school_id": ["KG-0001", "KG-0002", "KG-0003", "KG-0004", "KG-0006", "KG-0007"],
    "school_name": ["Средняя общеобразовательная школа №2", "СОШ №5 имени Ленина", "Гимназия №5",
                    "School No. 2", "Орто мектеби Жаңы-Жер", "Школа-интернат Үч-Коргон"],
    "admin1": ["Chui", "Chui", "Chui", "Chui", "Talas", "Batken"],
    "admin2": ["Ленинский р-н", "Аламединский район", "Аламединский район", "Alamedin district",
               "Ак-Талинский район", "Кадамжайский район"],
    "pipeline_status": ["", "", "", "", "", ""],
})

COLUMNS = PlanColumns(school_id="ID", school_name="Name", admin2="District", status="Status", date="Date")


def _plan(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["ID", "Name", "District", "Status", "Date"])
    frame.index = range(1, len(frame) + 1)
    return frame


def test_name_keys_fold_scripts_and_generic_words():
    assert name_key("Средняя общеобразовательная школа №2") == name_key("Secondary school No. 2")
    assert name_key("СОШ № 12") == name_key("school N12")
    assert name_key("Орто мектеби Жаңы-Жер").words == "jangi jer"
    assert name_key("Гимназия №5").kinds == name_key("Gymnasium 5").kinds == ("gymnasium",)
    assert name_score(name_key("НСШ Покровка"), name_key("СШ Покровка")) == 0.0
    assert name_score(name_key("СОШ №5"), name_key("СОШ №6")) == 0.0
    assert admin_key("Ленинский р-н") == admin_key("Leninsky district") == "lenin"


@pytest.mark.parametrize("text, status", [
    ("подключено", PipelineStatus.CONNECTED), ("Запланировано", PipelineStatus.PLANNED),
    ("контракт", PipelineStatus.CONTRACTED), ("В работе", PipelineStatus.IN_PROGRESS),
    ("in_progress", PipelineStatus.IN_PROGRESS), ("Contracted", PipelineStatus.CONTRACTED),
    ("", PipelineStatus.NONE), ("что-то", None), ("не подключено", None), ("not connected", None),
    ("Подключено (оптика)", PipelineStatus.CONNECTED),
])
def test_statuses(text, status):
    assert normalise_status(text) == status


def test_plan_matched_by_id_and_by_name_variants():
    plan = _plan([
        ("KG-0007", "", "", "подключено", "2024-05-01"),
        ("", "Secondary school N2", "Leninsky district", "planned", ""),
        ("", "School 5 named after Lenin", "Alamedinsky", "в работе", ""),
        ("", "Orto mektebi Zhany-Zher", "Ak-Talin", "контракт", ""),
        ("", "СОШ №99", "Ленинский", "planned", ""),
        ("", "School №2", "", "planned", ""),
        ("", "Гимназия 5", "Аламединский", "что-то", ""),
    ])
    result = match_plan(plan, SCHOOLS, COLUMNS)
    report = result.report
    assert len(report) == len(plan) and list(report["Date"]) == list(plan["Date"])
    assert report["matched_school_id"].tolist() == ["KG-0007", "KG-0001", "KG-0002", "KG-0006", "", "", "KG-0003"]
    assert report["match_method"].tolist() == ["id", "name", "name", "name", "none", "none", "name"]
    assert report["match_scope"].tolist()[1:4] == ["admin2", "admin2", "admin2"]
    assert report["match_reason"].tolist() == [
        "", "", "", "", MatchReason.NO_MATCH.value, MatchReason.AMBIGUOUS.value, MatchReason.UNKNOWN_STATUS.value]
    assert result.unmatched["source_row"].tolist() == [5, 6, 7]
    schools = result.schools.set_index("school_id")
    assert schools["pipeline_status"].to_dict() == {
        "KG-0001": "planned", "KG-0002": "in_progress", "KG-0003": "", "KG-0004": "",
        "KG-0006": "contracted", "KG-0007": "connected"}
    assert schools.loc["KG-0007", "pipeline_match_score"] == 1.0
    assert schools.loc["KG-0002", "pipeline_source_row"] == 3
    assert schools.loc["KG-0007", "pipeline_date"] == "2024-05-01" and schools.loc["KG-0001", "pipeline_date"] == ""
    assert list(SCHOOLS["pipeline_status"]) == [""] * 6  # input untouched


def test_two_rows_for_one_school_keep_the_id_match():
    plan = _plan([
        ("", "Secondary school N2", "Leninsky", "planned", ""),
        ("KG-0001", "", "", "contracted", ""),
    ])
    result = match_plan(plan, SCHOOLS, COLUMNS)
    assert result.report["match_reason"].tolist() == [MatchReason.DUPLICATE.value, ""]
    assert result.schools.set_index("school_id").loc["KG-0001", "pipeline_status"] == "contracted"


def test_plan_columns_found_by_alias_and_missing_status_named():
    columns = plan_columns(["Код школы", "Наименование школы", "Область", "Район", "Статус", "Дата"])
    assert (columns.school_id, columns.school_name, columns.admin1, columns.admin2, columns.status,
            columns.date) == ("Код школы", "Наименование школы", "Область", "Район", "Статус", "Дата")
    with pytest.raises(InputError, match="status"):
        plan_columns(["Код школы", "Наименование школы"])


def test_real_ministry_names_match_their_english_versions(shared_data):
    merged = pd.read_csv(shared_data / "kg_schools_moes_merged_2018.csv", dtype=str)
    schools = merged.rename(columns={"name_ru": "school_name", "adm1_name": "admin1", "district_raw": "admin2"})
    sample = merged.dropna(subset=["name_ru", "name_en"]).sample(80, random_state=7)
    plan = pd.DataFrame({"Name": sample["name_en"].to_numpy(), "District": sample["district_raw"].to_numpy(),
                         "Status": "planned"}, index=range(1, 81))
    result = match_plan(plan, schools, PlanColumns(school_name="Name", admin2="District", status="Status"))
    report = result.report
    matched = report[report["match_method"] == "name"]
    # every confident match is the right school; most English names find their Russian original
    assert (matched["matched_school_id"].to_numpy() == sample["school_id"].to_numpy()[matched.index - 1]).all()
    assert len(matched) >= 48


def test_empty_plan_gives_empty_report_and_untouched_statuses():
    plan = _plan([])
    result = match_plan(plan, SCHOOLS, COLUMNS)
    assert len(result.report) == 0 and len(result.unmatched) == 0
    assert result.schools["pipeline_status"].tolist() == [""] * len(SCHOOLS)
