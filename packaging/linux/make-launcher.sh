#!/bin/sh
# Writes RepDesk's Linux launcher, a shell script, from the launcher configuration jpackage made
# (lib/app/RepDesk.cfg), for the .deb's /opt/repdesk/bin/RepDesk (issue 21):
#   packaging/linux/make-launcher.sh IMAGE/lib/app/RepDesk.cfg > IMAGE/bin/RepDesk
# Why not jpackage's own launcher: before it starts Java it asks the package manager which package
# owns it, twice (rpm -qf, dpkg -S, then dpkg -L for the owner; openjdk's LinuxPackage.c), and
# dpkg -S reads every installed package's file list: 0.65 s each time on the build machine, so about
# 1.3 s of every start went before the JVM was even loaded. The script starts the runtime's java with
# exactly the arguments jpackage's launcher gives it (its JPACKAGE_DEBUG trace): the class path and
# options of the .cfg, $APPDIR being lib/app, then -Djpackage.app-path, the main class and the
# rep's arguments. It finds its folder itself, so the unpacked package runs as the installed one,
# and /usr/bin/repdesk (a link to it) works.
set -eu
cfg=$1
[ -f "$cfg" ] || { echo "make-launcher: no $cfg" >&2; exit 1; }

awk '
  function arg(v) {
    # Inside double quotes only $ ` " and \ are special: once $APPDIR is ours, any of them stops the
    # build rather than make a launcher that expands or splits an option.
    gsub(/\$APPDIR/, "@APPDIR@", v)
    if (v ~ /[$`"\\]/ || v == "") { print "make-launcher: cannot quote: " v > "/dev/stderr"; bad = 1 }
    gsub(/@APPDIR@/, "$app/lib/app", v)
    return "\"" v "\""
  }
  /^app\.classpath=/ { v = substr($0, 15); cp = cp (cp == "" ? "" : ":") v; next }
  /^app\.mainclass=/ { main = substr($0, 15); next }
  /^java-options=/   { opts = opts " \\\n  " arg(substr($0, 14)); next }
  END {
    if (main == "" || cp == "") { print "make-launcher: no main class or class path" > "/dev/stderr"; exit 1 }
    if (bad) exit 1
    print "#!/bin/sh"
    print "# RepDesk (https://example.org/repdesk). Made by packaging/linux/make-launcher.sh from jpackage'"'"'s"
    print "# lib/app/RepDesk.cfg: the runtime'"'"'s java with the same arguments as jpackage'"'"'s own launcher,"
    print "# which asks the package manager who owns it before every start (about a second)."
    print "app=$(readlink -f \"$0\")"
    print "app=${app%/bin/*}"
    printf "exec \"$app/lib/runtime/bin/java\" \\\n  -classpath %s%s \\\n  %s \\\n  %s \"$@\"\n", \
      arg(cp), opts, "\"-Djpackage.app-path=$app/bin/RepDesk\"", main
  }
' "$cfg"
