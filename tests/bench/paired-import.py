#!/usr/bin/env python3
"""Paired import runs on a loaded machine: two `scholia` binaries take turns on each file,
then jq -c . (gojq where jq 1.6 refuses the depth); medians of wall time and peak RSS
(wait4's ru_maxrss), as run-benchmarks.py measures one binary. docs/PERFORMANCE.md,
"Import pipeline (issue 17)".

    tests/bench/paired-import.py OLD_SCHOLIA NEW_SCHOLIA RUNS FILE...
"""
import os, resource, statistics, subprocess, sys, time, tempfile
ref, new = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]); files = sys.argv[4:]
def once(binary, path):
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        p = subprocess.Popen([binary, "import", "--db", tmp + "/l.sqlite", path],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        assert status == 0, (binary, path)
        return time.perf_counter() - start, usage.ru_maxrss / 1024
def tool(path):
    for t in ("jq", "gojq"):
        start = time.perf_counter()
        r = subprocess.run([t, "-c", ".", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r.returncode == 0:
            return t, time.perf_counter() - start
for path in files:
    size = os.path.getsize(path) / 2**20
    res = {"ref": [], "new": [], "jq": []}
    name = None
    for i in range(runs):
        res["ref"].append(once(ref, path)); res["new"].append(once(new, path))
        name, seconds = tool(path); res["jq"].append(seconds)
    med = lambda xs: statistics.median(xs)
    jq = med(res["jq"])
    r_t, n_t = med([x[0] for x in res["ref"]]), med([x[0] for x in res["new"]])
    r_m, n_m = med([x[1] for x in res["ref"]]), med([x[1] for x in res["new"]])
    print(f"{os.path.basename(path)} ({size:.1f} MiB): before {r_t:.3f} s {r_m:.0f} MiB | after {n_t:.3f} s {n_m:.0f} MiB "
          f"| {name} {jq:.3f} s | ratio before {r_t/jq:.2f}x after {n_t/jq:.2f}x | RSS/file before {r_m/size:.1f}x after {n_m/size:.1f}x", flush=True)
