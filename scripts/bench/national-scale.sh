#!/usr/bin/env bash
# National scale: one workspace with every administration's budget lines and indicators
# (synthetic, generated in the dataset format), timed with hyperfine against the sqlite3 CLI
# doing the nearest equivalent query on the same file.
#   scripts/bench/national-scale.sh [BUDGET_LINES] [INDICATORS]      (defaults 2000000 200000)
set -euo pipefail
cd "$(dirname "$0")/../.."
lines=${1:-2000000}
indicators=${2:-200000}
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
swift build -c release --product senaryo >&2
bin=.build/release/senaryo
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 scripts/bench/generate-national.py "$dir/data" --budget "$lines" --indicators "$indicators"
ws="$dir/workspace.sqlite"
echo "load: $lines budget lines, $indicators indicators" >&2
/usr/bin/time -f "load: %e s, %M KiB max resident" "$bin" --workspace "$ws" -c "load $dir/data" >/dev/null
hyperfine -N --warmup 1 --runs 5 \
  "$bin --workspace $ws -c datasets" \
  "sqlite3 $ws 'select year, count(*), sum(cast(initial as real)) from budget_line group by year'" \
  "$bin --workspace $ws -c 'use ulusal-2023' -c 'budget 2023 --format csv'" \
  "$bin --workspace $ws -c 'use ulusal-2023' -c 'indicators --status not-reached --format csv'" \
  "$bin --workspace $ws -c 'use ulusal-2023' -c 'check --warn-only --severity error'"
