"""Button labels typed instead of pressed.

On a phone, typing 跳过 is as easy as pressing it, and nobody means 跳过 or 保持不变 as the
content of a cell. A typed label therefore does what its button does; a navigation word whose
button is not on the screen is refused with the reason, never saved as an answer.
"""

import re
import unicodedata
from functools import cache

from flows import actions
from flows.draft import SUMMARY
from flows.item_numbers import typed_columns
from flows.row import WORDS_OF_TYPE
from flows.screens import CHECK, Screen
from flows.spoken_endings import choice_words, without_full_stop
from flows.typed_replies import acknowledges

# Words of the navigation buttons (and what people type for them), as `_plain` leaves them.
NAVIGATION = {
    "上一步": actions.Back(), "返回汇总": actions.Back(), "返回": actions.Back(),
    "返回上一步": actions.Back(), "上一题": actions.Back(), "回到上一步": actions.Back(),
    "下一步": actions.Skip(), "下一题": actions.Skip(),
    "取消": actions.Pause(), "退出": actions.Pause(),
    "跳过": actions.Skip(), "清空此项": actions.Clear(), "清空": actions.Clear(),
    "先跳过": actions.Skip(), "暂不填写": actions.Skip(), "暂不填": actions.Skip(),
    "以后再填": actions.Skip(), "稍后再填": actions.Skip(),
    "保持不变": actions.Keep(), "不变": actions.Keep(),
    "暂停": actions.Pause(), "完成": actions.Done(), "提交": actions.Submit(),
}
# Words for going on, which mean 跳过 where a question is empty and 保持不变 where it has an
# answer: a required question answered shows no 跳过, and 下一步 there keeps the answer.
GOING_ON = {"下一步": actions.Keep(), "下一题": actions.Keep()}
# The buttons of the warning of alike submissions, which is drawn over the summary, and 提交
# said as a command.
AT_SUMMARY = {"仍然提交": actions.SubmitAnyway(), "补充差异化创新点": actions.AddInnovation(),
              "返回汇总": actions.Show(), "提交吧": actions.Submit(), "确认提交": actions.Submit()}
# 提交 said after a short yes to the summary (好的，提交。 没问题，提交吧, 好的提交, 嗯，提交), or
# with 一下 (提交一下), as voice input writes it: the yes is to what is shown, 提交 its button.
# Not a sentence holding 提交 (提交前还要改一下, 好的，提交后还能改吗).
AGREED_SUBMIT = re.compile(r"(?:(?:好的|好|没问题|可以|行|确认无误|嗯)\s*[，,]?\s*)?"
                           r"提交(?:一下)?吧?")
# 仍然提交 said politely to the warning of alike submissions (好的，仍然提交吧, 那就仍然提交,
# 还是提交吧): the yes is to the warning, 仍然提交 its button. Never a no (不要仍然提交, 先不提交).
AGREED_ANYWAY = re.compile(r"(?:(?:好的|好|没问题|可以|行|嗯|那|那就|那么)\s*[，,]?\s*)*"
                           r"(?:仍然|还是|依然)提交(?:一下)?吧?")
# Replies to 您是指…吗？ while its 采用 button is on the screen: a yes takes the full answer
# suggested, as an acknowledgement does (收到, 👍, `acknowledges`), a no keeps the one typed.
TO_SUGGESTION = {
    **dict.fromkeys(("是", "是的", "对", "对的", "嗯", "好", "好的", "采用"),
                    actions.TakeSuggestion()),
    **dict.fromkeys(("不是", "否", "不对", "不用", "不采用"), actions.Keep()),
}
# A yes where one choice is offered (报送单位's default department, asked to be confirmed): the
# engineer confirms it, or the answer on screen once given (保持不变), and no cell holds such a
# word; nor an acknowledgement (收到, OK, 👍, `acknowledges`), which confirms it as well.
TO_ONLY_CHOICE = frozenset(("是", "是的", "对", "对的", "嗯", "好", "好的", "确认", "确定", "默认",
                            "可以", "没问题", "就是这个", "同意"))
# Replies typed to 确定删除场景草稿…？ (flows/menus.py): a yes (True) or a no (False) to it.
TO_DISCARD = {
    **dict.fromkeys(("确认", "确定", "是", "是的", "对", "对的", "嗯", "好", "好的", "可以", "行",
                     "同意", "没问题", "ok", "yes", "删", "删吧", "删掉", "删除", "删除吧",
                     "确认删除", "确定删除", "删除草稿"), True),
    **dict.fromkeys(("取消", "不", "不是", "否", "不要", "不用", "不用了", "算了", "不删", "不删了",
                     "先不删", "不要删", "不用删", "别删", "不删除", "保留", "no"), False),
}
LONGEST_LABEL = 40  # a longer text is an answer, whatever its words
# Words said after a choice that add nothing to it: 工业类, 服务业, 特种作业, 工业类场景.
_GENERIC = r"(?:类|型|场景|领域|行业|作业|业|方向|应用)"
GENERIC_AFTER = re.compile(f"{_GENERIC}*")
# Between two choices (工业、服务, 工业+服务), or a choice and its area as the question's hint
# pairs them (工业：生产制造); a space before a generic word (工业 类) is a voice pause.
SEPARATORS = re.compile(rf"\s*(?:[、，,；;：:/／+＋]|和|及|与|或|还是)\s*|\s+(?!{_GENERIC})")
# Names people call a column by that are no part of its title, and the part they stand for.
COLUMN_NAMES = {"部署目标": "应用目标", "标志性产品": "标志性技术产品"}
# A note in brackets after the choice (特种（应急救援）, as the question's hint writes it).
BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def pressed(screen: Screen, text: str, untick: bool = True) -> actions.Action | None:
    """The action of the button on `screen` whose label is `text`, give or take symbols,
    spaces and punctuation (✔️ 保持不变, 工业。), or a numbered item's number or title. Not
    `untick`: a ticked choice's label is no press, as an engineer typing 四足机器人：足式 again
    wants it chosen, not dropped."""
    if len(text) > LONGEST_LABEL:
        return None
    typed = _plain(text)
    for button in (*(b for row in screen.choices for b in row), *screen.nav):
        if not untick and isinstance(button.action, actions.Toggle) \
                and button.label.startswith(CHECK):
            continue
        if typed in _spellings(button.label):
            return button.action
    if screen.at == SUMMARY and typed in AT_SUMMARY:
        return AT_SUMMARY[typed]
    if screen.at == SUMMARY and AGREED_ANYWAY.fullmatch(without_full_stop(text.strip())):
        return actions.SubmitAnyway()
    if screen.at == SUMMARY and AGREED_SUBMIT.fullmatch(without_full_stop(text.strip())):
        return actions.Submit()
    if screen.at == SUMMARY and (item := _item_numbered(screen, text)
                                 or _item_partly_named(screen, typed)):
        return item
    if (typed in TO_ONLY_CHOICE or acknowledges(text)) and (only := _only_choice(screen)):
        return only
    suggesting = any(isinstance(b.action, actions.TakeSuggestion)
                     for row in screen.choices for b in row)
    if suggesting and (typed in TO_SUGGESTION or acknowledges(text)):
        return TO_SUGGESTION.get(typed, actions.TakeSuggestion())  # 👍, 收到 as 好的
    on_screen = {b.action for b in screen.nav}
    return next((action for action in (NAVIGATION.get(typed), GOING_ON.get(typed))
                 if action is not None and action in on_screen), None)


def _only_choice(screen: Screen) -> actions.Pick | actions.Keep | None:
    """What a yes means on a screen showing one choice: that choice, or, with an answer given
    on screen (保持不变 shown, as back at 报送单位 after 上一步), keeping it, as the 确认 asked for
    at first. Not while a suggestion's 采用 is shown, whose yes takes it (`TO_SUGGESTION`)."""
    buttons = [b.action for row in screen.choices for b in row]
    picks = [action for action in buttons if isinstance(action, actions.Pick)]
    if len(picks) != 1 or any(isinstance(action, actions.TakeSuggestion) for action in buttons):
        return None
    return next((b.action for b in screen.nav if isinstance(b.action, actions.Keep)), picks[0])


def to_discard(text: str) -> bool | None:
    """A yes or a no typed to the question whether to delete a draft; None for other words."""
    return None if len(text) > LONGEST_LABEL else TO_DISCARD.get(_plain(text))


def choices_named(text: str, choices: tuple[str, ...]) -> list[str]:
    """The choices a short text names, each perhaps with a generic word after it (工业类,
    服务业), or by one of the notice's areas or a field of it (生产制造 is 工业, 排爆 特种);
    [] when any part of it names none. Two named where one is asked for (工业、服务) is a
    question to be answered, not a choice to be guessed. Spoken (是工业。, 工业类的), the words
    said with the choice count only when what is left names exactly one choice."""
    if len(text) > LONGEST_LABEL:
        return []
    if named := _choices_in(text, choices):
        return named
    said = _choices_in(choice_words(text), choices)
    return said if len(said) == 1 else []


def _choices_in(text: str, choices: tuple[str, ...]) -> list[str]:
    """The choices each part of `text` names, as `choices_named` reads them."""
    named = []
    for part in filter(None, map(_plain, SEPARATORS.split(BRACKETED.sub("", text)))):
        found = [c for c in choices if any(
            part.startswith(word) and GENERIC_AFTER.fullmatch(part, len(word))
            for word in map(_plain, (c, *WORDS_OF_TYPE.get(c, ()))))]
        if len(found) != 1:
            return []
        named += [found[0]] if found[0] not in named else []
    return named


def navigation_word(text: str) -> str | None:
    """The navigation word `text` is, if it is one: such a text is never an answer."""
    if len(text) > LONGEST_LABEL:
        return None
    typed = _plain(text)
    return typed if typed in NAVIGATION else None


def names_a_column(text: str, titles: tuple[str, ...]) -> bool:
    """A column's title typed at a question (部署总数 at 所属行业) is meant to open that item,
    and is never an answer."""
    return len(text) <= LONGEST_LABEL and _plain(text) in _plain_all(titles)


@cache
def _plain_all(titles: tuple[str, ...]) -> frozenset[str]:
    """Worked out once: every typed answer is checked against the same titles."""
    return frozenset(map(_plain, titles))


def _item_numbered(screen: Screen, text: str) -> actions.Action | None:
    """On the summary, the item of a number said as people say it: 第8项, 8项, 第八项."""
    typed = typed_columns(text)
    if typed is None or not typed.single:
        return None
    wanted = actions.Edit(typed.numbers[0])
    return next((b.action for row in screen.choices for b in row if b.action == wanted), None)


def column_partly_named(text: str, titles: tuple[str, ...]) -> int | None:
    """The index of the one title holding the typed words (产品类型, 联合体): a column is often
    called by part of its long title, or by a name of `COLUMN_NAMES`. Words in two titles (类型)
    name none."""
    typed = _plain(text)
    typed = _plain(COLUMN_NAMES.get(typed, typed))
    if len(typed) < 2:
        return None
    found = [at for at, title in enumerate(titles) if typed in _plain(title)]
    return found[0] if len(found) == 1 else None


def _item_partly_named(screen: Screen, typed: str) -> actions.Action | None:
    """On the summary, the item `column_partly_named` by the typed words."""
    items = [b for row in screen.choices for b in row if isinstance(b.action, actions.Edit)]
    at = column_partly_named(typed, tuple(_plain(b.label).lstrip("0123456789") for b in items))
    return None if at is None else items[at].action


def _spellings(label: str) -> set[str]:
    """A numbered item's label (✏️ 4 行业/方向, ☐ 10 部署总数) may be typed whole, as its
    number or as its title."""
    plain = _plain(label)
    title = plain.lstrip("0123456789")
    number = plain[: len(plain) - len(title)]
    return {plain, title, number} if number and title else {plain}


def _plain(text: str) -> str:
    """Letters and digits only: emoji, ☐/☑, spaces and punctuation are how a label is drawn
    or typed, not what it says."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKC", text) if unicodedata.category(ch)[0] in "LN"
    ).casefold()
