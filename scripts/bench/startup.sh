#!/usr/bin/env bash
# Start-up time: `senaryo` (release) running one trivial command on a workspace with the
# sample data, against the sqlite3 CLI doing the same on the same file. Uses hyperfine.
#   scripts/bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (apt-get install sqlite3)" >&2; exit 1; }
swift build -c release --product senaryo >&2
bin=.build/release/senaryo
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
ws="$dir/workspace.sqlite"
for d in SampleData/*/; do "$bin" --workspace "$ws" -c "load ${d%/}" >/dev/null; done
hyperfine -N --warmup 20 --runs 200 \
  "sqlite3 $ws 'select count(*) from dataset'" \
  "$bin --workspace $ws -c quit" \
  "$bin --workspace $ws -c datasets"
