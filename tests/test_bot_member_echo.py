"""The echo of names that may be read wrongly (优必选 达闼 宇树 kept as one unit): it asks for a
resend, so the question stays open and the resend replaces the answer it was about, instead of
landing in the next question's column."""

import pytest

from flows.row import consortium_cell
from flows.step_messages import CARRY_ON
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk

AT_MAKERS, AT_PARTNERS = 14, 15
GLUED_ECHO = ("已记录 1 家单位：优必选达闼宇树。如是多家单位，请用“、”分隔后重新发送，"
              "将替换上面的记录；无误请点“保持不变”。")
FULL_NAMES = ["深圳市优必选科技股份有限公司", "达闼机器人股份有限公司"]
JOURNEY_MAKERS = ["恒远机器人有限公司", "启明智能科技有限公司"]


def answers(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


def members(app, engineer) -> tuple[list[str] | None, list[str] | None]:
    return answers(app, engineer).get("makers"), answers(app, engineer).get("partners")


async def test_a_resend_after_the_glued_names_echo_replaces_the_makers(engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("优必选 达闼 宇树")
    assert texts(calls)[0] == GLUED_ECHO
    assert engineer.last_text().startswith("第 8/11 步（1/2）")
    assert "当前答案：优必选达闼宇树（发送新内容即可修改）" in engineer.last_text()
    assert "✔️ 保持不变" in engineer.last_buttons()
    assert members(app, engineer) == (["优必选达闼宇树"], None)

    calls = await engineer.send("、".join(FULL_NAMES))
    assert texts(calls)[0].startswith("已记录 2 家单位：深圳市优必选科技股份有限公司；达闼机器人股份有限公司。")
    assert engineer.last_text().startswith("第 8/11 步（2/2）")
    assert members(app, engineer) == (FULL_NAMES, None)
    assert "其他" not in consortium_cell(answers(app, engineer))


@pytest.mark.parametrize(("kind", "typed"), [
    ("press", "✔️ 保持不变"), ("send", "保持不变"), ("send", "继续"), ("send", "优必选 达闼 宇树"),
])
async def test_the_glued_names_kept_move_on_to_the_partners(engineer, app, kind, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send("优必选 达闼 宇树")
    assert engineer.last_text().startswith("第 8/11 步（1/2）")
    calls = await (engineer.press(typed) if kind == "press" else engineer.send(typed))
    assert texts(calls)[-1].startswith("第 8/11 步（2/2）")
    assert not any("已记录" in text for text in texts(calls))
    assert members(app, engineer) == (["优必选达闼宇树"], None)


async def test_a_resend_after_the_partners_echo_replaces_the_partners(engineer, app):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send("东南大学 南京理工")
    assert texts(calls)[0] == ("已记录 2 家单位：东南大学；南京理工。如名称有误，请改正后重新发送，"
                               "将替换上面的记录；无误请点“保持不变”。")
    assert engineer.last_text().startswith("第 8/11 步（2/2）")
    calls = await engineer.send("东南大学、南京理工大学")
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")
    assert members(app, engineer) == (JOURNEY_MAKERS, ["东南大学", "南京理工大学"])


async def test_full_names_are_listed_without_asking_for_a_resend(engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("恒远机器人有限公司 启明智能科技有限公司")
    assert texts(calls)[0] == "已记录 2 家单位：恒远机器人有限公司；启明智能科技有限公司。"
    assert texts(calls)[-1].startswith("第 8/11 步（2/2）")


async def test_a_pasted_consortium_with_glued_makers_stays_at_the_makers(engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("整机企业：优必选 达闼 宇树 其他：东南大学")
    assert texts(calls)[0] == "已把这条消息分别填入：整机企业、其他成员（东南大学）。\n" + GLUED_ECHO
    assert engineer.last_text().startswith("第 8/11 步（1/2）")
    assert members(app, engineer) == (["优必选达闼宇树"], ["东南大学"])
    await engineer.send("、".join(FULL_NAMES))
    assert members(app, engineer) == (FULL_NAMES, ["东南大学"])


async def test_glued_makers_typed_at_the_summary_are_asked_again_there(engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("整机企业：优必选 达闼 宇树")
    assert texts(calls)[0] == GLUED_ECHO
    assert engineer.last_text().startswith("第 8/11 步（1/2）")
    await engineer.send("、".join(FULL_NAMES))
    assert members(app, engineer) == (FULL_NAMES, ["东南大学"])


@pytest.mark.parametrize(("moves", "asked"), [(2, "第 2/11 步（1/2）"), (18, "第 10/11 步")])
async def test_carry_on_at_a_question_with_an_echo_still_asks_it(engineer, app, moves, asked):
    """继续 keeps only names echoed as unsure; elsewhere it re-asks the question."""
    await walk(engineer, moves)
    calls = await engineer.send("继续")
    assert texts(calls)[0] == "好的，草稿已保存，我们从当前问题继续："
    assert texts(calls)[-1].startswith(asked)
    assert app.bot_data["errors"] == []


@pytest.mark.parametrize("typed", ["整机企业有优必选科技股份有限公司", "有优必选科技股份有限公司"])
async def test_a_name_beginning_with_a_word_said_before_it_is_asked_about(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert ("“有优必选科技股份有限公司”以“有”开头：如果“有”不是单位名称的一部分，"
            "请发送“优必选科技股份有限公司”，将替换上面的记录；无误请点“保持不变”。") in texts(calls)[0]
    assert engineer.last_text().startswith("第 8/11 步（1/2）")
    await engineer.send("优必选科技股份有限公司")
    assert members(app, engineer) == (["优必选科技股份有限公司"], None)
    assert engineer.last_text().startswith("第 8/11 步（2/2）")


async def test_a_real_name_beginning_with_you_is_kept_with_one_tap(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send("有研科技集团有限公司")
    await engineer.press("✔️ 保持不变")
    assert members(app, engineer) == (["有研科技集团有限公司"], None)
    assert engineer.last_text().startswith("第 8/11 步（2/2）")


@pytest.mark.parametrize("typed", ["好的", "无误", "没错", "确认", "就这样", "不用改", "是", "对"])
async def test_a_typed_yes_to_the_echo_keeps_the_names_and_goes_on(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send("优必选 达闼 宇树")
    await engineer.send(typed)
    assert members(app, engineer) == (["优必选达闼宇树"], None)
    assert engineer.last_text().startswith("第 8/11 步（2/2）")


async def test_names_already_separated_are_not_asked_to_be_separated_again(engineer, app):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send("优必选、达闼")
    assert "分隔" not in texts(calls)[0]
    assert "如名称有误，请改正后重新发送" in texts(calls)[0]


@pytest.mark.parametrize("name", [
    "哈尔滨工业大学（深圳）", "国家机器人质量检验检测中心（江苏）", "中国矿业大学（北京）",
    "长三角人形机器人产业联盟", "苏州市消防救援支队", "苏州工业园区管委会", "Siemens AG",
    "Universal Robots A/S",
])
async def test_a_full_name_with_a_branch_or_another_organisation_ending_is_not_held(
        engineer, app, name):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(f"东南大学、{name}")
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")
    assert members(app, engineer)[1] == ["东南大学", name]


@pytest.mark.parametrize("typed", ["没有", "没有了", "无", "嗯嗯", "对的，没问题", "没有错"])
async def test_a_no_to_the_echos_question_keeps_the_partners(engineer, app, typed):
    await walk(engineer, AT_PARTNERS)
    await engineer.send("东南大学 南京理工")
    await engineer.send(typed)
    assert members(app, engineer)[1] == ["东南大学", "南京理工"]
    assert engineer.last_text().startswith("第 9/11 步")


@pytest.mark.parametrize("typed", ["不是", "不对", "不是的"])
async def test_a_no_to_the_echo_of_a_name_asks_for_the_corrected_name(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send("有鹿机器人科技有限公司")
    calls = await engineer.send(typed)
    assert texts(calls)[0] == ("请直接发送改正后的单位名称（多家用“、”分隔），将替换上面的记录；"
                               "无误请点“保持不变”。")
    assert members(app, engineer) == (["有鹿机器人科技有限公司"], None)
    assert engineer.last_text().startswith("第 8/11 步（1/2）")


async def test_a_yes_after_universities_were_filed_keeps_them(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send("1.连云港智港机器人有限公司 2.河海大学 3.中国科学院沈阳自动化研究所")
    await engineer.send("好的")  # as 保持不变: the filed universities stay, the next question
    assert members(app, engineer) == (["连云港智港机器人有限公司"],
                                      ["河海大学", "中国科学院沈阳自动化研究所"])
    assert engineer.last_text().startswith("第 9/11 步")


@pytest.mark.parametrize(("moves", "typed"), [(AT_MAKERS, "确认"), (AT_MAKERS, "好的"),
                                              (AT_PARTNERS, "好的"), (AT_PARTNERS, "收到👍")])
async def test_a_yes_at_an_empty_member_question_asks_for_names_not_for_keep(
        engineer, app, moves, typed):
    await walk(engineer, moves)
    assert "✔️ 保持不变" not in engineer.last_buttons()
    calls = await engineer.send(typed)
    assert texts(calls)[0] == CARRY_ON
    assert "✔️ 保持不变" not in engineer.last_buttons()
    assert members(app, engineer) == ((JOURNEY_MAKERS if moves == AT_PARTNERS else None), None)


@pytest.mark.parametrize(("typed", "partners"), [
    ("没有别的成员", ["河海大学"]), ("没有别的了", ["河海大学"]), ("没有其他了", ["河海大学"]),
    ("其他没有了", ["河海大学"]), ("没有别的成员单位", ["河海大学"]), ("就这些", ["河海大学"]),
    ("无其他单位", ["河海大学"]), ("无", ["河海大学"]),
])
async def test_none_said_to_the_filed_partners_keeps_them(
        engineer, app, typed, partners):
    await walk(engineer, AT_MAKERS)
    await engineer.send("1.连云港智港机器人有限公司 2.河海大学")
    await engineer.send(typed)
    assert members(app, engineer) == (["连云港智港机器人有限公司"], partners)
    assert engineer.last_text().startswith("第 9/11 步")


@pytest.mark.parametrize("typed", ["好的 东南大学", "好的，东南大学", "嗯嗯，东南大学"])
async def test_a_reply_said_before_the_names_is_not_saved_in_them(engineer, app, typed):
    await walk(engineer, AT_PARTNERS)
    await engineer.send(typed)
    assert members(app, engineer)[1] == ["东南大学"]
    assert engineer.last_text().startswith("第 9/11 步")


async def test_a_unit_after_its_parent_and_a_colon_is_saved_and_asked_about(engineer, app):
    """江苏省产业技术研究院 is the parent's name, not a kind the plan has not."""
    named = "江苏省产业技术研究院：智能制造技术研究所"
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(named)
    assert texts(calls)[0] == (f"已记录 1 家单位：{named}。如是多家单位，请用“、”分隔后重新发送，"
                               "将替换上面的记录；无误请点“保持不变”。")
    assert members(app, engineer) == (JOURNEY_MAKERS, [named])


@pytest.mark.parametrize(("at", "key", "typed"), [
    (AT_PARTNERS, "partners", "中国科学院自动化研究所/中科院自动化所"),
    (AT_MAKERS, "makers", "苏州汇川技术有限公司/汇川技术"),
])
async def test_a_short_name_after_a_slash_is_no_second_member_and_is_asked_about(
        engineer, app, at, key, typed):
    await walk(engineer, at)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (f"已记录 1 家单位：{typed}。如是多家单位，请用“、”分隔后重新发送，"
                               "将替换上面的记录；无误请点“保持不变”。")
    assert answers(app, engineer)[key] == [typed]


async def test_whole_names_after_a_slash_are_still_two_members(engineer, app):
    await walk(engineer, AT_PARTNERS)
    await engineer.send("东南大学/南京大学")
    assert members(app, engineer) == (JOURNEY_MAKERS, ["东南大学", "南京大学"])


async def test_a_universitys_school_after_a_slash_is_asked_about_not_split(engineer, app):
    """南京理工大学/紫金学院 is likely one college, 南京理工大学紫金学院."""
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send("南京理工大学/紫金学院")
    assert texts(calls)[0] == ("已记录 1 家单位：南京理工大学/紫金学院。如是多家单位，请用“、”分隔后"
                               "重新发送，将替换上面的记录；无误请点“保持不变”。")
    assert members(app, engineer) == (JOURNEY_MAKERS, ["南京理工大学/紫金学院"])
    await engineer.send("南京理工大学紫金学院")
    assert members(app, engineer) == (JOURNEY_MAKERS, ["南京理工大学紫金学院"])
