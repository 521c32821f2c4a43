#!/usr/bin/env bash
# The service benchmark in one command (README "Performance"):
#   bench/run.sh            full run (~20 min): build, PostgreSQL, service, every endpoint, ceilings, growth, tables, overload, levers
#   bench/run.sh --quick    short phases (~5 min)
#   bench/run.sh --help     all options (DB_URL=... to use your own PostgreSQL with pg_stat_statements loaded)
# Installs what it needs from Debian's packages when missing: wrk (load), PostgreSQL (server and pgbench), python3.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v python3 >/dev/null || missing+=(python3)
command -v psql >/dev/null && command -v pgbench >/dev/null || missing+=(postgresql-client)
if [ -z "${DB_URL:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing+=(postgresql postgresql-contrib)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} (apt-get)"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
exec python3 bench/bench.py "$@"
