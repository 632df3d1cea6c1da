"""A scenario name as the similarity check (填写说明 5) compares it: without what two units
handing in one scenario word differently. 变电站智能巡检 and 220kV变电站巡检 are one scenario,
yet a voltage class and a 智能 made them too unlike (58.8 of 100) to be found alike at all.
What names the work (变电站, 巡检, 检修) is all kept, so different work stays apart.
"""

import re

# A voltage class (220kV, ±800千伏, 10 kV): the grid's, not the scenario's.
VOLTAGE = re.compile(r"[±+]?\d+(?:\.\d+)?\s*(?:[kK][vV]|千伏)")
# Phase labels (一期, 第二批) and any other figure (2号线, 5轴): which line or batch, not what work.
FIGURES = re.compile(r"第?[一二三四五六七八九十]+[期批]|\d+(?:\.\d+)?")
# Words any submission may add to its name, longest first: they qualify the robot or the
# programme, never the work.
FILLER_WORDS = re.compile("具身智能|人形机器人|四足机器人|机器人|机器狗|智能化|智能|智慧"
                          "|自动化|自动|无人化|数字化|应用|场景|示范")
PUNCTUATION = re.compile(r"[\W_]+")


def compared_name(name: str) -> str:
    """`变电站巡检` for 220kV变电站智能巡检（二期）; the name as written, but for punctuation, when
    nothing else is left (智能机器人应用), as two such names are no more alike than written."""
    plain = PUNCTUATION.sub("", name)
    kept = FILLER_WORDS.sub("", FIGURES.sub("", VOLTAGE.sub("", plain)))
    return kept or plain
