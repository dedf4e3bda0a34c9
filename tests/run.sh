#!/usr/bin/env bash
# The one test command: installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs Debian packages, as root or through sudo.
apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# The browser and chart tests drive Debian's chromium; Playwright never downloads a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -x /usr/bin/chromium ]; then apt_install chromium; fi
# The Nu Html Checker (vnu.jar) runs on Java.
if ! command -v java >/dev/null; then apt_install default-jre-headless; fi
# plotly.js, Pagefind, vnu-jar and Lighthouse, at the versions pinned in package-lock.json (again when one is missing).
if ! npm ls --depth=0 >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error; fi

dotnet restore StaticSite.sln
dotnet build StaticSite.sln --no-restore -c Release
dotnet test StaticSite.sln --no-build -c Release "$@"
