"""A place or a task typed at 所属行业 (社区食堂, 商场导览讲解与导购): the scenario's site or what
the robot does there, saved, it would stand in the 行业/方向 cell where the industry belongs.
Only what plainly is one is told so: a name ending with a kind of site no industry's name ends
with, or with an operation a robot performs at a site, its equipment perhaps named (变电站设备巡检;
not after a sector: 仓储物流分拣); an industry's ending after it (餐饮业, 商贸流通, 社区服务,
导览服务) makes an industry. Kinds of hospital (儿童医院) are left to say the 医疗 sector."""

import re

# Sites a scenario takes place in, as a name's ending: 社区食堂, 总装车间, 营业厅; not the sites
# that also name a trade's format (连锁超市, 商场, 酒店, 机场, 民营医院, 中餐厅).
_PLACES = ("食堂|饭堂|车间|厂房|仓库|变电站|配电房|工地|展厅|大厅|病房|病区|门诊|候车室|营业厅"
           "|火车站|高铁站|地铁站|汽车站")
# Operations of a robot (导览, 送餐, 分拣): what it does, not the trade it serves. Words that
# also name trades (加工, 铸造, 驾驶, 配送, 护理, 陪护, 理货, 消杀, 装卸, 配餐) are not here.
_TASKS = ("导览|讲解|导购|导诊|导引|引导|迎宾|接待|送餐|出餐|点餐|分拣|搬运|巡检|巡逻"
          "|巡查|上下料|码垛|拆垛|拧紧|插接|插拔|打磨|喷涂|点焊|盘点|上架|补货|陪伴|清扫|拣选")
TASK_END = re.compile(f"(?:{_TASKS})$")
# What a task follows to be plainly one: nothing or other tasks (导览讲解与), perhaps after a
# site (商场, 社区, 医院); after a sector (仓储物流分拣, 电力巡检) it may say the industry
# and its direction.
_SITES = f"{_PLACES}|餐厅|商场|超市|社区|医院|酒店|银行|机场|车站|景区|展馆|博物馆|门店|小区|学校"
# A restaurant is a trade's format (中餐厅, 连锁餐厅, 餐厅 alone), but a site after another
# site or the people it feeds (医院餐厅, 员工餐厅).
PLACE_END = re.compile(f"(?:{_PLACES}|(?:{_SITES}|员工|职工|学生|教工)餐厅)$")
# After a site, where in it, which equipment and how a task is done (变电站室外设备巡检,
# 变电站夜间智能巡检) keep it a task; after a sector they may name a direction (电力设备巡检).
_AT_SITE = ("室外|室内|户外|站内|场内|库内|现场|夜间|日常|全天候|智能|自动|远程|设备|设施|仪表"
            "|表计|线路|电缆|管道|管廊|开关柜|配电柜|机柜|变压器")
BEFORE_TASK = re.compile(f"(?:.*(?:{_SITES})(?:{_AT_SITE})*)?(?:(?:{_TASKS})[与和及、]?)*")
EXAMPLES = "如“餐饮服务”“商贸零售”“养老服务”“医疗卫生”“交通运输”"
A_PLACE = ("“{text}”像是场景所在的场所，不是行业名称，没有保存。场所可以写进场景名称；"
           "这里请填写场景所属的行业，" + EXAMPLES + "，或点击下方按钮选择。")
A_TASK = ("“{text}”像是机器人做的具体任务，不是行业名称，没有保存。任务可以写进场景名称；"
          "这里请填写场景所属的行业，" + EXAMPLES + "，或点击下方按钮选择。")

# The programme's own words for a scenario (实训, 场景, 示范): 工业产线实训 is 填写说明 3's own
# example of a vague scenario, and no industry is named with them.
SCENARIO_WORDS = re.compile("实训|实景|场景|示范")
VAGUE = ("“{text}”像是场景的笼统说法（填写说明 3 提到的“工业产线实训”就是这一类），不是行业名称，"
         "没有保存。这里请填写场景所属的行业，如“汽车制造”“电子信息制造业”“装备制造”“仓储物流”，"
         "或点击下方按钮选择。")


def place_or_task(text: str) -> str | None:
    """Why `text` typed as the industry reads as a site, a task or a scenario in the
    programme's words (`SCENARIO_WORDS`); None for anything else."""
    compact = re.sub(r"\s+", "", text)
    if SCENARIO_WORDS.search(compact):
        return VAGUE.format(text=compact)
    if PLACE_END.search(compact):
        return A_PLACE.format(text=compact)
    if (task := TASK_END.search(compact)) and BEFORE_TASK.fullmatch(compact[:task.start()]):
        return A_TASK.format(text=compact)
    return None
