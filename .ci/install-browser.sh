#!/usr/bin/env bash
# Installs what the web page test (WebPageBrowserTest) drives: Debian's Chromium, its chromedriver and a CJK font,
# so the page's Chinese renders in the screenshots. Does nothing where they are installed; never fails the build,
# as the test skips itself, saying why, where no browser could be installed.
set -uo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
    && fc-list :lang=zh 2>/dev/null | grep -q .; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium chromium-driver fonts-wqy-microhei) >/dev/null 2>&1 \
    || echo "install-browser: could not install chromium; the browser test will be skipped" >&2
else
  echo "install-browser: not root or no apt-get; the browser test will be skipped unless chromium is installed" >&2
fi
exit 0
