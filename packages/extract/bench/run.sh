#!/bin/sh
# "On one core" means one: pin the benchmark to a single CPU where taskset exists, so V8's
# helper threads cannot borrow a second core for either library.
cd "$(dirname "$0")/.." || exit 1
if command -v taskset >/dev/null 2>&1; then
  exec taskset -c 0 node --conditions=@sourcetrace/source --import tsx bench/extract.bench.ts
fi
exec node --conditions=@sourcetrace/source --import tsx bench/extract.bench.ts
