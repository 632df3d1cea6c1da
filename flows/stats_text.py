"""What /stats says of the standing (flows/province.py counts it): for the province, against
the notice's minimums; for a city, its share, and how much of it the province counts once its
rows alike to other cities' are counted with them.
"""

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from flows.deployment_words import PROVINCE, Words
from flows.draft import STATUS_LABELS
from flows.province import (
    ENTERPRISES,
    MIN_SCENARIOS,
    MIN_TYPES,
    Row,
    Standing,
    central_enterprise,
    clustering,
    enterprise_lines,
    groups_text,
    marked,
    marks_apart_text,
    province_rules,
    standing,
    types_text,
)
from flows.review_card import ids_text

# Each in the deployment's words (`deployment_words`): 全省, 省级, 本市, 外市 of a province.
CITY_SHARE = ("（通知要求{whole}"
              f"不少于 {MIN_SCENARIOS} 个重点场景、至少覆盖 {MIN_TYPES} 类场景类型，"
              "由{level}协调员汇总；以上为本{short}的贡献。）")
# The province counts a group of alike rows by its first (lowest-numbered) row: the city
# holding that row keeps it, the other cities' rows of the group are counted there.
COUNTED_ELSEWHERE = ("其中 {ids} 与外{short}编号在前的场景高度相似，{whole}统计时与之按 1 项计，"
                     "计在外{short}。")
COUNTED_HERE = ("其中 {ids} 与外{short}编号在后的场景高度相似，{whole}统计时与之按 1 项计，"
                "计在本{short}。")
PROVINCE_COUNTS = "{whole}统计时本{short}计 {counted} 个（相似与否由{level}协调员判断）{versus}。"
SAME = "，与上面的数字相同"
FEWER = "，少于上面的数字"
MORE = "，多于上面的数字"
# The city's alike rows the province counts apart: each is grouped with another city's row
# first (rows join the first group they are alike to all of), and those groups differ.
SPLIT = "本{short}相似的 {ids} 在{whole}统计时各与外{short}不同的场景归为一组，分别计数"
OUTSIDE_PROVINCE = "（{outside}布局）"
# Central enterprise groups' rows are reviewed here, so in the 状态 line, but counted apart.
CENTRAL_ROWS = "（含中央企业报送的 {central} 个，另行统计）"
TYPES_APART = ("⚠️ 相似场景的场景类型不同：{groups}。每组按编号在前的场景计 1 项，计入其场景类型；"
               "如实为不同场景，请在审核卡片上判定“不是同类场景”。")


@dataclass(frozen=True)
class CityShare:
    """A city's rows alike to another city's, by where the province counts their group, and
    what the city adds to the province's count (`Standing.counted` of its rows alone is more
    when a group is counted elsewhere, less when the province counts its alike rows apart:
    `grouped`, the province's groups holding any of the city's rows)."""
    elsewhere: list[int]
    here: list[int]
    counted: int
    grouped: tuple[tuple[int, ...], ...] = ()


def city_share(mine: Sequence[Row], everyone: Sequence[Row], city: str) -> CityShare:
    """The province's own count decides: a group of alike rows counts once, by its first row
    (`standing`), whichever city holds it. A central enterprise group's rows are in no city's
    share, so neither are their groups (a group is one submitter's)."""
    province = standing(everyone)
    ids = {r.id for r in mine}
    central = {r.id for r in everyone if central_enterprise(r.answers)}
    across = [group for group in province.groups
              if not ids.issuperset(group) and group[0] not in central]
    return CityShare(
        elsewhere=sorted(i for g in across if g[0] not in ids for i in g if i in ids),
        here=sorted(i for g in across if g[0] in ids for i in g if i in ids),
        counted=dict(province.by_city).get(city, 0),
        grouped=tuple(g for g in province.groups if ids.intersection(g)),
    )


def central_rows(rows: Sequence[Row]) -> int:
    """The rows central enterprise groups hand in, whatever their status or mark."""
    return sum(1 for r in rows if central_enterprise(r.answers))


def standing_text(s: Standing, scope: str, share: CityShare | None = None,
                  cities: Collection[str] = (), words: Words = PROVINCE, central: int = 0
                  ) -> str:
    """The standing against the notice; a city's (`share`, None for the province) is shown
    without the province's ✅/❌, since the notice's minimums apply to the province as a
    whole. `cities`: the province's own; any other in 按城市 is a 省外布局 scenario's.
    `central`: of the rows in the 状态 line, the central enterprise groups' (`central_rows`),
    said there so that its total and the count below it add up."""
    lines = [f"📊 填报进度（范围：{scope}）"]
    marks = [f"已标记为重复 {s.marked}"] if s.marked else []
    lines.append("状态：" + " · ".join(
        [f"{STATUS_LABELS[k]} {v}" for k, v in s.by_status.items()] + marks)
        + (CENTRAL_ROWS.format(central=central) if central else ""))
    lines.append(f"重点场景（已提交与已通过，重复与相似场景按 1 项计）：{s.counted} 个，"
                 f"其中已通过 {s.approved} 个")
    # The share of one type is the province's or the city's own: said before the central
    # groups' block, it cannot read as one group's.
    clustered = list(filter(None, [clustering(s)]))
    if share is None:
        lines += [marked(rule) for rule in province_rules(s, awaiting=True)] + clustered
        lines += enterprise_lines(s, words)
    else:
        lines += _share_lines(s, share, words)
        lines += [f"场景类型：{types_text(s)}", *clustered, CITY_SHARE.format(**words._asdict())]
        if s.enterprises:
            lines += [ENTERPRISES.format(own=words.own),
                      *(f"{name}：{n} 个" for name, n in s.enterprises.items())]
    lines.append("按行业：" + (_counts(s.by_industry) or "—"))
    if share is None:  # one city's own figures are all of one city: no 按城市 to tell
        lines.append(f"按{words.place}：" + (_counts(s.by_city, cities, words) or "—"))
    lines.append("缺少量化指标：" + (ids_text(s.unquantified) or "无"))
    lines.append("指标未涉及的维度（仅提醒）：" + (_uncovered(s.uncovered) or "无"))
    lines.append("相似场景组：" + (groups_text(s.groups, "#{}".format) or "无"))
    if s.types_apart:
        lines.append(TYPES_APART.format(groups="；".join(
            " ≈ ".join(f"#{i} {t}" for i, t in pairs) for pairs in s.types_apart)))
    if s.apart:
        lines.append("⚠️ " + marks_apart_text(s.apart, words))
    return "\n".join(lines)


def _share_lines(s: Standing, share: CityShare, words: Words) -> list[str]:
    """Where the province counts the city's rows alike to other cities', and so how many it
    counts of the city's: a city's count stays whole when it holds the group's first row, and
    grows when alike rows of the city fall in two of the province's groups (`SPLIT`)."""
    split = _split(s.groups, share.grouped)
    if not (share.elsewhere or share.here or split):
        return []
    said = words._asdict()
    lines = ([COUNTED_ELSEWHERE.format(ids=ids_text(share.elsewhere), **said)]
             if share.elsewhere else [])
    lines += [COUNTED_HERE.format(ids=ids_text(share.here), **said)] if share.here else []
    versus = (SAME if share.counted == s.counted else FEWER if share.counted < s.counted
              else MORE)
    if split:
        versus += "：" + "；".join(SPLIT.format(ids=ids_text(g), **said) for g in split)
    return lines + [PROVINCE_COUNTS.format(counted=share.counted, versus=versus, **said)]


def _split(own: Sequence[tuple[int, ...]], province: Sequence[tuple[int, ...]]
           ) -> list[tuple[int, ...]]:
    """The city's groups whose rows the province's groups (`province`) hold apart."""
    group_of = {row_id: group for group in province for row_id in group}
    return [g for g in own if len({group_of.get(row_id, (row_id,)) for row_id in g}) > 1]


def _uncovered(uncovered: Mapping[str, list[int]]) -> str:
    """`尚无精度指标 #3、#4；尚无可靠性指标 #1`: the entries to follow up, a dimension each."""
    return "；".join(f"尚无{name}指标 {ids_text(ids)}" for name, ids in uncovered.items())


def _counts(pairs: list[tuple[str, int]], cities: Collection[str] = (),
            words: Words = PROVINCE) -> str:
    """`苏州市 10 · 深圳市 1（省外布局）`: with `cities`, a city not among them is marked."""
    outside = OUTSIDE_PROVINCE.format(outside=words.outside)
    return " · ".join(f"{name} {n}" + (outside if cities and name not in cities
                                       and name != "未填" else "")
                      for name, n in pairs)
