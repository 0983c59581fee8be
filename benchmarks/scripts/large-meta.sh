#!/usr/bin/env bash
# Large-input benchmark of `./workbench meta` (issue 10): generates yi/vi CSV files of K rows (default 1, 8 and 10
# million; true effect 0.3, vi ~ U(0.01, 0.5)) and runs the built product's meta command on each with FE and DL in
# the default heap (HTA_WORKBENCH_VMARGS, default -Xmx2g), output to /dev/null, under /usr/bin/time -v. Prints per
# run: rows, method, exit code, wall time, maximum resident set size. Then one run with a deliberately small heap
# (-Xmx256m) to show the out-of-memory message and its exit code. Results go into docs/benchmarks.md by hand.
# Usage: benchmarks/scripts/large-meta.sh [K ...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
product="$here/releng/org.htaworkbench.product/target/products/org.htaworkbench.product/linux/gtk/x86_64/htaworkbench"
[ -d "$product" ] || { echo "Build the product first: ./mvnw -B verify -DskipTests" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 8000000 10000000)
printf '%-10s %-6s %-4s %-10s %-12s %s\n' rows method exit wall_s max_rss_mb note
for k in "${sizes[@]}"; do
  csv="$work/yivi-$k.csv"
  awk -v k="$k" 'BEGIN { srand(42); print "yi,vi"; for (i = 0; i < k; i++) printf "%.6f,%.6f\n", 0.3 + rand() - 0.5, 0.01 + rand() * 0.49 }' > "$csv"
  for method in FE DL; do
    for format in text json; do
      set +e
      /usr/bin/time -v -o "$work/time" "$here/workbench" meta "$csv" --measure GEN --method "$method" --format "$format" \
          > /dev/null 2> "$work/err"
      code=$?
      set -e
      wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
      rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
      printf '%-10s %-6s %-4s %-10s %-12s %s\n' "$k" "$method" "$code" "$wall" "$((rss / 1024))" "$format $(head -c 160 "$work/err")"
    done
  done
done
k=${sizes[-1]}
set +e
HTA_WORKBENCH_VMARGS=-Xmx256m "$here/workbench" meta "$work/yivi-$k.csv" --method FE > /dev/null 2> "$work/err"
code=$?
set -e
echo "small heap (-Xmx256m), $k rows: exit $code: $(grep -v '^WARNING' "$work/err" | head -c 300)"
