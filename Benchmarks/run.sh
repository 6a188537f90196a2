#!/usr/bin/env bash
# remixlint's benchmarks, with PCRE2 itself as the floor. One command from a clean clone:
#
#   Benchmarks/run.sh            # RUNS=7 PROMPTS=100000 by default
#
# It builds the statically linked release binary (the way to ship remixlint:
#   swift build -c release --static-swift-stdlib --product remixlint), generates a .jsonl of PROMPTS varied
# prompts (not committed), prints the default rules' patterns exactly as PCRE2 compiles them
# (`remixlint rules patterns`), and measures, as medians of RUNS runs of whole processes:
#   1. cold start: `remixlint check "<one ordinary prompt>"` against the floor running the same patterns on the
#      same one-line input;
#   2. batch throughput (prompts/s) and peak memory of `check --format json --file FILE.jsonl` with --jobs 1 and
#      --jobs 2, against the floor counting matching lines (`pcre2grep -c` semantics) over the same file;
#   3. compile cost: loading and compiling the default rules in-process (remixlint-bench), interpreted and JIT;
#   4. the floor: `pcre2grep -c -u -f patterns.txt` where pcre2grep accepts the patterns, otherwise
#      Benchmarks/floor.c, which does what pcre2grep -c does without pcre2grep's 8,192-byte limit on a pattern.
# Every figure is also printed as a ratio to the floor, so results on a noisy machine still compare.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
PROMPTS=${PROMPTS:-100000}
work=${BENCH_DIR:-Benchmarks/.data}
mkdir -p "$work"

scripts/bootstrap
command -v python3 >/dev/null || { echo "the benchmarks need python3" >&2; exit 2; }

echo "building the release binaries (static Swift runtime)..." >&2
swift build -c release --static-swift-stdlib --product remixlint >&2
swift build -c release --static-swift-stdlib --product remixlint-bench >&2
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)
cc -O2 -o "$work/floor" Benchmarks/floor.c $(pkg-config --cflags --libs libpcre2-8)

[ -f "$work/prompts.jsonl" ] && [ "$(wc -l <"$work/prompts.jsonl")" -eq "$PROMPTS" ] ||
  python3 Benchmarks/generate_prompts.py "$PROMPTS" >"$work/prompts.jsonl"
"$bin/remixlint" rules patterns >"$work/patterns.txt"
prompt="Slow dolly-in toward the singer over the whole clip, keep everything else the same."
printf '%s\n' "$prompt" >"$work/one.txt"

python3 - "$bin" "$work" "$RUNS" "$prompt" <<'PY'
import os, statistics, subprocess, sys, time

bin_dir, work, runs, prompt = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
remixlint, bench = os.path.join(bin_dir, "remixlint"), os.path.join(bin_dir, "remixlint-bench")
floor = os.path.join(work, "floor")
patterns, one, prompts = (os.path.join(work, n) for n in ("patterns.txt", "one.txt", "prompts.jsonl"))
count = sum(1 for _ in open(prompts, encoding="utf-8"))
longest = max(len(line.encode()) for line in open(patterns, encoding="utf-8"))
grep_ok = longest <= 8192

def run(argv):
    """Wall time (s) and peak RSS (MiB) of one whole process; its output is discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024

def median(argv, n=runs):
    run(argv)  # warm the page cache
    samples = [run(argv) for _ in range(n)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)

def show(name, value, unit, floor_value=None):
    """A figure, and its ratio to the floor's figure of the same kind (time: below 1 is faster than the
    floor; throughput: above 1 is faster)."""
    ratio = f"  ({value / floor_value:.3f}x the floor)" if floor_value else ""
    print(f"{name:<44} {value:>12.1f} {unit}{ratio}")

print(f"patterns: {sum(1 for _ in open(patterns))}, longest {longest} bytes; prompts: {count}")
floor_cmd = ["pcre2grep", "-c", "-u", "-f", patterns] if grep_ok else [floor, patterns]
print("floor:", "pcre2grep -c -u -f patterns.txt" if grep_ok else
      "Benchmarks/floor.c (pcre2grep -c semantics; pcre2grep refuses patterns over 8,192 bytes)")

cold_floor, _ = median(floor_cmd + [one])
cold, cold_rss = median([remixlint, "check", prompt])
show("floor: one-line input (ms)", cold_floor * 1e3, "ms")
show("1. cold start, one prompt (ms)", cold * 1e3, "ms", cold_floor * 1e3)

batch_runs = max(1, min(runs, 3))
floor_batch, floor_rss = median(floor_cmd + [prompts], batch_runs)
show("floor: count matching lines (prompts/s)", count / floor_batch, "prompts/s")
for jobs in (1, 2):
    t, rss = median([remixlint, "check", "--format", "json", "--jobs", str(jobs), "--file", prompts], batch_runs)
    show(f"2. batch --jobs {jobs} (prompts/s)", count / t, "prompts/s", count / floor_batch)
    show(f"   peak memory --jobs {jobs} (MiB)", rss, "MiB")

# pcre2grep -c stops at the first pattern that matches a line, so it does far less than a linter, which
# consults every rule: also show the floor that asks every pattern once per line, on a sample.
sample = os.path.join(work, "sample.jsonl")
with open(prompts, encoding="utf-8") as source, open(sample, "w", encoding="utf-8") as target:
    for index, line in zip(range(2000), source):
        target.write(line)
each, _ = median([floor, "--each", patterns, sample], 1)
show("floor: every pattern once per line (prompts/s)", 2000 / each, "prompts/s")
t, _ = median([remixlint, "check", "--format", "json", "--file", sample], 1)
show("   remixlint on the same 2,000 (prompts/s)", 2000 / t, "prompts/s", 2000 / each)

out = subprocess.run([bench, "compile", str(runs)], capture_output=True, text=True).stdout.split("\n")
for line in out:
    if line.strip():
        name, value, unit = line.split()
        show(f"3. {name}", float(value), unit)
PY
