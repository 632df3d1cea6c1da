"""What a question is: its kind of answer and the parts that say how it is asked and checked.

The questions themselves, in order, are in `questionnaire.py`.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from flows.row import COLUMNS

DESCRIPTION = dict(COLUMNS)["description"]  # the one column answered in sentences


class Kind(StrEnum):
    TEXT = "text"  # typed text
    NAMES = "names"  # one or more names separated by 、
    NUMBER = "number"  # a whole number, Chinese numerals accepted
    CHOICE = "choice"  # exactly one button
    CHOICE_OR_TEXT = "choice_or_text"  # a suggestion button, or type your own
    MULTI = "multi"  # toggle buttons, then 完成
    PRODUCTS = "products"  # toggle a product type, pick its form, then 完成


@dataclass(frozen=True)
class Field:
    key: str
    step: int
    column: str
    prompt: str
    hint: str
    kind: Kind
    rule: Any
    choices: tuple[str, ...] = ()
    forms: dict[str, tuple[str, ...]] | None = None
    required: bool = True
    help: str = ""
    # Which part of its column this question asks, where the column has several (用户单位 =
    # 所在城市 + 企业全称), so a change to it can be named precisely.
    part: str = ""
    # Asked only when this returns True for the answers so far (None: always asked).
    ask_if: Callable[[Mapping[str, Any]], bool] | None = None
    # Answers that follow from this one and are asked again when it changes; cleared, unless
    # the engineer's own words are among them (Questionnaire.cleared).
    resets: tuple[str, ...] = ()
    # A notice shown after a valid answer, from the answers with it: e.g. the indicators
    # recognised so far.
    feedback: Callable[[Mapping[str, Any]], str | None] | None = None
    # The notice when a typed answer is saved as another spelling of it (江苏省工信厅 as the
    # default 江苏省工业和信息化厅), from what was typed and what is saved: seen, not unseen.
    read_as: Callable[[str, Any], str | None] | None = None
    # The notice when what was typed with a saved answer disagrees with an earlier answer (人形10台
    # when step 7 ticks only 四足), from what was typed and the answers saved with it.
    differs: Callable[[str, Mapping[str, Any]], str | None] | None = None
    # A choice question whose typed answer answers that question instead, as if its first
    # choice had been pressed: at 是否补充指标, typing the missing indicator means 补充 it.
    typed_answers: str = ""
    # Why typed words are not taken as the answer (at an offer: as the answer of the question
    # it leads to), from the answers so far: at 是否补充指标, words that add no missing dimension
    # were most likely meant for the next question; at 补充指标, words restating the indicators.
    typed_refusal: Callable[[Mapping[str, Any], str], str | None] | None = None
    # Reads a whole cell pasted as this answer into the answers of this and later questions
    # (a description with 技术指标：… 预期成效：…), so each lands where the template shows it.
    splits: Callable[[str], dict[str, str]] | None = None

    @property
    def title(self) -> str:
        """用户单位（企业全称）: the column, and the part of it this question asks."""
        return f"{self.column}（{self.part}）" if self.part else self.column

    def refused(self, answers: Mapping[str, Any], text: str) -> str | None:
        return self.typed_refusal(answers, text) if self.typed_refusal else None

    def asked(self, answers: Mapping[str, Any]) -> bool:
        return self.ask_if is None or self.ask_if(answers)

    @property
    def multi(self) -> bool:
        """Answered by ticking buttons, then 完成."""
        return self.kind in (Kind.MULTI, Kind.PRODUCTS)

    @property
    def short(self) -> bool:
        """Answered in a few words (a unit, a name, 行业, a member, a number, a product), where a
        question is never part of the answer, as it may be of the description's sentences."""
        return self.column != DESCRIPTION

    @property
    def takes_text(self) -> bool:
        return self.kind not in (Kind.CHOICE, Kind.MULTI, Kind.PRODUCTS)

    def has_choice(self, index: int) -> bool:
        return 0 <= index < len(self.choices)
