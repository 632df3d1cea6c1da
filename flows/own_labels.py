"""Each question's own label, typed before its answer (场景名称：…, 公司名称：… at a unit's
question, the column's title at a product's): the label is the engineer's way of saying which
answer this is, not part of it."""

import re

from flows.labels import COLON, NUMBERING
from flows.org_names import TRADES
from flows.row import (
    INDICATORS_LABEL,
    INNOVATION_LABEL,
    OTHER_MEMBER_KINDS,
    RESULTS_LABEL,
    TECH_PRODUCTS,
)

# How any form labels a unit's name (单位名称：, 企业全称：, 公司：).
_UNIT_NAME = "(?:企业|单位|公司)(?:全称|名称)?"
# Each question's own label, as people write it before their answer (场景名称：…), which is
# not part of the answer; the description's and the lists' labels split pastes above.
OWN_LABELS = {
    "submitting_unit": "报送单位",
    "city": "所在城市|所在地|城市|设区市",
    "enterprise": f"用户单位(?:全称|名称)?|{_UNIT_NAME}|名称|全称",
    "scenario_name": "场景名称",
    "industry": "所属行业|行业/方向|行业",
    # 方向 alone is the half of 行业/方向 this question answers, not the column's first question.
    "sub_direction": "细分方向|细分领域|方向",
    # The supplement is more of the indicators, labelled as they are.
    "indicators_more": f"(?:补充|关键|主要)?{INDICATORS_LABEL}|补充(?:的)?指标",
    "expected_results": f"{RESULTS_LABEL}|预期效果|预期效益|预期目标",
    "innovation": f"{INNOVATION_LABEL}|创新点",
    "partners": f"其[他它]联合体成员|其[他它]成员|其[他它]|{OTHER_MEMBER_KINDS}",
    "deployment_count": "部署总数|部署数量|部署台数|台数",
    **TECH_PRODUCTS,
}
# The title of the products' column as people shorten it: which column, not which product.
PRODUCTS_TITLE = "(?:可规模推广的)?(?:其他)?标志性技术产品"
PRODUCTS_NUMBER = r"第\s*(?:11|十一)\s*项"  # as the summary numbers the column
# Where the answer is a unit's name, a unit's name is labelled as at 企业全称 (公司名称：… at
# 整机企业), the question's own kind of label, not another column's. Before one of the four
# products the column's title (可规模推广的其他标志性技术产品：…) only says which column, and
# 产品名称：… what the answer is: the answer is the product asked for.
_TYPED_BEFORE = {
    **OWN_LABELS,
    **{key: "|".join(filter(None, (OWN_LABELS.get(key), _UNIT_NAME)))
       for key in ("submitting_unit", "makers", "partners")},
    **{key: f"{OWN_LABELS[key]}|{PRODUCTS_TITLE}|{PRODUCTS_NUMBER}|产品名称|产品"
       for key in TECH_PRODUCTS},
    # At its own question only: elsewhere 类型 or 应用目标 names another column.
    "expected_results": f"{OWN_LABELS['expected_results']}|应用目标",
    "scenario_type": "场景类型|类型",
    "product_types": "(?:应用部署)?产品类型",
    "deployment_goals": "(?:2026年11月)?(?:部署|整机)?应用目标|部署目标",
}
_OWN_LABEL = {key: re.compile(rf"\s*(?:{NUMBERING})?(?:【\s*(?:{labels})\s*】(?:{COLON})?"
                              rf"|(?:{labels}){COLON})\s*(?P<answer>.+)", re.S)
              for key, labels in _TYPED_BEFORE.items()}


# Voice input says the label instead of typing it (城市是苏州, 我们单位是…, 行业的话是汽车制造),
# perhaps after a hesitation (嗯，苏州). Read so only where the answer is a name, a choice or a
# count: a description may begin as a sentence of its own (行业是劳动密集型…, 嗯，这个…).
_SPOKEN_AT = ("city", "enterprise", "scenario_name", "industry", "sub_direction", "scenario_type",
              "makers", "partners", "deployment_count", *TECH_PRODUCTS)
# A hesitation or a yes only with the pause after it (嗯，嗯嗯 , 呃……, 是的，好的。): 额尔古纳市
# is a city.
_HESITATION = r"(?:[嗯呃额啊]|是[的啊是]|对的?|好的?|行|OK|ok)+[\s，,。.、…！!～~]+"
_OURS = r"(?:我们的?|我司)"  # whose label it is: 我们单位是…, 我司全称为…
# The words joining a spoken label to its answer. A name may begin with 是 or 为 (是德科技,
# 为升科技): glued to one, they join only before a whole name, as at the members' kinds
# (flows/pasted_members.py): 单位为升科技… keeps its 为, 单位是是德科技… loses the first 是.
_GLUED = rf"(?![\u4e00-\u9fff](?:{TRADES}))"
_LINK = rf"的话(?:是|[\s，,]+)|就是|叫做|[是为]{_GLUED}|叫"
# 是 said alone before the answer, as the copula of a sentence whose subject goes unsaid
# (是苏州, 就是苏州, 是，苏州, 嗯，是汽车制造业); kept before a whole name beginning with
# it (是德科技…, 就是科技…), and in 是的, 是否, 是不是, which are no copula before an
# answer. Only where no answer begins with 是 of its own: a scenario, a product or a
# 细分方向 may (是非判别质检).
_COPULA = rf"(?:就是|是{_GLUED}(?![的否不吗啊是]))[\s，,]*"
# Before a unit's name, 就是 only where no trade word follows: 就是科技有限公司 is a name.
_COPULA_BEFORE_NAME = rf"(?:就是(?!{TRADES})|是{_GLUED}(?![的否不吗啊是]))[\s，,]*"
_COPULAS = {"city": _COPULA, "industry": _COPULA, "scenario_type": _COPULA,
            "deployment_count": _COPULA, "enterprise": _COPULA_BEFORE_NAME,
            "makers": _COPULA_BEFORE_NAME, "partners": _COPULA_BEFORE_NAME}
_LINKS = {key: _LINK for key in _SPOKEN_AT} | {"scenario_type": rf"{_LINK}|选(?:的是|择)?"}
# A label spoken only: 名称叫… at 场景名称, where 名称： typed names another column's content.
_SAID = {**_TYPED_BEFORE, "scenario_name": "场景名称|场景名|名称"}
# A lead-in with no label: 我们在苏州 leaves 在苏州, which the city reads as 苏州.
_UNLABELLED = {"city": rf"{_OURS}(?:公司|单位|企业)?(?=在|位于)"}
_SPOKEN = {key: re.compile(
    rf"\s*(?P<hesitation>(?:{_HESITATION})*)\s*"
    rf"(?P<label>{_OURS}?(?:{_SAID[key]})\s*(?:{_LINKS[key]})\s*"
    rf"|{_UNLABELLED.get(key, '(?!)')}|{_COPULAS.get(key, '(?!)')})?"
    rf"(?P<answer>.+)", re.S)  # (?!): no such lead-in
    for key in _SPOKEN_AT}

def without_own_label(key: str, text: str) -> str:
    """The answer typed after its question's own label (预期成效：减少4人 → 减少4人), or after
    the label spoken and any hesitation before it (嗯，城市是苏州 → 苏州)."""
    text = _unspoken(key, text)
    own = _OWN_LABEL.get(key)
    match = own.fullmatch(text) if own else None
    return match["answer"] if match else text


def _unspoken(key: str, text: str) -> str:
    """`text` after its spoken lead-in, if it has one; as it was otherwise."""
    spoken = _SPOKEN.get(key)
    match = spoken.fullmatch(text) if spoken else None
    return match["answer"] if match and (match["hesitation"] or match["label"]) else text
