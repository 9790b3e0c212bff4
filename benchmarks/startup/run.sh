#!/usr/bin/env bash
# Start-up of a built app beside node: `hello world` built with --r2r and without, 20 runs each.
# Run from the repository root after `dotnet build compiler/Jsc.Cli -c Release`.
set -euo pipefail
runs=${1:-20}
jsc=compiler/Jsc.Cli/bin/Release/net10.0/jsc.dll
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet "$jsc" build benchmarks/startup/hello.js -o "$out/r2r" --r2r
dotnet "$jsc" build benchmarks/startup/hello.js -o "$out/il"
python3 benchmarks/startup/measure.py "$runs" node benchmarks/startup/hello.js
python3 benchmarks/startup/measure.py "$runs" "$out/r2r/hello"
python3 benchmarks/startup/measure.py "$runs" "$out/il/hello"
