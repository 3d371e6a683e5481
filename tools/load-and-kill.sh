#!/usr/bin/env bash
# Load-and-kill: starts the API on a temporary data folder (loopback only), drives concurrent
# registerCase + acceptCase from many clients, kill -9s the server half-way, restarts it, and
# checks that every write the server acknowledged is still there and the SQLite file is sound.
#
#   tools/load-and-kill.sh [seconds=30] [clients=64]
#
# Bounded: the load stops after the given seconds; the whole run is cut off after seconds + 5 min.
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${1:-30}"
clients="${2:-64}"
data="$(mktemp -d -t platform-load-XXXXXX)"
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" 2>/dev/null || true; fi
}
trap cleanup EXIT

# A free port on loopback.
while :; do
  port=$((20000 + RANDOM % 30000))
  (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
done
url="http://127.0.0.1:$port"

echo "building (Release)…"
dotnet build src/Api -c Release -v q -nologo >/dev/null
dotnet build tools/LoadAndKill -c Release -v q -nologo >/dev/null
driver="dotnet tools/LoadAndKill/bin/Release/net10.0/LoadAndKill.dll"

start_server() {
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$url" Database__DataFolder="$data" RateLimits__Enabled=false \
    dotnet src/Api/bin/Release/net10.0/Platform.Api.dll --contentRoot "$PWD/src/Api" >>"$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    if curl -fs "$url/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$server" 2>/dev/null || break
    sleep 1
  done
  echo "the server did not become ready; see $data/server.log" >&2
  return 1
}

echo "data folder: $data, server: $url, $clients clients for $duration s"
start_server

timeout $((duration + 300)) $driver load --url "$url" --seconds "$duration" --clients "$clients" --out "$data/acked.jsonl" &
load=$!

sleep $((duration / 2))
echo "kill -9 $server at $((duration / 2)) s"
kill -9 "$server"
wait "$server" 2>/dev/null || true
start_server
echo "restarted as $server"

wait "$load"

# Check the file itself with the server stopped, then read the writes back through a fresh start.
kill "$server"; wait "$server" 2>/dev/null || true
start_server
status=0
timeout 300 $driver verify --url "$url" --acked "$data/acked.jsonl" --db "$data/platform.db" || status=$?
echo "server log: $data/server.log"
exit $status
