#!/usr/bin/env bash
# Runs one test command next to real services, each private to this run:
#   --pcscd CARD_BRIDGE  a pcscd with the vsmartcard vpcd driver and our virtual My Number card attached to it
#   --postgres           a throwaway PostgreSQL 15 cluster on 127.0.0.1, random free port
#   --cups               a private CUPS scheduler with cups-pdf queues (cups/start-cupsd.sh), CUPS_SERVER set
# Everything runs in its own PID, mount and network namespace: /run/pcscd is a private tmpfs, ports 35963/35964
# exist only on this namespace's loopback, and when this script dies — even by SIGKILL from a ctest timeout — the
# kernel ends every process it started (unshare --kill-child). A trap also stops each service by PID on the way out.
#
# The test sees: MADOGUCHI_TEST_STATE (state dir), MADOGUCHI_TEST_SERVICECTL (servicectl.sh, to stop/start services
# and remove/insert the card mid-test), MADOGUCHI_TEST_VPCD_PORT, MADOGUCHI_TEST_PG_URL / _HOST / _PORT / _SOCKET.
set -euo pipefail
# A failing step says where it failed: a service that does not start must never fail a test silently.
trap 'echo "$(basename "$0"): failed at line $LINENO: $BASH_COMMAND" >&2' ERR

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ "${MADOGUCHI_SERVICES_NS:-}" != "$$" && -z "${MADOGUCHI_SERVICES_INSIDE:-}" ]]; then
    if [[ $(id -u) -ne 0 ]]; then
        echo "with-services.sh: needs root for private namespaces (run ./test.sh, which uses sudo)" >&2
        exit 2
    fi
    export MADOGUCHI_SERVICES_INSIDE=1
    exec unshare --pid --fork --kill-child --mount-proc --net --propagation private -- "$0" "$@"
fi

card_bridge=""
want_pg=0
want_cups=0
while [[ $# -gt 0 ]]; do
    case "$1" in
    --pcscd) card_bridge="$2"; shift 2 ;;
    --postgres) want_pg=1; shift ;;
    --cups) want_cups=1; shift ;;
    --) shift; break ;;
    *) break ;;
    esac
done
[[ $# -gt 0 ]] || { echo "usage: with-services.sh [--pcscd CARD_BRIDGE] [--postgres] [--cups] [--] COMMAND..." >&2; exit 2; }

ip link set lo up
state=$(mktemp -d /tmp/madoguchi-test.XXXXXX)
chmod 0755 "$state"
export MADOGUCHI_TEST_STATE="$state"
export MADOGUCHI_TEST_SERVICECTL="$here/servicectl.sh"
export MADOGUCHI_TEST_CARD_BRIDGE="$card_bridge"

cleanup() {
    local rc=$?
    "$here/servicectl.sh" stop-all || true
    rm -rf "$state"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

if [[ -n "$card_bridge" ]]; then
    mkdir -p /run/pcscd
    mount -t tmpfs -o mode=0755,size=1m tmpfs /run/pcscd
    export MADOGUCHI_TEST_VPCD_PORT=35963
    "$here/servicectl.sh" pcscd-start
    "$here/servicectl.sh" card-insert
fi
if [[ $want_pg -eq 1 ]]; then
    "$here/servicectl.sh" pg-start
    # shellcheck disable=SC1091
    source "$state/pg.env"
fi

if [[ $want_cups -eq 1 ]]; then
    "$here/servicectl.sh" cups-start
    # shellcheck disable=SC1091
    source "$state/cups.env"
fi

set +e
"$@"
rc=$?
set -e
exit $rc
