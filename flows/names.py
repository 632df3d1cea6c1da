"""Is a 场景名称 specific enough to be told apart from every other submission?

填写说明 3 asks for a 具体、明确 name and cites 工业产线实训 as the vague kind. A specific name
says what the robot does (a task) to what or where (an object or place): 变电站四足机器人夜间巡检.
Two checks follow. Once the programme's own vocabulary is removed (工业, 实训, 机器人, sectors,
slogans, placeholders, regions, broad tasks such as 巡检 …), at least two characters of content
must be left: 电力巡检 leaves nothing. And a short remainder must come with a task: 灯塔工厂机器人
应用 leaves 灯塔 but names no operation, so it could head any submission from that site. Nor
may the name end with a site or an organisation (焊装车间, 理想汽车常州基地, a company's full
name): whatever stands before 车间, 基地 or 公司 only names that place. Words outside every
list count as content, so an unforeseen object never blocks an engineer. A sentence of the
description typed here, one question early (替代2名测试工人，测试效率提升30%), is no name either."""

import re

from flows.description_sentences import NOT_A_NAME, description_part
from flows.industries import HOSPITAL_KIND
from flows.late_corrections import unit_corrected
from flows.other_answers import A_SENTENCE, MEASURE, answer_elsewhere, stated, with_branch
from flows.part_names import part_named

MIN_LENGTH = 4
# Content this long passes even without a known task: a lone sector, site or brand left over
# (核电, 门店, 进社区) is two or three characters, while four or more almost always pair an
# object with an operation the task list lacks (药品配发, 轮胎扒胎), and refusing those blocks
# the engineer.
LONG_CONTENT = 4

# Words every submission could use, space-separated: the programme, its sectors (the
# notice's list of key scenarios), industries (they have their own column, 行业/方向),
# qualifiers, policy slogans, organisation placeholders, regions and phases. A name made only
# of these says nothing concrete.
GENERIC_WORDS = """
    人形机器人 四足机器人 机器人 具身智能 具身 人形 四足 双足 足式 轮式 仿人 智能体 智能化 智能
    智慧 数字化 自动化 无人化 无人 自主 实景实训 实景 实训 训练场 训练 场景 应用 示范 验证 试点
    推广 项目 工程 建设 改造 升级 优化 开发 研发 攻关 示范线 样板线 样板 标杆 创新 任务 人机

    工业 产业 行业 领域 制造业 制造 生产线 生产 产线 流水线 工厂 车间 园区 工业园区 产业园区
    工业园 产业园 工业区 企业 服务业 服务 特种设备 特种
    商业 商用 家庭 家用 公共 民用 健康 安全

    通用 综合 典型 先进 高端 柔性 复杂 环境 系统 平台 解决方案 方案 技术 设备 装备 产品 能力 基地
    中心 空间 单元 工位 环节 方向

    新质生产力 新质 生产力 赋能 千行百业 高质量发展 高质量 发展 数智化 数智 数字化转型 转型
    新型工业化 工业互联网 互联网 人工智能 机器换人 降本增效 提质增效 灯塔工厂 黑灯工厂 未来工厂
    未来产业 未来 智能工厂 数字工厂 智造 打造 助力 推动 推进 引领 开启 融合 数实融合 标志性 新一代
    数字孪生 领先 一流 篇章 双碳 目标 强省 强市 制造强国 千家万户 走进 高地 集群 专精特新
    科普 展示 演示

    公司 集团 有限公司 股份 单位 厂家 厂商 总部 我司 本公司 我厂 本厂
    华东 华南 华北 华中 西南 西北 东北 长三角 珠三角 京津冀 大湾区 全国 全省 区域 服务区域 片区 地区

    5G
    robots robot robotics robotic humanoid quadruped embodied intelligent intelligence smart ai
    industrial industry application applications scenario scenarios scene training
    demonstration demo service services production line factory manufacturing platform system
""".split()
# Generic words too, the sectors: the notice's key scenarios and the industries, which have
# their own column (行业/方向). A name that is one of them alone (电力) answers 所属行业.
SECTOR_WORDS = """
    仓储物流 餐饮零售 医疗康养 安全生产 防灾减灾 仓储 物流 餐饮 零售 医疗 康养 养老 应急 防灾 减灾
    电子信息 新能源 电力 电网 能源 化工 石化 汽车 电子 钢铁 冶金 矿山 农业 纺织 食品 医药 家电
    半导体 光伏 锂电 建筑 交通 航空 船舶 机械
""".split()
# Things and kinds of site whose names begin with a generic word (服务器 is a server, not a
# 服务; 锂电池 a battery, 安全帽 a helmet; 物流园区 a logistics park, as specific a site as 校园,
# where a bare 园区 or 工业园区 is any park): content, and the generic word inside them no word
# of the name.
THINGS = """
    服务器 服务区 服务台 锂电池 光伏板 安全帽 安全带 安全阀 电力线 电力塔 交通灯
    物流园区 物流园 化工园区 化工园
""".split()
# Tasks too broad to tell one submission from another: they state a task but are no content.
BROAD_TASKS = """
    检测分析 维修维护 应急救援 人机协作 巡检 巡逻 巡查 作业 操作 搬运 分拣 装配 上下料 配送 协作
    协同 交互 陪伴 清洁 安防 测试 检验 检测 分析 维修 维护 运维 救援 焊接 打磨 喷涂
    码垛 质检 抓取 包装 inspection
""".split()
# Evidence of a task besides BROAD_TASKS: characters that are verbs in almost every name
# (拧, 插, 焊, 送 …), then words whose characters are also nouns (盘点, not the 盘 of 托盘) and
# English verb stems. Searched only in what the generic words leave, so 装备 is no task.
TASK_CHARACTERS = (
    "巡检测查修换拧插拔接焊割切剪裁缝绣磨抛喷涂刷擦洗扫吸除去搬卸装拣抓拾捡取放摆挂吊送投收补采摘"
    "挤喂浴炒煮烤蒸煎拌搅推售传做凿扒叠折绕绑扎捆封垛钻铆铣搜救灭排爬守监导诊倒注灌称读抄拍打贴"
    "引迎讲陪扶抱翻拆堵剔削剥宰烫晾浇栽挖掘砌抹驾跟牵淬浸嗅卖寄铺叉清铸轧镀染纺织酿酵烘蚀刻"
)
TASK_WORDS = """
    盘点 点检 点胶 点餐 清点 出餐 出库 入库 出铁 出料 出货 出钢 出炉 上料 下料 投料 配料 供料 备料
    上架 下架 理货 发货 配发 配药 配餐 配货 转运 运送 输送 传送 传递 分装 分级 分选 分切 组装 调试
    调剂 调配 调度 调制 校准 标定 标注 计数 识别 验收 核对 护理 看护 照护 助餐 助行 教学 辅导 办理
    售票 售卖 问询 咨询 种植 播种 授粉 施肥 施工 跳线 开合 启闭 加工 加注 充电 换电 驾驶 操控 遥控
    值守 值班 值机 消杀 消毒 灭菌 侦察 勘察 勘探 保洁 保养 维保 压装 冲压 压接 紧固 锁付 连接 铸造
    锻造 注塑 成型 烧结 制作 耦合 落纱 划片 键合 烧录 热处理 拧紧 插接 插拔 插装 巡视 测温 取样
    导诊 导览 灯检 探伤 贴标 打包 拣选 补货 送餐 拆垛 去毛刺 绑扎
    insert patrol pick sort weld assembl load deliver tighten screw polish grind clean wash charg
    test measur sampl rescu guid feed stack palletiz harvest spray paint glu cut drill sew fold
    carry transport handl monitor cook restock scan replac swap lift tend nurs
""".split()
TASK = re.compile(f"[{TASK_CHARACTERS}]|" + "|".join(TASK_WORDS), re.I)
# Workshops of a vehicle plant, named by their process: their 装 is no task (汽车总装智能化示范
# says where, not what).
WORKSHOPS = re.compile("总装|焊装|涂装")
# Closing the name, such a process is the task done (人形机器人汽车总装).
WORKSHOP_ENDING = re.compile("(?:总装|焊装|涂装)$")
# Sites and organisations: a name ending with one of them, or with one and generic words after
# it (总装车间具身智能实训场景), names a place where many scenarios could be, not one of them.
SITES = re.compile("有限公司|公司|集团(?![级化])|企业(?![级化])|总部(?![级化])|基地|园区|厂区|工厂"
                   "|车间|厂")
# A name ending with one of these is an organisation's, whatever words it holds (常州检测技术
# 有限公司): only a site may follow the task done there.
ORGANISATIONS = ("有限公司", "公司", "集团", "企业", "总部")
# An institution's name ends so (…社区养老服务中心, …附属医院, …实验小学): with no task before the
# ending, the name only says where, as a company's does.
INSTITUTION = re.compile("(?:中心|医院|卫生院|学校|小学|中学|幼儿园|养老院|敬老院|福利院)$")
# Characters that carry no content on their own once the generic words are gone, the
# template's placeholders (XX工厂, 某企业), phase labels (一期, 第二批) and figures, but for one
# before a letter, naming a class of things (3C产品, 4K相机).
FILLER = re.compile(r"[Xx]{2,}|某|第?[一二三四五六七八九十首\d]+[期批]"
                    r"|[的之与和及等类型化用中下在各多全新场级式性]|\d+(?![A-Za-z])")
PUNCTUATION = re.compile(r"[\W_]+")


def _alternation(words: list[str]) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)


# Longest first, so a thing is matched whole, not the generic word it holds; kept as content.
SECTORS = frozenset(SECTOR_WORDS)
GENERIC = _alternation(GENERIC_WORDS + SECTOR_WORDS + BROAD_TASKS + THINGS)
# Without the broad tasks: 钢厂巡检 ends with a task, not with its site.
GENERIC_NOT_TASK = _alternation(GENERIC_WORDS + SECTOR_WORDS + THINGS)
BROAD = {word.lower() for word in BROAD_TASKS}
# A name ending with a task (转炉区域巡检, 线束插接) is what is done, not who does it.
TASK_WORD = _alternation([w for w in BROAD_TASKS + TASK_WORDS if not w.isascii()])
TASK_ENDING = re.compile(f"(?:{TASK_WORD.pattern})$")
# What a name puts after its task besides generic words: the station, cell or line doing it
# (上下料工作站, 去毛刺单元, 缸体装配线, 拧紧岛).
AFTER_TASK = re.compile("工作站|作业站|工作单元|单元|生产线|产线|线|岛")
# Where a name's head ends and an aside begins (仓储分拣，替代4名工人; 发动机装配（节拍提升20%）;
# 轮胎搬运-减少2人): what the head says decides whether it names a task or states a result.
HEAD_END = re.compile(r"[，,；;。（(【\[]|—|(?<=[\u4e00-\u9fff])\s*-\s*(?=[\u4e00-\u9fff\d])")

SUGGESTION = "建议写成“对象+具体任务”，如“XX工厂电池测试—柔性插接”“变电站四足机器人夜间巡检”。"
TOO_SHORT = "场景名称“{name}”太短，看不出具体的对象和任务。"
NO_CONTENT = "场景名称“{name}”看不出具体的对象和任务。"
ONLY_GENERIC = ("场景名称“{name}”过于笼统：只有“{words}”这类通用词，"
                "缺少具体的对象或任务（如设备、工位、场所、作业内容）。")
ONLY_SITE = ("场景名称“{name}”过于笼统：只写了场所或单位，没有写明机器人在那里具体做什么"
             "（如巡检、搬运、拧紧、上下料、分拣、导诊）。")
# A kind of hospital (中医医院) is a site, or the industry it stands for, not a hospital's name.
A_KIND_OF_SITE = "“{name}”是一类医院，说的是场所或所属行业，不是场景名称，没有保存。"
# A sector alone (电力) answers 所属行业, however short.
A_SECTOR = "“{name}”是行业名称，不是场景名称，没有保存。所属行业在第 4 步填写。"
NO_TASK = ("场景名称“{name}”过于笼统：没有写明机器人具体做什么"
           "（如巡检、搬运、拧紧、上下料、分拣、导诊）。")
# What to add to a name with an object but no task, or a broad task but no object.
ADD_TASK = "请在后面加上机器人做什么，例如“{example}”。"
ADD_OBJECT = "请写明对什么、在哪里{task}，例如“{{example}}”。"
# An object each broad task is often done to, for the example of ADD_OBJECT.
OBJECTS = {"巡检": "变电站", "巡查": "综合管廊", "巡逻": "化工园区", "分拣": "快递包裹",
           "搬运": "轮胎", "码垛": "成品箱", "配送": "病区药品", "上下料": "注塑机",
           "装配": "发动机缸体", "焊接": "车身", "打磨": "铸件", "喷涂": "船体", "检测": "电池包",
           "测试": "电池包", "质检": "电池包", "清洁": "光伏组件", "陪伴": "养老院老人",
           "救援": "地铁隧道", "应急救援": "地铁隧道", "包装": "药品", "抓取": "零件",
           "维修": "风电机组", "运维": "数据中心"}
# Parts of the description a name never reads as: a change the scenario brings, or a level
# to meet. A name holds figures (10kV变电站巡检, 2号高炉炉前作业) and may begin with what it
# brings (效率提升30%的电池测试插接), so only what ends with no task counts.
NOT_NAMES = ("预期成效", "技术指标")
SEND_THE_NAME = "请只发送场景名称，"
NAME_ASKED = "这里请填写场景名称，"
# Words after a name's head this long are a clause of a sentence, not an aside of the name.
LONG_ASIDE = 8


def scenario_name_problem(name: str) -> str | None:
    """None for a specific name, otherwise why it is too vague, or is no name, and how to
    write it."""
    name = name.strip()
    compact = PUNCTUATION.sub("", name)
    head = PUNCTUATION.sub("", HEAD_END.split(name, 1)[0])
    if (part := description_part(name)) in NOT_NAMES and not _ends_with_task(head):
        return NOT_A_NAME.format(text=name, part=part, what="场景名称") + SEND_THE_NAME + SUGGESTION
    if said := unit_corrected(name):
        return said
    if said := part_named(compact, TASK):
        return said + SUGGESTION
    if HOSPITAL_KIND.fullmatch(compact):
        return A_KIND_OF_SITE.format(name=compact) + _add(f"{compact}导诊", ADD_TASK)
    if said := _another_answer(name, head):
        return said + NAME_ASKED + SUGGESTION
    if len(compact) < MIN_LENGTH:
        return TOO_SHORT.format(name=name) + SUGGESTION
    found = [match.group() for match in GENERIC.finditer(compact) if match.group() not in THINGS]
    rest = _without_generic(GENERIC, compact)
    content = FILLER.sub("", rest)
    if INSTITUTION.search(compact) and not TASK.search(
            WORKSHOPS.sub("", _without_generic(GENERIC_NOT_TASK, compact))):
        return ONLY_SITE.format(name=name) + SUGGESTION
    if len(content) >= 2:
        states_task = (TASK.search(WORKSHOPS.sub("", rest)) or WORKSHOP_ENDING.search(compact)
                       or BROAD & {w.lower() for w in found})
        if not states_task and len(content) < LONG_CONTENT:
            if compact.endswith(ORGANISATIONS):  # 恒远集团: a unit, so 恒远集团巡检 is no example
                return ONLY_SITE.format(name=name) + SUGGESTION
            # 1号高炉, 焊装车间: the name with a task after it is the example; 汽车总装智能化示范
            # 巡检 would be none.
            sites = all(SITES.fullmatch(word) for word in found)
            return NO_TASK.format(name=name) + _add(f"{name}巡检" if sites else "", ADD_TASK)
        site, before = _closing_site(compact)
        # 电池包插接测试车间 says what is done there; 冲压车间 only which workshop it is.
        says_what = states_task and len(FILLER.sub("", before)) >= 4
        if site and (site in ORGANISATIONS or not says_what):
            return ONLY_SITE.format(name=name) + SUGGESTION
        return None
    words = "、".join(dict.fromkeys(found))
    reason = ONLY_GENERIC.format(name=name, words=words) if words else NO_CONTENT.format(name=name)
    task = next((word for word in reversed(found) if word in OBJECTS), "")
    return reason + _add(OBJECTS[task] + task if task else "", ADD_OBJECT.format(task=task))


def short_name_problem(name: str) -> str | None:
    """What a name too short for a scenario's (一期, 张工, 电力) plainly is, as a longer one is
    told (`_another_answer`), or a sector alone; None when it is only short."""
    compact = PUNCTUATION.sub("", name)
    if said := _another_answer(name.strip(), compact):
        return said + NAME_ASKED + SUGGESTION
    return A_SECTOR.format(name=compact) + NAME_ASKED + SUGGESTION if compact in SECTORS else None


def _add(example: str, advice: str) -> str:
    """What to add to a vague name, with `example` (the name so completed) when there is one
    and it passes; otherwise how to write a name."""
    if example and not scenario_name_problem(example):
        return advice.format(example=example)
    return SUGGESTION


def _another_answer(name: str, head: str) -> str | None:
    """Why `name` plainly answers another question (`answer_elsewhere`; a company alone is told
    it names only a site, `ONLY_SITE`), or is sentences or
    states a level: unless the name's head ends with its task, the rest a short aside (仓储分拣，
    替代4名工人; 电池包插接（定位精度≤0.5mm）; 效率提升30%的电池测试插接), not a clause of its
    own (在康养中心开展助行、陪伴服务，改善老人生活质量)."""
    # told by ONLY_SITE, but for a unit with its branch (…有限公司，南京供电分公司)
    company = PUNCTUATION.sub("", name).endswith(ORGANISATIONS) and not with_branch(name)
    if said := answer_elsewhere(name, "场景名称", joined=True, one_unit=not company):
        return said
    aside = PUNCTUATION.sub("", name[len(HEAD_END.split(name, 1)[0]):])
    named = _ends_with_task(head)
    clauses = stated(name) and not (named and len(aside) < LONG_ASIDE)
    described = clauses or MEASURE.search(name) and not named
    return A_SENTENCE.format(text=name, what="场景名称") if described else None


def _ends_with_task(compact: str) -> bool:
    """Whether a task closes the name, with only generic words, phase labels or its station
    after it (上下料项目, 插接应用一期, 巡检平台): 替代4名工人的注塑机上下料项目 names a task
    after what it brings, where 替代2名测试工人，测试效率提升30% only states a result."""
    tasks = list(TASK_WORD.finditer(compact))
    if not tasks:
        return False
    tail = AFTER_TASK.sub("", compact[tasks[-1].end():])
    return not FILLER.sub("", _without_generic(GENERIC_NOT_TASK, tail))


def _closing_site(compact: str) -> tuple[str, str]:
    """The site or organisation the name ends with (nothing but generic words after it) and
    what stands before it; ("", "") when the name does not end with one."""
    sites = list(SITES.finditer(compact))
    if not sites or FILLER.sub("", _without_generic(GENERIC_NOT_TASK, compact[sites[-1].end():])):
        return "", ""
    return sites[-1].group(), compact[:sites[-1].start()]


def _without_generic(generic: re.Pattern, compact: str) -> str:
    return generic.sub(lambda match: match.group() if match.group() in THINGS else "", compact)
