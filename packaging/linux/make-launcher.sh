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
# One option is not copied as it is: -XX:SharedArchiveFile=BASE:TOP, the runtime's class-data archive
# and over it the app's (lib/repdesk.jsa; for a command, lib/repdesk-commands.jsa beside it), which
# postinst makes at installation and records with cksum in TOP.cksum. The launcher names TOP only while it is byte for byte as recorded: JDK 17 does
# not start with a damaged top archive, -Xshare:auto or not (empty or garbage: "Unable to read
# header", "Not a top shared archive"; truncated: SIGBUS), so a disk error or a power cut after
# postinst would stop every start. Otherwise BASE alone, as when postinst made none.
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
  /^java-options=-XX:SharedArchiveFile=[^:]+:[^:]+$/ {
    v = $0; sub(/^java-options=-XX:SharedArchiveFile=/, "", v); split(v, layer, ":")
    base = arg(layer[1]); top = arg(layer[2])
    opts = opts " \\\n  " "\"-XX:SharedArchiveFile=$archives\""
    next
  }
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
    if (top != "") {
      print "# The class-data archives: the app'"'"'s own (made by postinst) only while it is as postinst recorded it"
      print "# (make-launcher.sh says why); a damaged one would stop the JVM."
      print "archives=" base
      print "top=" top
      print "# Given a command (a word that is neither an option nor the value of --db or --lang, the rule of"
      print "# Cli.hasCommand but for --version, --help and -h, which the small archive of the window serves sooner),"
      print "# the archive of the commands instead: each start relocates the whole of its archive (postinst)."
      print "skip="
      print "for a in \"$@\"; do"
      print "  if [ -n \"$skip\" ]; then skip=; continue; fi"
      print "  case $a in --db|--lang) skip=1 ;; -*) ;; *) top=\"${top%.jsa}-commands.jsa\"; break ;; esac"
      print "done"
      print "if [ -f \"$top.cksum\" ] && [ -f \"$top\" ] && read -r made < \"$top.cksum\" && [ \"$(cksum < \"$top\")\" = \"$made\" ]; then"
      print "  archives=\"$archives:$top\""
      print "fi 2>/dev/null"
    }
    printf "exec \"$app/lib/runtime/bin/java\" \\\n  -classpath %s%s \\\n  %s \\\n  %s \"$@\"\n", \
      arg(cp), opts, "\"-Djpackage.app-path=$app/bin/RepDesk\"", main
  }
' "$cfg"
