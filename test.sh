#!/usr/bin/env bash
# Runs every Bookstore test: bUnit, HTTP (real OIDC handler against a local Logto stand-in), browser and PostgreSQL
# tests. Installs what is missing first (Debian's Chromium, a Korean font and PostgreSQL, when run as root), starts a
# private PostgreSQL cluster on 127.0.0.1:55432, then prints "N passed, N failed" counted from the TRX log.
set -euo pipefail
cd "$(dirname "$0")"

pg_port=55432
pg_data="${TMPDIR:-/tmp}/bookstore-pg"
pg_bin() { dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)"; }

need_packages=()
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
# Not grep -q: it would stop reading early, and fc-list's SIGPIPE would fail the pipeline (pipefail).
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need_packages+=(fonts-noto-cjk)
[ -x "$(pg_bin)/initdb" ] || need_packages+=(postgresql)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing ${need_packages[*]} from Debian's packages..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
  elif [ ! -x /usr/bin/chromium ]; then
    echo "Browser tests need Debian's Chromium at /usr/bin/chromium: sudo apt-get install chromium fonts-noto-cjk" >&2
    exit 1
  fi
fi

# PostgreSQL refuses to run as root, so as root the cluster belongs to the postgres OS user. The server must not
# inherit the lock files' descriptors, or it would hold their locks.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@") 8<&- 9<&-; else "$@" 8<&- 9<&-; fi
}

# A throwaway cluster of our own (Debian's default cluster is never touched): its superuser is reachable only through
# a socket inside the 0700 data directory; the tests' role, over TCP from 127.0.0.1 only.
start_postgres() {
  local bin; bin=$(pg_bin)
  if [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is not installed, so the PostgreSQL tests will fail: sudo apt-get install postgresql" >&2
    return 1
  fi
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" -t 10; then
    echo "Reusing the PostgreSQL already running on 127.0.0.1:$pg_port"
    return 0
  fi
  if as_pg_owner "$bin/pg_ctl" status -D "$pg_data" >/dev/null 2>&1; then
    echo "A PostgreSQL runs from $pg_data but does not answer on 127.0.0.1:$pg_port; stop it or remove it." >&2
    return 1
  fi
  rm -rf "$pg_data" && mkdir -m 700 "$pg_data" || return 1
  [ "$(id -u)" -ne 0 ] || chown postgres: "$pg_data" || return 1
  as_pg_owner "$bin/initdb" -D "$pg_data" -U postgres --auth-local=trust --auth-host=reject -E UTF8 --no-locale --no-sync \
    >/dev/null || return 1
  printf '%s\n' "local all postgres trust" "host all bookstore 127.0.0.1/32 trust" >"$pg_data/pg_hba.conf" || return 1
  # The data is thrown away, so nothing needs to survive a crash: no flushes to disk.
  printf '%s\n' "listen_addresses = '127.0.0.1'" "port = $pg_port" "unix_socket_directories = '$pg_data'" \
    "fsync = off" "synchronous_commit = off" "full_page_writes = off" >>"$pg_data/postgresql.conf" || return 1
  touch "$pg_data/started-by-test.sh" || return 1
  if ! as_pg_owner "$bin/pg_ctl" start -D "$pg_data" -l "$pg_data/server.log" -w -t 30 >/dev/null; then
    tail -n 20 "$pg_data/server.log" >&2
    return 1
  fi
  as_pg_owner "$bin/psql" -q -h "$pg_data" -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE bookstore LOGIN CREATEDB" || return 1
  echo "Started a private PostgreSQL on 127.0.0.1:$pg_port ($pg_data)"
}

# Concurrent runs share the cluster. Starting and stopping take the start lock (fd 8); every run holds the use lock
# (fd 9) shared while it runs, and the last one out stops a cluster that test.sh started (not one started otherwise).
stop_postgres() {
  flock -x 8
  if flock -n -x 9 && [ -f "$pg_data/started-by-test.sh" ]; then
    as_pg_owner "$(pg_bin)/pg_ctl" stop -D "$pg_data" -m fast >/dev/null 2>&1 || true
  fi
}

if [ -n "${BOOKSTORE_TEST_POSTGRES:-}" ]; then
  echo "PostgreSQL tests use BOOKSTORE_TEST_POSTGRES from the environment"
else
  for lock in "$pg_data.start.lock" "$pg_data.use.lock"; do [ -e "$lock" ] || : >"$lock"; done
  exec 8<"$pg_data.start.lock" 9<"$pg_data.use.lock"
  flock -x 8
  start_postgres || echo "PostgreSQL could not be started (see above); the PostgreSQL tests will fail." >&2
  flock -s 9
  flock -u 8
  trap stop_postgres EXIT
  trap 'exit 130' INT TERM
  export BOOKSTORE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=bookstore;Database=postgres"
fi

results=TestResults
rm -f "$results"/*.trx
status=0
dotnet test BookstoreBlazor.sln --logger "trx;LogFileName=bookstore.trx" --results-directory "$results" "$@" 8<&- 9<&- || status=$?

trx="$results/bookstore.trx"
if [ -f "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  failed=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  echo "Screenshots: $results/screenshots/"
  echo "$passed passed, $failed failed"
else
  echo "0 passed, 1 failed (no test results were written)"
  [ $status -ne 0 ] || status=1
fi
exit $status
