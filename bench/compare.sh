#!/usr/bin/env bash
# Side by side on the same generated workbooks: jixiao batch (2 threads, fresh JVM, start-up included),
# two openpyxl scripts (one process each): the minimal one writes only scores, total and grade; the same-work
# one also writes what jixiao writes (scoring-basis comments, findings, 审核意见, 评分说明, the robustness draws,
# 汇总.xlsx with charts and rank ranges); LibreOffice headless recalculating and saving each workbook; and
# jixiao's one-workbook cold start. Appends a dated section to bench/results/.
# Usage: bench/compare.sh [N workbooks, default 300] [indicator rows, default 30]
# Needs: python3 with openpyxl and numpy (pip install openpyxl numpy), soffice (apt-get install libreoffice-calc-nogui).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
rows=${2:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -ntp -q test -Pbench -Dtest=GenerateWorkbooksTest -Dbench.out="$work/in" -Dbench.workbooks="$n" \
    -Dbench.rows="$rows" -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
# build the jar and train the start-up caches (score and batch) once, outside the timings
./jixiao rules list >/dev/null
./jixiao batch sample-workbooks -o "$work/train" --quiet >/dev/null 2>&1 || true

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }

t_jixiao=$(seconds ./jixiao batch "$work/in" -o "$work/jixiao" --threads 2 --quiet)
t_openpyxl=$(seconds python3 bench/openpyxl_score.py "$work/in" "$work/openpyxl")
t_same=$(seconds python3 bench/openpyxl_same_work.py "$work/in" "$work/same")
# soffice stops part-way through very long argument lists; 50 files per invocation converts them all
office() { find "$work/in" -name '*.xlsx' -print0 | sort -z \
  | xargs -0 -n 50 soffice --headless --calc --convert-to xlsx --outdir "$work/office"; }
t_office=$(seconds office)
one="$work/in/wb-00000.xlsx"
cold=()
for i in 1 2 3 4 5; do cold+=("$(seconds ./jixiao score "$one" -o "$work/one-$i.xlsx")"); done
cold_median=$(printf '%s\n' "${cold[@]}" | sort -n | sed -n 3p)

count() { find "$1" -maxdepth 1 -name '*.xlsx' ! -name '汇总.xlsx' | wc -l; }
n_jixiao=$(count "$work/jixiao"); n_openpyxl=$(count "$work/openpyxl"); n_office=$(count "$work/office")
n_same=$(count "$work/same")
rate() { echo "scale=1; $2 / $1" | bc; }   # seconds, files written
ratio() { echo "scale=1; $1 / $2" | bc; }  # how many times faster, from two rates
report=$(cat <<REPORT
## $(date +%F) — side by side: $n workbooks × $rows indicator rows
- machine: $(nproc) cores, $(uname -sm); jixiao ran on $(cut -d" " -f2- target/jixiao-java) (Java $(cut -d" " -f1 target/jixiao-java))
| tool | wall | workbooks/s | jixiao is |
|---|---|---|---|
| jixiao batch --threads 2 (fresh JVM; $n_jixiao written) | ${t_jixiao} s | $(rate "$t_jixiao" "$n_jixiao") | — |
| openpyxl script, minimal: scores, total, grade ($n_openpyxl written) | ${t_openpyxl} s | $(rate "$t_openpyxl" "$n_openpyxl") | $(ratio "$(rate "$t_jixiao" "$n_jixiao")" "$(rate "$t_openpyxl" "$n_openpyxl")")× faster |
| openpyxl script, same work as jixiao ($n_same written) | ${t_same} s | $(rate "$t_same" "$n_same") | $(ratio "$(rate "$t_jixiao" "$n_jixiao")" "$(rate "$t_same" "$n_same")")× faster |
| LibreOffice headless, recalculate + save ($n_office written) | ${t_office} s | $(rate "$t_office" "$n_office") | $(ratio "$(rate "$t_jixiao" "$n_jixiao")" "$(rate "$t_office" "$n_office")")× faster |
- jixiao score on one workbook, cold start, median of 5: ${cold_median} s (runs: ${cold[*]})
REPORT
)
echo "$report"
mkdir -p bench/results
printf '%s\n\n' "$report" >> "bench/results/$(date +%F)-compare.md"
