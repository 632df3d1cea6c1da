"""Names typed at 用户单位 that name no organisation: a sector or a scenario's words.

A unit's name is any name, so only what no unit is called is refused: words every scenario or
industry uses and nothing else (智能制造, 具身智能示范), an object numbered as a plant numbers
its furnaces (1号高炉), or a name of six characters or more ending with a task, perhaps with 服务
or 示范 after it (光伏组件清洗, 社区养老中心助餐送餐服务, 人形机器人汽车总装). A unit said short
(汇川技术, 南京地铁, 航空工业) keeps a word of its own, is a group's listed short name, or is too
short to be a scenario's name, and is saved.
"""

import re

from flows.central_enterprises import listed_group
from flows.name_lookalikes import REGION
from flows.names import FILLER, GENERIC, PUNCTUATION, TASK_ENDING, THINGS, WORKSHOP_ENDING
from flows.user_units import ORGANISATION_END, SCENARIO_AS_UNIT

SECTOR_AS_UNIT = ("“{name}”像是行业或方向的说法，不是单位名称，没有保存。所属行业在第 4 步填写。"
                  "请填写用户单位全称（与营业执照一致），例如“XX汽车部件有限公司”。")
OBJECT_AS_UNIT = ("“{name}”像是场景里的设备或场所，不是单位名称，没有保存。场景名称在第 3 步填写。"
                  "请填写用户单位全称（与营业执照一致），例如“XX钢铁股份有限公司”。")
METRICS_AS_UNIT = ("“{name}”像是技术指标的名称，不是单位名称，没有保存。技术指标在第 5 步填写，"
                   "并写明数值（如“识别准确率≥98%”）。请填写用户单位全称（与营业执照一致），"
                   "例如“XX汽车部件有限公司”。")
# Names of indicators (识别准确率、续航时间), alone or listed: no unit's name ends so.
METRIC = re.compile(r"\w{0,8}(?:率|精度|误差|节拍|时长|续航|寿命|速度|载荷|负载|噪声|噪音"
                    r"|(?:续航|响应|运行|工作|作业|换型|充电|切换|处理|巡检)时间)")
METRICS_LISTED = re.compile(rf"{METRIC.pattern}(?:\s*[、，,/；;]\s*{METRIC.pattern})*")
# A numbered object (1号高炉, 3号机组); a shop (1号店) may be a brand.
NUMBERED = re.compile(r"\d+\s*号\w*(?<!店)")
# Tasks a name may end with besides `names.TASK_ENDING`'s, and the words after a task a
# scenario's name adds (…送餐服务, …巡检示范).
TASK_END = re.compile(rf"(?:{TASK_ENDING.pattern[:-1]}|清洗|搜救|{WORKSHOP_ENDING.pattern[:-1]})"
                      r"(?:服务|应用|示范|项目)*$")
# A unit's short name is seldom this long; a scenario's name with its object is.
SCENARIO_LENGTH = 6


def unit_lookalike(name: str) -> str | None:
    """Why `name` is a sector's words, indicators' names, a numbered object or a scenario rather
    than a unit; None for whatever may be a unit's name: one an organisation ends (5G应用创新
    中心), or a listed group's short name."""
    compact = PUNCTUATION.sub("", name)
    if not compact or ORGANISATION_END.search(compact) or listed_group(compact):
        return None
    if METRICS_LISTED.fullmatch(name.strip().rstrip("。.")):
        return METRICS_AS_UNIT.format(name=name.strip())
    if NUMBERED.fullmatch(compact):
        return OBJECT_AS_UNIT.format(name=compact)
    if not _content(compact):
        return SECTOR_AS_UNIT.format(name=compact)
    if len(compact) >= SCENARIO_LENGTH and TASK_END.search(compact):
        return SCENARIO_AS_UNIT.format(name=compact)
    return None


def _content(compact: str) -> str:
    """What is left of `compact` once the words every scenario or industry uses are gone; a
    region (华东医药) and a thing (服务器) are a unit's own words."""
    kept = GENERIC.sub(lambda word: word.group() if word.group() in THINGS
                       or REGION.fullmatch(word.group()) else "", compact)
    return FILLER.sub("", kept)
