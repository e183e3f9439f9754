#!/usr/bin/env bash
# Whole-process time of storage and e-mail commands against endpoints where nothing listens, beside a reference
# command (`compliance rules`: start-up and printing, no I/O) run in the same session; prints medians and ratios.
# Usage: benchmarks/outage-times.sh [runs]   (default 5; builds the CLI in Release first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

dotnet build src/Compliance.Cli -c Release --nologo -v quiet "-clp:ErrorsOnly;NoSummary"
dll=src/Compliance.Cli/bin/Release/net10.0/compliance.dll

# Two loopback ports nothing listens on.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
blob=$(free_port); table=$(free_port); smtp=$(free_port)
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
dead="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Median wall time in seconds of `compliance "$@"`, run $runs times.
median() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    (cd "$work" && dotnet "$OLDPWD/$dll" "$@" >/dev/null 2>&1) || true
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}

reference=$(median rules)
printf '%-58s %8s s\n' "reference: compliance rules" "$reference"
report() {
  local label=$1; shift
  local t; t=$(median "$@")
  printf '%-58s %8s s  (%.1f x reference, %.2f s more)\n' "$label" "$t" "$(echo "$t / $reference" | bc -l)" "$(echo "$t - $reference" | bc -l)"
}
export BulletinStorage="$dead"
report "upload seeds/ (storage refused)" upload "$OLDPWD/seeds"
report "process (storage refused)" process
report "findings (storage refused)" findings
unset BulletinStorage

# E-mail: storage answers (an in-memory Azurite), the SMTP port does not.
azurite_blob=$(free_port); azurite_queue=$(free_port); azurite_table=$(free_port)
node_modules/.bin/azurite --inMemoryPersistence --silent --skipApiVersionCheck --loose --disableTelemetry \
  --blobHost 127.0.0.1 --blobPort "$azurite_blob" --queueHost 127.0.0.1 --queuePort "$azurite_queue" \
  --tableHost 127.0.0.1 --tablePort "$azurite_table" >"$work/azurite.log" 2>&1 &
azurite_pid=$!
trap 'kill "$azurite_pid" 2>/dev/null || true; wait "$azurite_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 150); do (exec 3<>"/dev/tcp/127.0.0.1/$azurite_table") 2>/dev/null && break; sleep 0.2; done
export BulletinStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$azurite_blob/devstoreaccount1;TableEndpoint=http://127.0.0.1:$azurite_table/devstoreaccount1;"
export Email__Transport=Smtp Email__Smtp__Host=127.0.0.1 Email__Smtp__Port="$smtp" Email__Smtp__Security=None
report "summary --send (storage up, SMTP refused)" summary --week 2026-W47 --send
