#!/usr/bin/env bash
# Runs a Madoguchi session the way installer/systemd/madoguchi-session@.service does — its own ExecStart line, under
# the cage kiosk compositor, as an unprivileged user — on cage's headless backend, and checks that it comes up and
# stays up: cage and madoguchi both alive after the settle time, a Wayland window drawn (grim screenshot not blank),
# and cage ending when madoguchi ends (so systemd's Restart=always starts the whole session again).
# usage: kiosk-under-cage.sh UNIT_FILE MADOGUCHI_BINARY MODE [SCREENSHOT.png]
set -euo pipefail
unit="$1" binary="$2" mode="$3" shot="${4:-}"
fail() { echo "kiosk-under-cage: $*" >&2; [[ -f "$dir/session.log" ]] && tail -40 "$dir/session.log" >&2; exit 1; }

exec_line=$(sed -n 's/^ExecStart=//p' "$unit")
[[ -n "$exec_line" ]] || { echo "no ExecStart in $unit" >&2; exit 1; }
grep -q '^Restart=always' "$unit" || { echo "$unit is not restarted when it stops" >&2; exit 1; }
user=$(sed -n 's/^User=//p' "$unit")
[[ -n "$user" && "$user" != root ]] || { echo "$unit does not run as an unprivileged user" >&2; exit 1; }
# The unit's command with this build's binary and the mode as the instance name.
command=${exec_line//%i/$mode}
command=${command//\/usr\/bin\/madoguchi/$binary}
read -r -a argv <<<"$command"

runner=nobody # the installed unit's own user (madoguchi-kiosk) exists only where the package is installed
dir=$(mktemp -d /tmp/madoguchi-cage.XXXXXX)
chmod 0755 "$dir"
mkdir -m 0700 "$dir/run" "$dir/data"
chown "$runner" "$dir/run" "$dir/data"
cage_pid=""
cleanup() {
    [[ -n "$cage_pid" ]] && kill "$cage_pid" 2>/dev/null || true
    [[ -n "$cage_pid" ]] && wait "$cage_pid" 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT

env -i PATH=/usr/bin:/bin HOME="$dir/data" XDG_RUNTIME_DIR="$dir/run" WLR_BACKENDS=headless \
    WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman XDG_SESSION_TYPE=wayland QT_QPA_PLATFORM=wayland \
    MADOGUCHI_DATA_DIR="$dir/data" MADOGUCHI_CONFIG="$dir/data/madoguchi.ini" LANG=C.UTF-8 \
    ASAN_OPTIONS="${ASAN_OPTIONS:-}" LSAN_OPTIONS="${LSAN_OPTIONS:-}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-}" \
    setpriv --reuid="$runner" --regid="$(id -g "$runner")" --clear-groups -- "${argv[@]}" >"$dir/session.log" 2>&1 &
cage_pid=$!

app_pid=""
for _ in $(seq 1 300); do
    app_pid=$(pgrep -P "$cage_pid" -f "$(basename "$binary")" || true)
    [[ -n "$app_pid" && -S "$dir/run/wayland-0" ]] && break
    kill -0 "$cage_pid" 2>/dev/null || fail "cage ended at start"
    sleep 0.1
done
[[ -n "$app_pid" ]] || fail "madoguchi did not start under cage"
[[ "$(ps -o user= -p "$app_pid")" == "$runner" ]] || fail "madoguchi runs as $(ps -o user= -p "$app_pid")"
# Settle, then it must still be there: a session that dies right after start would loop in systemd.
sleep 6
kill -0 "$cage_pid" 2>/dev/null || fail "cage ended"
kill -0 "$app_pid" 2>/dev/null || fail "madoguchi ended"
png="$dir/run/screen.png"
XDG_RUNTIME_DIR="$dir/run" WAYLAND_DISPLAY=wayland-0 setpriv --reuid="$runner" --regid="$(id -g "$runner")" \
    --clear-groups -- grim "$png" 2>>"$dir/session.log" || fail "grim could not take a screenshot"
colours=$(convert "$png" -format '%k' info:)
[[ "$colours" -gt 8 ]] || fail "the screen is blank ($colours colours)"
[[ -n "$shot" ]] && { mkdir -p "$(dirname "$shot")"; cp "$png" "$shot"; }
echo "session up: cage $cage_pid, madoguchi $app_pid as $runner, $colours colours on screen"
# When the application stops, the compositor stops with it, and systemd restarts the unit.
kill -TERM "$app_pid"
for _ in $(seq 1 100); do
    kill -0 "$cage_pid" 2>/dev/null || break
    sleep 0.1
done
kill -0 "$cage_pid" 2>/dev/null && fail "cage kept running without its application"
wait "$cage_pid" 2>/dev/null || true
cage_pid=""
echo "cage ended with madoguchi: the unit's Restart=always takes over"
