#!/usr/bin/env bash
# Starts and stops the services of one with-services.sh run, by PID, from inside its namespace. Tests call it to
# take the card out, restart pcscd or the database server mid-test. State lives in $MADOGUCHI_TEST_STATE.
#   pcscd-start | pcscd-stop | card-insert [PERSONA_ARGS...] | card-remove | pg-start | pg-stop | cups-start |
#   cups-stop | stop-all
set -euo pipefail
# A failing step says where it failed: a service that does not start must never fail a test silently.
trap 'echo "$(basename "$0"): failed at line $LINENO: $BASH_COMMAND" >&2' ERR
state="${MADOGUCHI_TEST_STATE:?not inside with-services.sh}"
pg_bin=/usr/lib/postgresql/15/bin

stop_pid() { # name, signal
    local file="$state/$1.pid" sig="${2:-TERM}" pid
    [[ -f "$file" ]] || return 0
    pid=$(tr -d '\0\n' <"$file")
    rm -f "$file"
    [[ -n "$pid" ]] || return 0
    kill -"$sig" "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        # a zombie child of ours counts as gone
        [[ "$(ps -o stat= -p "$pid" 2>/dev/null)" == Z* ]] && return 0
        sleep 0.05
    done
    kill -KILL "$pid" 2>/dev/null || true
}

wait_for() { # description, command...
    local what="$1"; shift
    for _ in $(seq 1 200); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.05
    done
    echo "servicectl: timed out waiting for $what" >&2
    return 1
}

vpcd_listening() { ss -ltnH "sport = :${MADOGUCHI_TEST_VPCD_PORT:-35963}" | grep -q LISTEN; }

case "${1:-}" in
pcscd-start)
    mkdir -p "$state/reader.conf.d"
    cp /etc/reader.conf.d/vpcd "$state/reader.conf.d/vpcd"
    pcscd --foreground --config "$state/reader.conf.d" >>"$state/pcscd.log" 2>&1 &
    echo $! >"$state/pcscd.pid"
    wait_for "pcscd socket" test -S /run/pcscd/pcscd.comm
    wait_for "vpcd port" vpcd_listening
    ;;
pcscd-stop)
    stop_pid pcscd TERM
    rm -f /run/pcscd/pcscd.comm
    ;;
card-insert)
    shift
    bridge="${MADOGUCHI_TEST_CARD_BRIDGE:?no card bridge}"
    "$bridge" --port "${MADOGUCHI_TEST_VPCD_PORT:-35963}" "$@" >>"$state/card.log" 2>&1 &
    echo $! >"$state/card.pid"
    ;;
card-remove)
    stop_pid card KILL # a card leaving the field says nothing first
    ;;
pg-start)
    template="${MADOGUCHI_TEST_PG_TEMPLATE:-$state/pg-template}"
    if [[ ! -f "$template/PG_VERSION" ]]; then
        # One initdb per build tree, copied for every run (initdb costs ~0.7 s, a copy ~30 ms).
        mkdir -p "$(dirname "$template")"
        exec 9>"$template.lock"
        flock 9
        if [[ ! -f "$template/PG_VERSION" ]]; then
            tmp="$template.tmp.$$"
            rm -rf "$tmp" && mkdir -p "$tmp" && chown postgres:postgres "$tmp"
            (cd / && runuser -u postgres -- "$pg_bin/initdb" -D "$tmp" -U postgres --auth=trust -E UTF8 \
                --locale=C.UTF-8 >"$state/initdb.log" 2>&1) || { cat "$state/initdb.log" >&2; exit 1; }
            mv "$tmp" "$template"
        fi
        exec 9>&-
    fi
    data="$state/pg"
    if [[ ! -f "$data/PG_VERSION" ]]; then # a restart keeps the data of the first start
        cp -a "$template" "$data"
        chown -R postgres:postgres "$data"
        chmod 0700 "$data"
    fi
    mkdir -p "$state/pglog" && chown postgres:postgres "$state/pglog" # the server writes its own log
    port_file="$state/pg.port"
    [[ -f "$port_file" ]] || echo $((20000 + RANDOM % 30000)) >"$port_file"
    port=$(cat "$port_file")
    (cd / && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$data" -l "$state/pglog/server.log" -w -t 30 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
        start >/dev/null) || { cat "$state/pglog/server.log" >&2; exit 1; }
    head -1 "$data/postmaster.pid" >"$state/postgres.pid"
    cat >"$state/pg.env" <<ENV
export MADOGUCHI_TEST_PG_HOST=127.0.0.1
export MADOGUCHI_TEST_PG_PORT=$port
export MADOGUCHI_TEST_PG_SOCKET=$data
export MADOGUCHI_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/postgres
ENV
    ;;
pg-stop)
    stop_pid postgres INT # fast shutdown: rolls back open transactions, like a crash the client must survive
    ;;
cups-start)
    "$(dirname "${BASH_SOURCE[0]}")/cups/start-cupsd.sh"
    ;;
cups-stop)
    stop_pid cupsd TERM
    ;;
stop-all)
    stop_pid cupsd TERM
    stop_pid card KILL
    stop_pid pcscd TERM
    stop_pid postgres INT
    ;;
*)
    echo "usage: servicectl.sh pcscd-start|pcscd-stop|card-insert|card-remove|pg-start|pg-stop|cups-start|cups-stop|stop-all" >&2
    exit 2
    ;;
esac
