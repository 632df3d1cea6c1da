"""How long finding the province's similar scenarios takes (填写说明 5), since /stats and the
province's /export compare every pair of its rows on the bot's one event loop: while they run,
no engineer's answer is handled.

Run with `python -m benchmarks.province_similarity [N ...]` (default 300 1000 2000). Rows are
the export benchmark's, with pain points from the development corpus and two in ten rows near
copies of an earlier one; the last line is key=value pairs for scripts to read.
"""

import json
import random
import sys
import time
from pathlib import Path

from benchmarks.export_import import realistic_rows
from flows.similarity import similar_groups

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "descriptions.json"
DEFAULT_SIZES = (300, 1000, 2000)


def province_rows(count: int, seed: int = 7) -> list[tuple[int, dict]]:
    rng = random.Random(seed)
    corpus = json.loads(CORPUS.read_text(encoding="utf-8"))
    cases = [case["text"] for case in corpus["cases"]]
    names = [name["name"] for name in corpus["names"]]
    rows, copied = [], None
    for n, row in enumerate(realistic_rows(count, seed)):
        row["pain_point"] = rng.choice(cases) + row["pain_point"][:60]
        if n % 15 == 0:
            row["scenario_name"] = rng.choice(names) + str(n)
        if n % 10 in (1, 2) and copied is not None:  # the same scenario handed in again
            again = rng.choice(("（二期）", "A线"))
            row = {**copied, "scenario_name": copied["scenario_name"] + again}
        if n % 10 == 0:
            copied = row
        rows.append((n + 1, row))
    return rows


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or DEFAULT_SIZES
    figures = []
    print(f"{'rows':>6} {'groups':>7} {'seconds':>8}")
    for size in sizes:
        rows = province_rows(size)
        start = time.perf_counter()
        groups = similar_groups(rows)
        seconds = time.perf_counter() - start
        print(f"{size:>6} {len(groups):>7} {seconds:>8.2f}")
        figures.append(f"s_at_{size}={seconds:.2f}")
    print(" ".join(figures))


if __name__ == "__main__":
    main()
