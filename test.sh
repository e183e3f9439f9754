#!/usr/bin/env bash
# Runs every test of the project, as CI does: installs the local stand-ins for Azure Storage and SMTP
# (Azurite, MailDev: pinned in package.json), builds and lints the Bicep templates, builds the whole solution
# (the Functions app included: a compile error anywhere fails the run), then runs all xunit test projects.
set -euo pipefail
cd "$(dirname "$0")"

if [ "${CI:-}" = "true" ] || [ ! -x node_modules/.bin/azurite ] || [ ! -x node_modules/.bin/maildev ]; then
  echo "== npm ci (Azurite, MailDev)"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "== Bicep build and lint (infra/)"
bash scripts/check-infra.sh

echo "== dotnet build (Compliance.sln: every project, the Functions app included)"
if ! dotnet build Compliance.sln -c Release --nologo; then
  echo "dotnet build failed (errors above); no test was run."
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

echo "== dotnet test (Compliance.sln)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Compliance.sln -c Release --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test projects.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
