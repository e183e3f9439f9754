#!/usr/bin/env bash
# Peak memory (maximum resident set size) and wall time of `compliance check` on the zip bomb of issue 11, its
# cousins and the largest input of each format the limits let through (text at the 20 MB text limit, any file at most
# 64 MB, the default Storage:MaxBulletinBytes), the largest legitimate bulletins (scripts/make-large-inputs.sh: a
# 500-page 50 MB PDF with embedded fonts, a 20 MB .docx with images; and tests/fixtures/pdf/large-200-pages.pdf),
# beside a reference command run in the same session: checking the three seeds.
#
#   scripts/measure-limits.sh            # this checkout's `compliance`, as scripts/publish-cli.sh makes it (out/limits/cli)
#   scripts/measure-limits.sh PATH       # another build of the CLI, e.g. an older one, for before/after
#
# Needs GNU time (/usr/bin/time; Debian: apt-get install time). Inputs are generated once into out/limits/inputs; the
# Chromium and LibreOffice ones only where those are installed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=out/limits

if [ ! -x /usr/bin/time ]; then
  echo "GNU time (/usr/bin/time) is needed to measure peak memory: apt-get install time" >&2
  exit 2
fi

cli=${1:-}
if [ -z "$cli" ]; then
  bash scripts/publish-cli.sh "$out/cli" > /dev/null
  cli="$out/cli/compliance"
fi
if [ ! -d "$out/inputs" ]; then
  dotnet run -c Release --project benchmarks/Compliance.Benchmarks -- limit-inputs "$out/inputs" > /dev/null
  cp tests/fixtures/pdf/large-200-pages.pdf "$out/inputs/pdf-large-200-pages-fixture.pdf"
  if command -v chromium > /dev/null && command -v libreoffice > /dev/null; then
    bash scripts/make-large-inputs.sh "$out/inputs" > /dev/null
  fi
fi

log=$(mktemp)
report=$(mktemp)
trap 'rm -f "$log" "$report"' EXIT

# Sets peak (MB) and seconds for one `compliance check` of $1.
measure() {
  /usr/bin/time -v "$cli" check "$1" --format json > "$report" 2> "$log" || true
  peak=$(awk -F: '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$log")
  seconds=$(awk '/Elapsed \(wall clock\)/ { n = split($NF, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$log")
}

outcome() {
  local kind
  kind=$(grep -o '"evidence": *"[A-Za-z]*"' "$report" | head -1 | sed 's/.*"\([A-Za-z]*\)"$/\1/' || true)
  if grep -q '"structure.unreadable"' "$report"; then echo "refused: $kind"; else echo "checked: $(grep -c '"startLine"' "$report") documents"; fi
}

measure seeds/
reference_seconds=$seconds
echo "Reference: compliance check seeds/ (795 KB of text) — ${reference_seconds} s, peak ${peak} MB"
echo
echo "| Input | Size | Outcome | Peak memory | Time | × reference |"
echo "| --- | --- | --- | --- | --- | --- |"
for input in "$out"/inputs/*; do
  measure "$input"
  size=$(stat -c %s "$input")
  ratio=$(awk -v s="$seconds" -v r="$reference_seconds" 'BEGIN { printf "%.1f", s / r }')
  printf '| %s | %.1f MB | %s | %d MB | %s s | %s |\n' "$(basename "$input")" "$(awk -v b="$size" 'BEGIN { print b / 1048576 }')" "$(outcome)" "$peak" "$seconds" "$ratio"
done
