#!/usr/bin/env bash
# Publishes the deploy build exactly as README ("Fast start") says (self-contained, one composite
# ReadyToRun image), starts it in Development on an empty data folder and a free loopback port, and
# waits until /health/ready is 200: migrations, keys and the demo data, whose cases go through the
# search index (ICU4N and its satellite assemblies). Then one GraphQL request. It fails when the
# published app ends or is not ready in time; it says nothing about speed.
set -uo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null
    wait "$app_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! dotnet publish src/Api -c Release -r linux-x64 --self-contained \
    -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$work/api" --nologo -v quiet; then
  echo "deploy smoke: the publish failed" >&2
  exit 1
fi

ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:0" Database__DataFolder="$work/data" \
  "$work/api/Platform.Api" >"$work/app.log" 2>&1 &
app_pid=$!

ready=""
url=""
for _ in $(seq 1 120); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    break
  fi
  url="$(grep -o 'Now listening on: http://127\.0\.0\.1:[0-9]*' "$work/app.log" | head -n 1 | sed 's/Now listening on: //')"
  if [ -n "$url" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = "200" ]; then
    ready=1
    break
  fi
  sleep 1
done

if [ -z "$ready" ]; then
  echo "deploy smoke: the published app did not become ready; its output:" >&2
  grep -v '^   at ' "$work/app.log" | tail -40 >&2
  exit 1
fi

answer="$(curl -s -H 'Content-Type: application/json' --data '{"query":"{ __typename }"}' "$url/graphql")"
if [ "$answer" != '{"data":{"__typename":"Query"}}' ]; then
  echo "deploy smoke: unexpected answer: $answer" >&2
  exit 1
fi

echo "deploy smoke: the published app seeded an empty database and answered at $url"
