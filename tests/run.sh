#!/usr/bin/env bash
# The one test command: installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# The chart tests draw pages in headless Chromium.
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium
fi

dotnet restore StaticSite.sln
dotnet build StaticSite.sln --no-restore -c Release
dotnet test StaticSite.sln --no-build -c Release "$@"
