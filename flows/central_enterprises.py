"""The central enterprise groups (国务院国资委监管的中央企业) that hand their own rows in (填写说明
1), and which of them a 报送单位 names however it is written.

Each group's rows are one submission: counted against its own minimum, exported in its own file,
and compared and marked as duplicates among themselves only. Engineers write one group several
ways: by a former registered name (中国电子科技集团公司), with spaces, with brackets of either
width (华润(集团)有限公司) or by its short name (中国电科集团, 中国电科). A group is known by a key
blind to all of these (`group_name`); a name other than the listed one is asked about in the
chat (`units.ask_meant`) and noted on import, but never rewritten: the row keeps what was written,
and only the group's own file shows its listed name (`province.as_handed_in`).
"""

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

# SASAC's list (国资委 央企名录) of 2025, and the groups founded since: 中国长安汽车集团 and
# 中国雅江集团 (2025).
LISTED = (
    "中国核工业集团有限公司",
    "中国航天科技集团有限公司",
    "中国航天科工集团有限公司",
    "中国航空工业集团有限公司",
    "中国船舶集团有限公司",
    "中国兵器工业集团有限公司",
    "中国兵器装备集团有限公司",
    "中国电子科技集团有限公司",
    "中国航空发动机集团有限公司",
    "中国融通资产管理集团有限公司",
    "中国石油天然气集团有限公司",
    "中国石油化工集团有限公司",
    "中国海洋石油集团有限公司",
    "国家石油天然气管网集团有限公司",
    "国家电网有限公司",
    "中国南方电网有限责任公司",
    "中国华能集团有限公司",
    "中国大唐集团有限公司",
    "中国华电集团有限公司",
    "国家电力投资集团有限公司",
    "中国长江三峡集团有限公司",
    "国家能源投资集团有限责任公司",
    "中国电信集团有限公司",
    "中国联合网络通信集团有限公司",
    "中国移动通信集团有限公司",
    "中国电子信息产业集团有限公司",
    "中国第一汽车集团有限公司",
    "东风汽车集团有限公司",
    "中国一重集团有限公司",
    "中国机械工业集团有限公司",
    "哈尔滨电气集团有限公司",
    "中国东方电气集团有限公司",
    "鞍钢集团有限公司",
    "中国宝武钢铁集团有限公司",
    "中国铝业集团有限公司",
    "中国远洋海运集团有限公司",
    "中国航空集团有限公司",
    "中国东方航空集团有限公司",
    "中国南方航空集团有限公司",
    "中国中车集团有限公司",
    "中国铁路通信信号集团有限公司",
    "中国铁路工程集团有限公司",
    "中国铁道建筑集团有限公司",
    "中国交通建设集团有限公司",
    "中国电力建设集团有限公司",
    "中国能源建设集团有限公司",
    "中国安能建设集团有限公司",
    "中国中化控股有限责任公司",
    "中粮集团有限公司",
    "中国五矿集团有限公司",
    "中国通用技术（集团）控股有限责任公司",
    "中国建筑集团有限公司",
    "中国储备粮管理集团有限公司",
    "国家开发投资集团有限公司",
    "招商局集团有限公司",
    "华润（集团）有限公司",
    "中国旅游集团有限公司",
    "中国商用飞机有限责任公司",
    "中国节能环保集团有限公司",
    "中国国际工程咨询有限公司",
    "中国诚通控股集团有限公司",
    "中国中煤能源集团有限公司",
    "中国煤炭科工集团有限公司",
    "中国机械科学研究总院集团有限公司",
    "中国钢研科技集团有限公司",
    "中国化学工程集团有限公司",
    "中国盐业集团有限公司",
    "中国建材集团有限公司",
    "中国有色矿业集团有限公司",
    "中国稀土集团有限公司",
    "中国资源循环集团有限公司",
    "中国有研科技集团有限公司",
    "矿冶科技集团有限公司",
    "中国国际技术智力合作集团有限公司",
    "中国建筑科学研究院有限公司",
    "中国信息通信科技集团有限公司",
    "中国农业发展集团有限公司",
    "中国林业集团有限公司",
    "中国医药集团有限公司",
    "中国保利集团有限公司",
    "中国建设科技有限公司",
    "新兴际华集团有限公司",
    "中国矿产资源集团有限公司",
    "中国民航信息集团有限公司",
    "中国航空油料集团有限公司",
    "中国航空器材集团有限公司",
    "中国电气装备集团有限公司",
    "中国物流集团有限公司",
    "中国南水北调集团有限公司",
    "中国国新控股有限责任公司",
    "华侨城集团有限公司",
    "南光（集团）有限公司",
    "中国广核集团有限公司",
    "中国黄金集团有限公司",
    "中国检验认证（集团）有限公司",
    "中国长安汽车集团有限公司",
    "中国雅江集团有限公司",
)
# The short names groups go by in the news and on letterheads, where their own letters do not
# say which group they are (中核 begins otherwise than 中国核工业; 中国石油 fits two groups):
# written with or without 集团 (中核集团, 华能集团) and a company form. Short names shared with
# another unit in the province (南航 is 南京航空航天大学 too) are left out.
SHORT_NAMES = {
    "中国核工业集团有限公司": ("中核",),
    "中国航天科技集团有限公司": ("航天科技",),
    "中国航天科工集团有限公司": ("航天科工",),
    "中国航空工业集团有限公司": ("中航工业", "航空工业"),
    "中国船舶集团有限公司": ("中船",),
    "中国兵器工业集团有限公司": ("兵器工业",),
    "中国兵器装备集团有限公司": ("兵器装备", "兵装"),
    "中国航空发动机集团有限公司": ("航发",),
    "中国石油天然气集团有限公司": ("中石油", "中国石油"),
    "中国石油化工集团有限公司": ("中石化",),
    "中国海洋石油集团有限公司": ("中海油",),
    "国家电网有限公司": ("国网",),
    "中国南方电网有限责任公司": ("南方电网", "南网"),
    "中国华能集团有限公司": ("华能",),
    "中国大唐集团有限公司": ("大唐",),
    "中国华电集团有限公司": ("华电",),
    "国家电力投资集团有限公司": ("国电投",),
    "中国长江三峡集团有限公司": ("三峡",),
    "中国电信集团有限公司": ("中国电信",),
    "中国电子信息产业集团有限公司": ("中国电子",),
    "中国第一汽车集团有限公司": ("一汽",),
    "中国机械工业集团有限公司": ("国机",),
    "哈尔滨电气集团有限公司": ("哈电",),
    "中国东方电气集团有限公司": ("东方电气",),
    "中国宝武钢铁集团有限公司": ("宝武",),
    "中国铝业集团有限公司": ("中铝",),
    "中国远洋海运集团有限公司": ("中远海运",),
    "中国航空集团有限公司": ("国航",),
    "中国东方航空集团有限公司": ("东航",),
    "中国中车集团有限公司": ("中车",),
    "中国铁路工程集团有限公司": ("中国中铁",),
    "中国铁道建筑集团有限公司": ("中铁建",),
    "中国交通建设集团有限公司": ("中交",),
    "中国电力建设集团有限公司": ("中电建",),
    "中国能源建设集团有限公司": ("中国能建",),
    "中国中化控股有限责任公司": ("中化",),
    "中国五矿集团有限公司": ("五矿",),
    "中国通用技术（集团）控股有限责任公司": ("通用技术",),
    "中国建筑集团有限公司": ("中国建筑", "中建"),
    "国家开发投资集团有限公司": ("国投",),
    "中国医药集团有限公司": ("国药",),
    "中国中煤能源集团有限公司": ("中煤",),
    "中国保利集团有限公司": ("保利",),
    "中国广核集团有限公司": ("中广核",),
}
# The company forms one name is registered or written with: no part of which group it is.
COMPANY_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司$|公司$")
# What many groups' names share: a short name keeps at least two characters besides them.
SHARED_WORDS = re.compile(r"中国|国家|集团|控股|[()]")
# A short name holds at least about a third of the group's name (中国电科 of 中国电子科技集团).
MIN_LIKENESS = 50.0


def _plain(name: str) -> str:
    """The name in NFKC's half-width spelling (（集团） as (集团)), without spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def _key(name: str) -> str:
    return COMPANY_FORM.sub("", _plain(name))


_KEY_OF = {name: _key(name) for name in LISTED}
_BY_KEY = {key: name for name, key in _KEY_OF.items()}
_BY_SHORT_NAME = {short: name for name, shorts in SHORT_NAMES.items() for short in shorts}


@lru_cache(maxsize=4096)  # /stats asks it of every row
def listed_group(name: str) -> str | None:
    """The listed group `name` names: one whose name it is but for width, spaces and company
    form, or whose common short name it is (`SHORT_NAMES`), or else the one group it is a short
    name of, its characters in that group's order and its first two the group's (中国电科集团 and
    中国电科 of 中国电子科技集团; not 中天科技集团 of 中国航天科技集团, nor 中国航空 of the five
    groups it would fit)."""
    key = _key(name)
    if found := _BY_KEY.get(key) or _BY_SHORT_NAME.get(key.removesuffix("集团")):
        return found
    if len(SHARED_WORDS.sub("", key)) < 2:
        return None
    found = [(listed, full) for listed, _, full in process.extract(
        key, _KEY_OF, scorer=LCSseq.similarity, score_cutoff=len(key), limit=None)
        if listed[:2] == key[:2]]
    if len(found) != 1 or fuzz.ratio(key, found[0][0]) < MIN_LIKENESS:
        return None
    return found[0][1]


def group_name(name: str) -> str:
    """What a central enterprise group's rows are counted, exported and compared under: the
    listed full name, or for a group not listed its name without its company form."""
    return listed_group(name) or _key(name)


def meant(name: str) -> str | None:
    """The listed full name `name` stands for, when it is written otherwise than as a width or
    a space differs."""
    listed = listed_group(name)
    return listed if listed and _plain(listed) != _plain(name) else None


# A remark after a group's full name: in brackets of any kind (（代报）, （中国电科）), or a
# short one ending with 代报 or 盖章, as typed or spoken after a pause (国网江苏电力代报).
REMARK = re.compile(r"\[(?P<a>[^\[\]]*)\]|\((?P<b>[^()]*)\)|【(?P<c>[^【】]*)】"
                    r"|(?P<d>[^()\[\]【】]{0,10}(?:代报|盖章))")
# What makes a remark name another unit: a branch, an institute, a works or a department
# (…江苏分公司盖章, （第十四研究所）, （江苏省工业和信息化厅代报）), or a place alone ((南京)),
# which says which branch: such a row is not the group's.
OTHER_UNIT = re.compile(r"公司|所|院|厂|中心|厅|局|委")
PLACE_ALONE = re.compile(r"(?!.*(?:代报|盖章)$)\w{2,3}(?:省|市|区|县)?")


def full_name_before_remark(name: str) -> str | None:
    """The listed group whose full name `name` is, followed by a remark (`REMARK`) naming no
    other unit, as the department's is typed (江苏省工业和信息化厅（代报）): no part of the
    name. The group's own short name in brackets (（中国电科）) is such a remark."""
    plain = _plain(name)
    for listed in LISTED:
        if plain.startswith(full := _plain(listed)) and (
                remark := REMARK.fullmatch(plain[len(full):])):
            said = next(filter(None, remark.groups()), "")
            if listed_group(said) == listed or not (
                    OTHER_UNIT.search(said) or PLACE_ALONE.fullmatch(said)):
                return listed
    return None


def group_at_start(name: str) -> str | None:
    """The listed group whose name, but for its company form, `name` begins with and goes on
    after: a part of it (中国船舶集团有限公司第七〇二研究所, 中国电子科技集团公司第十四研究所)."""
    plain = _plain(name)
    return next((listed for listed, key in _KEY_OF.items()
                 if plain.startswith(key) and len(plain) > len(key)), None)
