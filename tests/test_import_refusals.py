"""What `import` says when it refuses a file's row or the whole file: the row, the column, what
is wrong and what to write instead, in the file's terms; and nothing stored by a refused row."""

import pytest
from openpyxl import load_workbook

from exports.cells import PARSERS
from exports.writer import export_rows
from storage.imports import ImportStore
from tests import test_cli_data
from tests.one_cell_import import imported
from tests.test_export import answers
from tests.test_import import CHAT_WORDS

cli, db, services = test_cli_data.cli, test_cli_data.db, test_cli_data.services
MEMBERS_CELL = "I4"


def plan_with_members(path, members: str) -> None:
    export_rows([answers(1)], path)
    workbook = load_workbook(path)
    workbook.active[MEMBERS_CELL] = members
    workbook.save(path)


@pytest.mark.parametrize(("members", "labelled"), [
    ("整机企业（或应用服务商）：优必选科技股份有限公司 合作企业：华为技术有限公司", "合作企业：华为技术有限公司"),
    ("整机企业：优必选科技股份有限公司；用户方：南京钢铁股份有限公司", "用户方：南京钢铁股份有限公司"),
    ("整机企业：优必选科技股份有限公司\n运营商：中国移动通信集团江苏有限公司", "运营商：中国移动通信集团江苏有限公司"),
    ("合作企业：华为技术有限公司 整机企业：优必选科技股份有限公司", "合作企业：华为技术有限公司"),
    ("其他：东南大学 合作企业：华为技术有限公司 整机企业：优必选科技股份有限公司", "合作企业：华为技术有限公司"),
])
def test_a_member_kind_the_column_does_not_know_refuses_the_row_naming_the_word(
        cli, services, db, tmp_path, members, labelled):
    """Not filed as an 整机企业 with the word in its name, nor guessed into 其他."""
    plan_with_members(tmp_path / "plan.xlsx", members)
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 1
    word = labelled.split("：")[0]
    assert result.output.splitlines()[:2] == [
        "第 4 行：拒绝",
        f"  · 创新应用联合体成员：“{labelled}”中的“{word}”不是表格中的成员类别。本列只分两类，"
        "请写成“整机企业（或应用服务商）：A、B 其他：C”，"
        "不是整机企业的成员（如合作企业、用户单位、运营商）写在“其他：”之后。",
    ]
    assert not CHAT_WORDS.search(result.output)
    assert services.reviews.store.entries() == []


@pytest.mark.parametrize("reply", ["好的", "是的", "ok"])
def test_a_members_cell_holding_a_reply_is_refused_in_the_files_words(
        cli, services, db, tmp_path, reply):
    plan_with_members(tmp_path / "plan.xlsx", reply)
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [
        "第 4 行：拒绝",
        f"  · 创新应用联合体成员：“{reply}”不是单位名称。请在本列填写联合体成员单位的全称，"
        "如“整机企业（或应用服务商）：优必选科技股份有限公司 其他：东南大学”。",
    ]
    assert not CHAT_WORDS.search(result.output)
    assert services.reviews.store.entries() == []


BOTS_SIDE = "导入失败：这是程序自身的错误，不是文件的问题，本次没有保存任何内容。请把上面的错误信息和这个文件发给维护人员。"


@pytest.mark.parametrize("error", [IndexError("list index out of range"), ValueError("bug")])
def test_a_bug_while_reading_a_cell_is_not_blamed_on_the_file(
        cli, services, db, tmp_path, monkeypatch, caplog, error):
    def broken(text):
        raise error

    monkeypatch.setitem(PARSERS, "deployment_count", broken)
    export_rows([answers(1), answers(2)], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 1
    assert "损坏" not in result.stderr
    assert result.stderr.splitlines()[-1] == BOTS_SIDE
    assert [record.exc_info[1] for record in caplog.records if record.exc_info] == [error]
    assert services.reviews.store.entries() == []


def test_a_bug_while_storing_a_later_row_leaves_nothing_of_the_file_stored(
        cli, services, db, tmp_path, monkeypatch):
    stored = ImportStore.add

    def add(self, answers, *args):
        if answers["scenario_name"].endswith("2"):
            raise KeyError("bug")
        return stored(self, answers, *args)

    monkeypatch.setattr(ImportStore, "add", add)
    export_rows([answers(1), answers(2)], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == BOTS_SIDE
    assert services.reviews.store.entries() == []


@pytest.mark.parametrize("cell", ["待定", "同上", "无"])
def test_a_count_that_says_nothing_is_refused_as_no_count_not_as_left_empty(tmp_path, cell):
    output, stored = imported(tmp_path, cell, "K4")
    assert f"  · 部署总数：“{cell}”不是台数：请填写计划部署的台数，例如：10台。" in output.splitlines()
    assert "未填写" not in output
    assert stored == {}
