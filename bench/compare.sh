#!/usr/bin/env bash
# Runs the cached-execution benchmarks of the .NET engine (BenchmarkDotNet) and of graphql-js
# and graphql-jit (bench/node) in one run, and prints the ratios.
# Usage: bash bench/compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --prefix bench/node --no-audit --no-fund --loglevel=error
artifacts=$(mktemp -d)
dotnet run -c Release --project bench/Community.GraphQL.Benchmarks -- \
  --filter '*ExecuteBenchmarks*' --exporters json --artifacts "$artifacts" >"$artifacts/dotnet.log"
node bench/node/execute-bench.mjs --json >"$artifacts/node.json"
node bench/node/compare.mjs "$artifacts"/results/*ExecuteBenchmarks-report-full*.json "$artifacts/node.json"
