#!/usr/bin/env bash
# Runs jixiao.cmd itself under wine, as a Chinese Windows (code page 936) runs it, in a folder whose name holds
# Chinese characters and a space, with stand-ins for java.exe (fake-java.c: records the program and arguments it
# was started with, exits with FAKE_JAVA_EXIT) and for Maven (creates jixiao-cli\target\jixiao.jar, or fails when
# FAKE_MVN_FAIL=1). Not part of mvn test. Needs wine, gcc-mingw-w64-x86-64 and a zh_CN.UTF-8 locale
# (localedef -i zh_CN -f UTF-8 zh_CN.UTF-8). What wine cannot show: the PowerShell staleness check (wine's
# powershell.exe is a stub, so only "first use" builds), chcp (no console), and a real JVM.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
export WINEDEBUG=-all LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8
w="$(mktemp -d /tmp/jixiao-wine.XXXXXX)"
trap 'rm -rf "$w"' EXIT
win() { echo "Z:${1//\//\\}"; }
mkdir -p "$w/bin" "$w/build" "$w/jdk 17/bin" "$w/其他 java" "$w/Program Files (x86)/jdk/bin" "$w/pathjava"
x86_64-w64-mingw32-gcc -O2 -o "$w/build/java.exe" "$repo/jixiao-cli/src/test/windows/fake-java.c" -lshell32
for d in "jdk 17/bin" "其他 java" "Program Files (x86)/jdk/bin" pathjava; do cp "$w/build/java.exe" "$w/$d/"; done
printf '@echo off\r\necho [INFO] fake maven %%*\r\necho called>>"%%FAKE_MVN_LOG%%"\r\nif "%%FAKE_MVN_FAIL%%"=="1" goto fail\r\nif not exist jixiao-cli\\target mkdir jixiao-cli\\target\r\necho jar>jixiao-cli\\target\\jixiao.jar\r\nexit /b 0\r\n:fail\r\necho [ERROR] compilation failed\r\nexit /b 1\r\n' >"$w/bin/mvn.cmd"
home="$w/评分 工具"
mkdir -p "$home/jixiao-core/src/main" "$home/样例 文件"
cp "$repo/jixiao.cmd" "$home/"
echo '<project/>' >"$home/pom.xml"
echo 'class A {}' >"$home/jixiao-core/src/main/A.java"
export WINEPATH="$(win "$w/bin")" FAKE_JAVA_LOG="$(win "$w/java.log")" FAKE_MVN_LOG="$(win "$w/mvn.log")"
wh="$(win "$home")"
# as a user types it in a cmd window (a batch file in the system code page; no `call`, whose exit code wine loses)
printf '@echo off\r\n"%s\\jixiao.cmd" score "%s\\样例 文件\\化龙镇 2022.xlsx" -o "%s\\样例 文件\\化龙镇 (评分) 2022.xlsx"\r\n' \
  "$wh" "$wh" "$wh" | iconv -f utf-8 -t gbk >"$w/driver.cmd"
run() { # label, then environment for this run
  rm -f "$w/java.log" "$w/mvn.log"
  echo "=== $1"; shift
  set +e; (cd "$w" && env "$@" wine cmd /c "$(win "$w/driver.cmd")" >"$w/stdout" 2>"$w/stderr"); code=$?; set -e
  echo "exit code: $code"
  iconv -c -f gbk -t utf-8 <"$w/stderr" | tr -d '\r' | grep -v '^$' | sed 's/^/stderr: /' || true
  echo "Maven runs: $(cat "$w/mvn.log" 2>/dev/null | wc -l)"
  cat "$w/java.log" 2>/dev/null || echo "java not started"
}
run "first use: builds, runs java from JAVA_HOME (a space in it), exit 3 passed on" JAVA_HOME="$(win "$w/jdk 17")" FAKE_JAVA_EXIT=3
run "second use: no build, exit 0" JAVA_HOME="$(win "$w/jdk 17")" FAKE_JAVA_EXIT=0
run "JIXIAO_JAVA (Chinese and a space) and JIXIAO_JAVA_OPTS, exit 5" JAVA_HOME="$(win "$w/jdk 17")" \
  JIXIAO_JAVA="$(win "$w/其他 java/java.exe")" JIXIAO_JAVA_OPTS='-Xmx1g -Dx=y' FAKE_JAVA_EXIT=5
run "JAVA_HOME under Program Files (x86), exit 2" JAVA_HOME="$(win "$w/Program Files (x86)/jdk")" FAKE_JAVA_EXIT=2
run "no JAVA_HOME: java on PATH, exit 4" -u JAVA_HOME WINEPATH="$(win "$w/bin");$(win "$w/pathjava")" FAKE_JAVA_EXIT=4
rm -f "$home/jixiao-cli/target/jixiao.jar"
run "build fails: Maven's output shown, exit 1, java not started" JAVA_HOME="$(win "$w/jdk 17")" FAKE_MVN_FAIL=1
