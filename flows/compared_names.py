"""A scenario name as the similarity check (填写说明 5) compares it: without what two units
handing in one scenario word differently. 变电站智能巡检 and 220kV变电站巡检 are one scenario,
yet a voltage class and a 智能 made them too unlike (58.8 of 100) to be found alike at all.
What names the work (变电站, 巡检, 5G, 3C) is all kept, and names that share a site but name
different work (车身焊接, 车身喷涂) are not alike however close their letters (`same_work`).
"""

import re
from functools import lru_cache

# A voltage class (220kV, ±800千伏, 10 kV): the grid's, not the scenario's.
VOLTAGE = re.compile(r"[±+]?\d+(?:\.\d+)?\s*(?:[kK][vV]|千伏)")
# Which line, furnace, workshop or phase (1号线, 2号高炉, 3#车间, 第3期, 二期, 第二批), not what
# work. A figure glued to letters (5G, 3C, 3D) or to a unit (5轴) names the work and is kept;
# a batch needs its 第, as 一批 is also inside words (统一批量).
NUMBERED = re.compile(r"第?\d+\s*(?:号线?|[#＃期批])|第[一二三四五六七八九十]+[期批号]"
                      r"|[一二三四五六七八九十]+期")
# Words any submission may add to its name, longest first: they qualify the robot or the
# programme, never the work.
FILLER_WORDS = re.compile("具身智能|人形机器人|四足机器人|机器人|机器狗|智能化|智能|智慧"
                          "|自动化|自动|无人化|数字化|应用|场景|示范")
PUNCTUATION = re.compile(r"[\W_]+")
# Each distinct work with the words that name it. One site's scenarios share its words (汽车车身,
# 挖掘机结构件), so their names may be alike when only the work word tells them apart.
WORKS = {
    "焊接": ("焊接", "焊装", "点焊", "弧焊", "补焊"),
    "喷涂": ("喷涂", "喷漆", "涂装", "补漆", "喷釉", "喷粉"),
    "涂胶": ("涂胶", "点胶", "打胶", "施胶"),
    "装配": ("装配", "组装"),
    "拧紧": ("拧紧", "锁付", "锁螺丝", "紧固"),
    "检测": ("检测", "检验", "质检", "探伤", "测试", "测量"),
    "巡检": ("巡检", "巡视", "巡查", "巡逻"),
    "检修": ("检修", "维修", "维保", "保养"),
    # moving material from place to place is one work whether called 搬运 or 配送 (AGV物料配送)
    "搬运": ("搬运", "转运", "搬送", "移载", "装卸", "装车", "卸车", "配送", "运送"),
    "分拣": ("分拣", "拣选", "拣货", "分选"),
    "配送": ("配送", "送餐", "助餐", "送药", "递送", "派送"),
    "拆垛": ("拆垛", "拆码垛", "卸垛"),
    "码垛": ("码垛", "拆码垛", "堆垛"),
    "上下料": ("上下料", "上料", "下料", "投料"),
    "打磨": ("打磨", "抛光", "去毛刺"),
    "消毒": ("消毒", "消杀"),
    "清洁": ("清洁", "保洁", "清扫", "清洗"),
    "引导": ("导诊", "导购", "导览", "引导", "迎宾", "问询", "咨询", "客服"),
    "安检": ("安检",),
    "理货": ("理货", "补货"),
    "盘点": ("盘点",),
    "标识": ("喷印", "喷码", "打标", "贴标"),
    "包装": ("包装", "打包", "捆扎", "装箱"),
    "救援": ("搜救", "救援", "灭火"),
}
WORK_OF: dict[str, frozenset[str]] = {
    word: frozenset(work for work, words in WORKS.items() if word in words)
    for words in WORKS.values() for word in words}
WORK_WORDS = re.compile("|".join(sorted(WORK_OF, key=len, reverse=True)))


def compared_name(name: str) -> str:
    """`变电站巡检` for 220kV变电站智能巡检（二期）; the name as written, but for punctuation, when
    nothing else is left (智能机器人应用), as two such names are no more alike than written."""
    plain = PUNCTUATION.sub("", name)
    kept = FILLER_WORDS.sub("", PUNCTUATION.sub("", NUMBERED.sub("", VOLTAGE.sub("", name))))
    return kept or plain


def same_work(one: str, other: str) -> bool:
    """False for names that each name their work and share none of it (焊接 and 喷涂, 巡检 and
    检修); a name naming no work (汽车车身自动化) may be any work, as before."""
    mine, theirs = named_work(one), named_work(other)
    return not (mine and theirs) or bool(mine & theirs)


@lru_cache(maxsize=4096)
def named_work(name: str) -> frozenset[str]:
    """The works `WORKS` finds named in a compared name; kept, as /stats asks for every pair."""
    return frozenset(work for word in WORK_WORDS.findall(name) for work in WORK_OF[word])
