#!/usr/bin/env bash
# Builds and lints the Bicep templates under infra/ with the Bicep CLI from NuGet
# (Azure.Bicep.CommandLine.linux-x64, restored by eng/bicep/Bicep.Tools.csproj).
# Any warning fails the check, like an error: infra/bicepconfig.json raises the linter rules to "error",
# and the output is scanned for compiler warnings as well.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bicep_version="0.49.2"
# Templates deployed on their own: main.bicep (with its modules) and the Event Grid subscription, which
# scripts/subscribe-bulletin-events.sh deploys after the code.
templates=(infra/main.bicep infra/modules/bulletin-events-subscription.bicep)

dotnet restore "$root/eng/bicep/Bicep.Tools.csproj" --nologo --verbosity quiet >/dev/null

packages="${NUGET_PACKAGES:-}"
if [[ -z "$packages" ]]; then
  packages="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')"
fi
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep"
if [[ ! -f "$bicep" ]]; then
  echo "check-infra: the Bicep CLI $bicep_version was not found at $bicep after restoring eng/bicep." >&2
  exit 1
fi
chmod +x "$bicep"

failed=0
cd "$root"
for template in "${templates[@]}"; do
  for step in build lint; do
    if [[ "$step" == build ]]; then
      args=(build "$template" --stdout)
    else
      args=(lint "$template")
    fi
    set +e
    diagnostics="$("$bicep" "${args[@]}" 2>&1 >/dev/null)"
    status=$?
    set -e
    if [[ $status -ne 0 ]] || grep -qE ': (Warning|Error) ' <<<"$diagnostics"; then
      echo "check-infra: bicep $step $template failed:" >&2
      echo "$diagnostics" >&2
      failed=1
    fi
  done
done

if [[ $failed -ne 0 ]]; then
  exit 1
fi
echo "check-infra: bicep $bicep_version build and lint passed for ${templates[*]} (no warnings)."
