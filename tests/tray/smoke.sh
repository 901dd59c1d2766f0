#!/usr/bin/env bash
# Real-window smoke test for blufio-tray: Xvfb + a tray host (trayer, else stalonetray) + a real
# blufiod + the real blufio-tray. Checks that the icon docks in the tray, that the status window
# opens, and that the icon's pixels differ between states; writes a screenshot of each state.
#   usage: smoke.sh BIN_DIR OUT_DIR
# Exit 0 pass, 1 fail, 77 skip (only when Xvfb cannot start).
set -euo pipefail

bin=${1:?usage: smoke.sh BIN_DIR OUT_DIR}
out=${2:?usage: smoke.sh BIN_DIR OUT_DIR}
mkdir -p "$out"
rm -f "$out"/*.png
work=$(mktemp -d)
pids=()

log() { printf 'smoke: %s\n' "$*"; }
fail() {
  printf 'smoke: FAIL: %s\n' "$*" >&2
  for f in "$work"/*.log; do [ -f "$f" ] && { echo "--- $f" >&2; tail -n 40 "$f" >&2; }; done
  exit 1
}
cleanup() {
  # Only the processes this script started, newest first.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Polls a command until it succeeds or the bound (in tenths of a second) passes: never a fixed sleep.
wait_for() {
  local tenths=$1
  shift
  for ((n = 0; n < tenths; n++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  return 1
}

# A window listed by xwininfo may not be mapped yet; import fails on an unmapped window
# ("unable to read X window image"), so wait for IsViewable and retry the capture briefly.
window_viewable() { xwininfo -name "$1" | grep -q 'Map State: IsViewable'; }
snap_window() { # $1: window name, $2: output file
  local id
  wait_for 100 window_viewable "$1" || fail "window '$1' never became viewable"
  id=$(xwininfo -name "$1" | awk '/Window id:/ { print $4 }')
  wait_for 50 import -window "$id" "$2" || fail "could not capture window '$1'"
}

for tool in Xvfb xwininfo import compare convert curl python3; do
  command -v "$tool" >/dev/null || fail "$tool is missing; run scripts/setup.sh"
done
[ -x "$bin/blufio-tray" ] || fail "$bin/blufio-tray was not built"
[ -x "$bin/blufiod" ] || fail "$bin/blufiod was not built"

# --- X server -------------------------------------------------------------------------------
display=
for n in $(seq 91 140); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=$n; break; fi
done
[ -n "$display" ] || { echo "smoke: SKIP: no free X display number for Xvfb"; exit 77; }
# -noreset: by default Xvfb resets when its last client leaves, and a client connecting during the
# reset (trayer after the no-tray run) fails with "cannot open display".
Xvfb ":$display" -screen 0 1024x768x24 -nolisten tcp -noreset >"$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=":$display"
if ! wait_for 100 xwininfo -root; then
  echo "smoke: SKIP: Xvfb could not start on $DISPLAY: $(tail -n 3 "$work/xvfb.log" | tr '\n' ' ')"
  exit 77
fi
log "Xvfb on $DISPLAY"

# Qt must use the X11 tray protocol (XEmbed): no D-Bus StatusNotifier host exists here.
unset DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY QT_QPA_PLATFORM
export QT_QPA_PLATFORM=xcb
# One debug line per report lets the script wait for a repaint instead of sleeping.
export QT_LOGGING_RULES="blufio.tray.debug=true"
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --- without a tray host first: it must say so and show the window instead of exiting ---------
"$bin/blufio-tray" --url "http://127.0.0.1:9" --interval 60 >"$work/notray.log" 2>&1 &
notray_pid=$!
pids+=("$notray_pid")
wait_for 100 grep -q "No system tray is available" "$work/notray.log" || fail "no 'no system tray' message"
wait_for 100 xwininfo -name "blufio status" || fail "no status window without a tray"
kill -0 "$notray_pid" 2>/dev/null || fail "blufio-tray exited without a tray"
snap_window "blufio status" "$out/window-no-tray.png"
kill "$notray_pid"
wait "$notray_pid" 2>/dev/null || true
wait_for 50 sh -c '! xwininfo -name "blufio status"' || fail "the no-tray window did not go away"
log "without a tray: message on stderr and the window shown"

# --- tray host ------------------------------------------------------------------------------
host=
if command -v trayer >/dev/null; then
  trayer --edge bottom --align right --widthtype request --height 32 --iconspacing 4 \
    --SetDockType true --SetPartialStrut true --transparent false >"$work/trayer.log" 2>&1 &
  pids+=($!)
  if wait_for 50 sh -c 'xwininfo -root -tree | grep -q "\"panel\": (\"panel\" \"trayer\")"'; then
    host=trayer
  else
    kill "${pids[-1]}" 2>/dev/null || true
  fi
fi
if [ -z "$host" ] && command -v stalonetray >/dev/null; then
  stalonetray --geometry 1x1-0-0 --icon-size 32 --background '#3c3c3c' >"$work/stalonetray.log" 2>&1 &
  pids+=($!)
  wait_for 50 sh -c 'xwininfo -root -tree | grep -q stalonetray' && host=stalonetray
fi
[ -n "$host" ] || fail "no tray host could start (trayer, stalonetray)"
log "tray host: $host"

# --- daemon -----------------------------------------------------------------------------------
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
export BLUFIO_GATEWAY_BEARER_TOKEN=smoke-test-token-0123456789ababcdef
write_config() { # $1: extra [daemon] keys
  cat >"$work/blufio.toml" <<TOML
[daemon]
bind = "127.0.0.1"
health_port = $port
data_dir = "$work/daemon-data"
memory_sample_secs = 1
$1
TOML
}
daemon_pid=
start_daemon() {
  "$bin/blufiod" --config "$work/blufio.toml" >>"$work/blufiod.log" 2>&1 &
  daemon_pid=$!
  pids+=("$daemon_pid")
  wait_for 150 curl -sf "$url/health" || fail "blufiod did not answer on $url"
}
stop_daemon() {
  kill "$daemon_pid"
  wait "$daemon_pid" 2>/dev/null || true
}
write_config ""
start_daemon
log "blufiod on $url"

# --- the tray -------------------------------------------------------------------------------
"$bin/blufio-tray" --url "$url" --interval 1 --config "$work/blufio.toml" --show-window >"$work/tray.log" 2>&1 &
tray_pid=$!
pids+=("$tray_pid")
state_seen() { grep -q -- "-> $1" "$work/tray.log"; }
wait_for 150 state_seen healthy || fail "blufio-tray never reported healthy"
grep -q "no system tray" "$work/tray.log" && fail "blufio-tray found no system tray although $host runs"

# The icon docks as Qt's "blufio-tray" window reparented into the tray host: nested (indented
# deeper than the root's children) rather than top-level.
icon_window() {
  xwininfo -root -tree | grep -E '^ {6,}0x[0-9a-f]+ "blufio-tray"' | awk '{ print $1; exit }'
}
icon_geometry() { # prints WxH+X+Y in root coordinates
  local id
  id=$(icon_window)
  [ -n "$id" ] || return 1
  xwininfo -id "$id" | awk '
    /Absolute upper-left X/ { x = $NF } /Absolute upper-left Y/ { y = $NF }
    /Width:/ { w = $NF } /Height:/ { h = $NF }
    END { if (w < 8 || h < 8) exit 1; printf "%dx%d+%d+%d\n", w, h, x, y }'
}
wait_for 100 icon_geometry || { xwininfo -root -tree >"$work/tree.log"; fail "no tray icon docked in $host"; }
log "icon docked in $host at $(icon_geometry)"
wait_for 100 xwininfo -name "blufio status" || fail "the status window did not open"
log "status window open"

# Waits for a state, then for one more report in it (the tray logs each report at debug level):
# by then the icon set on the change has been repainted by the tray host.
reports_in() { grep -c -- "report $1" "$work/tray.log" || true; }
capture() { # $1: state
  local state=$1 geometry seen
  wait_for 300 state_seen "$state" || fail "blufio-tray never reported $state"
  seen=$(reports_in "$state")
  wait_for 150 sh -c "[ \$(grep -c -- 'report $state' '$work/tray.log') -gt $seen ]" ||
    fail "no further report in state $state"
  geometry=$(icon_geometry) || fail "the icon vanished in state $state"
  wait_for 50 import -window root "$out/screen-$state.png" || fail "could not capture the screen in state $state"
  convert "$out/screen-$state.png" -crop "$geometry" +repage "$out/icon-$state.png"
  snap_window "blufio status" "$out/window-$state.png"
  log "captured $state (icon at $geometry)"
}
capture healthy

# Unreachable: the daemon stops.
stop_daemon
capture unreachable

# Degraded: a warn threshold of 1 MiB puts any heap above it.
write_config "memory_warn_mb = 1"
# The tray follows the edited configuration for its warn/limit lines.
wait_for 100 grep -q "memory limits reloaded" "$work/tray.log" || fail "blufio-tray did not reload the configuration"
start_daemon
capture degraded
stop_daemon

# Unhealthy: blufiod only says so while starting, stopping or without its database, moments too
# short to capture; a stand-in on the same port answers 503 as blufiod would.
python3 - "$port" >"$work/fake.log" 2>&1 <<'PY' &
import http.server, json, sys
body = json.dumps({"status": "unhealthy", "version": "0.1.0", "uptime_secs": 1,
                   "memory_heap_bytes": 0, "memory_resident_bytes": 0, "memory_rss_bytes": 0,
                   "memory_pressure": 0, "active_sessions": 0, "accepting_sessions": False}).encode()
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(503)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
PY
pids+=($!)
capture unhealthy

# --- the icon's pixels differ between every pair of states ------------------------------------
states=(healthy degraded unhealthy unreachable)
for ((i = 0; i < ${#states[@]}; i++)); do
  for ((j = i + 1; j < ${#states[@]}; j++)); do
    a=${states[i]} b=${states[j]}
    ae=$(compare -metric AE -fuzz 10% "$out/icon-$a.png" "$out/icon-$b.png" null: 2>&1 >/dev/null || true)
    ae=${ae%% *}
    [[ "$ae" =~ ^[0-9.e+]+$ ]] || fail "compare $a $b: $ae"
    total=$(convert "$out/icon-$a.png" -format '%[fx:w*h]' info:)
    log "icon $a vs $b: $ae of $total pixels differ"
    awk -v ae="$ae" -v t="$total" 'BEGIN { exit !(ae >= t / 10) }' || fail "icons for $a and $b are too alike ($ae of $total pixels)"
  done
done
# And the icon is not just the panel background.
for s in "${states[@]}"; do
  colours=$(convert "$out/icon-$s.png" -format '%k' info:)
  [ "$colours" -ge 4 ] || fail "icon for $s has only $colours colours: blank?"
done

kill "$tray_pid"
log "PASS: screenshots in $out"
