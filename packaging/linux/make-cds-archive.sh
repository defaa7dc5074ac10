#!/bin/sh
# Gives the app image's runtime a class-data sharing archive (issue 21): jlink's runtime has none,
# so every start read and verified ~3,400 JDK and JavaFX classes from lib/modules one by one.
# Run by Maven (-Ppackage) after the app image, before the installer, from the project folder:
#   packaging/linux/make-cds-archive.sh IMAGE_RUNTIME JDK_HOME CLASS_LIST
# It dumps the JVM's default archive (lib/server/classes.jsa, used with no launcher option) with
# the image's own JVM and modules: the classes the first frame needs (CLASS_LIST, the start-up
# class list) and the JDK's own list. Only the runtime's classes (JDK, JavaFX, sqlite-jdbc): an
# archive that held the app's jars would name them by the path they had here, and JDK 17 refuses
# such an archive once the app is installed elsewhere (/opt/repdesk), so those load as before.
set -eu
runtime=$1
jdk=$2
startup=$3
[ -f "$runtime/lib/server/libjvm.so" ] || { echo "make-cds-archive: no JVM in $runtime" >&2; exit 2; }
work=$(mktemp -d)
made_bin=""
cleanup() {
  rm -rf "$work"
  if [ -n "$made_bin" ]; then rm -rf "$runtime/bin"; fi
}
trap cleanup EXIT
{ grep -v "^#" "$startup" | sed "s/ unlinked$//" | tr . /; cat "$runtime/lib/classlist"; } > "$work/classlist"
# jlink left out the java command (--strip-native-commands); the JDK's, which made this runtime,
# starts the runtime's own JVM for the dump and is removed again.
if [ ! -e "$runtime/bin" ]; then
  made_bin=yes
  mkdir "$runtime/bin"
  cp "$jdk/bin/java" "$runtime/bin/java"
fi
if ! "$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/classlist" >"$work/dump.log" 2>&1; then
  cat "$work/dump.log" >&2
  echo "make-cds-archive: the dump failed" >&2
  exit 1
fi
# Refuse an archive the JVM would not use: a start must map it ("sharing" in -version).
"$runtime/bin/java" -Xshare:on -version 2>&1 | grep -q sharing \
  || { echo "make-cds-archive: the runtime does not start with its archive" >&2; exit 1; }
chmod 644 "$runtime/lib/server/classes.jsa"
echo "make-cds-archive: $(grep -c . "$work/classlist") classes listed, archive $(du -h "$runtime/lib/server/classes.jsa" | cut -f1)"
