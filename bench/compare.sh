#!/usr/bin/env bash
# Runs the cached-execution benchmarks of the .NET engine (BenchmarkDotNet) and of graphql-js
# and graphql-jit (bench/node) in one run, and prints the ratios. First checks that the three
# engines return the same responses, so that the timings compare like with like.
# Usage: bash bench/compare.sh [extra BenchmarkDotNet arguments, e.g. --job short]
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --prefix bench/node --no-audit --no-fund --loglevel=error
artifacts=$(mktemp -d)
dotnet build -c Release bench/Community.GraphQL.Benchmarks >"$artifacts/build.log"
dotnet run -c Release --no-build --project bench/Community.GraphQL.Benchmarks -- dump >"$artifacts/dotnet-responses.json"
node bench/node/execute-bench.mjs --dump >"$artifacts/node-responses.json"
node bench/node/check-results.mjs "$artifacts/dotnet-responses.json" "$artifacts/node-responses.json"
dotnet run -c Release --no-build --project bench/Community.GraphQL.Benchmarks -- \
  --filter '*ExecuteBenchmarks*' --exporters json --artifacts "$artifacts" "$@" >"$artifacts/dotnet.log"
grep -A4 '^| Method' "$artifacts/dotnet.log"
node bench/node/execute-bench.mjs --json >"$artifacts/node.json"
node bench/node/compare.mjs "$artifacts"/results/*ExecuteBenchmarks-report-full*.json "$artifacts/node.json"
