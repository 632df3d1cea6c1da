"""A 创新应用联合体成员 cell that opens with a question (为什么要写大学？我们只有恒远机器人有限公司)
is refused on import, as the chat refuses the message: read as names, the question was filed
as a member beside the unit. A cell of names only is imported as before."""

import pytest

from tests.one_cell_import import imported


@pytest.mark.parametrize("cell", ["为什么要写大学？我们只有恒远机器人有限公司",
                                  "一定要写高校吗？恒远机器人有限公司、东南大学"])
def test_a_member_cell_opening_with_a_question_is_refused(tmp_path, cell):
    output, answers = imported(tmp_path, cell, "I4")
    question = cell.partition("？")[0] + "？"
    assert f"创新应用联合体成员以提问开头（“{question}”），请只填写成员单位名称。" in output
    assert answers == {}


def test_a_member_cell_of_names_is_imported(tmp_path):
    output, answers = imported(tmp_path, "整机企业：恒远机器人有限公司 其他：东南大学", "I4")
    assert answers["makers"] == ["恒远机器人有限公司"]
    assert answers["partners"] == ["东南大学"]
