#!/usr/bin/env bash
# Installs the .deb as a user would (apt-get install ./fieldbook_*.deb), checks the menu entry,
# icon and fieldbook command, starts Fieldbook from its installed path on a virtual display
# until its library shows, then removes the package and checks that nothing is left but the
# user's own data. It changes the machine: run it as root in CI or on a test machine.
#
# A machine without desktop menu folders (no desktop environment, as in CI) is first checked
# to install and remove cleanly as it is; then lxmenu-data, a desktop's menu folders, is
# installed so that the menu entry can be checked as a desktop user gets it.
#
# Usage: installer/try-install.sh [DEB] [SCREENSHOT.png]
# Needs: root, apt-get, xvfb; imagemagick (import) for the screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "try-install: FAIL: $*" >&2; exit 1; }
pass() { echo "try-install: ok: $*"; }
status() { dpkg-query -W -f='${Status}' fieldbook 2>/dev/null || true; }

deb=$(realpath "${1:-$(ls target/installer/package/fieldbook_*.deb)}")
shot=${2:-}
[ "$(id -u)" = 0 ] || fail "needs root, to install the package"
command -v Xvfb >/dev/null || fail "needs Xvfb (apt-get install xvfb)"
case "$(status)" in *not-installed*|"") ;; *) fail "fieldbook is on this machine already ($(status)); apt-get purge fieldbook first" ;; esac

home=$(mktemp -d)
xvfb=
app=
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    case "$(status)" in *not-installed*|"") ;; *) apt-get purge -y -qq fieldbook >/dev/null 2>&1 || true ;; esac
    rm -rf "$home"
}
trap cleanup EXIT

install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$home/apt-install.log" 2>&1 \
        || { cat "$home/apt-install.log"; fail "apt-get install $deb"; }
    [ "$(status)" = "install ok installed" ] || fail "after apt-get install, dpkg says: $(status)"
}

# apt-get remove, then purge (dpkg keeps a removed package listed until purged, for its
# postrm), and nothing of the package may remain.
remove() {
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq fieldbook >"$home/apt-remove.log" 2>&1 \
        || { cat "$home/apt-remove.log"; fail "apt-get remove fieldbook"; }
    left=()
    for path in /opt/fieldbook /usr/bin/fieldbook /etc/alternatives/fieldbook /var/lib/dpkg/alternatives/fieldbook \
        /usr/share/applications/fieldbook-Fieldbook.desktop /usr/local/share/applications/fieldbook-Fieldbook.desktop; do
        if [ -e "$path" ] || [ -L "$path" ]; then left+=("$path"); fi
    done
    [ ${#left[@]} -eq 0 ] || fail "left after apt-get remove: ${left[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq fieldbook >/dev/null 2>&1 || fail "apt-get purge fieldbook"
    case "$(status)" in *not-installed*|"") ;; *) fail "dpkg still lists fieldbook: $(status)" ;; esac
}

run() { env -u DISPLAY HOME="$home" XDG_DATA_HOME="$home/data" "$@"; }

if [ ! -d /etc/xdg/menus ] || [ ! -d /usr/share/desktop-directories ]; then
    install
    grep -q 'no desktop menu on this system' "$home/apt-install.log" || fail "no word about the missing desktop menu"
    run fieldbook --version >/dev/null || fail "fieldbook --version without a desktop menu"
    remove
    pass "without desktop menus, the package installs (saying there is no menu), runs and removes cleanly"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq lxmenu-data >/dev/null 2>&1 || fail "apt-get install lxmenu-data"
fi

install
pass "installed $(dpkg-query -W -f='${Package} ${Version}, Installed-Size ${Installed-Size} KB' fieldbook)"
echo "try-install: /opt/fieldbook takes $(du -sh /opt/fieldbook | cut -f1)"

[ -x /opt/fieldbook/bin/Fieldbook ] || fail "no /opt/fieldbook/bin/Fieldbook"
[ "$(readlink -f /usr/bin/fieldbook)" = /opt/fieldbook/bin/Fieldbook ] || fail "/usr/bin/fieldbook is not the launcher"
out=$(run fieldbook --version)
pass "fieldbook --version (on the PATH): $out"
out=$(run fieldbook list)
grep -q 'russian-federation/mine-ban-policy/2021' <<<"$out" || fail "fieldbook list: $out"
pass "fieldbook list shows the bundled report"

entry=/usr/share/applications/fieldbook-Fieldbook.desktop
[ -f "$entry" ] || fail "no menu entry $entry"
grep -qxF 'Icon=/opt/fieldbook/lib/Fieldbook.png' "$entry" && [ -s /opt/fieldbook/lib/Fieldbook.png ] \
    || fail "the menu entry's icon is missing"
pass "menu entry $entry, icon /opt/fieldbook/lib/Fieldbook.png"

# The window, started as the menu entry starts it, on its own X display.
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$home/display" 2>/dev/null &
xvfb=$!
for _ in $(seq 1 100); do [ -s "$home/display" ] && break; sleep 0.1; done
export DISPLAY=:$(head -n 1 "$home/display")
exec_line=$(sed -n 's/^Exec=//p' "$entry")
HOME="$home" XDG_DATA_HOME="$home/data" \
    JAVA_TOOL_OPTIONS="-Dfieldbook.startup.trace=true -Xshare:on -Djavafx.verbose=true" \
    $exec_line >"$home/window.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do
    grep -q 'startup: library-shown' "$home/window.log" && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.2
done
grep -q 'startup: library-shown' "$home/window.log" || { cat "$home/window.log"; fail "the window did not show its library"; }
sleep 2 # let the first section paint before the screenshot
if [ -n "$shot" ]; then
    import -display "$DISPLAY" -window root "$shot" && pass "screenshot: $shot"
fi
grep 'startup:' "$home/window.log" | sed 's/^/try-install: /'
grep -q 'Loaded /opt/fieldbook/lib/runtime/lib/libglassgtk3.so' "$home/window.log" \
    || fail "JavaFX did not load its native libraries from /opt/fieldbook/lib/runtime/lib"
[ ! -e "$home/.openjfx" ] || fail "JavaFX unpacked native libraries into ~/.openjfx"
if grep -E 'Exception|WARNING' "$home/window.log"; then fail "the window printed errors or warnings"; fi
pass "the window started from $exec_line with its CDS archive (-Xshare:on), natives from the runtime"
kill "$app"
wait "$app" 2>/dev/null || true
app=
kill "$xvfb"
xvfb=
unset DISPLAY

remove
[ -s "$home/data/fieldbook/library.sqlite" ] || fail "the user's library went with the package"
pass "removed and purged: nothing left but the user's data ($(ls "$home/data/fieldbook" | tr '\n' ' '))"
