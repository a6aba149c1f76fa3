#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests.
#
#   scripts/pg-test-cluster.sh start DIR   create a cluster in DIR and start it
#   scripts/pg-test-cluster.sh url DIR     print its admin URL
#   scripts/pg-test-cluster.sh stop DIR    stop it and remove DIR
#
# The server listens on 127.0.0.1 only, on the first free port from 55432 up,
# with its unix socket in DIR, so it never clashes with a system cluster.
# Superuser "postgres", scram-sha-256 with a random password. fsync is off:
# nothing in it is meant to survive.
#
# initdb refuses to run as root; as root the binaries run as the "postgres"
# system user (or "fehrist-pg", created when there is no "postgres" user).
# Set PG_BINDIR to use a particular PostgreSQL version.
set -euo pipefail

MARKER=.fehrist-pg-test-cluster
FIRST_PORT=55432
PORT_ATTEMPTS=50
WAIT_SECONDS=30

say() { printf 'pg-test-cluster: %s\n' "$*"; }
die() { printf 'pg-test-cluster: %s\n' "$*" >&2; exit 1; }

usage() {
    printf 'usage: %s start|stop|url DIR\n' "$0" >&2
    exit 2
}

(($# == 2)) || usage
cmd=$1
dir=$2
[[ -n "$dir" ]] || usage
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac
dir=${dir%/}
[[ -n "$dir" ]] || die "refusing to use / as the cluster folder"

find_bindir() {
    if [[ -n "${PG_BINDIR:-}" ]]; then
        printf '%s\n' "$PG_BINDIR"
        return
    fi
    local candidates=() d
    for d in /usr/lib/postgresql/*/bin; do
        [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && candidates+=("$d")
    done
    ((${#candidates[@]} > 0)) ||
        die "no PostgreSQL server found in /usr/lib/postgresql/*/bin (run scripts/setup.sh)"
    printf '%s\n' "${candidates[@]}" | sort -V | tail -n 1
}

# The user that owns and runs the cluster: ourselves, or a system user as root.
run_user=""
pick_user() {
    if ((EUID != 0)); then
        return
    fi
    if id -u postgres >/dev/null 2>&1; then
        run_user=postgres
    else
        if ! id -u fehrist-pg >/dev/null 2>&1; then
            say "creating system user fehrist-pg"
            useradd --system --user-group --no-create-home --home-dir /nonexistent \
                --shell /usr/sbin/nologin fehrist-pg
        fi
        run_user=fehrist-pg
    fi
}

# Runs a command as the cluster's user, from a folder that user can enter.
as_owner() {
    if [[ -n "$run_user" ]]; then
        (cd / && runuser -u "$run_user" -- "$@")
    else
        "$@"
    fi
}

port_in_use() {
    local port=$1
    if command -v ss >/dev/null 2>&1; then
        [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
    fi
}

is_ours() {
    [[ -f "$dir/$MARKER" ]]
}

server_running() {
    [[ -f "$dir/data/postmaster.pid" ]] &&
        as_owner "$bindir/pg_ctl" status -D "$dir/data" >/dev/null 2>&1
}

start() {
    if [[ -e "$dir" ]]; then
        if is_ours && server_running; then
            say "already running in $dir on port $(cat "$dir/port")"
            return
        fi
        if [[ -n "$(ls -A "$dir")" ]]; then
            die "$dir exists and is not empty"
        fi
    fi

    mkdir -p "$dir"
    touch "$dir/$MARKER"
    chmod 700 "$dir"
    if [[ -n "$run_user" ]]; then
        chown -R "$run_user:" "$dir"
        as_owner test -w "$dir" ||
            die "user $run_user cannot write to $dir (is a parent folder closed to it?)"
    fi

    local socket_path="$dir/.s.PGSQL.$FIRST_PORT"
    ((${#socket_path} < 100)) || die "path too long for a unix socket: $dir"

    # Random password: hex, so it needs no escaping in a URL.
    local password
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    (umask 077 && printf '%s\n' "$password" >"$dir/pwfile")
    [[ -z "$run_user" ]] || chown "$run_user:" "$dir/pwfile"

    say "initdb in $dir/data ($("$bindir/postgres" --version))"
    if ! as_owner "$bindir/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth=scram-sha-256 --pwfile="$dir/pwfile" --no-sync >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        die "initdb failed"
    fi

    local port=$FIRST_PORT attempt started=""
    for ((attempt = 0; attempt < PORT_ATTEMPTS; attempt++, port++)); do
        port_in_use "$port" && continue
        # Settings in postgresql.auto.conf override postgresql.conf; rewritten per try.
        as_owner tee "$dir/data/postgresql.auto.conf" >/dev/null <<EOF
# written by scripts/pg-test-cluster.sh
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
EOF
        if as_owner "$bindir/pg_ctl" start -D "$dir/data" -l "$dir/server.log" \
            -w -t "$WAIT_SECONDS" >/dev/null 2>&1; then
            started=$port
            break
        fi
        # Somebody else took the port between the check and the start: try the next.
        if grep -q 'could not bind\|could not create any TCP/IP sockets\|already in use' \
            "$dir/server.log" 2>/dev/null; then
            continue
        fi
        tail -n 20 "$dir/server.log" >&2 || true
        die "server did not start (log: $dir/server.log)"
    done
    [[ -n "$started" ]] || die "no free port in $FIRST_PORT..$((FIRST_PORT + PORT_ATTEMPTS - 1))"
    printf '%s\n' "$started" >"$dir/port"

    local waited=0
    until "$bindir/pg_isready" -q -h 127.0.0.1 -p "$started" -t 1; do
        if ((++waited >= WAIT_SECONDS)); then
            tail -n 20 "$dir/server.log" >&2 || true
            die "server on port $started not ready after ${WAIT_SECONDS}s"
        fi
        sleep 1
    done
    say "running in $dir on 127.0.0.1:$started"
}

url() {
    if ! is_ours || [[ ! -f "$dir/port" || ! -f "$dir/pwfile" ]]; then
        die "no cluster in $dir"
    fi
    printf 'postgresql://postgres:%s@127.0.0.1:%s/postgres\n' \
        "$(head -n 1 "$dir/pwfile")" "$(cat "$dir/port")"
}

stop() {
    if [[ ! -e "$dir" ]]; then
        say "nothing in $dir"
        return
    fi
    is_ours || die "$dir was not made by this script; not touching it"
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        if ! as_owner "$bindir/pg_ctl" stop -D "$dir/data" -m fast -w -t "$WAIT_SECONDS" \
            >/dev/null 2>&1; then
            as_owner "$bindir/pg_ctl" stop -D "$dir/data" -m immediate -w >/dev/null 2>&1 || true
        fi
    fi
    rm -rf -- "$dir"
    say "stopped and removed $dir"
}

pick_user
case "$cmd" in
    start) bindir=$(find_bindir); start ;;
    stop) bindir=$(find_bindir); stop ;;
    url) url ;;
    *) usage ;;
esac
