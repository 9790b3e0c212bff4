#!/usr/bin/env bash
# Records node's stdout, stderr and exit code for every line of cases.tsv (run from anywhere):
#   bash tests/Jsc.EndToEnd/data/record.sh
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
samples="$here/../../../samples"
while IFS=$'\t' read -r -a fields; do
  [[ ${#fields[@]} -eq 0 || ${fields[0]} == \#* ]] && continue
  name=${fields[0]}; sample=${fields[1]}
  (cd "$samples/$sample" && node . "${fields[@]:2}" >"$here/$name.stdout" 2>"$here/$name.stderr"; echo $? >"$here/$name.code")
done <"$here/cases.tsv"
