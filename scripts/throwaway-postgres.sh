#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests and `npm run bench:store`, in a folder of its own on a free
# local port, reachable only from this machine without a password.
#
#   eval "$(scripts/throwaway-postgres.sh start [DIR])"   # starts it; prints the export of NEWSGRAPH_TEST_DATABASE_URL
#   scripts/throwaway-postgres.sh stop [DIR]              # stops it and deletes DIR
#
# DIR defaults to ${TMPDIR:-/tmp}/newsgraph-pg. Needs Debian's `postgresql` package (apt-get install postgresql)
# or any PostgreSQL >= 13 whose initdb and pg_ctl are on PATH. PostgreSQL refuses to run as root, so as root the
# cluster runs as the `postgres` system user the Debian package creates.
set -euo pipefail

command=${1:-}
dir=${2:-${TMPDIR:-/tmp}/newsgraph-pg}

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$found" ] && [ -x "$found/initdb" ]; then echo "$found"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  echo "throwaway-postgres: no initdb found; install PostgreSQL (apt-get install postgresql)" >&2
  exit 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      echo "throwaway-postgres: running as root needs the 'postgres' system user (apt-get install postgresql creates it)" >&2
      exit 1
    fi
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$command" in
  start)
    bin=$(bindir)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    # A free port: bind port 0 and read what the kernel gave (node is always there for this project).
    port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    echo "export NEWSGRAPH_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: scripts/throwaway-postgres.sh start|stop [DIR]" >&2
    exit 2
    ;;
esac
