#!/usr/bin/env bash
# The side-by-side benchmark: Senaryo against polars, DuckDB, pandas and the sqlite3 CLI on one
# synthetic national dataset (every administration in one dataset), the same four tasks in
# every tool, every tool's figures checked equal before a time counts. The harness lives in the
# project's shared folder (../shared/bench, or $SENARYO_BENCH); this script installs what it
# needs, builds the release binary and runs the whole grid (SENARYO_T4=full: Senaryo's sweep is
# compiled, so the full 50 x 20 grid is timed, never extrapolated).
#   scripts/bench/peers.sh                                   # 1/10 of national scale
#   scripts/bench/peers.sh --scale 1 --runs 1                # national scale
#   scripts/bench/peers.sh --scale 1 --format tr             # Turkish number format
# The table is printed at the end and kept under .build/bench/results/.
set -euo pipefail
cd "$(dirname "$0")/../.."
bench=${SENARYO_BENCH:-../shared/bench}
[ -x "$bench/run.sh" ] || { echo "the benchmark harness is not at $bench (set SENARYO_BENCH)" >&2; exit 1; }
scripts/install-deps
need=()
for tool in sqlite3 hyperfine; do command -v "$tool" >/dev/null || need+=("$tool"); done
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -c 'import pandas, polars, duckdb' 2>/dev/null || python3 -m pip install -q pandas polars duckdb
swift build -c release --product senaryo >&2
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--scale 0.1 --runs 1)
SENARYO_T4=${SENARYO_T4:-full} exec "$bench/run.sh" --peers "${SENARYO_PEERS:-polars duckdb sqlite senaryo}" "${args[@]}"
