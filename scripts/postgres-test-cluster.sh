#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the data-layer tests (CI and local runs).
#
#   url=$(scripts/postgres-test-cluster.sh start)   # prints postgresql://postgres@127.0.0.1:PORT/memorial_test
#   TEST_DATABASE_URL=$url npx vitest run
#   scripts/postgres-test-cluster.sh stop           # stops the server and deletes its directory
#
# The cluster lives in a fresh mktemp directory (trust auth, listening on 127.0.0.1 only, socket in
# /tmp); its path is remembered in $PG_TEST_STATE (default tests/.tmp/postgres-cluster) so that
# `stop` finds it. PostgreSQL refuses to run as root: as root the server runs as the postgres user.
# Binaries: $PG_BIN if set, else PATH, else /usr/lib/postgresql/<newest>/bin.
# Locale C (byte order, like SQLite's default collation) and UTF-8, so ORDER BY on text matches SQLite.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${PG_TEST_STATE:-$ROOT/tests/.tmp/postgres-cluster}"
DB_NAME="${PG_TEST_DATABASE:-memorial_test}"

log() { echo "postgres-test-cluster: $*" >&2; }

find_bin() {
  local name=$1 dir
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/$name" ]; then echo "$PG_BIN/$name"; return; fi
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/$name" ]; then echo "$dir/$name"; return; fi
  done
  log "cannot find $name (install PostgreSQL, e.g. apt-get install postgresql, or set PG_BIN)"
  exit 1
}

# Runs a command as the cluster owner: the postgres user when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    local quoted
    printf -v quoted '%q ' "$@"
    su postgres -s /bin/sh -c "$quoted"
  else
    "$@"
  fi
}

port_in_use() {
  local port=$1
  [ -e "/tmp/.s.PGSQL.$port" ] || [ -e "/tmp/.s.PGSQL.$port.lock" ] && return 0
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
  return 1
}

start() {
  if [ -f "$STATE" ]; then
    log "a cluster is already recorded in $STATE; run '$0 stop' first"
    exit 1
  fi
  local initdb pg_ctl psql dir port
  initdb=$(find_bin initdb); pg_ctl=$(find_bin pg_ctl); psql=$(find_bin psql)
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/sh postgres
  fi

  port=${PG_TEST_PORT:-55432}
  while port_in_use "$port"; do port=$((port + 1)); done

  dir=$(mktemp -d "${TMPDIR:-/tmp}/memorial-pg.XXXXXX")
  mkdir -p "$(dirname "$STATE")"
  printf '%s\n%s\n' "$dir" "$port" >"$STATE"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  chmod 700 "$dir"

  as_owner "$initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2; exit 1
  }
  # fsync off: a test cluster need not survive a power cut, and it is much faster.
  as_owner "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }
  "$psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE \"$DB_NAME\"" >&2
  log "started in $dir on port $port"
  echo "postgresql://postgres@127.0.0.1:$port/$DB_NAME"
}

stop() {
  if [ ! -f "$STATE" ]; then log "no cluster recorded in $STATE"; return 0; fi
  local dir pg_ctl
  dir=$(sed -n 1p "$STATE")
  case "$dir" in
    */memorial-pg.*) ;;
    *) log "refusing to remove unexpected directory '$dir' named in $STATE"; exit 1 ;;
  esac
  if [ -f "$dir/data/postmaster.pid" ]; then
    pg_ctl=$(find_bin pg_ctl)
    as_owner "$pg_ctl" -D "$dir/data" -m fast -w stop >&2 || log "pg_ctl stop failed (see $dir/server.log)"
  fi
  rm -rf "$dir"
  rm -f "$STATE"
  log "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
