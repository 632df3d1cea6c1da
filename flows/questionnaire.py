"""The questionnaire: one entry per question, in the order the engineer is asked.

To reword a question, change its `prompt` or `hint`; to add a choice, add it to `choices`.
`step` is the template column the question belongs to (第 N/11 步): a column with several
parts (用户单位 = city + enterprise) has several questions with the same step.
"""

from functools import partial

from flows import continued, count_remarks, misfiled, place_replies, places, rules
from flows.bare_indicators import indicators_as_results
from flows.coaching import (
    GAP_CHOICES,
    has_innovation,
    not_filling_the_gap,
    offer_gap,
    recognised_with_supplement,
    restating,
    results_problem,
    wants_more,
)
from flows.correction_words import corrected
from flows.field import Field, Kind
from flows.industries import (
    DIRECTION_ASKED,
    HERE,
    direction_elsewhere,
    direction_problem,
    industry_and_direction,
    industry_problem,
    labelled_direction_and_industry,
)
from flows.member_answers import members_rule
from flows.member_questions import member_refusal
from flows.name_rules import corrected_rule, industry_rule, repeated, scenario_name_rule, unit_rule
from flows.org_names import recorded
from flows.other_answers import industry_named
from flows.outside_province import outside_notice
from flows.own_makers import own_unit_asked
from flows.pasted_members import parse_pasted_consortium
from flows.pastes import (
    parse_pasted_description,
    parse_pasted_indicators,
    parse_pasted_results,
    parse_pasted_tech_products,
)
from flows.product_misfiled import kind_asked
from flows.row import DEPLOYMENT_GOALS, PRODUCT_FORMS, SCENARIO_TYPES
from flows.scenario_types import TYPE_EXAMPLES, read_as_type
from flows.unit_as_scenario import unit_short_name
from flows.unit_brackets import unit_name
from flows.unit_lookalikes import unit_lookalike
from flows.unit_refusals import latin_name_asked
from flows.units import ask_meant, read_as_unit, submitting_unit
from flows.user_units import NAME_ASKED, place_as_unit, user_unit_problem

JIANGSU_CITIES = (
    "南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市", "连云港市",
    "淮安市", "盐城市", "扬州市", "镇江市", "泰州市", "宿迁市",
)

INDUSTRIES = (
    "电子信息制造业", "汽车制造", "装备制造", "电力", "石化化工", "医药", "钢铁冶金",
    "仓储物流", "餐饮零售", "医疗康养", "安全生产", "应急救援", "防灾减灾",
)

STEPS = 11
# What a 用户单位 is refused as, however short: a scenario, a contact, an industry's words.
UNIT_REFUSALS = (user_unit_problem, industry_named(INDUSTRIES, "用户单位全称", NAME_ASKED),
                 unit_lookalike)

# 填写说明 2 in its own words, at both questions of 用户单位 as in /help (`menus.PREPARE`).
USER_UNIT = "用户单位是提供实景实训空间并部署人形机器人与具身智能产品的单位（填写说明 2）"

CITY_PROMPT = "用户单位所在的设区市：请点击选择；省外布局的场景请直接输入城市名。"
# The same question in a municipality (上海), whose cities are its districts: no 设区市 there.
DISTRICT_PROMPT = "用户单位所在的区：请点击选择；外地布局的场景请直接输入城市名。"

# What the four questions of step 11 (可规模推广的其他标志性技术产品) have in common.
TECH_PRODUCT = dict(step=11, column="可规模推广的其他标志性技术产品", kind=Kind.TEXT,
                    rule=rules.rule(rules.product(100)), required=False,
                    help="列出通过该场景验证的核心技术或产品（如算法、平台、关键部件），"
                         "体现技术复用价值（填写说明 11）；本步四项至少填一项。")

FIELDS: tuple[Field, ...] = (
    Field(
        key="submitting_unit", step=1, column="报送单位",
        prompt="报送单位：点击确认默认单位；如由中央企业集团报送，请直接输入集团全称。",
        hint="例：江苏省工业和信息化厅 / XX中央企业",
        kind=Kind.CHOICE_OR_TEXT, rule=rules.rule(submitting_unit("江苏省工业和信息化厅")),
        choices=("江苏省工业和信息化厅",), feedback=ask_meant,
        read_as=read_as_unit("江苏省工业和信息化厅"),
        help="填写各省级工业和信息化主管部门或中央企业集团名称（填写说明 1）。",
    ),
    Field(
        key="city", step=2, column="用户单位", part="所在城市",
        prompt=CITY_PROMPT,
        hint="例：苏州市",
        kind=Kind.CHOICE_OR_TEXT, rule=rules.rule(places.city(JIANGSU_CITIES)),
        choices=JIANGSU_CITIES,
        help=USER_UNIT + "。",
        feedback=outside_notice(JIANGSU_CITIES, in_municipality=False),
        splits=places.unit_at_city(JIANGSU_CITIES),
        read_as=place_replies.unit_not_kept(
            partial(places.more_than_a_place, cities=JIANGSU_CITIES)),
    ),
    Field(
        key="enterprise", step=2, column="用户单位",
        part="企业全称",
        prompt="用户单位全称（与营业执照一致）：",
        hint="例：XX电池有限公司",
        kind=Kind.TEXT,
        rule=unit_rule(unit_name(rules.name(60, min_length=4)), *UNIT_REFUSALS),
        splits=places.unit_as_written(JIANGSU_CITIES),
        typed_refusal=place_as_unit(JIANGSU_CITIES), feedback=latin_name_asked,
        help=USER_UNIT + "，请填它的全称，与营业执照一致。",
    ),
    Field(
        key="scenario_name", step=3, column="场景名称",
        prompt="场景名称：写清对象和具体任务，避免“工业产线实训”这类笼统表述。",
        hint="例：XX工厂电池测试—柔性插接",
        kind=Kind.TEXT, rule=scenario_name_rule(misfiled.count_typed("场景名称")),
        typed_refusal=unit_short_name,
        help="填写具体、明确的场景名称，避免笼统表述（填写说明 3）。鼓励申报具有行业代表性、"
             "技术挑战性和应用价值的人形机器人、四足机器人真实应用场景。",
    ),
    Field(
        key="industry", step=4, column="行业/方向",
        part="所属行业",
        prompt="所属行业：点击选择，或直接输入。",
        hint="例：电子信息制造业",
        kind=Kind.CHOICE_OR_TEXT, rule=industry_rule(rules.name(30), industry_problem),
        choices=INDUSTRIES, splits=industry_and_direction(INDUSTRIES),
        typed_refusal=repeated(("scenario_name",), "行业名称", HERE, "industry"),
        help="填写场景所属行业（填写说明 4：所属行业及细分方向），可点按钮，也可直接输入。",
    ),
    Field(
        key="sub_direction", step=4, column="行业/方向",
        part="细分方向",
        prompt="细分方向（可跳过）：",
        hint="例：动力电池",
        kind=Kind.TEXT, rule=corrected_rule(rules.read_as_typed(direction_problem, rules.name(30)),
                                            rules.said_to_the_bot, direction_elsewhere),
        required=False, splits=labelled_direction_and_industry,
        typed_refusal=repeated(("industry", "scenario_name"), "细分方向", DIRECTION_ASKED),
        help="所属行业下的一个细分方向，如汽车制造下的“汽车总装”（填写说明 4）；没有可跳过。",
    ),
    Field(
        key="pain_point", step=5, column="场景描述与关键技术要求",
        part="现状与痛点",
        prompt="场景现状与痛点：现在由谁、怎么做？难在哪里、风险在哪里？",
        hint="例：电池包下线测试需人工插拔数百伏高压插头，存在打火风险，多品种小批量难以自动化改造。",
        kind=Kind.TEXT,  # 部署总数20台: refused as a count
        rule=corrected(rules.rule(rules.read_as_typed(misfiled.count_typed("现状与痛点"),
                                                      rules.prose(800, min_length=10)))),
        help="描述真实作业环境和具体需求（填写说明 5）。",
        splits=parse_pasted_description, feedback=misfiled.pain_point_echo,
    ),
    Field(
        key="indicators", step=5, column="场景描述与关键技术要求",
        part="技术指标",
        prompt="关键技术指标：精度、效率、可靠性各写一两项，要有数字和单位。",
        hint="例：识别准确率不低于98%，插接位置精度≤±0.5mm，单次节拍≤15秒，插拔成功率不低于99%",
        kind=Kind.TEXT, rule=corrected(rules.indicators(800)),
        help="指标须可量化评估（填写说明 5）；写“精度高、效率高”无法评估。",
        resets=("indicator_gap", "indicators_more"), splits=parse_pasted_indicators("indicators"),
        feedback=continued.held_open("indicators", misfiled.indicators_echo),
    ),
    Field(
        key="indicator_gap", step=5, column="场景描述与关键技术要求",
        part="是否补充指标",
        prompt="技术指标还未涵盖精度、效率、可靠性全部三个维度，是否补充？可直接输入要补充的指标。",
        hint="精度、效率、可靠性各有一项指标，评审时更有说服力",
        kind=Kind.CHOICE, rule=rules.rule(rules.one_of(GAP_CHOICES)), choices=GAP_CHOICES,
        required=False, ask_if=offer_gap, typed_answers="indicators_more",
        typed_refusal=not_filling_the_gap,
        help="技术指标写精度、效率、可靠性，确保可量化评估（填写说明 5）；"
             "可直接输入缺少的指标，不补充请点“不需要”。",
    ),
    Field(
        key="indicators_more", step=5, column="场景描述与关键技术要求", part="补充指标",
        prompt="请补充缺少的指标（将接在已填写的技术指标之后）：",
        hint="例：作业成功率不低于99%，连续无故障运行≥8小时",
        kind=Kind.TEXT, rule=rules.indicators(400),
        required=False, ask_if=wants_more, feedback=recognised_with_supplement,
        typed_refusal=restating,
        splits=parse_pasted_indicators("indicators_more"),
        help="补写缺少维度的指标，带数字和单位，确保可量化评估（填写说明 5）。",
    ),
    Field(
        key="expected_results", step=5, column="场景描述与关键技术要求",
        part="预期成效",
        prompt="预期成效：部署后能达到什么效果？请用数字说明（减少几人、效率提升多少、节省多少成本）。",
        hint="例：替代2名测试工人，单线测试效率提升30%，高压作业零事故",
        kind=Kind.TEXT, rule=corrected(rules.rule(rules.prose(500, min_length=3), results_problem,
                                                 misfiled.count_typed("预期成效"))),
        splits=parse_pasted_results,
        feedback=continued.held_open("expected_results", indicators_as_results),
        help="写部署后的预期成效，用数字说明，确保可量化评估（填写说明 5）。",
    ),
    Field(
        key="innovation", step=5, column="场景描述与关键技术要求",
        part="差异化创新点",
        prompt="与相似场景相比，本场景的差异化创新点（作业对象、工艺、环境或指标有何不同）：",
        hint="例：作业对象为800V高压插头，需在高湿盐雾环境下完成，节拍要求≤10秒",
        kind=Kind.TEXT, rule=corrected(rules.rule(rules.prose(300, min_length=4),
                                                 misfiled.count_typed("差异化创新点"))),
        required=False, ask_if=has_innovation,
        help="对不同用户单位开放相似场景的，应明确差异化创新点，确保场景具有独立的技术攻关价值；"
             "高度相似的按1项场景计算（填写说明 5）。",
    ),
    Field(
        key="scenario_type", step=6, column="场景类型",
        prompt="场景类型：请选择一项。",
        hint="工业：生产制造、检测分析、维修维护、仓储物流；服务：餐饮零售、医疗康养；特种：安全生产、应急救援、防灾减灾",
        help="场景类型填写工业/服务/特种（填写说明 6）。通知列出的重点领域，通常归类为：工业——"
             "生产制造、检测分析、维修维护、仓储物流，服务——餐饮零售、医疗康养，特种——安全生产、"
             "应急救援、防灾减灾；请按场景的作业内容点击下方按钮选一项。",
        kind=Kind.CHOICE, rule=rules.rule(rules.one_of(SCENARIO_TYPES, TYPE_EXAMPLES)),
        choices=SCENARIO_TYPES, read_as=read_as_type,
    ),
    Field(
        key="product_types", step=7, column="应用部署产品类型",
        prompt="应用部署产品类型（可多选）：点击产品类型并选择形态，选好后点“完成”。",
        hint="例：☑人形机器人：轮式",
        kind=Kind.PRODUCTS, rule=rules.rule(rules.forms_of(PRODUCT_FORMS)),
        choices=tuple(PRODUCT_FORMS), forms=PRODUCT_FORMS,
        help="填写应用部署产品的具体类型，可多选（填写说明 7）：点产品类型后再选足式、轮式等形态。",
    ),
    Field(
        key="makers", step=8, column="创新应用联合体成员",
        part="整机企业",
        prompt="联合体中的整机企业（或应用服务商）：多个请用“、”分隔。",
        hint="例：XX机器人有限公司、YY智能科技有限公司", kind=Kind.NAMES,
        rule=members_rule("makers"),
        typed_refusal=member_refusal("makers"),
        feedback=own_unit_asked(recorded("makers")), splits=parse_pasted_consortium("makers"),
        help="创新应用联合体中参与联合攻关的整机企业（或应用服务商），至少一家（填写说明 8）。",
    ),
    Field(
        key="partners", step=8, column="创新应用联合体成员",
        part="其他成员",
        prompt="其他联合体成员（科研院所、零部件或模型算法企业等，可跳过）：",
        hint="例：XX大学、XX研究院", kind=Kind.NAMES,
        rule=members_rule("partners"),
        typed_refusal=member_refusal("partners"),
        required=False, feedback=recorded("partners"), splits=parse_pasted_consortium("partners"),
        help="参与联合攻关的科研院所，以及零部件、模型算法等企业（填写说明 8）；没有可跳过。",
    ),
    Field(
        key="deployment_goals", step=9, column="整机应用目标",
        prompt="2026年11月整机应用目标（可多选）：点击选择，选好后点“完成”。",
        hint="例：☑完成本单位内同类场景复制部署",
        kind=Kind.MULTI, rule=rules.rule(rules.some_of(DEPLOYMENT_GOALS)),
        choices=DEPLOYMENT_GOALS,
        help="按本单位内部署、同行业同场景部署、跨行业/跨领域部署填写应用目标，可多选"
             "（填写说明 9）：即在本单位复制、在同行业其他单位的同类场景部署、推广到其他行业领域。",
    ),
    Field(
        key="deployment_count", step=10, column="部署总数",
        prompt="到2026年11月计划部署的人形机器人、四足机器人等整机总数（台）：",
        hint="例：10台",
        kind=Kind.NUMBER, rule=rules.rule(rules.count), feedback=count_remarks.recorded,
        read_as=count_remarks.not_kept, differs=count_remarks.kind_differs,
        help="计划部署的人形机器人、四足机器人等整机产品的数量，只算到2026年11月（填写说明 10）；"
             "填一个合计台数。",
    ),
    Field(
        key="model_algorithm", part="模型算法", **TECH_PRODUCT,
        prompt="可规模推广的其他标志性技术产品 · 模型算法（可跳过；本步四项至少填一项）：",
        hint="例：XX具身智能操作大模型",
        splits=parse_pasted_tech_products("model_algorithm"),
        feedback=kind_asked("model_algorithm"),
    ),
    Field(
        key="operating_system", part="操作系统", **TECH_PRODUCT,
        prompt="可规模推广的其他标志性技术产品 · 操作系统（可跳过）：",
        hint="例：XX机器人操作系统",
        splits=parse_pasted_tech_products("operating_system"),
        feedback=kind_asked("operating_system"),
    ),
    Field(
        key="simulation_platform", part="仿真平台", **TECH_PRODUCT,
        prompt="可规模推广的其他标志性技术产品 · 仿真平台（可跳过）：",
        hint="例：XX具身智能仿真训练平台",
        splits=parse_pasted_tech_products("simulation_platform"),
        feedback=kind_asked("simulation_platform"),
    ),
    Field(
        key="key_components", part="关键零部件", **TECH_PRODUCT,
        prompt="可规模推广的其他标志性技术产品 · 关键零部件（可跳过）：",
        hint="例：XX灵巧手、XX关节模组",
        splits=parse_pasted_tech_products("key_components"),
        feedback=kind_asked("key_components"),
    ),
)

# Steps whose optional questions must not all be skipped, with the message when they are.
AT_LEAST_ONE = {11: "模型算法、操作系统、仿真平台、关键零部件至少填写一项。"}

