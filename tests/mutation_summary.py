#!/usr/bin/env python3
"""Per-file mutation figures from a Stryker.NET JSON report.

Usage: python3 tests/mutation_summary.py artifacts/stryker/<Folder>/reports/mutation-report.json [--survivors]
Prints, per file and per folder: killed (+ timeout), survived, no coverage, the mutants ignored by a
`// Stryker disable` comment in the source ("marked"), the score as Stryker counts it
(killed / (killed + survived + no coverage)) and the raw score (the marked ones counted as survivors);
with --survivors, each surviving or uncovered mutant (line, mutator, replacement).
"""
import json
import sys
from collections import defaultdict

KILLED = {"Killed", "Timeout"}
LIVE = {"Survived", "NoCoverage"}

def marked(m):
    """Whether the mutant was ignored by a `// Stryker disable` comment (Stryker's own reasons start "Removed by")."""
    return m["status"] == "Ignored" and not (m.get("statusReason") or "").startswith("Removed by")


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        report = json.load(f)
    show = "--survivors" in argv[2:]
    rows = []
    folders = defaultdict(lambda: [0, 0, 0, 0])
    for path, entry in sorted(report["files"].items()):
        counts = [0, 0, 0, 0]
        live = []
        for m in entry["mutants"]:
            s = m["status"]
            if s in KILLED:
                counts[0] += 1
            elif s == "Survived":
                counts[1] += 1
            elif s == "NoCoverage":
                counts[2] += 1
            elif marked(m):
                counts[3] += 1
            if s in LIVE:
                live.append(m)
        name = path.split("src/LeadDomain/")[-1]
        folder = name.split("/")[0]
        for i in range(4):
            folders[folder][i] += counts[i]
        rows.append((name, counts, live))
    def score(c):
        total = sum(c)
        return f"{100.0 * c[0] / total:5.1f} %" if total else "  n/a"
    def line(name, c):
        return f"{name:55} {c[0]:6} {c[1]:5} {c[2]:5} {c[3]:6}  {score(c[:3])}  {score(c)}"
    print(f"{'file':55} {'killed':>6} {'surv':>5} {'nocov':>5} {'marked':>6}  score    raw")
    for name, c, live in rows:
        if not sum(c):
            continue
        print(line(name, c))
        if show:
            for m in sorted(live, key=lambda m: m["location"]["start"]["line"]):
                loc = m["location"]["start"]
                repl = (m.get("replacement") or "").replace("\n", " ")[:90]
                print(f"    {m['status'][:4]} L{loc['line']}:{loc['column']} {m['mutatorName']}: {repl}")
    for folder, c in sorted(folders.items()):
        if not sum(c):
            continue
        print(line('[' + folder + ']', c))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
