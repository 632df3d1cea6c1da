"""The 工作计划表 row: its fixed vocabulary and how a draft's answers become the template's cells.

The questionnaire stores one answer per question (see `questionnaire.py`); this module turns
those answers into the twelve cells of one template row, written exactly as the official
template writes them. The summary card, the review card and the xlsx export all show these
same texts, so an engineer sees on the phone what the ministry will read.
"""

import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

from flows.labels import Parts, faithful, label_pattern, line_ends_dropped
from flows.typed_forms import unquoted

SCENARIO_TYPES = ("工业", "服务", "特种")
# The notice's focus areas by the type they belong to (the question's hint lists them): typed,
# each names its type.
SCENARIO_AREAS = {
    "工业": ("生产制造", "检测分析", "维修维护", "仓储物流"),
    "服务": ("餐饮零售", "医疗康养"),
    "特种": ("安全生产", "应急救援", "防灾减灾"),
}
# Fields outside the notice's list whose work fixes the type as surely as an area does (a
# 消防救援 or 排爆 row is 特种, a 养老服务 one 服务): typed, each names its type too. Not 电力巡检
# or 安防巡逻, which are 特种 in one row and 工业 or 服务 in the next.
TYPE_FIELDS = {
    "服务": ("公共服务", "商业服务", "医疗服务", "养老服务"),
    "特种": ("消防救援", "抢险救援", "排爆", "危化品处置"),
}
# What a typed word may name a type by: the type's areas, then its fields.
WORDS_OF_TYPE = {kind: areas + TYPE_FIELDS.get(kind, ()) for kind, areas in SCENARIO_AREAS.items()}

# Product type -> the forms the template offers for it (填写说明 7, 可多选).
PRODUCT_FORMS: dict[str, tuple[str, ...]] = {
    "人形机器人": ("足式", "轮式", "其他"),
    "四足机器人": ("足式", "轮式", "其他"),
    "其他类型产品": ("仿人形机器人", "仿四足机器人"),
}

# How an unticked product type lists its forms in the template.
PRODUCT_FORMS_BLANK = {
    "人形机器人": "足式/轮式/其他",
    "四足机器人": "足式/轮式/其他",
    "其他类型产品": "仿人形/仿四足机器人",
}

DEPLOYMENT_GOALS = (
    "完成本单位内同类场景复制部署",
    "完成行业内同场景复制部署",
    "完成跨行业/跨领域场景应用",
)

# 可规模推广的其他标志性技术产品: answer key -> label in the cell.
TECH_PRODUCTS = {
    "model_algorithm": "模型算法",
    "operating_system": "操作系统",
    "simulation_platform": "仿真平台",
    "key_components": "关键零部件",
}

MAKERS_LABEL = "整机企业（或应用服务商）"
PARTNERS_LABEL = "其他"
# Members people name by their kind (填写说明 8: 整机企业（或应用服务商）、科研院所等): in the
# template all but the 整机企业 are 其他, so 科研院所：… is read as 其他：….
OTHER_MEMBER_KINDS = ("科研院所|科研机构|研究机构|高等院校|高校院所|高校|零部件(?:企业|供应商|厂商)"
                      "|配套(?:企业|单位)|供应链企业|(?:系统)?集成商|(?:模型)?算法企业|软件企业"
                      "|合作单位|参与单位")
# A member whose name ends as a university's or an institute's (江南大学, XX研究院) is of those
# kinds, so 其他 too, wherever a list leaves its kind unsaid. Not an institute's short name
# (十四所, 中科院自动化所): moved from 整机企业, it was lost when the engineer then typed the
# other members in its place, and a 所 may be a service firm's (检测所, 设计所).
OTHER_MEMBER_NAME = re.compile(
    r"(?:大学|学院|学校|研究院|研究所|实验室|研究中心)(?:[（(][^（）()]*[）)])?$")
INDICATORS_LABEL = "技术指标"
RESULTS_LABEL = "预期成效"
INNOVATION_LABEL = "差异化创新点"
# The labels this program writes, in the order it writes them: read back from a cell, they give
# the same answers again.
WRITTEN_DESCRIPTION = {
    "indicators": INDICATORS_LABEL, "expected_results": RESULTS_LABEL,
    "innovation": INNOVATION_LABEL,
}
DESCRIPTION_LABELS = label_pattern({key: re.escape(label)
                                    for key, label in WRITTEN_DESCRIPTION.items()})
CHECKED, UNCHECKED = "☑", "☐"
LIST_SEPARATOR = "、"
COUNT_UNIT = "台"
SUPPLEMENT_JOIN = "；"  # between the indicators and the supplement the chat asked for

# Template columns in order; the cell keys used by `row_cells`.
COLUMNS = (
    ("index", "序号"),
    ("submitting_unit", "报送单位"),
    ("user_unit", "用户单位"),
    ("scenario_name", "场景名称"),
    ("industry", "行业/方向"),
    ("description", "场景描述与关键技术要求"),
    ("scenario_type", "场景类型"),
    ("product_types", "应用部署产品类型"),
    ("consortium", "创新应用联合体成员"),
    ("deployment_goals", "整机应用目标"),
    ("deployment_count", "部署总数"),
    ("tech_products", "可规模推广的其他标志性技术产品"),
)

# Answer key -> the cell key (of `COLUMNS`) it is written into.
ANSWER_CELL = {
    "submitting_unit": "submitting_unit",
    "city": "user_unit",
    "enterprise": "user_unit",
    "scenario_name": "scenario_name",
    "industry": "industry",
    "sub_direction": "industry",
    "pain_point": "description",
    "indicators": "description",
    "indicators_more": "description",
    "expected_results": "description",
    "innovation": "description",
    "scenario_type": "scenario_type",
    "product_types": "product_types",
    "makers": "consortium",
    "partners": "consortium",
    "deployment_goals": "deployment_goals",
    "deployment_count": "deployment_count",
    **{key: "tech_products" for key in TECH_PRODUCTS},
}


def user_unit_cell(answers: Mapping[str, Any]) -> str:
    """`苏州市/XX有限公司`, as the template's sample writes 用户单位."""
    parts = [answers.get("city"), answers.get("enterprise")]
    return "/".join(p for p in parts if p)


def industry_cell(answers: Mapping[str, Any]) -> str:
    parts = [answers.get("industry"), answers.get("sub_direction")]
    return "/".join(p for p in parts if p)


def indicators_text(answers: Mapping[str, Any]) -> str:
    """The technical indicators with their supplement, as the cell shows them."""
    indicators = answers.get("indicators") or ""
    if more := answers.get("indicators_more"):
        indicators = f"{indicators.rstrip('。；;，,. ')}{SUPPLEMENT_JOIN}{more}"
    return indicators


def supplement_splits(text: str) -> Iterator[dict[str, str]]:
    """The indicators and supplement `indicators_text` could have joined into `text`, the
    longest indicators first: a cell holds them as one text, the chat as two answers."""
    for at in reversed([match.start() for match in re.finditer(SUPPLEMENT_JOIN, text)]):
        split = {"indicators": text[:at], "indicators_more": text[at + 1 :]}
        if all(split.values()) and indicators_text(split) == text:
            yield split


def description_cell(answers: Mapping[str, Any]) -> str:
    """The description answers as paragraphs of one cell, labelled like the sample."""
    paragraphs = [
        answers.get("pain_point") or "",
        _labelled(INDICATORS_LABEL, indicators_text(answers)),
        _labelled(RESULTS_LABEL, answers.get("expected_results")),
        _labelled(INNOVATION_LABEL, answers.get("innovation")),
    ]
    return "\n".join(p for p in paragraphs if p)


def parse_description(text: str) -> dict[str, str]:
    """The description cell back into its answers: unlabelled paragraphs are the pain point;
    技术指标：, 预期成效： and 差异化创新点： start the others."""
    text = line_ends_dropped(text, list(DESCRIPTION_LABELS.finditer(text)), (None, "indicators"))
    found = list(DESCRIPTION_LABELS.finditer(text))
    return faithful(text, found, answers_by_label, WRITTEN_DESCRIPTION, "\n", description_cell)


def answers_by_label(
    found: Parts, unlabelled: str = "pain_point", joiner: str = "\n"
) -> dict[str, str]:
    """Each labelled part under its answer's key, the unlabelled text before them under
    `unlabelled`; a label given twice adds to its part (a paragraph, or a list's item)."""
    preamble, parts = found
    answers = {unlabelled: preamble} if preamble else {}
    for key, value in parts:
        if value:
            answers[key] = joiner.join(filter(None, (answers.get(key), value)))
    return answers


def product_types_cell(answers: Mapping[str, Any]) -> str:
    return " ".join(product_boxes(answers).values())


def product_boxes(answers: Mapping[str, Any]) -> dict[str, str]:
    """Product type -> its box in the cell; a type whose form is still to be chosen is not
    ticked."""
    chosen: Mapping[str, str] = answers.get("product_types") or {}
    return {product: f"{CHECKED}{product}：{chosen[product]}" if chosen.get(product)
            else f"{UNCHECKED}{product}：{blank}"
            for product, blank in PRODUCT_FORMS_BLANK.items()}


def consortium_cell(answers: Mapping[str, Any]) -> str:
    lines = [_labelled(MAKERS_LABEL, LIST_SEPARATOR.join(answers.get("makers") or []))]
    lines.append(_labelled(PARTNERS_LABEL, LIST_SEPARATOR.join(answers.get("partners") or [])))
    return " ".join(line for line in lines if line)


def deployment_goals_cell(answers: Mapping[str, Any]) -> str:
    chosen = answers.get("deployment_goals") or []
    boxes = (f"{CHECKED if goal in chosen else UNCHECKED}{goal}" for goal in DEPLOYMENT_GOALS)
    return " ".join(boxes)


def deployment_count_cell(answers: Mapping[str, Any]) -> str:
    count = answers.get("deployment_count")
    return f"{count}{COUNT_UNIT}" if count else ""


def tech_products_cell(answers: Mapping[str, Any]) -> str:
    items = (_labelled(label, answers.get(key)) for key, label in TECH_PRODUCTS.items())
    return " ".join(item for item in items if item)


def row_cells(answers: Mapping[str, Any], index: int | str = "") -> dict[str, str]:
    """All cells of one template row, keyed like `COLUMNS`."""
    return {
        "index": str(index),
        "submitting_unit": answers.get("submitting_unit") or "",
        "user_unit": user_unit_cell(answers),
        "scenario_name": answers.get("scenario_name") or "",
        "industry": industry_cell(answers),
        "description": description_cell(answers),
        "scenario_type": answers.get("scenario_type") or "",
        "product_types": product_types_cell(answers),
        "consortium": consortium_cell(answers),
        "deployment_goals": deployment_goals_cell(answers),
        "deployment_count": deployment_count_cell(answers),
        "tech_products": tech_products_cell(answers),
    }


def _labelled(label: str, value: str | None) -> str:
    return f"{label}：{value}" if value else ""


IDENTITY = ("city", "enterprise", "scenario_name")  # what makes two rows the same scenario


def scenario_identity(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """User unit and scenario name, blind to spaces, to full-width forms and to quote marks
    around the whole: （有限公司） and (有限公司) name the same company, and 「XX有限公司」, stored
    so before quotes were dropped from answers, the one a file now names XX有限公司."""
    return tuple(
        re.sub(r"\s+", "", unquoted(unicodedata.normalize("NFKC", answers.get(key) or "").strip()))
        for key in IDENTITY
    )
