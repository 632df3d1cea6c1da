"""The words around a number that say what it measures, how it compares, and when it is
only context. Tables and patterns only; `indicators.py` applies them.

Phrases are grouped by meaning ("|"-separated), so adding a synonym is an edit to one string.
"""

import re

from flows.numbers import BLANK, METRIC_ABBREVIATIONS, ZERO_TARGETS
from flows.unit_spellings import PER

DIMENSIONS = ("accuracy", "efficiency", "reliability")

# Keywords naming a metric. The one ending last wins, since a Chinese noun phrase ends with
# its head (泄漏检测响应时间 is a time); a generic head such as 时间 only decides when nothing
# more specific stands before it (连续服务时间, 无故障时间 and 续航时长 are reliability).
DIMENSION_KEYWORDS = {
    "reliability": "成功率|完成率|失败|故障|连续|持续运行|不停机|不间断|续航|待机|可用率|可用性"
                   "|可用度|在线率|开机率|完好率|稳定运行|稳定工作|稳定性|可靠|寿命|耐久|宕机|掉线"
                   "|中断|修复|防护|防爆|抗风|耐高温|耐低温|停机|维修|维护|保养|检修"
                   # how long a charge lasts, said without 续航 (not 充电时间 nor 充满电)
                   "|充电运行|充电工作|充电作业|充电使用|充电可运行|充电可工作|充电可作业"
                   "|充电可连续|充电可使用|满电可|满电状态|满电运行|满电工作|电池工作|电池运行"
                   "|电池使用|电池可用"
                   "|mtbf|mttr|uptime|availability|reliability|reliable|success rate"
                   "|failure|run for|runtime|endurance|per charge|continuous|×24小时",
    "accuracy": "精度|精确|准确|准度|正确|识别率|命中率|误差|偏差|偏移|检出率|漏检|误检|误判|误剔"
                "|漏判|误报|漏报|合格|良率|良品率|直通率|不良率|缺陷率|破损率|破片率|报废率"
                "|错误|差错|错分|错拣|错漏|召回率|公差|分辨率|灵敏度|重复性|一致性|粗糙度|ra"
                "|平整度|平面度|垂直度|同轴度|cpk|cmk|accuracy|accurate|precision|error"
                "|deviation|tolerance|yield",
    "efficiency": "节拍|效率|效能|人效|时间|时长|耗时|用时|时效|速度|速率|提速|时延|延迟|延时"
                  "|响应|替代|人工|人员|用工|人机比|产能|产量|产出|吞吐|处理量|作业量|工作量"
                  "|周转|周期|工时|出餐|每日|每天|每小时|每分钟|每班|日均|cycle|uph|jph|oee"
                  "|jph|throughput|speed|latency|per hour|time",
}
# A resolution (1080P, 4K, 3840×2160) is a spec where these name it (分辨率1080P, 支持4K分辨率);
# on its own it names the camera (搭载4K云台相机).
RESOLUTION_METRIC = re.compile(r"分辨率|像素|resolution")
# Heads that name only "how long" or "how often": they yield to a more specific keyword before
# them (保养周期 is reliability, 巡检周期 efficiency).
GENERIC_HEADS = frozenset({"时间", "时长", "耗时", "用时", "周期", "time"})

# Words before a number that fix how it compares, by symbol. "优于" depends on the unit.
COMPARATORS_BEFORE = {
    "≥": "≥|>=|大于等于|大于或等于|不低于|不少于|不小于|不短于|至少|达到|可达|达|提升至|提升到"
         "|提升为|提高至|提高到|提高为|增加至|增加到|增至|升至|提至|拉到|拉升到|增长到|增长至"
         "|扩大到|扩大至|扩至|多达|高达|长达|最高达|最高可达|最多达|最多可达|最长达|最长可达"
         "|最快达|最快可达|最大达|最大可达|at least|no less than"
         "|not less than|reach",
    "≤": "≤|<=|小于等于|小于或等于|不高于|不超过|不大于|不多于|不长于|不超|控制在|仅需|只需"
         "|降低至|降低到"
         "|降低为|降至|降到|降为|下降至|下降到|缩短至|缩短到|缩短为|减少至|减少到|减少为|减至"
         "|减到|减为|缩减至|缩减到|缩减为|压缩至|压缩到|not exceed|not to exceed|no more than"
         "|not more than|at most|up to|within",
    "<": "<|小于|少于|低于|短于|不足|不到|under|below|less than|lower than|shorter than"
         "|fewer than|smaller than",
    ">": ">|大于|多于|高于|超过|more than|over|above|greater than|higher than|larger than"
         "|wider than|longer than|exceed|exceeds",
    "=": "=",
    "优于": "优于",
}
COMPARATORS_AFTER = {
    "≥": "及以上|或以上|以上|or more|or above|or higher",
    "≤": "及以下|或以下|以下|以内|之内|内|or less|or below",
    "=": "左右",
}


def _by_phrase(groups: dict[str, str]) -> dict[str, str]:
    """Invert a table of "|"-separated phrases: phrase -> its group."""
    return {phrase: key for key, phrases in groups.items() for phrase in phrases.split("|")}


KEYWORD_DIMENSION = _by_phrase(DIMENSION_KEYWORDS)
COMPARATOR_BEFORE = _by_phrase(COMPARATORS_BEFORE)
COMPARATOR_AFTER = _by_phrase(COMPARATORS_AFTER)
# Verbs joining a baseline to a target: 由每次3小时缩短到1小时.
CHANGE_TO = re.compile(r"\s*(?:" + "|".join(
    p for p in COMPARATOR_BEFORE if p[-1] in "至到为") + r")\s*")

# Verbs of reaching a figure: more is better, except for a precision stated as a length.
REACH = frozenset({"达到", "可达", "达", "reach"})
# A count right after these verbs lists what the project uses or sets up (搭载2个相机,
# 采用2台H1, 选取2个工位, 组建20人团队), not a result.
SETUP_BEFORE = re.compile(r"(?:搭载|配备|配置|配有|装有|安装|采用|引入|包括|包含|使用|选取|选择"
                          r"|选定|挑选|组建|成立|设立|设置|设有|建有|开设|新建|建立|拥有)\s*$")
# How long a temperature is withstood, said right after it: 耐高温800℃持续30分钟.
EXPOSURE = re.compile(r"\s*下?\s*(?P<verb>持续|保持|维持)\s*")
# Letters after a number and a comparator are a unit this module does not list (≥20Ah).
UNKNOWN_UNIT = re.compile(r"[A-Za-zΩμ]{1,5}(?:/[A-Za-z]{1,3})?(?![A-Za-z])")
COUNT_NOT_METRIC = re.compile(r"\w{0,2}?(?:单位|企业|高校|院所|大学|院校|机构|专家|工程师"
                              r"|研发人员|技术人员|科研人员|方面|维度|阶段|步骤|环节|工序"
                              r"|层次|方向|部分|团队|小组|班组|课题组)")
# Words of a change the robot brings: a figure with them is a benefit, not a description.
CHANGE_WORDS = "替代|代替|取代|减少|节约|节省|新增|增加|提升|提高|降低|减员|缩短"
# Context that makes a count spelled in Chinese (替代两名) a benefit rather than a phrase.
COUNT_CONTEXT = re.compile(CHANGE_WORDS + "|每|日均|人均|单台|单机|平均|累计"
                           r"|[一单每]台机器人|单个?机器人|看护|看管|无人化")
# The enterprise and the site as they are (现有工人300余名, 公司年产值超50亿元, 厂区占地800亩,
# 位于北纬30度): context, unless compared (较现有方案) or changed.
SETTING = re.compile(r"(?<![较比])(?:现有|目前|当前|现阶段)|企业|公司|集团|全厂|产值|营收"
                     r"|营业收入|销售额|注册资本|总投资|投资额|占地|位于|地处|坐落"
                     r"|[南北]纬|[东西]经|纬度|经度")
# A headcount (名, 人) states the staff as it is (每班需6名操作工, 12名巡检人员), wherever
# 现有 stands, unless it is compared or changed (替代2名, 仅需1人) or counts the people the
# robot serves (同时服务3名顾客, 可接待20人).
HEADCOUNT_UNITS = ("名", "人", "个人")
# People counted with 个 (三个工人, 3个巡检人员) are a headcount as 3名 is.
PEOPLE_COUNTED = re.compile(r"工人|员工|操作[工员]|(?:巡检|作业|维修|搬运|工作)?人员")
PEOPLE_SERVED = re.compile(r"服务|接待|陪同|陪伴|引导|导览|讲解|疏散|救援|顾客|客户|患者|病人"
                           r"|老人|旅客|乘客|游客|访客|宾客|客人|来宾|观众|学生|儿童|居民|用户")
# People who live or stay at the site (入住老人约300名, 在校学生2000人) are its population,
# not people the robot serves.
RESIDENTS = re.compile(r"入住|在住|居住|常住|住院|在院|在校|在读|就读|在册|收住")
# A compute figure (NVIDIA Orin 275TOPS) is the spec of a chip or part the robot is built
# with, no indicator of the scenario, unless the metric names compute (算力不低于200TOPS).
COMPUTE_UNITS = ("TOPS", "TFLOPS")
COMPUTE_METRIC = re.compile(r"算力|计算能力|运算能力|compute|computing", re.I)
# Places and scopes (3个光伏电站, 全部4个车间, 3个厂区) are where the project runs: a count of
# them is the setting, unless compared, changed or per robot or period (单台覆盖3个病区).
PLACES = ("车间|厂区|厂房|工厂|园区|基地|电站|变电站|换流站|站点|门店|店铺|商场|超市|医院|院区"
          "|病区|科室|仓库|库房|网点|城市|省份|地市|区县|社区|小区|学校|校区|楼宇|楼栋|场馆|码头"
          "|港口|机场|矿井|矿区|隧道|产线|生产线|区域|点位|工位|岗位|养老院")
PLACE_COUNTED = re.compile(rf"\w{{0,4}}?(?:{PLACES})")
# The area of a place (厂区面积约2万平方米, 车间建筑面积) is the site as it is, unlike the area
# the robot covers (清扫面积, 作业面积).
SITE_AREA = re.compile(rf"(?:{PLACES}|建筑|占地)\w{{0,2}}?面积")
# Places counted per period are a throughput, whichever the word order: 巡检200个点位/班 as
# 巡检点位200个/班, 每小时巡检20个点位.
PLACES_PER_PERIOD = re.compile(rf"\w{{0,4}}?(?:{PLACES})\s*(?:/\s*(?:班|天|日|小时|h|周|月)"
                               r"|每(?:班|天|日|小时|周|月))(?![A-Za-z])")
# Machines (需要10台机器人, 部署10台, 采购3套) are what the project deploys, counted in its own
# column (部署总数), not how well they work: such a count is an indicator when the words
# before it make it a capacity or a benefit, per person or period, changed or a named metric
# (一人管理10台, 同时调度20台, 日产300台, 替代3台叉车, 产能60台), or when a comparator bounds
# machines other than the robots deployed (覆盖设备不少于200台, not 部署不少于10台机器人).
MACHINE_UNITS = ("台", "套", "台套", "辆", "架")
MACHINE_CAPACITY = re.compile(CHANGE_WORDS + r"|每|单次|单台|单机|日均|人均|平均|累计|[一单每]人"
                              r"|人机比|同时|支持"
                              r"|调度|兼容|接入|看管|管理|(?<![\d〇零一二三四五六七八九十])[日班时]"
                              r"(?:产|处理|下线|生产|检测|巡检|维修|装配)")
ROBOTS_DEPLOYED = re.compile(r"部署|投入|投放|需要|采购|购置|购买|引进|机器人|机器狗|整机|本体"
                             r"|人形|四足|robot", re.I)
# Hours of a shift, a duty roster or the site's own operation (每班12小时, 24小时轮班,
# 码头作业24小时连续进行) are working patterns, not how long the robot runs; unless the
# robot or equipment is named, or a task's time (每班巡检时间2小时).
DUTY_HOURS = re.compile(rf"班制|轮班|倒班|班倒|排班|值班|值守|执勤|[每一]班"
                        rf"|(?:{PLACES})\w{{0,3}}?(?:作业|运营|营业|生产|运转|开放)")
RUNNER = re.compile(r"机器人|机械臂|机器狗|设备|系统|本体|整机|装置|平台|电池|运行|不停机|无故障"
                    r"|续航|agv|amr|robot", re.I)
TASK_TIME = re.compile(r"时间|时长|耗时|用时|节拍|周期|待机|响应|time", re.I)
CHANGE = re.compile(CHANGE_WORDS + "|目标|要求")
# 连续作业1年, 无故障运行6个月: how long the robot keeps working is its reliability.
DURATION_METRIC = re.compile(r"期|寿命|年限|质保|使用|运行|工作|续航|待机|时间|时长"
                             r"|连续作业|无故障|不停机")
# A long duration of the project, a contract or the past is a schedule, not a target
# (项目建设周期18个月, 合作期限3年, 已使用15年, 计划用6个月完成, 上线时间3个月, 部署周期2周).
SCHEDULE_METRIC = re.compile(r"为期|历时|项目|建设|工期|合作|合同|协议|期限|实施|计划|筹建"
                             r"|建于|已使用|已运行|已投用|已经"
                             r"|(?:上线|部署|交付|验收|调试|安装|投产|投运)(?!后)")
# A money metric reads a capital W after its figure as 万, not watts: 年节省成本80W.
MONEY_METRIC = re.compile(r"成本|费用|效益|收益|收入|产值|营收|投资|资金|节约|节省")
# A zero stated for one of these (破损率为零, 漏检0次) is a target.
ZERO_METRIC = re.compile(rf"{ZERO_TARGETS}|率$")
# A rate or an approximation before a bare figure makes it an amount, not a year: 每小时2000.
MEASURED_BEFORE = re.compile(r"(?:(?:每|日均|月均|单班|单日|单台|单次)\w{0,4}|约|大约|大概"
                             r"|per \w+ )$", re.I)
# A period earlier in the clause makes a figure a rate: 每分钟至少走完两层, 日均处理1500, and
# as spoken, 一小时能拣150单 (not 第一天, nor 一月, a month of the year).
PER_PERIOD = re.compile(r"每(?:秒钟?|分钟|小时|天|日|班|周|月)|[日月周]均|单[日班]"
                        r"|(?<![第\d])一(?:个小时|小时|分钟|天|日|班|周|个月)")
BASELINE_START = re.compile(r"由|从")
# A bracketed aside at the end of a metric is dropped (识别准确率(抽检)≥98%), unless it is the
# metric's abbreviation: 平均无故障时间(MTBF)≥500 reads as 平均无故障时间MTBF, by its custom.
# Substitute with r"\1".
TRAILING_ASIDE = re.compile(rf"\(\s*((?i:{METRIC_ABBREVIATIONS}))\s*\)\s*$|\([^()]*\)\s*$")
# Words after a figure that are still its own, not the start of the next metric: per item
# (节拍 30 秒 每件 MTBF 大于 1000 小时; a period starts a rate: 0.02mm 每小时 检测 200件)
# and its metric's abbreviation written right after it (不低于2000小时MTBF 定位精度±0.5毫米).
FIGURE_TAIL = re.compile(rf"\s*每(?![秒分小天日班周月年]){PER}(?![^\W\d_])"
                         rf"|(?i:{METRIC_ABBREVIATIONS})(?=\s)")
LONG_DURATIONS = ("年", "个月", "周", "天", "工作日", "个工作日")
# A deadline: a long duration the project finishes within (1年内完成验证, 3个月内交付), when
# no metric before it is timed (故障修复时间1天内完成 is one).
DEADLINE = re.compile(r"\s*(?:以内|之内|内)\s*(?:将|要|需|须|可)?\s*"
                      r"(?:完成|实现|交付|部署|验收|验证|上线|投运|投用|投产|落地|推广|建成|改造)")
# Metrics measuring the bare figure right after them, written with no unit: an abbreviation,
# as is the custom (UPH 600, OEE 85, MTBF 2000; no year), and a quantity that has no unit
# (灵巧手自由度≥12, 摩擦系数≤0.3, 功率因数0.9, 过程能力指数1.33). A Chinese rate or
# precision needs its unit (准确率99 may mean 99% or 0.99), so it is asked for, and so does
# 平均无故障时间, written in hours rather than by MTBF's custom.
UNITLESS_METRIC_END = re.compile(
    rf"(?:(?<![a-z])(?:{METRIC_ABBREVIATIONS})|自由度|系数|因数|指数)$")
# A Chinese rate (准确率, 效率) needs its unit even after a comparator: 准确率达到99 is asked;
# a fraction (准确率≥0.99) is not.
CHINESE_RATE_END = re.compile(r"率$")

# Words around a metric that are not part of it; guarded where they start or end a real
# metric word (在线率, 响应, 平均, 雷达, 节约). A correction or an addition is said around the
# metric it is of (另外定位精度±0.3mm, 定位精度改为±0.3mm, 定位精度应该是±0.3mm).
FILLERS_BEFORE = re.compile(
    r"^(?:\s|要求|确保|保证|实现|其中|同时|使得|将|需(?!求)|能够|并且?|且|在(?!线)|的"
    r"|以(?!太)|满足|另外|此外|还有|更正|(?:and|with|the|a|an)\b)+", re.I)
FILLERS_AFTER = re.compile(
    r"(?:\s|为|(?<!节)约|大约|大概|(?<![雷马])达|在|的|要|需要?|(?<![响适供反对])应(?:当|该)?是?|可|(?<!平)均|须"
    r"|(?:修改|更改|更正|修正|(?<![技整])改)成?"
    r"|必须|需达到|\b(?:must|should|shall|will|be|is|are|to|of|at|by|not|has|have|with|a|an))+$",
    re.I)
STOP_CHARS = rf",.;:!?()、。！？×*\n{BLANK}"
METRIC_STOP = re.compile(rf"[{STOP_CHARS}]|和|与|并|以及|同时|其中"
                         r"|(?<![\w-])(?:and|with)(?![\w-])")
# A short noun joined by 与 or 和 at the start of a clause shares the metric that follows
# (料盘条码与料号识别准确率); a longer phrase before them is a clause of its own.
SHARED_METRIC = re.compile(rf"(?:^|(?<=[{STOP_CHARS}]))(?P<noun>[^\W\d_]{{1,6}})(?:与|和)"
                           r"[^\W\d_]{1,14}$")


def _alternation(phrases) -> str:
    """One regex for a vocabulary, longest first; English words only as whole words, which
    Chinese or digits may touch (MTBF提升50%)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(rf"(?<![A-Za-z]){re.escape(p)}(?![A-Za-z])"
                    if p.isascii() and p[0].isalpha() else re.escape(p) for p in ordered)


# A colon may stand between a metric and its comparator: 成功率：≥99%.
BEFORE = re.compile(rf"(?::\s*)?(?P<word>{_alternation(COMPARATOR_BEFORE)})?"
                    r"\s*(?P<pm>±|\+/-|\+-|正负)?\s*(?:(?<!节)约|大约|为|在|是|了|:)?\s*$", re.I)
DIMENSION_KEYWORD = re.compile(_alternation(KEYWORD_DIMENSION))
# What a metric may be named by besides the dimensions' keywords: the quantity it measures,
# at the end of its name (越障高度, 爬坡角度, 涉水深度, 防护等级, 最大负载, 工作温度, 覆盖率).
MEASURED_NOUNS = ("高度|角度|坡度|深度|宽度|长度|距离|半径|直径|厚度|温度|湿度|亮度|照度|噪声|噪音"
                  "|等级|重量|载荷|负载|载重|负荷|承重|扭矩|力矩|压力|推力|拉力|功率|功耗|能耗|电量"
                  "|容量|里程|行程|面积|体积|流量|带宽|转速|自由度|回收期")
# Quantities that keep their unit even per period (每天巡检时间不超过3: hours or minutes?),
# unlike a count of what is done in it (每小时分拣2000).
MEASURED_IN_UNITS = re.compile(
    rf"时间|时长|耗时|用时|节拍|周期|时延|延迟|响应|速度|速率|精度|误差|偏差|{MEASURED_NOUNS}")
METRIC_NAME = re.compile(
    _alternation({*KEYWORD_DIMENSION, *MEASURED_NOUNS.split("|")}) + "|率(?!先)")
# A metric's name ending the words before a bracket that holds the condition it is measured
# under: 识别准确率(负载5kg)不低于95%.
METRIC_NAME_END = re.compile(rf"(?:{METRIC_NAME.pattern})\s*$", re.I)
BRACKETED = re.compile(r"\([^()]*\)")
# Words that go on with the figure before them: its comparator (3小时以内, 99%以上), the target
# it changes to (由3小时缩短到1小时) or the end of its range or tolerance (3至5秒, 300±2mm).
CONTINUES = re.compile(
    rf"{_alternation({**COMPARATOR_BEFORE, **COMPARATOR_AFTER})}|[至到~\-/±]|正负", re.I)
AFTER = re.compile(rf"\s*(?P<word>{_alternation(COMPARATOR_AFTER)})(?![容部置外涵存网侧壁径衬])",
                   re.I)
