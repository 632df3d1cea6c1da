"""The draft's own 用户单位 typed at 整机企业: saved (a maker may deploy its own robots), but asked
about once, 保持不变 keeping it and a resend replacing it."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import walk

AT_MAKERS = 14
USER_UNIT = "苏州恒远动力电池有限公司"  # the journey's 用户单位
ASKED = (f"“{USER_UNIT}”也是本场景的用户单位（第 2 步）。整机企业（或应用服务商）一般是提供机器人的单位："
         "确是用户单位自己的机器人，请点“保持不变”；否则请重新发送整机企业的全称，将替换上面的记录。")


async def test_the_user_unit_as_the_maker_is_asked_about_and_kept_on_keep(engineer, app):
    await walk(engineer, AT_MAKERS)
    said = texts(await engineer.send(USER_UNIT))
    assert said[0] == f"已记录 1 家单位：{USER_UNIT}。" + ASKED
    assert saved(app, engineer)["makers"] == [USER_UNIT]
    assert "✔️ 保持不变" in engineer.last_buttons()
    await engineer.press("✔️ 保持不变")
    assert saved(app, engineer)["makers"] == [USER_UNIT]
    assert "其他" in engineer.last_text()  # on to 其他联合体成员


async def test_a_resend_after_the_question_replaces_the_user_unit(engineer, app):
    await walk(engineer, AT_MAKERS)
    said = texts(await engineer.send(f"恒远机器人有限公司、{USER_UNIT}"))
    assert said[0] == f"已记录 2 家单位：恒远机器人有限公司；{USER_UNIT}。" + ASKED
    await engineer.send("恒远机器人有限公司")
    assert saved(app, engineer)["makers"] == ["恒远机器人有限公司"]


async def test_other_makers_are_not_asked_about(engineer, app):
    await walk(engineer, AT_MAKERS)
    said = texts(await engineer.send("恒远机器人有限公司"))
    assert not any("用户单位" in text for text in said)


@pytest.mark.parametrize("typed", ["是的，我们自己的机器人", "是我们自己的", "自己的", "本单位自研",
                                   "我们自研的", "自研", "是的", "对", "没错", "确认"])
async def test_a_yes_in_words_keeps_the_user_unit_as_keep_does(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(USER_UNIT)
    said = texts(await engineer.send(typed))
    assert saved(app, engineer)["makers"] == [USER_UNIT]
    assert not any("已记录" in text for text in said)
    assert "其他" in engineer.last_text()  # on to 其他联合体成员


async def test_another_companys_name_after_the_question_still_replaces_it(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send(USER_UNIT)
    await engineer.send("启明智能科技有限公司")
    assert saved(app, engineer)["makers"] == ["启明智能科技有限公司"]
