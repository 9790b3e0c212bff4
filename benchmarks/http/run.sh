#!/bin/sh
# Runs the manual's hello-world server under node and under jsc and measures each with wrk.
# Usage: benchmarks/http/run.sh [duration-seconds] [connections] [threads]
# Build first: dotnet build Jsc.sln -c Release. Needs wrk (apt-get install -y wrk).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
duration=${1:-10}
connections=${2:-50}
threads=${3:-2}
jsc="$root/compiler/Jsc.Cli/bin/Release/net10.0/jsc.dll"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)"; exit 1; }

measure() { # name port command...
  name=$1; port=$2; shift 2
  PORT=$port "$@" > /dev/null 2>&1 &
  pid=$!
  for i in $(seq 1 100); do
    if curl -s "http://127.0.0.1:$port/" > /dev/null 2>&1; then break; fi
    sleep 0.1
  done
  # Warm up (JIT, tiered compilation), then measure.
  wrk -t"$threads" -c"$connections" -d3s "http://127.0.0.1:$port/" > /dev/null
  out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port/")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)
  printf '%-5s requests/s %-10s p99 %-8s %s\n' "$name" "$rps" "$p99" "$errors"
}

measure node 18124 node "$here/hello.js"
measure jsc 18125 dotnet "$jsc" run "$here/hello.js"
