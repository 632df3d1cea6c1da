"""What a coordinator's typed words are during a return, before the return acts on them: a
button's label, a count or a share about the entry, or a word that says yes or names a
button and so is never the comment sent to the engineer.
"""

import re
import unicodedata
from dataclasses import replace

from flows import actions, menu_words
from flows.industries import ACKNOWLEDGED
from flows.item_numbers import typed_columns
from flows.screens import Button, Screen
from flows.typed_buttons import TO_ONLY_CHOICE, navigation_word, pressed
from flows.typed_replies import ACKNOWLEDGING, CONFIRMED

QUANTITY = re.compile(r"(?:\d+(?:\.\d+)?|[零一二三四五六七八九十两百]+)\s*(?:[%‰]|个)")
# Words for the return's own buttons that no other screen's label spells: 发送 for 📨 发送退回
# (typed in full, 发送退回 presses it), 删除 for dropping the comment or the return.
RETURN_WORDS = frozenset(("发送", "发出", "删除"))
# The review card's buttons (✅ 通过, ↩️ 退回修改, 🔓 重新打开 …) and the decisions said in their
# stead: about the entry, typed to the bot, never a comment for its engineer.
REVIEW_WORDS = frozenset(("通过", "审核通过", "同意", "退回修改", "重新打开", "历史记录",
                          "标记重复", "取消重复标记", "不通过", "驳回", "下一个", "查看全部"))
_DRAWN = re.compile(r"[^\w#]+")  # what draws a label (emoji, spaces), not what it says
# A long memo, which still reaches the engineer in one message (4,096 characters) with the
# title and every column flagged, and redraws in place with the columns ticked.
MAX_COMMENT = 3000
COMMENT_TOO_LONG = "退回意见最多 {limit} 字，您输入了 {length} 字，请精简后重新发送："
COMMENT_EMPTY = "退回意见不能为空，请重新输入："
COMMENT_FIRST = "请先发送退回意见，再勾选需要修改的项目、点“发送退回”。"
COMMENT_REPLACED = "已用新的文字替换退回意见。原来的意见：{comment}"
COMMENT_ADDED = ("已把这段文字接在原来的退回意见之后"
                 "（以“补充”“另外”“还有”“此外”等开头的消息都会接在后面）。")
UNSENT = "以下意见没有发出：{comment}"
NOT_A_COMMENT = "“{word}”不作为退回意见发出。"
WRITE_COMMENT = "请用文字写明需要填报人修改的内容："
COMMENT_KEPT = ("退回意见未改动：{comment}\n勾选需要修改的项目后请点“📨 发送退回”；"
                "如需改写意见，直接发送新的文字；放弃退回请点“取消”。")
_TRAILING = re.compile(r"[\s!！。.~～，,]+$")
_SENDING = re.compile(r"[\s，,]*(?:发送|发出|退回)吧?$")  # 确认发送: the yes before it
_APART = " \t\n：:，,"  # what sets 补充 or 退回 apart from the words after it
# A second message of a comment dictated in two (补充：场景名称也请写具体, 另外…, 还有…, 此外…):
# added to the comment. 补充 (再补充, 追加, 【补充】) set apart is a label, not sent; 补充材料…
# and 另外… are words, and stay.
_ADDED_BY = r"(?:(?:再|另)?(?:补\s?充|追加)(?:一下|一点|说明|意见)?|【补充】|另(?=[：:]))"
ADDING = re.compile(rf"{_ADDED_BY}|另外|还有|此外")
# /补充：… : the slash a habit of typing commands, not part of the words (no command is Chinese).
_SLASHED = re.compile(rf"[/／]\s*(?={ADDING.pattern})")
_LABEL = re.compile(rf"{_ADDED_BY}[{_APART}]+")
# A decision on the entry typed instead of pressed (通过吧, 审核通过。, 驳回, 退回，部署总数写错了).
_DECIDED = re.compile(r"(?:(?:审核|同意|可以)?通过|不?同意|拒绝|退回(?:修改)?|驳回|打回(?:重填)?)"
                      r"(?:吧|了|啦)?")
_RETURNED_WITH = re.compile(rf"(?:退回|驳回|打回)(?:修改)?[{_APART}]+\S.*", re.S)
# Said to the bot once a return has gone out, nothing for the engineer: thanks, a yes, that it
# is sent (谢谢, 辛苦了, 好的, 收到, 已退回，请查收); an emoji alone (👌) has no words at all.
_NICETY = re.compile(r"(?:谢谢(?:你|您|啦)?|多谢|感谢|辛苦(?:你|您)?(?:了|啦)?|收到|明白|了解"
                     r"|知道了|(?:已经?)?(?:退回|发送|发出)(?:了|啦)?|请?查收|麻烦了|拜托了)"
                     r"(?:呀|啊|哈|哦|的)?")
_CLAUSES = re.compile(r"[^\w]+")


def quantity(text: str) -> bool:
    """A count or a share (3个, 5%), such as answers a question about the entry: never a
    column's number, though 第三个 is one."""
    return QUANTITY.fullmatch(unicodedata.normalize("NFKC", text).strip()) is not None


def return_pressed(screen: Screen, text: str) -> actions.Action | None:
    """The button of the return's screen that `text` names; 取消退回 is 取消 said in full."""
    spelled_out = tuple((Button(f"{b.label}退回", b.action),)
                        for row in screen.choices for b in row
                        if isinstance(b.action, actions.CancelReturn))
    return pressed(replace(screen, choices=(*screen.choices, *spelled_out)), text)


def not_a_comment(text: str) -> bool:
    """A yes (确认, 好的, 是, 确定, OK, 收到, 👍, 好的👍) or a button's word (发送, 提交, 删除,
    ✅ 通过) typed alone, or a yes with 发送 or 退回 after it (确认发送, 好的，退回, 发送吧), or a
    menu's word (待审核), or no word at all (？, ❓, ❗❗): said to the bot about the comment on
    screen, never a comment for the engineer, who could not act on it. 发送 is not taken as
    📨 发送退回 pressed: a return reaches the engineer at once, so only its full label sends it."""
    said = _TRAILING.sub("", ACKNOWLEDGING.sub("", unslashed(text)).strip())
    confirmed = _SENDING.sub("", said)
    return (not re.search(r"\w", confirmed) or _yes_or_button(said) or _yes_or_button(confirmed)
            or ADDING.fullmatch(said.rstrip(_APART)) is not None  # 补充：, the rest to come
            or menu_words.command_named(text, coordinators=True) is not None)


def _yes_or_button(words: str) -> bool:
    return bool(CONFIRMED.fullmatch(words) or ACKNOWLEDGED.fullmatch(words)
                or words.casefold() in TO_ONLY_CHOICE
                or words in RETURN_WORDS or review_word(words) or navigation_word(words))


def review_word(text: str) -> bool:
    """A review card's button (✅ 通过) or a decision said in its stead (驳回), typed alone."""
    return _DRAWN.sub("", text) in REVIEW_WORDS


def pleasantry(text: str) -> bool:
    """Thanks, a yes, or that the return is sent, said alone or together (好的，谢谢), or no
    words at all (👌): nothing to add to a return just sent. 辛苦了，请尽快修改 is a follow-up."""
    clauses = [c for c in _CLAUSES.split(text) if c]
    return all(_NICETY.fullmatch(c) or CONFIRMED.fullmatch(c) for c in clauses)


def unslashed(text: str) -> str:
    """`text` without the slash typed before 补充, 另外 or the like (/补充：…): words added, as
    they are without it."""
    slash = _SLASHED.match(text)
    return text[slash.end():] if slash else text


def without_label(text: str) -> str:
    """`text` without the 补充： (再补充, 【补充】, 另：) that labels it as added words, and without
    a slash before it."""
    text = unslashed(text)
    label = _LABEL.match(text)
    return text[label.end():] if label else text


def decision_typed(text: str) -> bool:
    """A decision on an entry typed instead of pressed, no answer for a coordinator's own draft:
    通过, 审核通过, 同意, 退回, 驳回 or a review card's button alone, or 退回 (驳回) followed
    by a comma, colon or space and the comment meant for the engineer. 退回品分拣… says no
    decision: a comment is set apart from 退回 as one dictates it."""
    said = _TRAILING.sub("", text.strip()).rstrip(_APART)
    return bool(_DECIDED.fullmatch(said) or review_word(said) or _RETURNED_WITH.fullmatch(said))


def comment_after(comment: str | None, text: str, edited: bool) -> tuple[str, tuple[str, ...]]:
    """The return's comment once `text` is taken, and what to say of it: a second message that
    begins 补充, 另外, 还有 or the like (`ADDING`) is added to the comment on a new line, as a
    comment dictated in two messages is one (补充 alone is no comment, `not_a_comment`); other
    words replace it, the old comment shown. An edit corrects the message edited, and so
    replaces the comment. A slash before 补充 (/补充：…) changes none of this."""
    text = unslashed(text)
    if comment and not edited and ADDING.match(text):
        return f"{comment}\n{without_label(text)}", (COMMENT_ADDED,)
    return text, (COMMENT_REPLACED.format(comment=comment),) if comment not in (None, text) else ()


def unsent_words(screen: Screen, text: str, edited: bool) -> str | None:
    """The words of a message a return ended by (its entry moved on) before taking them, to be
    shown with its unsent comment, as they are nowhere else; none for what says nothing to the
    engineer: columns' numbers, a button's label, a yes."""
    words = text.strip()
    counted = quantity(text)
    if not words or (not counted and typed_columns(text)) or not_a_comment(words):
        return None
    return None if not edited and not counted and return_pressed(screen, text) else words


def not_a_comment_said(word: str, comment: str | None) -> tuple[str, str]:
    """Why `word` was not taken, and the comment that stands, or the comment asked for."""
    kept = COMMENT_KEPT.format(comment=comment) if comment else WRITE_COMMENT
    return NOT_A_COMMENT.format(word=word), kept


def unsent(comment: str | None) -> tuple[str, ...]:
    """The comment of a return that ends unsent, shown so it can be copied; none if unwritten."""
    return (UNSENT.format(comment=comment),) if comment else ()


def too_long(comment: str) -> str | None:
    """Why `comment` is not taken, if it is longer than one message may carry."""
    if len(comment) > MAX_COMMENT:
        return COMMENT_TOO_LONG.format(limit=MAX_COMMENT, length=len(comment))
    return None

# A return left open while the coordinator sent something else: what it still waits for.
NOT_TEXT = "请用文字输入退回意见：语音、图片和文件不会发给填报人。退回仍在进行。"
NOT_TEXT_FLAGS = "退回意见请用文字发送：语音、图片和文件不会发给填报人。退回仍在进行。"
AFTER_HELP = "退回仍在进行：请用文字输入退回意见，放弃退回请点“取消”。"
AFTER_HELP_FLAGS = "退回仍在进行：勾选需要修改的项目后请点“📨 发送退回”，放弃退回请点“取消”。"
