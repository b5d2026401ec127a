#!/usr/bin/env bash
# HTTP throughput of the GraphQL endpoint against a plain minimal-API endpoint that binds the same
# JSON request and answers the same JSON, in one run on one server (needs wrk: apt-get install wrk).
# Runs alternate between the two paths for several rounds and the median of each is compared,
# so that load from elsewhere on the machine hits both alike.
# Usage: bench/transport/http-load.sh [seconds per run, default 10] [connections, default 32] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
connections=${2:-32}
rounds=${3:-3}
port=${PORT:-5080}

dotnet build bench/Community.Bench.Transport -c Release -v quiet -nologo >/dev/null
dotnet bench/Community.Bench.Transport/bin/Release/net10.0/Community.Bench.Transport.dll serve --urls "http://127.0.0.1:$port" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/bench/subscribers" >/dev/null; do sleep 0.2; done

run() { # name path body
  local rps
  rps=$(BODY="$3" wrk -t1 -c"$connections" -d"${seconds}s" -s bench/transport/post.lua "http://127.0.0.1:$port$2" | awk '/Requests\/sec/ {print $2}')
  printf '%-28s %10s req/s\n' "$1" "$rps" >&2
  echo "$rps"
}

typename='{"query":"{ __typename }"}'
hello='{"query":"{ hello(name: \"bench\") }"}'
# Warm up both paths (JIT, operation cache), then measure.
BODY="$typename" wrk -t1 -c4 -d2s -s bench/transport/post.lua "http://127.0.0.1:$port/graphql" >/dev/null
BODY="$typename" wrk -t1 -c4 -d2s -s bench/transport/post.lua "http://127.0.0.1:$port/plain/typename" >/dev/null

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
declare -A results
for round in $(seq "$rounds"); do
  results[g1]+="$(run "graphql { __typename }" /graphql "$typename") "
  results[p1]+="$(run "plain   { __typename }" /plain/typename "$typename") "
  results[g2]+="$(run "graphql { hello }" /graphql "$hello") "
  results[p2]+="$(run "plain   { hello }" /plain/hello "$hello") "
done
g1=$(tr ' ' '\n' <<<"${results[g1]}" | grep . | median)
p1=$(tr ' ' '\n' <<<"${results[p1]}" | grep . | median)
g2=$(tr ' ' '\n' <<<"${results[g2]}" | grep . | median)
p2=$(tr ' ' '\n' <<<"${results[p2]}" | grep . | median)
awk -v g1="$g1" -v p1="$p1" -v g2="$g2" -v p2="$p2" 'BEGIN {
  printf "median req/s: graphql __typename %.0f, plain %.0f (%.0f%%); graphql hello %.0f, plain %.0f (%.0f%%)\n",
    g1, p1, 100 * g1 / p1, g2, p2, 100 * g2 / p2 }'
