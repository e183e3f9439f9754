#!/usr/bin/env bash
# Counts the findings per document on the sample bulletins, by severity, for this build and (with BASELINE=DIR, a
# build published by scripts/publish-cli.sh from an earlier commit) for another, side by side: what a new rule adds
# to what a proof-reader must read. Prints a Markdown table, one row per document, and the totals.
#   benchmarks/findings-per-document.sh [CLI]        CLI defaults to out/cli/compliance
# Needs jq.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${1:-$root/out/cli/compliance}"
counts() { # CLI → "seed<TAB>index<TAB>errors/warnings/infos<TAB>total" per document
  "$1" check --format json "$root/seeds" | jq -r '.bulletins[] | (.source | split("/") | last | .[0:3]) as $s | .documents[]
    | [$s, .index, ([.findings[] | select(.severity == "error")] | length), ([.findings[] | select(.severity == "warning")] | length),
       ([.findings[] | select(.severity == "info")] | length), (.findings | length)] | @tsv' || true
}
after=$(counts "$cli")
if [ -n "${BASELINE:-}" ]; then
  before=$(counts "$BASELINE/compliance")
  echo "| bulletin | document | before (E/W/I) | after (E/W/I) |"
  echo "| --- | --- | --- | --- |"
  paste <(echo "$before") <(echo "$after") | awk -F'\t' '{ printf "| %s | %s | %d (%d/%d/%d) | %d (%d/%d/%d) |\n", $1, $2, $6, $3, $4, $5, $12, $9, $10, $11 }'
  echo
  echo "$before" | awk -F'\t' '{ n++; t += $6; if ($6 > m) m = $6 } END { printf "before: %d findings on %d documents, at most %d on one\n", t, n, m }'
else
  echo "| bulletin | document | findings (E/W/I) |"
  echo "| --- | --- | --- |"
  echo "$after" | awk -F'\t' '{ printf "| %s | %s | %d (%d/%d/%d) |\n", $1, $2, $6, $3, $4, $5 }'
  echo
fi
echo "$after" | awk -F'\t' '{ n++; t += $6; if ($6 > m) m = $6 } END { printf "after: %d findings on %d documents, at most %d on one\n", t, n, m }'
