#!/usr/bin/env bash
# Publishes the `compliance` command for everyday use, to out/cli (or the folder given):
#   out/cli/compliance   Native AOT: `check` and `rules` start in milliseconds (src/Compliance.Cli.Native)
#   out/cli/full/        the whole CLI, ReadyToRun; out/cli/compliance hands every other command to it
# Needs the .NET SDK and a C compiler (gcc) for the native link. Takes a few minutes on 2 cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$root/out/cli}" && cd "${1:-$root/out/cli}" && pwd)"
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
quiet=(--nologo -v quiet "-clp:ErrorsOnly;NoSummary")

echo "Publishing the full CLI (ReadyToRun, $rid) to $out/full ..."
dotnet publish "$root/src/Compliance.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out/full" "${quiet[@]}"
echo "Publishing the native compliance command (Native AOT, $rid) to $out ..."
dotnet publish "$root/src/Compliance.Cli.Native" -c Release -r "$rid" -o "$out" "${quiet[@]}"
echo "Done: $out/compliance check <files or folders>"
