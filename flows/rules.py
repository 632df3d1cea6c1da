"""Reusable answer rules as pydantic types, each failing with a Chinese message for the engineer.

Every rule accepts both what an engineer types (`"十台"`, `"A、B"`) and what is already stored
(`10`, `["A", "B"]`), so the same type validates a chat answer, a stored draft and an
imported spreadsheet row.
"""

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, TypeAdapter, ValidationError
from pydantic_core import PydanticCustomError

from flows.coaching import indicator_problem
from flows.counts import CountError, read_count
from flows.empty_answers import PLACEHOLDER, STAND_IN, STAND_IN_FOUND, says_nothing
from flows.labels import BULLET
from flows.member_refusals import (
    goal_problem,
    heading_problem,
    label_problem,
    members_table_problem,
)
from flows.org_names import CHINESE_NUMBERING, a_count, split_names, task_problem
from flows.pasted_tables import cells_joined
from flows.spoken_endings import without_full_stop
from flows.tech_products import MAX_COUNT, product_problem, product_text
from flows.typed_forms import half_width, items_unquoted, unquoted
from flows.typed_replies import CONFIRMED
from flows.unit_brackets import unit_name
from flows.voice_pauses import SPOKEN_DECIMAL, SPOKEN_PAUSE, units_joined, without_pauses

_NOT_WORDS = re.compile(r"^[\d\W_]+$")
# A list's mark before one name: a bullet, or a number ending in a mark (1. 1、 （1） 一、); not a
# number the name begins with (1.5T电池包, 1、2号线, 一、二号高炉, ①号线).
LIST_MARK = re.compile(r"^\s*(?:[•·●▪◦■◆▶]|[*\-](?=\s)|(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）])"
                       rf"(?![\d一二三四五六七八九十])|{CHINESE_NUMBERING}|[①-⑳](?=\s))\s*")
# A bullet starting a line of a description part (● 料箱识别准确率…): a mark of the layout it
# was copied from, glued to the label in the cell (技术指标：● …); not a sign or a diameter
# (-20℃, Ø 50mm). Numbers (1. 2.) stay: they order the items.
_SIGN_OR_BULLET = r"[*+\-–Ø]"  # a sign or a diameter before a number (- 20℃, +5V, Ø 50mm)
LINE_BULLET = re.compile(rf"(?m)^[ \t\u3000]*(?:(?!{_SIGN_OR_BULLET}){BULLET}"
                         rf"|{_SIGN_OR_BULLET}(?![ \t\u3000]*[\d.．]))[ \t\u3000]*")

TOO_SHORT = "too_short"  # the kind of error of an answer under its minimum length


def fail(message: str, kind: str = "intake") -> PydanticCustomError:
    """A validation error whose text is shown to the engineer as is."""
    return PydanticCustomError(kind, message.replace("{", "{{").replace("}", "}}"))


def clean_text(value: Any) -> str:
    """Collapse what phones add (NUL, control characters, stray spaces, full-width digits and
    letters, quote marks around the whole answer: `typed_forms`) and reject blanks."""
    if not isinstance(value, str):
        raise fail("请用文字回答。")
    kept = "".join(
        ch for ch in value if ch in "\n\t\u200d" or unicodedata.category(ch)[0] != "C"
    )
    text = unquoted("\n".join(line.strip() for line in half_width(kept).strip().splitlines()))
    if not text:
        raise fail("回答不能为空，请重新输入。")
    return text


TOO_LONG = "内容过长：最多 {max_length} 字，您输入了 {length} 字，请精简后重新发送。"


def text(max_length: int, *, min_length: int = 2) -> Callable[[Any], str]:
    """A free-text answer of bounded length that says something in words."""

    def check(value: Any) -> str:
        cleaned = clean_text(value)
        if len(cleaned) > max_length:
            raise fail(TOO_LONG.format(max_length=max_length, length=len(cleaned)))
        if _NOT_WORDS.match(cleaned):
            raise fail("这里需要文字说明，不能只填数字或符号。")
        if says_nothing(cleaned):
            raise fail(PLACEHOLDER.format(text=cleaned))
        if stand_in := STAND_IN.search(cleaned):
            raise fail(STAND_IN_FOUND.format(mark=stand_in.group()))
        if len(cleaned) < min_length:
            raise fail(f"内容过短：至少 {min_length} 个字。", TOO_SHORT)
        return cleaned

    return check


def prose(max_length: int, *, min_length: int = 2) -> Callable[[Any], str]:
    """A part of the description, without the pauses voice input leaves in Chinese (目前 变电站
    夜间巡检 ，每次), in a spoken decimal (99 . 5) and after a number (15 公斤, 1.2 米 / 秒,
    99.5 % ，): the official table holds the words, not the pauses; nor the bullets lines were
    copied with. Lines, and spaces beside Latin words and before numbers (Isaac Sim, GB 11291,
    ≤ 15秒), stay. A table of members is refused before its cells are joined, and any other
    table keeps its cells apart (`cells_joined`)."""
    check = text(max_length, min_length=min_length)

    def cleaned(value: Any) -> str:
        if not isinstance(value, str):
            return without_pauses(check(value))
        if problem := members_table_problem(value):
            raise fail(problem)
        return without_pauses(check(cells_joined(LINE_BULLET.sub("", value))))

    return cleaned


def indicators(max_length: int) -> Any:
    """Indicators, 4 characters at least, stating one; an answer too short that states none
    (精度高, 速度快) is told why it is no indicator, with examples, not only that it is short."""
    check = prose(max_length, min_length=4)

    def coached(value: Any) -> str:
        try:
            return check(value)
        except PydanticCustomError as error:
            if error.type != TOO_SHORT or not (problem := indicator_problem(value)):
                raise
            raise fail(problem) from None

    return rule(coached, indicator_problem)


def product(max_length: int) -> Callable[[Any], str]:
    """One of the four products, without the pauses voice input leaves in a number and before
    its unit (99 . 5 %, 15 公斤, 1.2 米 / 秒). Unlike `prose` the spaces between words stay: the
    cell parts its items with spaces (恒远灵巧手 恒远关节模组, 甲 关键零部件：乙), and gluing two
    names into one changes what was named, while a voice pause left in one name does not.
    A count of the robots deployed is no product (tech_products), nor a reply to the bot; an
    item labelled 其他 saying there is none (其他：无) is no item at all.
    """
    check = text(max_length)
    refuse = _raising(lambda answer: said_to_the_bot(answer) or product_problem(answer))
    return lambda value: without_full_stop(refuse(units_joined(SPOKEN_DECIMAL.sub(  # 恒远灵巧手。
        ".", items_unquoted(check(
            product_text(value) if isinstance(value, str) else value))))))


def said_to_the_bot(answer: str) -> str | None:
    """Why a yes said to the bot (好的, 可以, ok, 没问题) is refused at an optional free-text
    question: with no echo there to confirm, it would be saved as the answer. Not a
    placeholder: elsewhere such a word is refused in that question's own terms, and an
    imported cell holding it is no empty one."""
    return PLACEHOLDER.format(text=answer) if CONFIRMED.fullmatch(answer) else None


def name(max_length: int, *, min_length: int = 2) -> Callable[[Any], str]:
    """A name that goes into the official table (a unit, a scenario, an industry), without
    what voice input adds: a pause between two Chinese words as a space, and a full stop after
    it (an English name keeps its spaces, and "Ltd." its period); nor the mark of the list it
    was copied from (1. 电池包下线测试, • 恒远…)."""
    check = text(max_length, min_length=min_length)
    return lambda value: unquoted(  # 「…」。: a full stop after the quoted name
        SPOKEN_PAUSE.sub("", check(_unlisted(value))).rstrip("。；;，,！! "))


def _unlisted(value: Any) -> Any:
    return LIST_MARK.sub("", value, count=1) if isinstance(value, str) else value


# A yes said where nothing is kept: at a member question answered, a yes said to the answer
# on screen is refused with its 保持不变 (member_refusals.yes_to_members).
REPLY_NOT_A_MEMBER = "“{text}”不是单位名称，没有保存。请发送联合体成员单位的名称，多家用“、”分隔。"


def names(max_length: int, key: str, max_items: int = 20) -> Callable[[Any], list[str]]:
    """One or more organisation names, typed with 、, commas, lines or spaces between them, at
    the `key` question (整机企业 or 其他成员), which a refusal may send to the other."""
    one_name = unit_name(name(max_length))  # …有限公司（盖章）, …有限公司吧: the name alone

    def check(value: Any) -> list[str]:
        typed = not isinstance(value, list)
        items = split_names(items_unquoted(clean_text(value))) if typed else value
        cleaned = [one_name(item) for item in items if isinstance(item, str) and item.strip()]
        if not cleaned:
            raise fail("请至少填写一个单位名称。")
        if quantity := next(filter(None, map(a_count, cleaned)), None):
            raise fail(f"“{quantity}”是数量，不是单位名称。请填写联合体成员单位的全称。")
        if reply := next((item for item in cleaned if CONFIRMED.fullmatch(item)), None):
            raise fail(REPLY_NOT_A_MEMBER.format(text=reply))  # 好的 to the bot
        if problem := (heading_problem(cleaned) or goal_problem(cleaned)
                       or label_problem(cleaned, key) or task_problem(cleaned)):
            raise fail(problem)
        if len(cleaned) > max_items:
            raise fail(f"最多填写 {max_items} 个单位。")
        return list(dict.fromkeys(cleaned))

    return check


def count(value: Any) -> int:
    """A positive whole number of machines: `10`, `10台`, `十台`, `约一百二十台`."""
    if isinstance(value, bool):
        raise fail("请填写台数，例如：10 或 10台。")
    if isinstance(value, int):
        number = value
    else:
        try:
            number = read_count(clean_text(value))
        except CountError as error:
            raise fail(str(error)) from None
    if number <= 0:
        raise fail("部署总数必须大于 0 台。")
    if number > MAX_COUNT:
        raise fail(f"部署总数不能超过 {MAX_COUNT} 台，请核对。")
    return number


def one_of(choices: tuple[str, ...], examples: str = "") -> Callable[[Any], str]:
    def check(value: Any) -> str:
        picked = clean_text(value)
        if picked not in choices:
            raise fail("请点击下方按钮选择：" + " / ".join(choices) + "。" + examples)
        return picked

    return check


def some_of(choices: tuple[str, ...]) -> Callable[[Any], list[str]]:
    """A multi-select answer: at least one of the choices, kept in the template's order."""

    def check(value: Any) -> list[str]:
        picked = value if isinstance(value, list) else []
        if not picked:
            raise fail("请至少选择一项，再点“完成”。")
        if any(item not in choices for item in picked):
            raise fail("选项无效，请点击下方按钮重新选择。")
        return [choice for choice in choices if choice in picked]

    return check


def forms_of(forms: dict[str, tuple[str, ...]]) -> Callable[[Any], dict[str, str]]:
    """Product types, each with one of its forms; at least one type."""

    def check(value: Any) -> dict[str, str]:
        picked = value if isinstance(value, dict) else {}
        if not picked:
            raise fail("请至少选择一种产品类型及其形态，再点“完成”。")
        for product, form in picked.items():
            if form is None and product in forms:  # announced, its form never picked
                raise fail(f"“{product}”还没有选择形态，不能勾选：请点击它选择形态"
                           f"（{' / '.join(forms[product])}），不选该类型请在形态选择中点“取消”。")
            if form not in forms.get(product, ()):
                raise fail(f"“{product}：{form}”不是模板中的选项，请重新选择。")
        return {product: picked[product] for product in forms if product in picked}

    return check


def rule(check: Callable[[Any], Any], *problems: Callable[[str], str | None]) -> Any:
    """Wrap a check, and further checks that name a problem, as one `Annotated` type."""
    validators = [BeforeValidator(check)]
    validators += [AfterValidator(_raising(problem)) for problem in problems]
    return Annotated[Any, *validators]


def read_as_typed(problem: Callable[[str], str | None], check: Callable[[Any], Any]
                  ) -> Callable[[Any], Any]:
    """`check`, once `problem` has read the text as typed: a refusal quoting it keeps its line
    breaks (总装↵场景描述：…), which `check` takes out with the pauses of voice input."""
    refuse = _raising(problem)
    return lambda value: check(refuse(value.strip()) if isinstance(value, str) else value)


def _raising(problem: Callable[[str], str | None]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if message := problem(value):
            raise fail(message)
        return value

    return check


def first_error(type_: Any, value: Any) -> tuple[Any, str | None]:
    """Validate `value`; return the cleaned value, or None and the Chinese message."""
    try:
        return _adapter(type_).validate_python(value), None
    except ValidationError as error:
        return None, error.errors()[0]["msg"]


def too_short(type_: Any, value: Any) -> bool:
    """Refused by `type_` only for being under its minimum length."""
    try:
        _adapter(type_).validate_python(value)
    except ValidationError as error:
        return error.errors()[0]["type"] == TOO_SHORT
    return False


@cache
def _adapter(type_: Any) -> TypeAdapter:
    """Building a TypeAdapter costs far more than validating: keep one per rule."""
    return TypeAdapter(type_)
