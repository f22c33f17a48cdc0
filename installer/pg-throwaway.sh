# Sourced by installer/test.sh: a PostgreSQL cluster in a temporary directory, owned by the postgres
# user (initdb refuses root), on a free local port, with durability off (test data is disposable).
# Exports WINDOWDESK_TEST_PG, an admin URL; tests create and drop their own databases through it.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

pg_throwaway_start() {
  local bin port
  bin=$(pg_bin)
  [ -n "$bin" ] || { echo "PostgreSQL server binaries not found" >&2; return 1; }
  PG_THROWAWAY_DIR=$(mktemp -d /tmp/windowdesk-pg.XXXXXX)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local run_as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_THROWAWAY_DIR"
    run_as=(runuser -u postgres --)
  fi
  "${run_as[@]}" "$bin/initdb" -D "$PG_THROWAWAY_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run_as[@]}" "$bin/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/log" -w -o \
    "-p $port -k $PG_THROWAWAY_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  PG_THROWAWAY_RUN_AS=("${run_as[@]}")
  PG_THROWAWAY_BIN=$bin
  export WINDOWDESK_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  export WINDOWDESK_TEST_PG_DATA="$PG_THROWAWAY_DIR/data"
  echo "== throwaway PostgreSQL on port $port"
}

pg_throwaway_stop() {
  [ -n "${PG_THROWAWAY_DIR:-}" ] || return 0
  "${PG_THROWAWAY_RUN_AS[@]}" "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_THROWAWAY_DIR"
}
