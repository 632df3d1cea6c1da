"""Patterns a message of 4,096 characters (spaces, 一一一…, 1 1 1 …) made read in millions of
ways: each now reads a run of spaces or numerals once, from its first character. The old
patterns are kept here: what the new ones find, on many random texts, is what they found."""

import re

from hypothesis import given
from hypothesis import strategies as st

from flows import (
    goals,
    member_tables,
    org_names,
    scenario_references,
    spoken_endings,
    tech_products,
    typed_replies,
)
from flows.indicators import _names_a_figure
from flows.unit_brackets import SEAL, unit_words

SPACES = " " * 4000

OLD_ASIDE = re.compile(
    rf"(?:[\s，,。；;!！~～]+(?:{typed_replies._CHECKED}|{typed_replies._LOOKED_AT}"
    rf"|{typed_replies._THANKS})(?:呀|啊|哈|呢|哦)?)+[\s。.!！~～]*$")
OLD_FULL_STOP = re.compile(r"(?:\s*(?:[。！!]|(?<=[\u4e00-\u9fff])\.))+\s*$")
OLD_SEAL = re.compile(r"\s*[（(【\[]\s*(?:盖章|公章|签章)\s*[）)】\]]")
OLD_ITEM_KIND = re.compile(
    rf"(?:^|[\s、，,；;])\s*(?!(?:{member_tables.MEMBER_LABEL.pattern})\s*[：:])"
    rf"{member_tables._KIND_LIKE_BEFORE_NAME.pattern}")
_OLD_ASKING = r"(?:请|麻烦|帮我)?(?:把|将)?\s*"
OLD_NAMED = re.compile(scenario_references._NAMED.pattern.replace(
    scenario_references._ASKING, _OLD_ASKING))
OLD_BY_NAME = re.compile(scenario_references._BY_NAME.pattern.replace(
    scenario_references._ASKING, _OLD_ASKING))
_OLD_NUMERALS = "[〇零一二两三四五六七八九十百千万]*"
OLD_QUANTITY = re.compile(org_names.QUANTITY.pattern.replace(
    org_names._NUMERALS, f"{_OLD_NUMERALS}[一二两三四五六七八九十]{_OLD_NUMERALS}"))
_NUMERAL = tech_products.NUMERAL
OLD_MACHINE_COUNT = re.compile(
    rf"(?:不少于|不低于|不超过|至少|最多|超过|约|近|每年|每月)?\s*[{_NUMERAL}]+\s*"
    rf"(?:[-~～—–至到]\s*[{_NUMERAL}]+\s*)?[多余几+]?\s*{tech_products.MACHINE_UNIT}[多余+]?"
    r"(?:左右|以上|以下|以内|之内|开外)?(?:\s*/\s*(?:年|月))?")
OLD_ALL_BUT = re.compile(r"(?:除了?)?(?P<but>[^，,]+?)(?:以外|之外|外|[，,])[，,\s]*"
                         r"(?:其[他它余]的?)?" + goals._ALL)


def spans(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_a_remark_after_a_run_of_pauses_is_read_from_its_first_pause_only():
    text = "苏州恒远" + SPACES + "谢谢"
    assert typed_replies.ASIDE.search(text).start() == len("苏州恒远")
    assert not typed_replies.ASIDE.match(text, len("苏州恒远") + 1)
    assert OLD_ASIDE.match(text, len("苏州恒远") + 1)


def test_a_full_stop_after_a_run_of_spaces_is_read_from_its_first_space_only():
    text = "恒远" + SPACES + "。"
    assert spoken_endings.without_full_stop(text) == "恒远"
    assert not spoken_endings.FULL_STOP.match(text, len("恒远") + 1)
    assert OLD_FULL_STOP.match(text, len("恒远") + 1)


def test_a_seal_note_after_a_run_of_spaces_is_read_from_its_first_space_only():
    text = "恒远公司" + SPACES + "（盖章）"
    assert unit_words(text) == "恒远公司"
    assert not SEAL.match(text, len("恒远公司") + 1)
    assert OLD_SEAL.match(text, len("恒远公司") + 1)


def test_a_kind_after_a_run_of_spaces_is_read_from_its_first_space_only():
    text = "甲" + SPACES + "运营商：中国移动"
    assert member_tables._ITEM_KIND_AT_PARTNERS.search(text).start() == 1
    assert not member_tables._ITEM_KIND_AT_PARTNERS.match(text, 2)
    assert OLD_ITEM_KIND.match(text, 2)


def test_a_kind_in_brackets_is_looked_for_without_the_spaces_before_it():
    assert member_tables._SAYS_KIND_IN_BRACKETS.match("（高校）")
    assert not member_tables._SAYS_KIND_IN_BRACKETS.match(" （高校）")
    assert member_tables.says_a_kind("东南大学" + SPACES + "（高校）", member_tables.MAKERS)


def test_the_spaces_before_a_scenarios_name_are_read_once():
    asking = re.compile(scenario_references._ASKING + " ")
    assert not asking.match("请把  ")  # all taken at once: none given back to a second \s*
    assert scenario_references._NAMED.match("请把 #1 部署总数改为20台").group("number") == "1"


def test_a_run_of_numerals_before_a_measure_word_is_read_once():
    numerals = re.compile(org_names._NUMERALS + "一")
    assert not numerals.match("一一")  # all taken at once: none given back
    assert org_names.QUANTITY.fullmatch("一百二十台")
    assert not org_names.QUANTITY.fullmatch("万家")


def test_all_but_is_looked_for_only_where_all_is_said():
    assert goals.SAYS_ALL.search("除跨行业外都选")
    assert not goals.SAYS_ALL.search("一" * 4000 + "x")


def test_a_count_of_machines_is_read_from_its_first_numeral_only():
    assert tech_products.MACHINE_COUNT.search("约 10-20台左右").group() == "约 10-20台左右"
    assert not tech_products.MACHINE_COUNT.match("110台", 1)
    assert OLD_MACHINE_COUNT.match("110台", 1)
    assert not tech_products.MACHINE_COUNT.match("甲  10台", 2)  # the second space
    assert OLD_MACHINE_COUNT.match("甲  10台", 2)
    assert not tech_products.only_counts("1" * 3999 + "x")


def test_all_but_is_read_from_a_clauses_first_character_only():
    assert goals.all_but("好的，除跨行业外都选") == {goals.ACROSS}
    assert not goals.ALL_BUT.match("甲除跨行业外都选", 1)
    assert OLD_ALL_BUT.match("甲除跨行业外都选", 1)


def test_a_full_stop_is_read_from_the_first_of_a_run_of_stops_only():
    assert spoken_endings.without_full_stop("恒远。。！") == "恒远"
    assert not spoken_endings.FULL_STOP.match("恒远。。", 3)
    assert OLD_FULL_STOP.match("恒远。。", 3)


def test_a_growing_name_is_looked_at_for_its_ending_in_its_last_characters(monkeypatch):
    read_from = []
    ended = org_names.NAME_ENDED

    class Recording:
        def search(self, name, pos=0, *rest):
            read_from.append(len(name) - max(pos, 0))
            return ended.search(name, pos, *rest)

    monkeypatch.setattr(org_names, "NAME_ENDED", Recording())
    assert org_names.split_names("1 " * 200 + "东南大学 （高校） 甲公司") == [
        "1 " * 200 + "东南大学 （高校）", "甲公司"]
    assert read_from and max(read_from) <= 20


def test_the_words_after_each_figure_are_read_once():
    assert _names_a_figure.cache_info().maxsize


def test_a_growing_name_is_looked_at_only_for_a_word_that_may_end_it(monkeypatch):
    looked_at = []
    task = org_names._task
    monkeypatch.setattr(org_names, "_task", lambda name: looked_at.append(name) or task(name))
    assert org_names.split_names("1 " * 200 + "x") == [("1 " * 200 + "x")]
    assert looked_at and all(len(name) == 1 for name in looked_at)  # the words alone


def old_ends_a_name(name: str, word: str) -> bool:
    if org_names.NAME_ENDED.search(name):
        return word[0] not in org_names.OPENING
    if org_names._task(name) and (org_names.ORG_END.search(word) or org_names._task(word)):
        return True
    return bool(org_names.ENGLISH_END.search(name) and org_names.HAN.match(word))


# As `_split_at_spaces` grows a name: words (no spaces in them) joined by one space, or glued.
words = st.lists(st.sampled_from(["Ltd", ".", "corporation", "Inc", "x", "公司", "大学", "负责", "算法",
                                  "（", "）", "甲", "研究所"]), min_size=1, max_size=4).map("".join)
names = st.lists(words, max_size=8).map(" ".join)


@given(names, words)
def test_where_a_name_ends_is_unchanged(name, word):
    assert org_names._ends_a_name(name, word) == old_ends_a_name(name, word)


texts = st.lists(st.sampled_from(
    [" ", "\u3000", "\n", "，", "。", "、", "；", "：", "!", "~", "谢", "谢", "对", "吗", "麻烦", "看",
     "一下", "运营", "商", "企业", "其他", "整机", "（", "）", "高校", "请", "把", "场景", "#", "1",
     "第", "个", "上", "的", "那个", "恒远", "部署", "一", "十", "百", "万", "零", "家", "台", "约",
     "外", "都", "选", "除", "x", "！", ".", "!", "盖章", "(", "】", "套", "-", "至", "多", "左右",
     "/", "年", "不少于", "每年", "以外", "其他", "都选", "除了", ","]), max_size=30).map("".join)


@given(texts)
def test_what_the_patterns_find_is_unchanged(text):
    for new, old in ((typed_replies.ASIDE, OLD_ASIDE), (spoken_endings.FULL_STOP, OLD_FULL_STOP), (SEAL, OLD_SEAL),
                     (member_tables._ITEM_KIND_AT_PARTNERS, OLD_ITEM_KIND),
                     (org_names.QUANTITY, OLD_QUANTITY),
                     (tech_products.MACHINE_COUNT, OLD_MACHINE_COUNT)):
        assert spans(new, text) == spans(old, text)
        assert bool(new.search(text)) == bool(old.search(text))
    for new, old in ((scenario_references._NAMED, OLD_NAMED),
                     (scenario_references._BY_NAME, OLD_BY_NAME), (org_names.QUANTITY, OLD_QUANTITY)):
        found, was = new.match(text), old.match(text)
        assert (found and (found.span(), found.groupdict())) == (was and (was.span(), was.groupdict()))
    assert bool(member_tables._SAYS_KIND_IN_BRACKETS.search(text)) == bool(
        member_tables.KIND_IN_BRACKETS.search(text))
    for new, old in ((goals.ALL_BUT, OLD_ALL_BUT), (tech_products.MACHINE_COUNT, OLD_MACHINE_COUNT)):
        found, was = new.search(text), old.search(text)
        assert (found and (found.span(), found.groupdict())) == (was and (was.span(), was.groupdict()))
    assert tech_products.MACHINE_COUNT.sub("", text) == OLD_MACHINE_COUNT.sub("", text)
    assert spoken_endings.FULL_STOP.sub("", text) == OLD_FULL_STOP.sub("", text)
    if goals.ALL_BUT.search(text):
        assert goals.SAYS_ALL.search(text)
