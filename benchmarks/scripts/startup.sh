#!/usr/bin/env bash
# Start-up benchmark: time from launching the product to the first workbench window, N runs
# (default 5) after one warm-up run, under Xvfb when there is no display. Each run uses a fresh
# copy of the product's configuration area and a fresh workspace, as a first start would, unless
# --warm-config is given. Prints each run and the median. Results go into docs/benchmarks.md by hand.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$here/releng/scripts/find-java.sh"
htaworkbench_find_java
runs=${RUNS:-5}
warm_config=false
[ "${1:-}" = "--warm-config" ] && warm_config=true
product="$here/releng/org.htaworkbench.product/target/products/org.htaworkbench.product/linux/gtk/x86_64/htaworkbench"
[ -d "$product" ] || { echo "Build the product first: ./mvnw -B verify -DskipTests" >&2; exit 2; }
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
one_run() {
  local config="$work/config-$1" data="$work/data-$1" log="$work/log-$1"
  if $warm_config; then config="$work/config-shared"; fi
  [ -d "$config" ] || cp -r "$product/configuration" "$config"
  local t0; t0=$(date +%s%3N)
  "$JAVA_HOME/bin/java" -Xmx2g -Dhtaworkbench.startupTiming=true -jar "$launcher" \
      -configuration "$config" -data "$data" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do
    grep -q HTAWORKBENCH_WINDOW_SHOWN_EPOCH_MS "$log" && break
    sleep 0.1
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  local shown; shown=$(sed -n 's/^HTAWORKBENCH_WINDOW_SHOWN_EPOCH_MS=//p' "$log")
  [ -n "$shown" ] || { echo "run $1: no window within 60 s; log:" >&2; tail -20 "$log" >&2; exit 1; }
  echo "$((shown - t0)) $(sed -n 's/^HTAWORKBENCH_APPLICATION_START_MS=//p' "$log") $(sed -n 's/^HTAWORKBENCH_BUNDLES_INSTALLED=//p' "$log") $(sed -n 's/^HTAWORKBENCH_BUNDLES_ACTIVE=//p' "$log" | tr ',' '\n' | wc -l) $(sed -n 's/^HTAWORKBENCH_EVIDENCE_LOADED_MS=\([0-9]*\) (load took \([0-9]*\) ms)/\1:\2/p' "$log")"
  [ "$1" = 1 ] && sed -n 's/^HTAWORKBENCH_BUNDLES_ACTIVE=//p' "$log" > "$work/active.txt"
  return 0
}
one_run 0 >/dev/null
results=()
for i in $(seq 1 "$runs"); do
  line=$(one_run "$i")
  read -r total app installed active evidence <<<"$line"
  echo "run $i: window shown after ${total} ms (after JVM start: application ${app} ms, evidence base loaded at ${evidence%%:*} ms taking ${evidence##*:} ms; bundles installed ${installed}, active ${active})"
  results+=("$total")
done
median=$(printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "median over $runs runs: ${median} ms (config: $($warm_config && echo warm || echo fresh copy per run))"
echo "active bundles at window shown: $(cat "$work/active.txt")"
