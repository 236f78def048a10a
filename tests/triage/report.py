"""`python -m tests.triage.report [--errors] [--timing]`: the triage scores per split, as markdown.

For each split present (dev, test) it prints precision and recall per level,
crisis recall and the false-crisis rate on hard negatives. The test split is
frozen: only aggregates are printed for it. `--errors` lists the dev
misclassifications; `--timing` adds the median and p99 time of `classify`.
"""

from __future__ import annotations

import argparse
import statistics
import time

from sms.triage import LEVELS, classify
from tests.triage.metrics import Metrics, evaluate, load, misclassified, path_of

SPLITS = ("dev", "test")


def table(metrics: Metrics) -> str:
    """The markdown section for one split."""
    lines = [
        f"### {metrics.split}: {metrics.total} messages ({metrics.spanish} Spanish, "
        f"{metrics.hard_negatives} hard negatives)",
        "",
        "| level | messages | predicted | precision | recall |",
        "|---|---:|---:|---:|---:|",
    ]
    for level in LEVELS:
        score = metrics.levels[level]
        lines.append(
            f"| {level} | {score.support} | {score.predicted} | {score.precision:.1%} "
            f"| {score.recall:.1%} |"
        )
    crisis = metrics.levels["crisis"]
    lines += [
        "",
        f"- crisis recall: **{metrics.crisis_recall:.1%}** ({crisis.correct}/{crisis.support})",
        f"- false crisis on hard negatives: **{metrics.false_crisis_rate:.1%}** "
        f"({metrics.false_crisis_hard}/{metrics.hard_negatives})",
    ]
    return "\n".join(lines)


def timing(texts: list[str], rounds: int = 5) -> dict[str, tuple[float, float]]:
    """Median and p99 seconds per `classify` call, wall clock and CPU, over `rounds` passes.

    CPU time is what the classifier costs; wall time also counts whatever else the
    machine is running (on a busy shared box its p99 is mostly waiting for a core).
    """
    wall, cpu = [], []
    for _ in range(rounds):
        for text in texts:
            start, start_cpu = time.perf_counter(), time.thread_time()
            classify(text)
            cpu.append(time.thread_time() - start_cpu)
            wall.append(time.perf_counter() - start)
    return {name: _median_p99(samples) for name, samples in (("wall", wall), ("cpu", cpu))}


def _median_p99(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples), samples[int(len(samples) * 0.99)]


def main(argv: list[str] | None = None) -> None:
    """Print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list dev misclassifications")
    parser.add_argument("--timing", action="store_true", help="time classify() on dev")
    parser.add_argument("--split", choices=SPLITS, help="only this split")
    args = parser.parse_args(argv)
    print("## Triage")
    for split in [args.split] if args.split else SPLITS:
        print()
        if not path_of(split).exists():
            print(f"### {split}: not written yet")
            continue
        print(table(evaluate(split, load(split))))
    if args.timing:
        print()
        for name, (median, p99) in timing([example.text for example in load("dev")]).items():
            print(f"- classify() {name} time per dev message: median {median * 1e6:.0f} µs, "
                  f"p99 {p99 * 1e6:.0f} µs")  # fmt: skip
    if args.errors:
        print("\n### dev misclassifications\n")
        for example, triage in misclassified("dev"):
            print(f"- {example.level} -> {triage.level} {list(triage.rules)}: {example.text}")


if __name__ == "__main__":
    main()
