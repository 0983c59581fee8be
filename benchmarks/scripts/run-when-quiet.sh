#!/bin/bash
# Runs the forest redraw benchmark when the machine is quiet and records the load while it runs.
# Usage (from the repository root, after building the jar, see
#   ../org.htaworkbench.charts.ui.benchmarks/pom.xml):
#   benchmarks/scripts/run-when-quiet.sh OUT_DIR [benchmark options...]
# Waits (at most 20 min) until processes other than the benchmark use < 0.3 cores for 60 s, then runs the benchmark
# under xvfb-run with cpu-monitor.py sampling every 2 s: OUT_DIR/monitor.log has, per sample, the CPU used by the
# benchmark (java + Xvfb), by everything else ("other") and the steal time. Results: OUT_DIR/stdout.md.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=$HERE/../org.htaworkbench.charts.ui.benchmarks/target/forest-redraw-benchmark.jar
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
OUT=$1; shift
mkdir -p "$OUT"
python3 "$HERE/cpu-monitor.py" "$OUT/monitor-wait.log" & MP=$!
quiet=0
for i in $(seq 1 240); do
  sleep 5
  o=$(tail -1 "$OUT/monitor-wait.log" 2>/dev/null | sed 's/.*other=\([0-9.]*\).*/\1/')
  if [ -n "$o" ] && awk "BEGIN{exit !($o < 0.3)}"; then quiet=$((quiet+1)); else quiet=0; fi
  [ $quiet -ge 12 ] && break
done
kill $MP
(date -Is; uptime) > "$OUT/uptime-before.txt"
python3 "$HERE/cpu-monitor.py" "$OUT/monitor.log" & MP=$!
xvfb-run -a -s "-screen 0 1920x1200x24" "$JAVA" -jar "$JAR" -out "$OUT" "$@" \
  > "$OUT/stdout.md" 2> "$OUT/stderr.txt"
echo "exit $?" >> "$OUT/stderr.txt"
kill $MP
(date -Is; uptime) > "$OUT/uptime-after.txt"
awk '{split($4,a,"=");split($5,b,"="); s+=a[2]; st+=b[2]; if (a[2]>m) m=a[2]; c++}
     END {if (c) printf "other CPU during the run: mean %.2f, max %.2f cores; steal mean %.2f (%d samples)\n", s/c, m, st/c, c}' \
  "$OUT/monitor.log" | tee "$OUT/load-summary.txt"
