"""One quantified requirement read from a description, and how the bot echoes it back.
`indicators.py` finds them; this module only holds and renders them. Pure, no I/O.
"""

from dataclasses import dataclass

from flows.unit_spellings import format_amount, format_number


@dataclass(frozen=True)
class Indicator:
    """One quantified requirement found in a description, e.g. 识别准确率 ≥ 98%."""

    text: str
    metric: str
    # one of ≥ ≤ < > = ± range tolerance options, or a bound on a ± (≤±)
    comparator: str
    # (low, high) for a range, (nominal, ±) for a tolerance, (1, 10) for the ratio 1:10, and
    # every value offered for options (续航4/6/8小时: (4, 6, 8))
    value: float | tuple[float, ...]
    unit: str
    dimension: str | None  # accuracy | efficiency | reliability
    lasting: str = ""  # how long a temperature is withstood: 持续 30 分钟

    def render(self) -> str:
        """The indicator in Chinese, as the bot echoes it back: 单次节拍 ≤ 15 秒."""
        if self.comparator == "range":
            low, high = self.value
            amount = f"{format_number(low)}～{format_amount(high, self.unit)}"
        elif self.comparator == "tolerance":
            nominal, deviation = self.value
            amount = f"{format_number(nominal)}±{format_amount(deviation, self.unit)}"
        elif self.comparator == "options":  # 4/6/8 小时, written as they were offered
            *others, last = self.value
            amount = "/".join([*map(format_number, others), format_amount(last, self.unit)])
        else:
            amount = (self.unit.join(format_number(term) for term in self.value)
                      if self.unit in (":", "×") else format_amount(self.value, self.unit))
            bound = self.comparator
            if bound.endswith("±"):  # ≤±1mm keeps the bound written before the ±
                amount, bound = "±" + amount, bound[:-1]
            if bound not in ("", "="):  # a plain value reads best without "="
                amount = f"{bound} {amount}"
        amount = f"{amount} {self.lasting}" if self.lasting else amount
        return f"{self.metric} {amount}" if self.metric else amount
