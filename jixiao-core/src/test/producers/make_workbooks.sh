#!/usr/bin/env bash
# Regenerates the committed, producer-made files of the conformance corpus (issue 15) in
# jixiao-core/src/test/resources/producers/: national-openpyxl.xlsx and national-xlsxwriter.xlsx (make_workbooks.py), then
# national-libreoffice.xlsx, LibreOffice's own re-serialisation of the openpyxl file (Calc loads it and its
# "Calc MS Excel 2007 XML" filter writes every part anew: nothing of openpyxl's XML survives).
# Usage, from anywhere: jixiao-core/src/test/producers/make_workbooks.sh
# Needs: python3 with openpyxl and xlsxwriter (PYTHON, default /usr/bin/python3), soffice
# (apt-get install libreoffice-calc-nogui). The Java-made entries (POI XSSF, POI SXSSF, fastexcel and the XML
# transformations) are built in memory by org.jixiao.producers.ProducerCorpus and are not committed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/producers"
python=${PYTHON:-/usr/bin/python3}
"$python" "$here/make_workbooks.py" "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$out/national-openpyxl.xlsx" "$work/national-libreoffice.xlsx"
mkdir "$work/out"
# a private profile, so a running LibreOffice or a first-start dialog does not get in the way
soffice --headless "-env:UserInstallation=file://$work/profile" --calc \
    --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/out" "$work/national-libreoffice.xlsx" >/dev/null
unzip -p "$work/out/national-libreoffice.xlsx" docProps/app.xml | grep -q LibreOffice \
    || { echo "national-libreoffice.xlsx was not written by LibreOffice" >&2; exit 1; }
cp "$work/out/national-libreoffice.xlsx" "$out/"
ls -l "$out"/national-*.xlsx
