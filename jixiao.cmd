@echo off
rem jixiao launcher for Windows (cmd.exe), the counterpart of the bash launcher ./jixiao: builds the runnable
rem jar with Maven on first use (or when the sources are newer than it), then runs it with the same JVM options
rem and passes its exit code on. Output is UTF-8 (code page 65001 while jixiao runs, restored afterwards).
rem JIXIAO_JAVA names the java.exe to use (else %JAVA_HOME%\bin\java.exe, else java on PATH);
rem JIXIAO_JAVA_OPTS adds JVM options after the defaults, so it can override them.
rem Not done here, unlike ./jixiao: the start-up cache (AOT cache / CDS archive) trained on first use.
rem Keep this file ASCII: cmd.exe reads it again line by line after the code page changes.
setlocal EnableExtensions DisableDelayedExpansion

rem The runnable jar and what it is built from, relative to this folder; ./jixiao names the same jar.
set "JIXIAO_JAR=jixiao-cli\target\jixiao.jar"
set "JIXIAO_SOURCES=pom.xml;jixiao-core\pom.xml;jixiao-core\src\main;jixiao-cli\pom.xml;jixiao-cli\src\main"

set "JIXIAO_HOME=%~dp0"
set "JIXIAO_JAR_PATH=%~dp0%JIXIAO_JAR%"
set "JIXIAO_EXIT=0"
set "JIXIAO_CP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "JIXIAO_CP=%%c"
if defined JIXIAO_CP set "JIXIAO_CP=%JIXIAO_CP: =%"
if defined JIXIAO_CP set "JIXIAO_CP=%JIXIAO_CP:.=%"
chcp 65001 >nul 2>nul

set "JIXIAO_BUILD="
if not exist "%JIXIAO_JAR_PATH%" set "JIXIAO_BUILD=first use"
if not defined JIXIAO_BUILD call :stale
if not defined JIXIAO_BUILD goto run

echo jixiao: building %JIXIAO_JAR% (%JIXIAO_BUILD%) ... 1>&2
set "JIXIAO_LOG=%TEMP%\jixiao-build-%RANDOM%%RANDOM%.log"
pushd "%JIXIAO_HOME%"
call mvn -B -ntp -DskipTests package >"%JIXIAO_LOG%" 2>&1
set "JIXIAO_BUILD_EXIT=%ERRORLEVEL%"
popd
if "%JIXIAO_BUILD_EXIT%"=="0" if exist "%JIXIAO_JAR_PATH%" goto built
type "%JIXIAO_LOG%" 1>&2
echo jixiao: build failed (Maven output above) 1>&2
del "%JIXIAO_LOG%" >nul 2>nul
set "JIXIAO_EXIT=1"
goto end
:built
del "%JIXIAO_LOG%" >nul 2>nul

:run
set "JIXIAO_JAVA_BIN=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JIXIAO_JAVA_BIN=%JAVA_HOME%\bin\java.exe"
if defined JIXIAO_JAVA set "JIXIAO_JAVA_BIN=%JIXIAO_JAVA%"
rem C1 only and the serial collector, as ./jixiao explains; UTF-8 for file contents and the console
"%JIXIAO_JAVA_BIN%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 %JIXIAO_JAVA_OPTS% -jar "%JIXIAO_JAR_PATH%" %*
set "JIXIAO_EXIT=%ERRORLEVEL%"

:end
if defined JIXIAO_CP chcp %JIXIAO_CP% >nul 2>nul
endlocal & exit /b %JIXIAO_EXIT%

rem Sets JIXIAO_BUILD when a file of JIXIAO_SOURCES is newer than the jar. PowerShell compares the times (cmd.exe
rem cannot); where it is missing or refuses to run, the jar is taken as current.
:stale
where powershell >nul 2>nul || goto :eof
powershell -NoProfile -NonInteractive -Command "$jar = (Get-Item -LiteralPath $env:JIXIAO_JAR_PATH).LastWriteTimeUtc; foreach ($s in $env:JIXIAO_SOURCES.Split(';')) { $p = Join-Path $env:JIXIAO_HOME $s; if ((Test-Path -LiteralPath $p) -and (Get-ChildItem -LiteralPath $p -Recurse -Force | Where-Object { -not $_.PSIsContainer -and $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1)) { exit 10 } }; exit 0" >nul 2>nul
if "%ERRORLEVEL%"=="10" set "JIXIAO_BUILD=sources changed"
goto :eof
