"""Is a 场景名称 specific enough to be told apart from every other submission?

填写说明 3 asks for a 具体、明确 name and cites 工业产线实训 as the vague kind. A name is
specific when, once the programme's own vocabulary is removed (工业, 产线, 实训, 场景, 机器人,
巡检, the notice's sector list …), a concrete object, place or task of at least two
characters is left: 智能巡检 leaves nothing, 变电站四足机器人夜间巡检 leaves 变电站 and 夜间.
"""

import re

MIN_LENGTH = 4

# Words every submission could use, space-separated: the programme, its sectors (the
# notice's list of key scenarios), industries (they have their own column, 行业/方向), broad
# tasks and qualifiers. A name made only of these says nothing concrete.
GENERIC_WORDS = """
    人形机器人 四足机器人 机器人 具身智能 具身 人形 四足 双足 足式 轮式 仿人 智能体 智能化 智能
    智慧 数字化 自动化 无人化 无人 自主 实景实训 实景 实训 训练场 训练 场景 应用 示范 验证 试点
    推广 项目 工程 建设 改造 升级 优化 开发 研发 攻关

    工业 产业 行业 领域 制造业 制造 生产线 生产 产线 流水线 工厂 车间 园区 企业 服务业 服务 特种
    商业 商用 家庭 家用 公共 民用 检测分析 维修维护 仓储物流 餐饮零售 医疗康养 安全生产 应急救援
    防灾减灾 检测 分析 维修 维护 运维 仓储 物流 餐饮 零售 医疗 康养 养老 健康 安全 应急 救援
    防灾 减灾

    电子信息 新能源 电力 电网 能源 化工 石化 汽车 电子 钢铁 冶金 矿山 农业 纺织 食品 医药 家电
    半导体 光伏 锂电 建筑 交通 航空 船舶 机械

    巡检 巡逻 巡查 作业 操作 任务 搬运 分拣 装配 上下料 配送 人机协作 协作 协同 人机 交互 陪伴
    清洁 安防 测试 检验 通用 综合 典型 创新 先进 高端 柔性 复杂 环境 系统 平台 解决方案 方案
    技术 设备 装备 产品 能力 基地 中心 空间 单元 工位 环节 方向

    robots robot robotics robotic humanoid quadruped embodied intelligent intelligence smart ai
    industrial industry application applications scenario scenarios scene training
    demonstration demo service services inspection production line factory manufacturing
    platform system
""".split()
# Characters that carry no content on their own once the generic words are gone, and the
# template's placeholders (XX工厂, 某企业).
FILLER = re.compile(r"[Xx]{2,}|某|[的之与和及等类型化用中下在各多全新场级式性\d]")
PUNCTUATION = re.compile(r"[\W_]+")
GENERIC = re.compile("|".join(re.escape(w) for w in sorted(GENERIC_WORDS, key=len, reverse=True)),
                     re.I)

SUGGESTION = "建议写成“对象+具体任务”，如“XX工厂电池测试—柔性插接”“变电站四足机器人夜间巡检”。"
TOO_SHORT = "场景名称“{name}”太短，看不出具体的对象和任务。"
NO_CONTENT = "场景名称“{name}”看不出具体的对象和任务。"
ONLY_GENERIC = ("场景名称“{name}”过于笼统：只有“{words}”这类通用词，"
                "缺少具体的对象或任务（如设备、工位、场所、作业内容）。")


def scenario_name_problem(name: str) -> str | None:
    """None for a specific name, otherwise why it is too vague and how to write it."""
    name = name.strip()
    compact = PUNCTUATION.sub("", name)
    if len(compact) < MIN_LENGTH:
        return TOO_SHORT.format(name=name) + SUGGESTION
    remainder = FILLER.sub("", GENERIC.sub("", compact))
    if len(remainder) >= 2:
        return None
    words = "、".join(dict.fromkeys(match.group() for match in GENERIC.finditer(compact)))
    reason = ONLY_GENERIC.format(name=name, words=words) if words else NO_CONTENT.format(name=name)
    return reason + SUGGESTION
