#!/usr/bin/env bash
# Install the Debian packages the app needs that a fresh machine may lack (only when root).
#   system-deps.sh window   libraries Qt's xcb platform loads to show a window
#   system-deps.sh test     poppler-utils: the tests read the PDFs back with pdftotext
#   system-deps.sh ci       PostgreSQL for the multi-station tests
set -euo pipefail
case "${1:-window}" in
  window) pkgs="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-shape0 libxcb-render-util0 libxcb-image0" ;;
  test) pkgs="poppler-utils" ;;
  ci) pkgs="postgresql" ;;
  *) echo "usage: $0 window|test|ci" >&2; exit 2 ;;
esac
missing=""
for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "system-deps: please install:$missing  (sudo apt-get install$missing)" >&2
  exit 0
fi
echo "system-deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >&2 && apt-get install -y -q $missing >&2
