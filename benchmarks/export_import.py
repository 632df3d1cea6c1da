"""Export 10,000 realistic rows into the default template and read them back.

Run: `python -m benchmarks.export_import`. Targets: under 5 s and under 300 MB for each phase.
Each phase runs in a fresh process, so its peak resident memory (ru_maxrss, interpreter
included) is its own and not the other phase's; the time is wall-clock inside that process.
"""

import random
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from exports.reader import read_rows
from exports.writer import export_rows
from flows.row import DEPLOYMENT_GOALS, PRODUCT_FORMS, SCENARIO_TYPES

ROWS = 10_000
CITIES = ("苏州市", "无锡市", "南京市", "常州市", "南通市", "徐州市", "扬州市", "盐城市")
INDUSTRIES = ("汽车制造", "电子信息制造业", "仓储物流", "医疗康养", "电力巡检", "应急救援")
TASKS = ("上下料", "柔性插接", "巡检", "分拣", "搬运", "装配", "配送", "消防侦察")
MAKERS = ("优必选", "达闼", "宇树科技", "智元机器人", "傅利叶", "乐聚机器人", "云深处")
PARTNERS = ("东南大学", "南京大学", "江苏省产业技术研究院", "苏州大学", "中科院自动化所")
# ru_maxrss is in kilobytes on Linux and in bytes on macOS.
_RSS_BYTES = 1 if sys.platform == "darwin" else 1024


def realistic_rows(count: int, seed: int = 2026) -> list[dict]:
    """Rows like a province's submission: long descriptions, several members, mixed options."""
    rng = random.Random(seed)
    return [_row(rng, n) for n in range(count)]


def _row(rng: random.Random, n: int) -> dict:
    city, task = rng.choice(CITIES), rng.choice(TASKS)
    products = rng.sample(sorted(PRODUCT_FORMS), rng.randint(1, 2))
    row = {
        "submitting_unit": "江苏省工业和信息化厅",
        "city": city,
        "enterprise": f"{city[:-1]}第{n}智能装备有限公司",
        "scenario_name": f"{rng.choice(INDUSTRIES)}产线{task}场景{n}",
        "industry": rng.choice(INDUSTRIES),
        "sub_direction": task,
        "pain_point": f"{task}环节依赖人工，单班需要{rng.randint(2, 9)}人，"
        "作业环境存在高温、粉尘与高压风险，工件品种多、批量小，传统自动化改造难度大。" * 2,
        "indicators": f"识别准确率不低于{rng.randint(95, 99)}%，定位精度≤±{rng.randint(1, 5)}mm，"
        f"单次作业节拍≤{rng.randint(10, 30)}秒，连续作业成功率不低于99%。",
        "expected_results": f"替代人工{rng.randint(2, 9)}人，效率提升{rng.randint(10, 40)}%。",
        "scenario_type": rng.choice(SCENARIO_TYPES),
        "product_types": {p: rng.choice(PRODUCT_FORMS[p]) for p in products},
        "makers": rng.sample(MAKERS, rng.randint(1, 3)),
        "partners": rng.sample(PARTNERS, rng.randint(0, 2)),
        "deployment_goals": rng.sample(DEPLOYMENT_GOALS, rng.randint(1, 3)),
        "deployment_count": rng.randint(1, 200),
        "model_algorithm": "具身智能大模型 v2",
        "key_components": "灵巧手、关节模组",
    }
    return {key: value for key, value in row.items() if value}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * _RSS_BYTES / 1e6


def export_phase(path: Path) -> tuple[float, float]:
    rows = realistic_rows(ROWS)
    start = time.perf_counter()
    export_rows(rows, path)
    return time.perf_counter() - start, _peak_mb()


def import_phase(path: Path) -> tuple[float, float]:
    start = time.perf_counter()
    imported = read_rows(path)
    seconds = time.perf_counter() - start
    assert len(imported) == ROWS and not any(row.problems for row in imported)
    return seconds, _peak_mb()


def _in_fresh_process(phase, path: Path) -> tuple[float, float]:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(phase, path).result()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "benchmark.xlsx"
        export_s, export_mb = _in_fresh_process(export_phase, path)
        size_mb = path.stat().st_size / 1e6
        print(f"export: {export_s:.2f} s, peak {export_mb:.0f} MB, {size_mb:.1f} MB file")
        import_s, import_mb = _in_fresh_process(import_phase, path)
        print(f"import: {import_s:.2f} s, peak {import_mb:.0f} MB")
    print(
        f"export_s={export_s:.2f} export_peak_mb={export_mb:.0f} "
        f"import_s={import_s:.2f} import_peak_mb={import_mb:.0f} rows={ROWS}"
    )


if __name__ == "__main__":
    main()
