#!/usr/bin/env bash
# Whole-process timing of the published `compliance` command against reading the same files, in one session.
#
#   benchmarks/whole-process.sh [rounds]        (default 10 rounds; SKIP_PUBLISH=1 reuses out/cli)
#   BASELINE=DIR benchmarks/whole-process.sh    also runs DIR/compliance (another build, e.g. of an earlier commit,
#                                               published with scripts/publish-cli.sh DIR) in the same rounds
#
# Publishes the CLI as a user gets it (scripts/publish-cli.sh), makes a 40x copy of seeds/ in a temporary folder,
# warms the page cache, then runs each command once per round, alternating them, so that they share whatever
# else the machine is doing. Prints the median wall time of each and the ratios the targets are set on (and, beside a
# BASELINE, the median CPU time of both builds too: steadier than wall time on a shared machine):
#   check --format json over the corpus / cat FILES | wc -l     target <= 5
#   check (table) / check --format json                         target <= 1.2
#   check --format json on one small seed                       target <= 150 ms
# Absolute times depend on the machine and its load; the ratios are what to compare.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-10}"
copies="${COPIES:-40}"
cli="$root/out/cli"

if [[ "${SKIP_PUBLISH:-0}" != "1" || ! -x "$cli/compliance" ]]; then
  bash "$root/scripts/publish-cli.sh" "$cli"
fi
native="$cli/compliance"
full="$cli/full/compliance"

corpus="$(mktemp -d -t compliance-corpus.XXXXXX)"
trap 'rm -rf "$corpus"' EXIT
for ((i = 1; i <= copies; i++)); do
  for seed in "$root"/seeds/*; do cp "$seed" "$corpus/$(printf '%03d' "$i")_$(basename "$seed")"; done
done
files=("$corpus"/*)
bytes=$(cat "${files[@]}" | wc -c)
# The small file: the largest seed of at most 300 KB.
small=$(find "$root/seeds" -type f -size -301k -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2-)
cat "${files[@]}" "$small" >/dev/null

names=(cat_wc json table json_jobs1 json_full_r2r small_json)
[[ -n "${BASELINE:-}" ]] && names+=(baseline_json baseline_jobs1)
run() {
  case "$1" in
    cat_wc) cat "${files[@]}" | wc -l >/dev/null ;;
    json) "$native" check --format json "$corpus" >/dev/null || [[ $? -le 2 ]] ;;
    table) "$native" check "$corpus" >/dev/null || [[ $? -le 2 ]] ;;
    json_jobs1) "$native" check --format json --jobs 1 "$corpus" >/dev/null || [[ $? -le 2 ]] ;;
    json_full_r2r) "$full" check --format json "$corpus" >/dev/null || [[ $? -le 2 ]] ;;
    small_json) "$native" check --format json "$small" >/dev/null || [[ $? -le 2 ]] ;;
    baseline_json) "$BASELINE/compliance" check --format json "$corpus" >/dev/null || [[ $? -le 2 ]] ;;
    baseline_jobs1) "$BASELINE/compliance" check --format json --jobs 1 "$corpus" >/dev/null || [[ $? -le 2 ]] ;;
  esac
}

# CPU time (user + system) of the commands this shell has run and waited for, in microseconds: wall time on a shared
# machine moves with what else runs; a command's CPU time much less.
# (`times` must run in this shell, not in a command substitution's subshell: it writes to a file, read afterwards.)
cpu_file="$(mktemp -t compliance-times.XXXXXX)"
trap 'rm -rf "$corpus" "$cpu_file"' EXIT
children_cpu_us() { tail -1 "$cpu_file" | awk '{ n = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); n += p[1] * 60 + p[2] } printf "%d", n * 1e6 }'; }

declare -A times cpu
for name in "${names[@]}"; do run "$name"; done # warm-up round, not counted
for ((r = 1; r <= rounds; r++)); do
  for name in "${names[@]}"; do
    times >"$cpu_file"
    cpu_start=$(children_cpu_us)
    start=$(date +%s%N)
    run "$name"
    end=$(date +%s%N)
    times >"$cpu_file"
    times[$name]+="$(( (end - start) / 1000 )) "
    cpu[$name]+="$(( $(children_cpu_us) - cpu_start )) "
  done
done

median_us() { tr ' ' '\n' <<<"${2:-${times[$1]}}" | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

declare -A med cpu_med
for name in "${names[@]}"; do
  med[$name]=$(median_us "$name")
  cpu_med[$name]=$(median_us "$name" "${cpu[$name]}")
done

echo
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds, medians"
echo "Corpus: ${#files[@]} files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }') ($copies copies of seeds/); small file: $(basename "$small"), $(( $(stat -c %s "$small") / 1024 )) KB"
printf '%-58s %10s %8s\n' "command" "median ms" "ratio"
printf '%-58s %10s %8s\n' "cat FILES | wc -l" "$(ms "${med[cat_wc]}")" "1.00"
printf '%-58s %10s %8s\n' "compliance check --format json DIR" "$(ms "${med[json]}")" "$(ratio "${med[json]}" "${med[cat_wc]}")"
printf '%-58s %10s %8s\n' "compliance check DIR (table)" "$(ms "${med[table]}")" "$(ratio "${med[table]}" "${med[cat_wc]}")"
printf '%-58s %10s %8s\n' "compliance check --format json --jobs 1 DIR" "$(ms "${med[json_jobs1]}")" "$(ratio "${med[json_jobs1]}" "${med[cat_wc]}")"
printf '%-58s %10s %8s\n' "full CLI (ReadyToRun, JIT) check --format json DIR" "$(ms "${med[json_full_r2r]}")" "$(ratio "${med[json_full_r2r]}" "${med[cat_wc]}")"
printf '%-58s %10s\n' "compliance check --format json SMALL_FILE" "$(ms "${med[small_json]}")"
if [[ -n "${BASELINE:-}" ]]; then
  printf '%-58s %10s %8s\n' "baseline check --format json DIR" "$(ms "${med[baseline_json]}")" "$(ratio "${med[baseline_json]}" "${med[cat_wc]}")"
  printf '%-58s %10s %8s\n' "baseline check --format json --jobs 1 DIR" "$(ms "${med[baseline_jobs1]}")" "$(ratio "${med[baseline_jobs1]}" "${med[cat_wc]}")"
  echo "this build / baseline (json):   $(ratio "${med[json]}" "${med[baseline_json]}")"
  echo "this build / baseline (jobs 1): $(ratio "${med[json_jobs1]}" "${med[baseline_jobs1]}")"
  echo "CPU time (user + system), medians: json $(ms "${cpu_med[json]}") ms against $(ms "${cpu_med[baseline_json]}") ms ($(ratio "${cpu_med[json]}" "${cpu_med[baseline_json]}")); jobs 1 $(ms "${cpu_med[json_jobs1]}") ms against $(ms "${cpu_med[baseline_jobs1]}") ms ($(ratio "${cpu_med[json_jobs1]}" "${cpu_med[baseline_jobs1]}"))"
fi
echo
echo "json / cat|wc -l:  $(ratio "${med[json]}" "${med[cat_wc]}")   (target <= 5)"
echo "table / json:      $(ratio "${med[table]}" "${med[json]}")   (target <= 1.2)"
echo "small file:        $(ms "${med[small_json]}") ms   (target <= 150 ms)"
