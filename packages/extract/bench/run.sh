#!/bin/sh
# "On one core" means one: pin the benchmark to a single CPU where taskset exists, so V8's
# helper threads cannot borrow a second core for either library. Without the source condition
# `@sourcetrace/extract` resolves to the built package (dist), as it does for users.
cd "$(dirname "$0")/.." || exit 1
if command -v taskset >/dev/null 2>&1; then
  exec taskset -c 0 node --import tsx bench/extract.bench.ts
fi
exec node --import tsx bench/extract.bench.ts
