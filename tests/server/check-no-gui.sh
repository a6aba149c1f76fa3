#!/bin/sh
# DESIGN.md §3: fehrist-server must not load Qt Gui or Widgets. Checks what the binary needs, directly
# (readelf) and through every library it loads (ldd); fails if either lists them, or if neither shows
# Qt Core at all (a check that sees nothing proves nothing).
set -eu
binary=$1
needed=$(readelf -d "$binary" | grep NEEDED)
loaded=$(ldd "$binary")
echo "$needed" | grep -q 'libQt6Core' || { echo "readelf shows no libQt6Core: cannot check"; exit 1; }
echo "$loaded" | grep -q 'libQt6Core' || { echo "ldd shows no libQt6Core: cannot check"; exit 1; }
if echo "$needed$loaded" | grep -E 'libQt6(Gui|Widgets|OpenGL|Quick)'; then
    echo "fehrist-server loads Qt Gui or Widgets"
    exit 1
fi
echo "fehrist-server loads no Qt Gui or Widgets"
