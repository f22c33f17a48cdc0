# Sourced by installer/test.sh: a PostgreSQL cluster in a temporary directory, owned by the postgres
# user (initdb refuses root), on a free local port, with durability off (test data is disposable),
# and TLS on with a CA made for this run (the sync link to central requires verify-full).
# Exports WINDOWDESK_TEST_PG, an admin URL; tests create and drop their own databases through it;
# and WINDOWDESK_TEST_PG_TLS, the folder with ca.crt/ca.key and the server's server.crt/server.key
# (for 127.0.0.1 and localhost), for tests that start clusters of their own.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# A throwaway CA and a server certificate it signs, in $1 (EC P-256: quick to make).
pg_throwaway_certs() {
  local dir=$1
  mkdir -p "$dir"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3 \
    -subj "/CN=windowdesk test CA" -keyout "$dir/ca.key" -out "$dir/ca.crt" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -subj "/CN=127.0.0.1" -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
  printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=CA:FALSE" \
    "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" >"$dir/server.ext"
  openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -set_serial "0x$(openssl rand -hex 8)" \
    -days 3 -extfile "$dir/server.ext" -out "$dir/server.crt" 2>/dev/null
  rm -f "$dir/server.csr" "$dir/server.ext"
  chmod 644 "$dir/ca.crt" "$dir/server.crt"
  chmod 600 "$dir/ca.key" "$dir/server.key"
}

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
  pg_throwaway_certs "$PG_THROWAWAY_DIR/tls"
  # The server reads its key as its own user, and only from a file no one else may read.
  install -m 600 "$PG_THROWAWAY_DIR/tls/server.key" "$PG_THROWAWAY_DIR/tls/server.crt" "$PG_THROWAWAY_DIR/data/"
  if ((${#run_as[@]})); then
    chown postgres "$PG_THROWAWAY_DIR/data/server.key" "$PG_THROWAWAY_DIR/data/server.crt"
  fi
  "${run_as[@]}" "$bin/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/log" -w -o \
    "-p $port -k $PG_THROWAWAY_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key" \
    start >/dev/null
  PG_THROWAWAY_RUN_AS=("${run_as[@]}")
  PG_THROWAWAY_BIN=$bin
  export WINDOWDESK_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  export WINDOWDESK_TEST_PG_DATA="$PG_THROWAWAY_DIR/data"
  export WINDOWDESK_TEST_PG_TLS="$PG_THROWAWAY_DIR/tls"
  echo "== throwaway PostgreSQL on port $port"
}

pg_throwaway_stop() {
  [ -n "${PG_THROWAWAY_DIR:-}" ] || return 0
  "${PG_THROWAWAY_RUN_AS[@]}" "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_THROWAWAY_DIR"
}
