#!/bin/sh
# Makes jpackage's .deb a Debian package as users expect (issue 22): jpackage 17 can put files
# only under /opt/repdesk and leaves the menu entry to xdg scripts that fail on systems without
# menu folders. Run by Maven (-Ppackage) after jpackage, from the project folder:
#   packaging/linux/finish-deb.sh target/installer/repdesk_VERSION-1_amd64.deb VERSION
# It adds, owned by the package: the menu entry, icons in the hicolor theme, /usr/bin/repdesk, the
# copyright file, changelogs, a man page; strips the native libraries; writes the control file
# (maintainer, description, dependencies for printing); drops the maintainer scripts, which only
# ran xdg-desktop-menu (dpkg triggers refresh the menu and icon caches), for ours, which make and
# remove the app's class-data archive; rebuilds the .deb.
set -eu
deb=$1
version=$2
here=packaging/linux
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root

# xdg-utils: jpackage adds it for the menu scripts this package no longer runs.
jpackage_deps=$(dpkg-deb -f "$deb" Depends | sed "s/xdg-utils, //; s/, xdg-utils//")
dpkg-deb -R "$deb" "$root"
rm -f "$root/DEBIAN/postinst" "$root/DEBIAN/prerm" "$root/DEBIAN/postrm" "$root/DEBIAN/preinst"
# Ours instead: postinst makes the app's class-data archive where it is installed, prerm and postrm
# remove it (issue 21; packaging/linux/scripts).
for script in postinst prerm postrm; do
  install -m 755 "$here/scripts/$script" "$root/DEBIAN/$script"
done
# The launcher: a shell script in place of jpackage's, which asks rpm and dpkg which package owns
# it before every start, about a second here (packaging/linux/make-launcher.sh); it runs the
# runtime's own java, so jpackage's launcher library and the runtime's keytool go.
app=$root/opt/repdesk
[ -x "$app/lib/runtime/bin/java" ] || { echo "finish-deb: the runtime has no bin/java (jlink.args)" >&2; exit 1; }
sh "$here/make-launcher.sh" "$app/lib/app/RepDesk.cfg" > "$work/RepDesk"
install -m 755 "$work/RepDesk" "$app/bin/RepDesk"
rm -f "$app/lib/libapplauncher.so" "$app/lib/runtime/bin/keytool"
# jpackage's copy of the icon and any desktop file under /opt are replaced by the theme's.
rm -f "$root"/opt/repdesk/lib/*.desktop

install -d "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/doc/repdesk" "$root/usr/share/man/man1"
ln -sf /opt/repdesk/bin/RepDesk "$root/usr/bin/repdesk"
install -m 644 "$here/repdesk.desktop" "$root/usr/share/applications/repdesk.desktop"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "icons/png/repdesk-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/repdesk.png"
done
install -D -m 644 icons/repdesk.svg "$root/usr/share/icons/hicolor/scalable/apps/repdesk.svg"
install -m 644 "$here/copyright" "$root/usr/share/doc/repdesk/copyright"
sed "s/@VERSION@/$version/" "$here/changelog" | gzip -9n > "$root/usr/share/doc/repdesk/changelog.Debian.gz"
gzip -9n < CHANGELOG.md > "$root/usr/share/doc/repdesk/changelog.gz"
sed "s/@VERSION@/$version/" "$here/repdesk.1" | gzip -9n > "$root/usr/share/man/man1/repdesk.1.gz"

# Strip native code as dh_strip does (jpackage leaves debug symbols in 25 libraries).
find "$root/opt" -type f | while read -r f; do
  if [ "$(head -c 4 "$f" | tail -c 3)" = "ELF" ]; then
    case "$f" in
      *.so|*.so.*) strip --remove-section=.comment --remove-section=.note --strip-unneeded "$f"; chmod 644 "$f" ;;
      *) strip --remove-section=.comment --remove-section=.note "$f" ;;
    esac
  fi
done
find "$root" -type d -exec chmod 755 {} +
find "$root/usr" -type f -exec chmod 644 {} +

# The control file: jpackage's fields, with a real description, contact and dependencies.
# Printing: Java hands jobs to CUPS through lpr (cups-bsd); without it nothing prints and Java
# says nothing. The CUPS server itself is only recommended (the printer may be on the network).
installed=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: repdesk
Version: $version-1
Section: misc
Priority: optional
Architecture: amd64
Maintainer: RepDesk developers <repdesk@example.org>
Installed-Size: $installed
Depends: $jpackage_deps, cups-bsd | lpr
Recommends: cups
Homepage: https://example.org/repdesk
Description: casework for probation trade-union reps
 RepDesk helps branch reps of the Probation Service unions (Napo, UNISON,
 GMB/SCOOP) in England and Wales keep member casework where excessive
 workload is a factor, above all capability and sickness-absence cases.
 .
 Reps log cases and their deadlines, keep a demands log of what the branch
 has asked the employer and what it answered, compute workload (WMT)
 capacity, print case summaries for hearings, and make anonymised
 negotiation briefs and caseload reports (PDF, HTML, CSV).
 .
 The data stays in one file on the computer and can be encrypted with a
 passphrase. The package brings its own Java runtime under /opt/repdesk.
CONTROL
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -print | sed 's|^\./||' | sort | xargs -d '\n' md5sum) \
  > "$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
rm -f "$deb"
fakeroot dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "finish-deb: repdesk $(dpkg-deb -f "$deb" Version), installed $(dpkg-deb -f "$deb" Installed-Size) KiB -> $deb ($(stat -c %s "$deb") bytes)"
