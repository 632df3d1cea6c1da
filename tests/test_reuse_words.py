"""沿用 typed at the unit or the members: the offer's press, a refusal, or an answer
(flows/reuse_words.py)."""

import pytest

from flows.draft import Draft
from flows.reuse import Offer
from flows.reuse_words import reuse_typed

UNIT = "苏州恒远动力电池有限公司"
MEMBERS = "整机企业（或应用服务商）：恒远机器人有限公司 其他：东南大学"
AT_UNIT = Draft(7, "enterprise", {"city": "苏州市"})
AT_MAKERS = Draft(7, "makers", {"city": "苏州市", "enterprise": UNIT})
AT_PARTNERS = Draft(7, "partners", {"city": "苏州市", "enterprise": UNIT, "makers": ["甲公司"]})
UNIT_OFFER = Offer(3, UNIT)
MEMBERS_OFFER = Offer(3, MEMBERS)


@pytest.mark.parametrize("typed", [
    f"沿用：{UNIT}", f"沿用:{UNIT}", f"沿用 ： {UNIT}。", f"沿用{UNIT}", "沿用", "沿用。",
    "沿用上一个", "沿用上次的", "沿用之前的", "沿用上一个场景", "沿用场景3", "沿用场景 #3",
    "沿用场景＃３", "沿用场景3的用户单位",
])
def test_words_of_the_unit_offer_press_it(typed):
    assert reuse_typed(AT_UNIT, UNIT_OFFER, typed) == UNIT_OFFER.press


@pytest.mark.parametrize("typed", [
    "沿用场景 #3 的联合体成员", "沿用场景#3", "沿用场景3", "沿用", "沿用上一个", "沿用之前的",
    f"沿用：{MEMBERS}",
])
def test_words_of_the_members_offer_press_it(typed):
    assert reuse_typed(AT_MAKERS, MEMBERS_OFFER, typed) == MEMBERS_OFFER.press


def test_a_cut_unit_label_typed_presses_it():
    long_unit = "中国电子科技集团公司第五十五研究所苏州精密装备分公司"
    offer = Offer(3, long_unit)
    assert reuse_typed(AT_UNIT, offer, f"沿用：{long_unit[:19]}…") == offer.press


@pytest.mark.parametrize(("draft", "typed", "said"), [
    (AT_UNIT, f"沿用：{UNIT}",
     "“沿用：…”是按钮上的字，这里没有可沿用的内容，请直接输入用户单位全称。"),
    (AT_UNIT, "沿用上一个", "这里没有可沿用的内容，请直接输入用户单位全称。"),
    (AT_MAKERS, "沿用场景#1", "这里没有可沿用的内容，请直接输入整机企业（或应用服务商）名称。"),
    (AT_PARTNERS, "沿用", "这里没有可沿用的内容，请直接输入其他联合体成员名称。"),
])
def test_reuse_words_without_an_offer_are_refused(draft, typed, said):
    assert reuse_typed(draft, None, typed) == said


@pytest.mark.parametrize(("draft", "offer", "typed"), [
    (AT_UNIT, UNIT_OFFER, "沿用场景 #3 的联合体成员"),
    (AT_MAKERS, MEMBERS_OFFER, "沿用场景3的用户单位"),
])
def test_reuse_words_for_the_other_question_are_refused(draft, offer, typed):
    assert reuse_typed(draft, offer, typed).startswith("这里只能沿用场景 #3 的")


@pytest.mark.parametrize(("draft", "offer", "typed", "said"), [
    (AT_MAKERS, MEMBERS_OFFER, "沿用场景1",
     "这里只能沿用场景 #3 的联合体成员（见下方按钮），请点按钮，或直接输入整机企业（或应用服务商）名称。"),
    (AT_UNIT, UNIT_OFFER, "沿用：苏州恒远精密制造有限公司",
     "“沿用：…”是按钮上的字，这里只能沿用场景 #3 的用户单位（见下方按钮），请点按钮，"
     "或直接输入用户单位全称。"),
])
def test_reuse_words_naming_another_than_the_offer_are_refused(draft, offer, typed, said):
    assert reuse_typed(draft, offer, typed) == said


@pytest.mark.parametrize(("draft", "offer", "typed"), [
    (AT_UNIT, UNIT_OFFER, "苏州恒远精密制造有限公司"),
    (AT_UNIT, UNIT_OFFER, UNIT),  # typed as the answer it is
    (AT_UNIT, None, "沿用科技（苏州）有限公司"),  # a name, whatever it begins with
    (AT_UNIT, None, "同上"),  # refused as a placeholder, as anywhere
    (AT_MAKERS, MEMBERS_OFFER, "沿用科技有限公司、东南大学"),  # a name opening with 沿用
    (AT_UNIT, UNIT_OFFER, "沿用科技 有限公司"),
    (AT_MAKERS, MEMBERS_OFFER, "恒远机器人有限公司、启明智能科技有限公司"),
    (AT_MAKERS, None, "沿用场景机器人有限公司"),
    (Draft(7, "scenario_name", {"city": "苏州市", "enterprise": UNIT}), None, "沿用"),
])
def test_other_words_are_answers(draft, offer, typed):
    assert reuse_typed(draft, offer, typed) is None


@pytest.mark.parametrize("typed", ["沿用，再加东南大学", "沿用上次的，再加东南大学", "沿用, 另外加上东南大学",
                                   "沿用 再加东南大学", "沿用上一个、东南大学", "沿用场景3。再加东南大学"])
def test_reuse_words_with_more_after_them_are_refused_with_how_to_change_the_list(typed):
    said = reuse_typed(AT_PARTNERS, MEMBERS_OFFER, typed)
    assert said.startswith("“沿用”是按钮，点它即原样沿用，后面不能再加内容。要在沿用的名单上增删")


def test_reuse_words_with_more_after_them_and_nothing_offered_say_so():
    assert reuse_typed(AT_UNIT, None, "沿用，再加东南大学") == "这里没有可沿用的内容，请直接输入用户单位全称。"


@pytest.mark.parametrize("typed", ["和上次一样", "跟上次一样。", "与上个场景相同", "同上一个", "同上", "同上次"])
def test_same_as_before_where_an_offer_is_shown_points_to_its_button(typed):
    said = reuse_typed(AT_UNIT, UNIT_OFFER, typed)
    assert said == (f"“{typed}”不能作为回答。要沿用场景 #3 的用户单位，请点下方的沿用按钮，"
                    "或直接输入用户单位全称。")
