#!/usr/bin/env bash
# The library as another project uses it (issue 16): builds examples/embed against the jixiao-core that
# `mvn -B -ntp install` put in the local repository, checks its dependency tree (one POI, no logging binding, none
# of the command line's libraries), then runs it on the founding workbook and checks 92.44 优 and the filled copy.
# Usage, after `mvn -B -ntp install` at the checkout's root: examples/embed/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
mvn -B -ntp -q package dependency:tree -DoutputFile="$work/tree.txt" dependency:build-classpath \
    -Dmdep.outputFile="$work/classpath.txt"
fail() { echo "examples/embed: $*" >&2; cat "$work/tree.txt" >&2; exit 1; }
echo "== dependency tree of a project that depends on jixiao-core only"
cat "$work/tree.txt"
poi=$(grep -c ':poi:jar:' "$work/tree.txt" || true)
[ "$poi" = 1 ] || fail "expected one org.apache.poi:poi in the tree, found $poi"
! grep -Eq 'logback|slf4j-simple|slf4j-reload4j|log4j-slf4j|log4j-to-slf4j|log4j-core|slf4j-jdk14' "$work/tree.txt" \
    || fail "a logging binding is in the tree"
! grep -Eq 'commons-cli|jackson|jetty|jixiao-cli' "$work/tree.txt" || fail "a command-line library is in the tree"
echo "== scoring the founding workbook through the public API"
out="$work/化龙镇-评分.xlsx"
java -cp "target/classes:$(cat "$work/classpath.txt")" example.ScoreWorkbook \
    "$root/sample-workbooks/hualong-2022-department.xlsx" "$out" | tee "$work/out.txt"
grep -q ' 92.44 优$' "$work/out.txt" || fail "expected a line ending in 92.44 优"
[ -s "$out" ] || fail "no filled copy at $out"
echo "examples/embed: one POI, no logging binding, 92.44 优, filled copy written"
