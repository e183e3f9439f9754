#!/usr/bin/env bash
# The main job in one command: start Azurite (in memory, loopback), upload seeds/ to the bulletins container,
# check them through the storage pipeline, print the findings and how to open the tables in a table viewer.
# Needs the .NET SDK and Node.js. Azurite stops when the script exits.
set -euo pipefail
cd "$(dirname "$0")"

if [[ ! -x node_modules/.bin/azurite ]]; then
  echo "Installing the pinned dev tools (npm ci)..."
  npm ci --no-audit --no-fund
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port=$1
  while ! port_free "$port"; do port=$((port + 1)); done
  echo "$port"
}
BLOB_PORT=$(free_port 10000)
QUEUE_PORT=$(free_port $((BLOB_PORT == 10001 ? 10002 : 10001)))
TABLE_PORT=10002
while [[ $TABLE_PORT -eq $BLOB_PORT || $TABLE_PORT -eq $QUEUE_PORT ]] || ! port_free "$TABLE_PORT"; do TABLE_PORT=$((TABLE_PORT + 1)); done

AZURITE_DIR=$(mktemp -d)
AZURITE_LOG="$AZURITE_DIR/azurite.log"
node_modules/.bin/azurite --inMemoryPersistence --silent --skipApiVersionCheck --loose --disableTelemetry \
  --blobHost 127.0.0.1 --blobPort "$BLOB_PORT" --queueHost 127.0.0.1 --queuePort "$QUEUE_PORT" \
  --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" >"$AZURITE_LOG" 2>&1 &
AZURITE_PID=$!
cleanup() {
  kill "$AZURITE_PID" 2>/dev/null || true
  wait "$AZURITE_PID" 2>/dev/null || true
  rm -rf "$AZURITE_DIR"
}
trap cleanup EXIT

for _ in $(seq 1 100); do
  if ! port_free "$BLOB_PORT" && ! port_free "$TABLE_PORT"; then break; fi
  if ! kill -0 "$AZURITE_PID" 2>/dev/null; then echo "Azurite failed to start:"; cat "$AZURITE_LOG"; exit 1; fi
  sleep 0.2
done
if port_free "$TABLE_PORT"; then echo "Azurite did not start listening within 20 s:"; cat "$AZURITE_LOG"; exit 1; fi

KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export BulletinStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$KEY;BlobEndpoint=http://127.0.0.1:$BLOB_PORT/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QUEUE_PORT/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TABLE_PORT/devstoreaccount1;"
echo "Azurite: blob 127.0.0.1:$BLOB_PORT, table 127.0.0.1:$TABLE_PORT (in memory)"

dotnet build src/Compliance.Cli --nologo -v quiet "-clp:ErrorsOnly;NoSummary"
compliance() { dotnet run --project src/Compliance.Cli --no-build -- "$@"; }
compliance upload seeds/
compliance process
compliance findings

# Weekly summary of the week in which the seeds were just processed (China Standard Time), written as .eml files
# by the pickup transport (Email:Transport defaults to Pickup, Email:PickupDirectory to out/mail).
WEEK=$(TZ=Asia/Shanghai date +%G-W%V)
compliance recipients import config/recipients.json
compliance summary --week "$WEEK" --preview "out/preview/$WEEK" --send
echo "Weekly summary e-mails for $WEEK: $(pwd)/out/mail (one .eml per office head plus the overview; open with any mail client)"

cat <<EOT

To browse the tables (Bulletins, Findings, DocumentResults) while Azurite runs, open Azure Storage Explorer:
  Connect (plug icon) > Local storage emulator, with Blob port $BLOB_PORT and Table port $TABLE_PORT
  (or Storage account or service > Connection string, and paste the BulletinStorage value below),
  then Storage Accounts > (Emulator) > Tables.
  BulletinStorage=$BulletinStorage
This script stops Azurite (and its in-memory data) when it exits; run it with KEEP_AZURITE=1 to keep it
running until you press Enter.
EOT
if [[ "${KEEP_AZURITE:-0}" == "1" ]]; then read -r -p "Press Enter to stop Azurite... " _; fi
