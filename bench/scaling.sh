#!/usr/bin/env bash
# How cost grows with workbook size: the batch benchmark at 10 to 5,000 indicator rows (fewer workbooks for the
# big ones), each run appending its result file to bench/results/. Usage: bench/scaling.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for spec in 500:10 500:30 200:300 60:1000 20:5000; do
  n=${spec%%:*}; rows=${spec##*:}
  mvn -B -ntp -q test -Pbench -Dtest=BatchBenchmarkTest -Dbench.workbooks="$n" -Dbench.rows="$rows" \
      -Dbench.threads=2 -Dsurefire.failIfNoSpecifiedTests=false
  tail -n 8 "bench/results/$(date +%F)-${n}x${rows}-t2.md"
done
