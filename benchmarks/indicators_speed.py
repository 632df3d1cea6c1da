"""How long `assess_description` takes per description, since the bot runs it on every answer.

Run with `python -m benchmarks.indicators_speed [rounds]`. Each round times every description
of the development corpus once; the last line is key=value pairs for scripts to read.
"""

import json
import statistics
import sys
import time
from pathlib import Path

from flows.indicators import assess_description

# The bot memoises assessments of the same text; time the work itself, uncached.
assess_uncached = assess_description.__wrapped__

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "descriptions.json"
DEFAULT_ROUNDS = 200


def time_descriptions(texts: list[str], rounds: int) -> list[float]:
    """Milliseconds per call, one sample per description per round."""
    samples = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            assess_uncached(text)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ROUNDS
    texts = [case["text"] for case in json.loads(CORPUS.read_text(encoding="utf-8"))["cases"]]
    samples = sorted(time_descriptions(texts, rounds))
    median = statistics.median(samples)
    p99 = samples[int(len(samples) * 0.99) - 1]
    print(f"assess_description: median {median:.3f} ms per description over {len(samples)} calls")
    print(f"median_ms={median:.3f} p99_ms={p99:.3f} descriptions={len(texts)} rounds={rounds}")


if __name__ == "__main__":
    main()
