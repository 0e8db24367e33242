#!/usr/bin/env bash
# Builds the Linux installer (./mvnw -Pinstaller package) and checks what a user gets: the app
# image's launcher runs the command line with no display, its runtime carries the start-up
# archive trained on the window, and the .deb has the right name, version, dependencies,
# desktop entry and icon. .ci/run calls it after the README's test command.
#
# Needs (Debian): fakeroot, xvfb (to train the archive on the window), libgtk-3-0 and libgl1
# (the window), desktop-file-utils (to validate the desktop entry), and a JDK with jmods
# (openjdk-17-jdk-headless). As root it installs what is missing with apt-get; otherwise it
# names the packages and stops. With INSTALL_TEST=1 (as CI sets it) it also installs the
# .deb, runs it and removes it again (installer/try-install.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "verify-linux: FAIL: $*" >&2; exit 1; }
pass() { echo "verify-linux: ok: $*"; }

if [ "$(uname -s)" != Linux ]; then
    echo "verify-linux: skipped: the Linux installer is built and checked on Linux only"
    exit 0
fi

java_home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
need=()
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v dpkg-deb >/dev/null || need+=(dpkg)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
for lib in libgtk-3-0 libgl1; do
    dpkg-query -W -f='${Status}' "$lib" 2>/dev/null | grep -q 'install ok installed' || need+=("$lib")
done
if [ ! -d "$java_home/jmods" ]; then
    case "$java_home" in
        /usr/lib/jvm/java-17-openjdk-*) need+=(openjdk-17-jdk-headless) ;;
        *) fail "the JDK at $java_home has no jmods folder, which jlink needs; use a full JDK" ;;
    esac
fi
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "verify-linux: installing ${need[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    else
        fail "needs these Debian packages: ${need[*]} (sudo apt-get install ${need[*]})"
    fi
fi

# The build: tests already ran in the README's test command, before this script.
./mvnw -B --no-transfer-progress -Pinstaller -DskipTests package

props=target/classes/org/fieldbook/version.properties
version=$(sed -n 's/^version=//p' "$props")
built=$(sed -n 's/^buildDate=//p' "$props")
image=target/installer/image/Fieldbook
launcher=$image/bin/Fieldbook
[ -x "$launcher" ] || fail "no launcher at $launcher"

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# the launcher as a user runs it from a terminal without a display
fieldbook() {
    env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_DATA_HOME="$home/data" "$launcher" "$@"
}

out=$(fieldbook --version)
[ "$out" = "Fieldbook $version (built $built)" ] || fail "--version printed '$out', not 'Fieldbook $version (built $built)'"
pass "--version: $out"

out=$(fieldbook list)
grep -q '^russian-federation/mine-ban-policy/2021 .*Russian Federation .*Mine Ban Policy .*2021-11-17' <<<"$out" \
    || fail "list does not show the bundled report:"$'\n'"$out"
[ -s "$home/data/fieldbook/library.sqlite" ] || fail "list did not create the library in \$XDG_DATA_HOME/fieldbook"
pass "list: the bundled library was created and filled on first start"

out=$(fieldbook list --json)
grep -q '"id" *: *"russian-federation/mine-ban-policy/2021"' <<<"$out" || fail "list --json: $out"
out=$(fieldbook search 'stockpil*')
grep -q 'Stockpiling and destruction' <<<"$out" || fail "search stockpil* found no passage: $out"
pass "list --json and search"

status=0
err=$(fieldbook 2>&1 >/dev/null) || status=$?
[ "$status" -ne 0 ] && grep -q 'no display' <<<"$err" || fail "with no display and no command: status $status, '$err'"
status=0
fieldbook no-such-command >/dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "an unknown command exited $status, not 2 (wrong usage)"
pass "no display and wrong usage give their messages and exit codes"

# export-chart with no display at all: a PNG of the asked size (width x scale), an SVG
fieldbook export-chart russian-federation/mine-ban-policy/2021 --out "$home/chart.png" \
    --width 800 --height 500 --scale 2 >/dev/null || fail "export-chart to PNG failed"
size=$(od -An -tu1 -j16 -N8 "$home/chart.png" | awk '{printf "%d %d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
[ "$size" = "1600 1000" ] || fail "export-chart PNG is $size, not 1600 1000"
fieldbook export-chart russian-federation/mine-ban-policy/2021 --out "$home/chart.svg" >/dev/null \
    || fail "export-chart to SVG failed"
grep -q '<svg' "$home/chart.svg" && grep -q 'Russian Federation' "$home/chart.svg" || fail "export-chart SVG lacks its title"
pass "export-chart without a display: PNG 1600x1000 at scale 2, SVG with its title"

mkdir "$home/tmp"
JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$home/tmp" fieldbook list >/dev/null 2>&1
[ -z "$(ls -A "$home/tmp")" ] || fail "SQLite's native library was unpacked into the temporary folder: $(ls "$home/tmp")"
pass "SQLite's native library loads from the app image, nothing unpacked into /tmp"

runtime=$image/lib/runtime
JAVA_TOOL_OPTIONS=-Xshare:on fieldbook --version >/dev/null 2>&1 || fail "the launcher does not start with -Xshare:on"
shared=$("$runtime/bin/java" -Xshare:on -XX:+PrintSharedArchiveAndExit -XX:+PrintSharedDictionary 2>&1)
for class in org.sqlite.JDBC javafx.scene.control.skin.LabelSkin com.sun.glass.ui.gtk.GtkApplication; do
    case $class in org.*) want=absent ;; *) want=present ;; esac
    if grep -q ": $class " <<<"$shared"; then found=present; else found=absent; fi
    [ "$found" = "$want" ] || fail "the CDS archive should hold JDK and JavaFX classes only; $class is $found"
done
modules=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$runtime/release")
for module in java.base java.sql javafx.controls; do
    grep -qw "$module" <<<"$modules" || fail "the runtime lacks $module: $modules"
done
if ls "$image"/lib/app/lib/javafx-* >/dev/null 2>&1; then fail "JavaFX jars on the class path as well as in the runtime"; fi
pass "runtime: $modules; CDS archive with the window's JavaFX classes ($(du -h "$runtime/lib/server/classes.jsa" | cut -f1))"

# The .deb
deb=$(ls target/installer/package/fieldbook_*.deb)
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = fieldbook ] || fail "package name $(field Package)"
[ "$(field Version)" = "$version-1" ] || fail "package version $(field Version), not $version-1"
depends=$(field Depends)
for dep in libgtk-3-0 libgl1 xdg-utils; do
    grep -qE "(^|, )$dep(,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
dpkg-deb -I "$deb" >/dev/null
contents=$(dpkg-deb -c "$deb")
for file in ./opt/fieldbook/bin/Fieldbook ./opt/fieldbook/lib/fieldbook-Fieldbook.desktop ./opt/fieldbook/lib/Fieldbook.png \
    ./opt/fieldbook/lib/app/fieldbook.jar ./opt/fieldbook/lib/app/LICENSE ./opt/fieldbook/lib/app/NOTICE \
    ./opt/fieldbook/lib/runtime/lib/server/classes.jsa ./opt/fieldbook/lib/runtime/lib/libglassgtk3.so \
    ./opt/fieldbook/lib/app/native/libsqlitejdbc.so; do
    grep -q " $file\$" <<<"$contents" || fail "the .deb lacks $file"
done
mkdir "$home/deb"
dpkg-deb -x "$deb" "$home/deb"
desktop=$home/deb/opt/fieldbook/lib/fieldbook-Fieldbook.desktop
for line in Exec=/opt/fieldbook/bin/Fieldbook Icon=/opt/fieldbook/lib/Fieldbook.png 'Categories=Office;Viewer;' \
    StartupWMClass=org.fieldbook.App; do
    grep -qxF "$line" "$desktop" || fail "the desktop entry lacks $line"
done
grep -q '^Keywords=.*landmine' "$desktop" || fail "the desktop entry has no Keywords"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the desktop entry"
# PNG signature, then the IHDR width and height: 256 x 256
[ "$(od -An -tx1 -N24 "$home/deb/opt/fieldbook/lib/Fieldbook.png" | tr -d ' \n')" = \
    89504e470d0a1a0a0000000d494844520000010000000100 ] || fail "the icon is not a 256 px PNG"
dpkg-deb -e "$deb" "$home/control"
grep -q 'update-alternatives --install /usr/bin/fieldbook' "$home/control/postinst" || fail "postinst adds no fieldbook command"
pass "$deb: $(field Package) $(field Version), $(du -h "$deb" | cut -f1), Installed-Size $(field Installed-Size) KB; depends on libgtk-3-0, libgl1; desktop entry and icon inside"

if [ "${INSTALL_TEST:-0}" = 1 ]; then
    installer/try-install.sh "$deb"
fi
echo "verify-linux: all checks passed"
