#!/usr/bin/env bash
# Side by side on the same generated workbooks: jixiao batch (2 threads, fresh JVM, start-up included),
# two openpyxl scripts (one process each): the minimal one writes only scores, total and grade; the same-work
# one also writes what jixiao writes (scoring-basis comments, findings, 审核意见, 评分说明, the robustness draws,
# 汇总.xlsx with charts and rank ranges); LibreOffice headless recalculating and saving each workbook; and
# jixiao's one-workbook cold start. Appends a dated section to bench/results/.
# The workbooks are made by POI (GeneratedWorkbooks, the default), by openpyxl (bench/openpyxl_workbooks.py: the
# same cells and values from the same seed, openpyxl's XML), or both, measured one after the other in one report
# whose rows say which producer made the files.
# Usage: bench/compare.sh [N workbooks, default 300] [indicator rows, default 30] [--producer poi|openpyxl|both]
# Needs: python3 with openpyxl and numpy (PYTHON, default /usr/bin/python3; apt-get install python3-openpyxl
# python3-numpy), soffice (apt-get install libreoffice-calc-nogui).
set -euo pipefail
cd "$(dirname "$0")/.."
producer=poi
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    --producer) producer=${2:?--producer needs poi, openpyxl or both}; shift 2 ;;
    --producer=*) producer=${1#--producer=}; shift ;;
    *) positional+=("$1"); shift ;;
  esac
done
n=${positional[0]:-300}
rows=${positional[1]:-30}
case "$producer" in
  poi) producers=(poi) ;;
  openpyxl) producers=(openpyxl) ;;
  both) producers=(poi openpyxl) ;;
  *) echo "--producer must be poi, openpyxl or both, not $producer" >&2; exit 2 ;;
esac
python=${PYTHON:-/usr/bin/python3}
"$python" -c 'import openpyxl, numpy' || { echo "$python needs openpyxl and numpy (or set PYTHON)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for p in "${producers[@]}"; do
  mvn -B -ntp -q test -Pbench -Dtest=GenerateWorkbooksTest -Dbench.out="$work/$p/in" -Dbench.workbooks="$n" \
      -Dbench.rows="$rows" -Dbench.producer="$p" -Dbench.python="$python" -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
done
# build the jar and train the start-up caches (score and batch) once, outside the timings
./jixiao rules list >/dev/null
./jixiao batch sample-workbooks -o "$work/train" --quiet >/dev/null 2>&1 || true

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
count() { find "$1" -maxdepth 1 -name '*.xlsx' ! -name '汇总.xlsx' | wc -l; }
rate() { echo "scale=1; $2 / $1" | bc; }   # seconds, files written
# how many times faster jixiao is, from its rate and the other's: "6.5× faster" or "1.3× slower"
ratio() {
  if [ "$(echo "$1 >= $2" | bc)" = 1 ]; then echo "$(echo "scale=1; $1 / $2" | bc)× faster"
  else echo "$(echo "scale=1; $2 / $1" | bc)× slower"; fi
}
# soffice stops part-way through very long argument lists; 50 files per invocation converts them all
office() { find "$1" -name '*.xlsx' -print0 | sort -z \
  | xargs -0 -n 50 soffice --headless --calc --convert-to xlsx --outdir "$2"; }
label() {
  case "$1" in
    poi) echo "POI $(sed -n 's:.*<poi.version>\(.*\)</poi.version>.*:\1:p' pom.xml)" ;;
    openpyxl) echo "openpyxl $("$python" -c 'import openpyxl; print(openpyxl.__version__)')" ;;
  esac
}

table=""
cold_lines=""
for p in "${producers[@]}"; do
  in="$work/$p/in"; out="$work/$p"
  made="$p-made ($(label "$p"))"
  t_jixiao=$(seconds ./jixiao batch "$in" -o "$out/jixiao" --threads 2 --quiet)
  t_openpyxl=$(seconds "$python" bench/openpyxl_score.py "$in" "$out/openpyxl")
  t_same=$(seconds "$python" bench/openpyxl_same_work.py "$in" "$out/same")
  t_office=$(seconds office "$in" "$out/office")
  cold=()
  for i in 1 2 3 4 5; do cold+=("$(seconds ./jixiao score "$in/wb-00000.xlsx" -o "$out/one-$i.xlsx")"); done
  cold_median=$(printf '%s\n' "${cold[@]}" | sort -n | sed -n 3p)
  n_jixiao=$(count "$out/jixiao"); n_openpyxl=$(count "$out/openpyxl"); n_office=$(count "$out/office")
  n_same=$(count "$out/same")
  r_jixiao=$(rate "$t_jixiao" "$n_jixiao")
  table+="| $made | jixiao batch --threads 2 (fresh JVM; $n_jixiao written) | ${t_jixiao} s | $r_jixiao | — |"$'\n'
  table+="| $made | openpyxl script, minimal: scores, total, grade ($n_openpyxl written) | ${t_openpyxl} s | $(rate "$t_openpyxl" "$n_openpyxl") | $(ratio "$r_jixiao" "$(rate "$t_openpyxl" "$n_openpyxl")") |"$'\n'
  table+="| $made | openpyxl script, same work as jixiao ($n_same written) | ${t_same} s | $(rate "$t_same" "$n_same") | $(ratio "$r_jixiao" "$(rate "$t_same" "$n_same")") |"$'\n'
  table+="| $made | LibreOffice headless, recalculate + save ($n_office written) | ${t_office} s | $(rate "$t_office" "$n_office") | $(ratio "$r_jixiao" "$(rate "$t_office" "$n_office")") |"$'\n'
  cold_lines+="- jixiao score on one $p-made workbook, cold start, median of 5: ${cold_median} s (runs: ${cold[*]})"$'\n'
done

report=$(cat <<REPORT
## $(date +%F) — side by side: $n workbooks × $rows indicator rows, made by ${producers[*]}
- machine: $(nproc) cores, $(uname -sm); jixiao ran on $(cut -d" " -f2- jixiao-cli/target/jixiao-java) (Java $(cut -d" " -f1 jixiao-cli/target/jixiao-java))
| files | tool | wall | workbooks/s | jixiao is |
|---|---|---|---|---|
${table%$'\n'}
${cold_lines%$'\n'}
REPORT
)
echo "$report"
mkdir -p bench/results
printf '%s\n\n' "$report" >> "bench/results/$(date +%F)-compare.md"
