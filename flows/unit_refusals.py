"""用户单位 answers that name no deploying unit though they read as a name: a name in Latin
letters only, and the 工信 department that coordinates the report.

A unit registered in China is registered under a Chinese name (mixed with Latin letters at
most: ABB（中国）有限公司): Suzhou, a place's pinyin, is refused; any other name in Latin letters
(Siemens, Hengyuan Robotics Co., Ltd.) may be the one the engineer knows the unit by, so it is
kept and asked about once (`latin_name_asked`): 保持不变 keeps it, the Chinese name replaces
it. The 工业和信息化 department (苏州市工信局) organises and submits the plan, the 报送 side of
it; the 用户单位 is the site deploying the robots (填写说明 2), so the department is told apart
and the deploying unit asked for."""

import re
from collections.abc import Mapping
from typing import Any

from flows.org_names import Unsure
from flows.user_units import NAME_ASKED

# Latin letters, perhaps with digits, spaces and the marks of a company's name (Bosch Rexroth,
# A.O. Smith, Johnson & Johnson), and no Chinese character.
LATIN_ONLY = re.compile(r"[A-Za-z][A-Za-z0-9\s&.,'’()（）\-]*")
# Pinyin of places a unit is in: Jiangsu, its cities and county-level cities, and the cities
# most often typed besides; with or without its 市 (shi, city).
PLACES = re.compile(
    r"(?:jiangsu|nanjing|wuxi|xuzhou|changzhou|suzhou|nantong|lianyungang|huai'?an|yancheng"
    r"|yangzhou|zhenjiang|taizhou|suqian|kunshan|jiangyin|changshu|zhangjiagang|taicang|yixing"
    r"|wujiang|shanghai|beijing|shenzhen|hangzhou|guangzhou|hefei|ningbo)"
    r"(?:\s*(?:shi|city))?", re.I)
PINYIN_PLACE = ("“{name}”像是地名的拼音，不是用户单位的名称，没有保存。所在城市在上一步已填写；"
                + NAME_ASKED)
LATIN_NAME = ("已记录用户单位“{name}”。在国内登记的单位，营业执照上的名称是中文的（可含外文字母，"
              "如“ABB（中国）有限公司”）：请发送营业执照上的中文全称，将替换上面的记录；"
              "确是营业执照上的名称，请点“保持不变”。")

# The 工业和信息化 department of a province, city or county, in full or short, or its former
# names (经信委, 经济和信息化局): the coordinating side of the report.
COORDINATING = re.compile(r"(?:工业和信息化|工信|经济和信息化|经信)(?:局|厅|委员会|委|部)$")
A_COORDINATOR = ("“{name}”是工业和信息化主管部门，负责组织报送，"
                 "不是部署机器人的用户单位，没有保存。用户单位是提供实景实训空间、"
                 "部署人形机器人与具身智能产品的单位（填写说明 2）。"
                 + NAME_ASKED)


def latin_unit(text: str) -> str | None:
    """Why a place's pinyin typed as the unit's name (Suzhou) is refused."""
    name = text.strip()
    return PINYIN_PLACE.format(name=name) if PLACES.fullmatch(name) else None


def latin_name_asked(answers: Mapping[str, Any]) -> str | None:
    """The echo of a unit's name saved in Latin letters only (Siemens), asking once for the
    Chinese name as registered; None for a name holding any Chinese character."""
    name = (answers.get("enterprise") or "").strip()
    if not LATIN_ONLY.fullmatch(name) or len(re.findall("[A-Za-z]", name)) < 2:
        return None
    return Unsure(LATIN_NAME.format(name=name))


def coordinating_unit(text: str) -> str | None:
    """Why the 工信 department (苏州市工信局, 江苏省工业和信息化厅) is no 用户单位."""
    name = re.sub(r"\s+", "", text).rstrip("。.")
    return A_COORDINATOR.format(name=name) if COORDINATING.search(name) else None
