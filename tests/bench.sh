#!/usr/bin/env bash
# The benchmark (not part of ./tests/run.sh): cold builds of the real input and of 1,000 and 10,000 synthetic
# recommendations, incremental rebuilds at 10,000, Hugo side by side at 1,000 and 10,000 pages, and Lighthouse's
# performance and total blocking time on four pages (needs npm ci and chromium, as the tests do).
# Prints Markdown tables and saves them to $WORK/results.md. Options are passed on, e.g. --runs 5, --only cold,hugo,lighthouse.
set -euo pipefail
cd "$(dirname "$0")/.."

# GNU time measures each build's peak memory; Hugo and python3 build the comparison corpus.
missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v hugo >/dev/null || missing+=(hugo)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then apt-get update -qq && apt-get install -y -qq "${missing[@]}"; fi

dotnet build src/InspectionSite -c Release -v quiet -nologo
dotnet build tests/InspectionSite.Benchmarks -c Release -v quiet -nologo

# Output goes to memory (tmpfs): on this machine's disk, deleting ten thousand files between runs costs more than building them.
WORK=${WORK:-/dev/shm/inspection-site-bench}
dotnet tests/InspectionSite.Benchmarks/bin/Release/net10.0/InspectionSite.Benchmarks.dll bench --repository . --work "$WORK" "$@"
