#!/usr/bin/env bash
# Checks a built .deb the way a rep meets it, under a private Xvfb display:
#   1. unpacks it (dpkg-deb -x) and starts the packaged launcher with a fresh HOME; runs its postinst
#      there (DPKG_ROOT) and checks the class-data archives it makes;
#   2. installs it (dpkg -i), starts /opt/repdesk/bin/RepDesk with another fresh HOME;
#   3. uninstalls it (dpkg -r) and checks nothing is left in /opt/repdesk (not even the class-data
#      archive postinst made).
# Each start must open the user's data file ($XDG_DATA_HOME/RepDesk/repdesk.db) and show the
# window "RepDesk"; a screenshot of it goes to OUT (look at them). Needs root (not with --no-install),
# Xvfb, xdotool, ImageMagick (import). Usage: packaging/check-deb.sh [--no-install] [DEB] [OUT]
# (defaults: the .deb in target/installer, and target/check-deb). --no-install stops after step 1:
# for a machine whose /opt/repdesk must stay as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
install=yes
if [ "${1:-}" = --no-install ]; then install=""; shift; fi
deb=${1:-$(ls -t target/installer/repdesk_*.deb 2>/dev/null | head -1)}
out=${2:-target/check-deb}
[ -f "$deb" ] || { echo "check-deb: no .deb (build one: mvn -Ppackage -DskipTests package)" >&2; exit 2; }
[ -z "$install" ] || [ "$(id -u)" = 0 ] || { echo "check-deb: dpkg -i needs root" >&2; exit 2; }
for tool in Xvfb xdotool import dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "check-deb: $tool is missing" >&2; exit 2; }
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d /tmp/check-deb.XXXXXX)
xvfb_pid="" app_pid="" installed=""

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "$installed" ] && dpkg --purge repdesk >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# A display of our own, so we never find someone else's RepDesk window.
display=90
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done

fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }

# check_archive APP LAUNCHER NAME: postinst's class-data archives of the app's classes (issue 21) are made
# and recorded, a start of the window's kind (--version) loads the app's entry class from the window's
# (repdesk.jsa), and a command loads its document classes from the commands' (repdesk-commands.jsa: the
# archive run's commands, cli.ClassArchiveRun), not from the jars.
check_archive() {
  local app=$1 launcher=$2 name=$3 archive loaded class
  for archive in "$app/lib/repdesk.jsa" "$app/lib/repdesk-commands.jsa"; do
    [ -s "$archive" ] || fail "$name: postinst made no class-data archive $archive"
    [ "$(cksum < "$archive")" = "$(cat "$archive.cksum" 2>/dev/null)" ] \
      || fail "$name: postinst did not record $archive (the launcher leaves it out without $archive.cksum)"
  done
  loaded=$(_JAVA_OPTIONS=-Xlog:class+load=info "$launcher" --version 2>/dev/null) || true
  grep -q 'org.repdesk.Main source: shared objects file (top)' <<<"$loaded" \
    || fail "$name: a start does not load the app's classes from $app/lib/repdesk.jsa"
  rm -f "$work/archived.pdf"
  loaded=$(_JAVA_OPTIONS=-Xlog:class+load=info "$launcher" --db "$work/cli.db" brief --out "$work/archived.pdf" 2>&1) \
    || fail "$name: a brief failed: $(grep -v '^\[' <<<"$loaded" | tail -3)"
  for class in com.openhtmltopdf.pdfboxout.PdfRendererBuilder org.apache.pdfbox.pdmodel.PDDocument \
      org.repdesk.report.BriefHtml; do
    grep -q "$class source: shared objects file (top)" <<<"$loaded" \
      || fail "$name: a brief loads $class from the jars, not from $app/lib/repdesk-commands.jsa"
  done
  echo "check-deb: $name: the window's archive $(du -h "$app/lib/repdesk.jsa" | cut -f1), the commands' archive" \
       "$(du -h "$app/lib/repdesk-commands.jsa" | cut -f1): $(grep -c 'source: shared objects file (top)' <<<"$loaded")" \
       "of a brief's classes from it, $(grep '\[class,load\]' <<<"$loaded" | grep -vc 'source: shared') from elsewhere"
}

# run_app LAUNCHER NAME: fresh HOME, wait for the window, check the data file, screenshot, close.
run_app() {
  local launcher=$1 name=$2 home="$work/home-$2" wid="" started
  mkdir -p "$home"
  started=$(date +%s)
  HOME="$home" XDG_DATA_HOME="$home/.local/share" "$launcher" >"$out/$name.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 120); do
    wid=$(xdotool search --onlyvisible --name '^RepDesk$' 2>/dev/null | head -1) || true
    [ -n "$wid" ] && break
    kill -0 "$app_pid" 2>/dev/null || fail "$name: the launcher exited (see $out/$name.log)"
    sleep 0.5
  done
  [ -n "$wid" ] || fail "$name: no window \"RepDesk\" within 60 s (see $out/$name.log)"
  local db="$home/.local/share/RepDesk/repdesk.db"
  [ -s "$db" ] || fail "$name: the data file $db was not created"
  grep -q "cannot open data file" "$out/$name.log" && fail "$name: the app could not open its data file"
  sleep 3 # let software rendering paint the first frame
  import -window "$wid" "$out/$name.png"
  local geometry wmclass
  geometry=$(xdotool getwindowgeometry "$wid" | awk '/Geometry/{print $2}')
  wmclass=$(xprop -id "$wid" WM_CLASS 2>/dev/null | cut -d= -f2 || true)
  echo "check-deb: $name: window $geometry (WM_CLASS$wmclass) after $(( $(date +%s) - started )) s," \
       "data file $(stat -c %s "$db") bytes, screenshot $out/$name.png"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

echo "check-deb: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb -f "$deb" Package Version Depends | sed 's/^/check-deb:   /'

# 1. Unpacked, not installed.
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -e "$deb" "$work/control"
run_app "$work/root/opt/repdesk/bin/RepDesk" unpacked
# The command line runs from the same launcher: a demo file exercises the bundled SQLite library.
"$work/root/opt/repdesk/bin/RepDesk" --db "$work/cli.db" demo --members 5 --cases 3 >"$out/cli.log" 2>&1 \
  || fail "the packaged command line failed (see $out/cli.log)"
echo "check-deb: unpacked: command line demo wrote $(stat -c %s "$work/cli.db") bytes"
# Its postinst, on the unpacked app (DPKG_ROOT), as dpkg -i runs it: the archive run's time and archive.
# It may add the two archives and their records, nothing else.
lib_before=$(ls -A "$work/root/opt/repdesk/lib")
started=$(date +%s%N)
DPKG_ROOT="$work/root" sh "$work/control/postinst" configure >"$out/postinst-unpacked.log" 2>&1 \
  || fail "postinst failed on the unpacked app (see $out/postinst-unpacked.log)"
echo "check-deb: unpacked: postinst took $(( ($(date +%s%N) - started) / 1000000 )) ms"
added=$(LC_ALL=C comm -13 <(LC_ALL=C sort <<<"$lib_before") <(ls -A "$work/root/opt/repdesk/lib" | LC_ALL=C sort) | tr '\n' ' ')
[ "$added" = "repdesk-commands.jsa repdesk-commands.jsa.cksum repdesk.jsa repdesk.jsa.cksum " ] \
  || fail "postinst added to lib: $added (not the two archives and their records alone)"
check_archive "$work/root/opt/repdesk" "$work/root/opt/repdesk/bin/RepDesk" unpacked
if [ -z "$install" ]; then
  echo "check-deb: PASS (unpacked only: --no-install)"
  exit 0
fi

# 2. Installed. The package owns its menu entry and icons (no xdg-desktop-menu), so a minimal
# system without menu folders installs and removes it as a desktop does.
# dpkg -i stops at missing dependencies; apt-get -f then fetches them and configures.
installed=yes
if ! dpkg -i "$deb" >"$out/install.log" 2>&1; then
  echo "check-deb: dpkg -i lacked dependencies; apt-get -f install" | tee -a "$out/install.log"
  apt-get install -f -y --no-install-recommends >>"$out/install.log" 2>&1 || fail "install failed (see $out/install.log)"
fi
[ "$(dpkg-query -W -f '${Status}' repdesk)" = "install ok installed" ] || fail "repdesk is not installed"
desktop=/usr/share/applications/repdesk.desktop
[ -f "$desktop" ] || fail "no menu entry $desktop"
[ "$(dpkg -S "$desktop" 2>/dev/null | cut -d: -f1)" = repdesk ] || fail "$desktop is not owned by the package"
echo "check-deb: installed: menu entry $desktop: $(grep -E '^(Exec|Icon|Categories|StartupWMClass)=' "$desktop" | tr '\n' ' ')"
for size in 16 24 32 48 64 128 256 512; do
  [ -f /usr/share/icons/hicolor/${size}x${size}/apps/repdesk.png ] || fail "no ${size}px icon in the hicolor theme"
done
echo "check-deb: installed: icons 16..512 px in /usr/share/icons/hicolor"
[ "$(command -v repdesk)" = /usr/bin/repdesk ] || fail "repdesk is not on the PATH"
echo "check-deb: installed: $(repdesk --version) (package $(dpkg-query -W -f '${Version}' repdesk))"
# postinst's class-data archives of the app's classes (issue 21): made, and mapped by a start and a brief.
check_archive /opt/repdesk /usr/bin/repdesk installed
run_app /usr/bin/repdesk installed

# 3. Uninstalled.
dpkg -r repdesk >"$out/remove.log" 2>&1 || fail "dpkg -r failed (see $out/remove.log)"
installed=""
[ ! -e /opt/repdesk ] || fail "/opt/repdesk is still there after dpkg -r: $(find /opt/repdesk | head -5 | tr '\n' ' ')"
[ ! -e "$desktop" ] || fail "the menu entry is still there after dpkg -r"
[ ! -e /usr/bin/repdesk ] || fail "/usr/bin/repdesk is still there after dpkg -r"
[ ! -e /usr/share/icons/hicolor/48x48/apps/repdesk.png ] || fail "the icons are still there after dpkg -r"
dpkg --purge repdesk >/dev/null 2>&1 || true
echo "check-deb: removed: /opt/repdesk, the menu entry, the icons and /usr/bin/repdesk are gone"
echo "check-deb: PASS"
