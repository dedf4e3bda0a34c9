#!/usr/bin/env bash
# The one test command: installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet restore StaticSite.sln
dotnet build StaticSite.sln --no-restore -c Release
dotnet test StaticSite.sln --no-build -c Release "$@"
