#!/usr/bin/env bash
# Side by side on the same generated workbooks: jixiao batch (2 threads, fresh JVM, start-up included),
# an openpyxl script doing the same read-score-write (one process), LibreOffice headless recalculating and
# saving each workbook, and jixiao's one-workbook cold start. Appends a dated section to bench/results/.
# Usage: bench/compare.sh [N workbooks, default 300] [indicator rows, default 30]
# Needs: python3 with openpyxl (pip install openpyxl), soffice (apt-get install libreoffice-calc-nogui).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
rows=${2:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -ntp -q test -Pbench -Dtest=GenerateWorkbooksTest -Dbench.out="$work/in" -Dbench.workbooks="$n" \
    -Dbench.rows="$rows" -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
./jixiao rules list >/dev/null   # builds the jar and the class-data archive once, outside the timings

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }

t_jixiao=$(seconds ./jixiao batch "$work/in" -o "$work/jixiao" --threads 2 --quiet)
t_openpyxl=$(seconds python3 bench/openpyxl_score.py "$work/in" "$work/openpyxl")
t_office=$(seconds soffice --headless --calc --convert-to xlsx --outdir "$work/office" "$work"/in/*.xlsx)
one="$work/in/wb-00000.xlsx"
cold=()
for i in 1 2 3 4 5; do cold+=("$(seconds ./jixiao score "$one" -o "$work/one-$i.xlsx")"); done
cold_median=$(printf '%s\n' "${cold[@]}" | sort -n | sed -n 3p)

rate() { echo "scale=1; $n / $1" | bc; }
ratio() { echo "scale=1; $1 / $2" | bc; }
report=$(cat <<REPORT
## $(date +%F) — side by side: $n workbooks × $rows indicator rows
- machine: $(nproc) cores, $(uname -sm); jixiao ran on $(cut -d" " -f2- target/jixiao-java) (Java $(cut -d" " -f1 target/jixiao-java))
| tool | wall | workbooks/s | jixiao is |
|---|---|---|---|
| jixiao batch --threads 2 (fresh JVM) | ${t_jixiao} s | $(rate "$t_jixiao") | — |
| openpyxl script, read + score + write | ${t_openpyxl} s | $(rate "$t_openpyxl") | $(ratio "$t_openpyxl" "$t_jixiao")× faster |
| LibreOffice headless, recalculate + save | ${t_office} s | $(rate "$t_office") | $(ratio "$t_office" "$t_jixiao")× faster |
- jixiao score on one workbook, cold start, median of 5: ${cold_median} s (runs: ${cold[*]})
REPORT
)
echo "$report"
mkdir -p bench/results
printf '%s\n\n' "$report" >> "bench/results/$(date +%F)-compare.md"
