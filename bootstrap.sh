#!/usr/bin/env bash
# Set up everything the visualizer needs, then launch it or run the whole test suite.
#   ./bootstrap.sh run [visualizer arguments]   set up and open the app
#   ./bootstrap.sh test [pytest arguments]      set up and run lint, format check and tests
# On Debian/Ubuntu it installs the missing system libraries Qt needs, a Korean font and, for
# the tests, Chromium (as root or with sudo); otherwise it says which ones are missing and
# how to get them.
set -euo pipefail
cd "$(dirname "$0")"
mode=${1:-run}
shift || true

offscreen_libs="libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3"
window_libs="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"
korean_fonts="fonts-nanum"
browser="chromium"  # the interactive page's tests drive it headless (through Playwright)

missing_debian_packages() {
  local wanted="$offscreen_libs $korean_fonts"
  [ "$mode" = run ] && wanted="$wanted $window_libs"
  [ "$mode" = test ] && wanted="$wanted $browser"
  python3 -c "import ensurepip" 2>/dev/null || wanted="$wanted python3-venv"
  local missing=""
  for pkg in $wanted; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
  done
  echo "$missing"
}

install_system_packages() {
  command -v dpkg-query >/dev/null || { echo "bootstrap: not Debian/Ubuntu; make sure Qt 6's runtime libraries (EGL, GL, fontconfig, xkbcommon) and a Korean font are installed" >&2; return; }
  local missing
  missing=$(missing_debian_packages)
  [ -z "$missing" ] && return
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else
      echo "bootstrap: missing system packages:$missing" >&2
      echo "bootstrap: install them with: sudo apt-get install -y$missing" >&2
      return
    fi
  fi
  echo "bootstrap: installing system packages:$missing" >&2
  # shellcheck disable=SC2086
  { $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q $missing; } >/dev/null \
    || echo "bootstrap: apt-get could not install:$missing (the app may fail to start)" >&2
}

python_bin() {
  for candidate in python3 python3.11 python3.12 python3.13; do
    if command -v "$candidate" >/dev/null \
      && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return
    fi
  done
  echo "bootstrap: Python 3.11 or newer is required" >&2
  exit 1
}

install_system_packages
if [ ! -x .venv/bin/python ]; then
  "$(python_bin)" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
extra=""
[ "$mode" = test ] && extra="[test]"
.venv/bin/python -m pip install -q -e ".$extra" 2>&1 | grep -v -E "^(WARNING|DEPRECATION)" || true
.venv/bin/python -c "import visualizer" || { echo "bootstrap: installing the project failed" >&2; exit 1; }

case "$mode" in
  run)
    exec .venv/bin/visualizer "$@" ;;
  test)
    .venv/bin/ruff check .
    .venv/bin/ruff format --check .
    exec .venv/bin/python -m pytest "$@" ;;
  *)
    echo "usage: ./bootstrap.sh run [args] | ./bootstrap.sh test [pytest args]" >&2
    exit 2 ;;
esac
