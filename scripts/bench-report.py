#!/usr/bin/env python3
"""Turns criterion's results for benches/lookup.rs into Markdown tables:
ns per lookup for each rival, and each rival's time over from_code's.

    python3 scripts/bench-report.py TARGET_DIR/criterion
"""

import json
import pathlib
import sys

RIVALS = ["from_code", "phf", "match", "std_hashmap", "fx_hashmap", "linear_scan"]


def main():
    root = pathlib.Path(sys.argv[1])
    for group in sorted(root.glob("lookup_*")):
        rows = {}
        for rival in RIVALS:
            estimates = group / rival / "new" / "estimates.json"
            benchmark = group / rival / "new" / "benchmark.json"
            if not estimates.exists():
                continue
            mean = json.loads(estimates.read_text())["mean"]["point_estimate"]
            keys = json.loads(benchmark.read_text())["throughput"]["Elements"]
            rows[rival] = mean / keys
        if not rows:
            continue
        base = rows.get("from_code")
        print(f"\n{group.name.replace('lookup_', '').replace('_', ' ', 1)}\n")
        print("| rival | ns per lookup | time / from_code |")
        print("|---|---:|---:|")
        for rival, ns in rows.items():
            ratio = f"{ns / base:.2f}" if base else "-"
            print(f"| {rival} | {ns:.1f} | {ratio} |")


if __name__ == "__main__":
    main()
