#!/usr/bin/env bash
# Print the path of the emupos receipt-printer emulator, installing it first when missing.
#
# emupos needs Python >= 3.13, newer than the app's own virtual environment may be, so it lives
# in a virtual environment of its own: .emupos-venv/ in the checkout (EMUPOS_VENV to change it).
# The interpreter is found, not hard-coded: EMUPOS_PYTHON, then python3.14 / python3.13 / python3
# on PATH, then pyenv's installed versions, then uv's managed ones; as root on a Debian/Ubuntu
# whose archive has python3.13 (Debian 13), it is installed with apt-get.
# Idempotent and safe to run from parallel test processes (flock). Messages go to stderr; the only
# line on stdout is the path of the emupos executable.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${EMUPOS_VENV:-$root/.emupos-venv}"
version="${EMUPOS_VERSION:-0.4.0}"  # the emulator API the tests speak (api_version 1)
exe="$venv/bin/emupos"

say() { echo "emupos-env: $*" >&2; }

ready() { [ -x "$exe" ] && "$venv/bin/python" -c "import emupos" >/dev/null 2>&1; }

if ready; then echo "$exe"; exit 0; fi

mkdir -p "$(dirname "$venv")"
if command -v flock >/dev/null 2>&1; then
  exec 9>"${TMPDIR:-/tmp}/emupos-env.$(id -u).lock"
  flock 9
  if ready; then echo "$exe"; exit 0; fi  # another process installed it while we waited
fi

new_enough() { "$@" -c 'import sys; sys.exit(sys.version_info < (3, 13))' >/dev/null 2>&1; }

find_python() {
  local candidate version
  if [ -n "${EMUPOS_PYTHON:-}" ]; then
    new_enough "$EMUPOS_PYTHON" && { echo "$EMUPOS_PYTHON"; return 0; }
    say "EMUPOS_PYTHON=$EMUPOS_PYTHON is not Python 3.13 or newer"
  fi
  for candidate in python3.14 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && new_enough "$candidate"; then
      # through a pyenv shim, ask the interpreter for its real path
      "$candidate" -c 'import sys; print(sys.executable)'; return 0
    fi
  done
  if command -v pyenv >/dev/null 2>&1; then
    for version in $(pyenv versions --bare 2>/dev/null | sort -rV); do
      candidate="$(pyenv root)/versions/$version/bin/python3"
      if [ -x "$candidate" ] && new_enough "$candidate"; then echo "$candidate"; return 0; fi
    done
  fi
  if command -v uv >/dev/null 2>&1 && candidate=$(uv python find '>=3.13' 2>/dev/null) && new_enough "$candidate"; then
    echo "$candidate"; return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
     && apt-cache show python3.13-venv >/dev/null 2>&1; then
    say "installing python3.13 with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3.13 python3.13-venv >&2
    command -v python3.13 && return 0
  fi
  return 1
}

if ! python=$(find_python); then
  say "no Python 3.13 or newer found for the emupos printer emulator."
  say "install one (Debian 13: apt-get install python3.13-venv; else pyenv install 3.13 or uv python install 3.13)"
  say "or set EMUPOS_PYTHON=/path/to/python3.13"
  exit 1
fi

say "creating $venv with $python"
rm -rf "$venv"
"$python" -m venv "$venv" >&2
"$venv/bin/python" -m pip install -q "emupos==$version" >&2
ready || { say "emupos did not install into $venv"; exit 1; }
echo "$exe"
